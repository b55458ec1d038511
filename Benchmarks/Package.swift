// swift-tools-version: 6.1
// Benchmarks of hotline-roster (ordo-one/benchmark), kept in a nested package so that the root
// package builds and tests without the benchmark dependencies.
//   swift package benchmark --target RosterSolve              # timings and memory, every plan size
//   swift run -c release benchmark-regressions --quick        # CI: deterministic regressions only
import PackageDescription

let package = Package(
    name: "Benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "hotline-roster", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // The benchmark plans (generated, not committed) and one measured solve of each.
        .target(
            name: "BenchmarkPlans",
            dependencies: [.product(name: "HotlineRosterKit", package: "hotline-roster")]
        ),
        .executableTarget(
            name: "RosterSolve",
            dependencies: ["BenchmarkPlans", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/RosterSolve",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
        // Compares objectives, statuses and model sizes with baseline.json: never wall-clock time.
        .executableTarget(name: "benchmark-regressions", dependencies: ["BenchmarkPlans"]),
    ],
    swiftLanguageModes: [.v6]
)
