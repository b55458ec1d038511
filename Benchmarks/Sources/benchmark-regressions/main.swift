import BenchmarkPlans
import Foundation

/// Solves the benchmark plans and compares what must not get worse with Benchmarks/baseline.json:
/// each stage's objective (within 1e-6), an optimal status, and the model's size. Wall-clock time is
/// printed but never compared: CI machines differ.
///   benchmark-regressions [--quick] [--record]
let arguments = Set(CommandLine.arguments.dropFirst())
let unknown = arguments.subtracting(["--quick", "--record"])
guard unknown.isEmpty else {
    FileHandle.standardError.write(Data("unknown option \(unknown.sorted().joined(separator: " ")); expected --quick and/or --record\n".utf8))
    exit(64)
}
let baselinePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("baseline.json").path
let plans = BenchmarkPlan.all.filter { !arguments.contains("--quick") || $0.isQuick }

var baseline = (try? Baseline.read(from: baselinePath)) ?? Baseline(plans: [:])
var failures: [String] = []
for plan in plans {
    let measured: MeasuredSolve
    do { measured = try MeasuredSolve.run(plan) } catch {
        failures.append("\(plan.name): could not be solved: \(error)")
        continue
    }
    let record = Baseline.Record(measured)
    print(record.line(name: plan.name, seconds: measured.seconds))
    if arguments.contains("--record") {
        baseline.plans[plan.name] = record
    } else if let expected = baseline.plans[plan.name] {
        failures += record.regressions(against: expected).map { "\(plan.name): \($0)" }
    } else {
        failures.append("\(plan.name): no baseline; run with --record")
    }
}
// Seasons: every week must solve and pass the checker (the runner verifies each before writing);
// their figures depend on time-limited searches, so they are printed, not compared.
for season in BenchmarkSeason.all where !arguments.contains("--quick") || season.isQuick {
    do {
        print(BenchmarkSeason.line(season, try season.run()))
    } catch {
        failures.append("\(season.name): \(error)")
    }
}
if arguments.contains("--record") {
    do { try baseline.write(to: baselinePath) } catch {
        FileHandle.standardError.write(Data("could not write \(baselinePath): \(error)\n".utf8))
        exit(73)
    }
    print("recorded \(baselinePath)")
}
for failure in failures { FileHandle.standardError.write(Data("regression: \(failure)\n".utf8)) }
exit(failures.isEmpty ? 0 : 1)
