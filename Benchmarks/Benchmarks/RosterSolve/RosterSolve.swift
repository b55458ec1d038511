import Benchmark
import BenchmarkPlans
import HotlineDomain

/// Model build and whole solve of every benchmark plan, with each stage's seconds and the model's
/// size as custom metrics. Run: `cd Benchmarks && swift package benchmark` (a few minutes).
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .peakMemoryResident, .cpuTotal],
        warmupIterations: 0,
        maxDuration: .seconds(60),
        maxIterations: 5
    )
    for plan in BenchmarkPlan.all {
        Benchmark("model build \(plan.name)", configuration: .init(maxIterations: 3)) { benchmark in
            guard let values = try? plan.load() else { return }
            benchmark.startMeasurement()
            let size = MeasuredSolve.buildModel(values)
            benchmark.stopMeasurement()
            benchmark.measurement(.custom("nonzeros", useScalingFactor: false), size.nonzeros)
            benchmark.measurement(.custom("candidate shifts", useScalingFactor: false), size.candidateShifts)
        }
        let iterations = plan.agents >= 1000 ? 3 : 5
        Benchmark("whole solve \(plan.name)", configuration: .init(maxIterations: iterations)) { benchmark in
            guard let measured = try? MeasuredSolve.run(plan) else { return }
            for stage in measured.solution.stages {
                benchmark.measurement(.custom("\(stage.stage.rawValue) ms", useScalingFactor: false), Int(stage.seconds * 1000))
                benchmark.measurement(
                    .custom("\(stage.stage.rawValue) gap ×1000", useScalingFactor: false), Int((stage.absoluteGap * 1000).rounded()))
            }
        }
    }
}
