// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "hotline-roster",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "hotline-roster", targets: ["hotline-roster"]),
        .library(name: "HotlineRoster", targets: ["HotlineRoster"]),
        .library(name: "RosterPipeline", targets: ["RosterPipeline"]),
        // For the nested Benchmarks package: every stage of the pipeline.
        .library(
            name: "HotlineRosterKit",
            targets: ["RosterPipeline", "SeasonPlanning", "PlanGeneration", "PlanReading", "HotlineDomain", "Staffing", "RosterModel", "LinearModel", "GLPKSolver"]
        ),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        // GLPK from Debian's libglpk-dev (no pkg-config file, so the module map links it).
        .systemLibrary(
            name: "CGLPK",
            providers: [.apt(["libglpk-dev"])]
        ),
        // Solver-agnostic description of a mixed-integer program and of a solve's outcome.
        .target(name: "LinearModel"),
        // The thin GLPK layer: owns the C problem, maps codes, keeps GLPK quiet.
        .target(name: "GLPKSolver", dependencies: ["CGLPK", "LinearModel"]),
        // The one seeded random generator (SplitMix64) with portable draws.
        .target(name: "SeededRandomness"),
        // Domain values: plan, slots, agents, municipalities, roster.
        .target(name: "HotlineDomain"),
        // Read & validate the planning folder.
        .target(name: "PlanReading", dependencies: ["HotlineDomain", "Yams"]),
        // Erlang C: contacts -> agents per slot.
        .target(name: "Staffing", dependencies: ["HotlineDomain"]),
        // Shifts, the staged lexicographic integer program, and the roster it yields.
        .target(name: "RosterModel", dependencies: ["HotlineDomain", "LinearModel", "SeededRandomness"]),
        // Swapping two folders in one step (renameat2), which Swift's Glibc does not expose.
        .target(name: "CAtomicRename"),
        // Writing the roster folder atomically.
        .target(name: "RosterOutput", dependencies: ["HotlineDomain", "RosterModel", "CAtomicRename"]),
        // Synthetic planning folders of any size, deterministic per seed (benchmarks, tests).
        .target(name: "PlanGeneration", dependencies: ["HotlineDomain", "Staffing", "SeededRandomness"]),
        // Independent verifier: recomputes everything from the plan, shares no code with RosterModel.
        .target(name: "RosterCheck", dependencies: ["HotlineDomain", "PlanReading", "Staffing"]),
        // The pipeline after reading: staffing → model → solve → roster → verify → write, and the
        // export of one stage's program.
        .target(
            name: "RosterPipeline",
            dependencies: ["HotlineDomain", "Staffing", "RosterModel", "RosterOutput", "RosterCheck", "GLPKSolver", "LinearModel"]
        ),
        // A season: the weeks in order, the balance ledger chained, season.csv and the drift.
        .target(
            name: "SeasonPlanning",
            dependencies: ["HotlineDomain", "LinearModel", "PlanReading", "RosterCheck", "RosterModel", "RosterOutput", "RosterPipeline"]),
        // The commands (one file each): they parse arguments, call the library and map its errors to
        // exit statuses.
        .target(
            name: "HotlineRoster",
            dependencies: [
                "PlanReading", "Staffing", "RosterModel", "RosterOutput", "RosterPipeline", "RosterCheck",
                "GLPKSolver", "LinearModel", "PlanGeneration", "SeasonPlanning",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "hotline-roster", dependencies: ["HotlineRoster"]),
        // Corpus/ holds the bad-input corpus, read through #filePath (see Corpus/README.md).
        .testTarget(name: "PlanReadingTests", dependencies: ["PlanReading", "HotlineDomain", "SeededRandomness"], exclude: ["Corpus"]),
        .testTarget(name: "StaffingTests", dependencies: ["Staffing", "HotlineDomain"]),
        .testTarget(name: "GLPKSolverTests", dependencies: ["GLPKSolver", "LinearModel"]),
        .testTarget(
            name: "RosterModelTests",
            dependencies: ["RosterModel", "GLPKSolver", "LinearModel", "PlanReading", "HotlineDomain", "RosterCheck", "SeededRandomness"]
        ),
        .testTarget(name: "RosterCheckTests", dependencies: ["RosterCheck", "PlanReading", "HotlineDomain", "Staffing"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: ["HotlineRoster", "RosterPipeline", "RosterCheck", "PlanReading", "HotlineDomain", "PlanGeneration", "SeededRandomness"]
        ),
        .testTarget(
            name: "SeasonPlanningTests",
            dependencies: ["SeasonPlanning", "PlanGeneration", "PlanReading", "HotlineDomain", "RosterCheck"]),
        .testTarget(name: "PlanGenerationTests", dependencies: ["PlanGeneration", "PlanReading", "HotlineDomain", "Staffing"]),
    ],
    swiftLanguageModes: [.v6]
)

// Fuzzing the readers (README, "Fuzzing"): the entry points, shared by the libFuzzer driver and
// the regression tests, and the driver itself (scripts/fuzz builds it with -sanitize=fuzzer).
package.targets += [
    .target(name: "ReaderFuzzing", dependencies: ["PlanReading", "HotlineDomain"]),
    .executableTarget(name: "reader-fuzzer", dependencies: ["ReaderFuzzing"]),
]
for target in package.targets where target.name == "PlanReadingTests" {
    target.dependencies.append("ReaderFuzzing")
}
