import Benchmark
import BenchmarkPlans
import HotlineDomain

/// Model build and whole solve of every benchmark plan, with each stage's milliseconds and gap and
/// the model's size as custom metrics. Run: `cd Benchmarks && swift package benchmark --target RosterSolve`
/// (3.5 minutes on 2026-12-06; add `--filter 'bundled|large'` for the small plans).
let benchmarks: @Sendable () -> Void = {
    let stageNames = ["floor", "service", "fairness_max", "fairness_sum", "fairness_spread", "contracts", "economy", "economy_2"]
    let stageMetrics: [BenchmarkMetric] = stageNames.flatMap { name in
        [BenchmarkMetric.custom("\(name) ms", useScalingFactor: false), .custom("\(name) gap ×1000", useScalingFactor: false)]
    }
    let standard: [BenchmarkMetric] = [.wallClock, .peakMemoryResident, .cpuTotal]
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .cpuTotal],
        warmupIterations: 0,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    for plan in BenchmarkPlan.all {
        let sizeMetrics: [BenchmarkMetric] = [
            .custom("nonzeros", useScalingFactor: false), .custom("candidate shifts", useScalingFactor: false),
        ]
        Benchmark("model build \(plan.name)", configuration: .init(metrics: standard + sizeMetrics, maxIterations: 3)) { benchmark in
            guard let values = try? plan.load() else { return }
            benchmark.startMeasurement()
            let size = MeasuredSolve.buildModel(values)
            benchmark.stopMeasurement()
            benchmark.measurement(.custom("nonzeros", useScalingFactor: false), size.nonzeros)
            benchmark.measurement(.custom("candidate shifts", useScalingFactor: false), size.candidateShifts)
        }
        let iterations = plan.agents >= 1000 ? 3 : 5
        Benchmark("whole solve \(plan.name)", configuration: .init(metrics: standard + stageMetrics, maxIterations: iterations)) { benchmark in
            guard let measured = try? MeasuredSolve.run(plan) else { return }
            let keys = Baseline.Record.stageKeys(measured.solution.stages.map(\.stage))
            for (stage, key) in zip(measured.solution.stages, keys) {
                benchmark.measurement(.custom("\(key) ms", useScalingFactor: false), Int(stage.seconds * 1000))
                benchmark.measurement(.custom("\(key) gap ×1000", useScalingFactor: false), Int((stage.absoluteGap * 1000).rounded()))
            }
        }
    }
    // A season: wall clock of the whole season, the median week, and the drift as custom metrics.
    let seasonMetrics: [BenchmarkMetric] = [
        .custom("median week ms", useScalingFactor: false), .custom("largest unforced excursion ×100 h", useScalingFactor: false),
        .custom("unforced excursions", useScalingFactor: false), .custom("beyond the need ‰", useScalingFactor: false),
    ]
    for season in BenchmarkSeason.all {
        let configuration = Benchmark.Configuration(
            metrics: [.wallClock, .peakMemoryResident] + seasonMetrics, maxDuration: .seconds(3_600), maxIterations: 1)
        Benchmark("season \(season.name)", configuration: configuration) { benchmark in
            guard let measured = try? season.run() else { return }
            benchmark.measurement(seasonMetrics[0], Int(measured.medianWeekSeconds * 1000))
            benchmark.measurement(seasonMetrics[1], Int((measured.ledger.largestUnforced * 100).rounded()))
            benchmark.measurement(seasonMetrics[2], measured.ledger.unforcedExcursions)
            benchmark.measurement(seasonMetrics[3], Int((measured.ledger.beyondNeedFraction * 1000).rounded()))
        }
    }
}
