import ArgumentParser
import GLPKSolver
import LinearModel
import RosterModel
import RosterOutput
import RosterPipeline

/// Writes the exact program of one stage, so that other solvers (glpsol, HiGHS, CBC) can be run on it.
struct ExportModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-model",
        abstract: "Write the integer program of one lexicographic stage as an LP or MPS file.",
        discussion: """
            The file holds the stage's program exactly as the solver sees it: every candidate shift, the \
            coverage, hour, debt and contract rows, the stage's objective, and each earlier stage fixed at \
            the value this tool reached for it (solved first, within --time-limit; an earlier stage that \
            was not proven is fixed at its best value, which the file's name line records). Valid cuts the \
            tool adds while solving (bounds from municipality totals) are not included.
            With --earlier free the earlier stages are neither solved nor fixed: the file is the plan's \
            program with this stage's objective alone, so an independent solver can run the whole \
            lexicographic order itself (Fixtures/tools/independent_lexicographic.py does, with HiGHS).
            Example: hotline-roster export-model --stage economy --format mps --out economy.mps
            then: glpsol --freemps economy.mps  or  highs economy.mps
            """
    )

    @OptionGroup var planOptions: PlanOptions

    @Option(name: .long, help: "The stage: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var stage: String

    @Option(name: .long, help: "File format: lp (CPLEX LP) or mps (free MPS).")
    var format: String = "lp"

    @Option(name: .long, help: "The file to write (replaced atomically).")
    var out: String

    @Option(name: .long, help: "Time budget in seconds for solving the earlier stages.")
    var timeLimit: Double = 120

    /// What the file does with the stages before the chosen one.
    enum EarlierStages: String, ExpressibleByArgument, CaseIterable {
        /// Solved first, then fixed at the values this tool reached.
        case fixed
        /// Neither solved nor fixed: the chosen stage's objective on the plan's program alone.
        case free
    }

    @Option(name: .long, help: "Earlier stages: fixed (solved first, then kept at their values) or free (left out).")
    var earlier: EarlierStages = .fixed

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    func validate() throws {
        guard Stage(rawValue: stage) != nil else {
            throw ValidationError("unknown stage '\(stage)'; expected one of \(Stage.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        guard ModelFileFormat(rawValue: format) != nil else {
            throw ValidationError("unknown format '\(format)'; expected lp or mps")
        }
        try SolveBudget.validate(timeLimit: timeLimit)
    }

    func run() throws {
        guard let chosen = Stage(rawValue: stage), let fileFormat = ModelFileFormat(rawValue: format) else {
            throw ValidationError("unknown stage or format")
        }
        let loaded = try planOptions.load()
        let reporter = ProgressReporter(quiet: quiet)
        let exported: ExportedModel
        do {
            exported = try StageModelExport.write(
                loaded.plan, stage: chosen, format: fileFormat, fixingEarlierStages: earlier == .fixed,
                policy: SolvePolicy(timeLimitSeconds: timeLimit), to: out, progress: reporter.report)
        } catch {
            switch error {
            case .stageNotPlanned:
                StandardError.print("error: \(error)")
                throw ExitCode.usage
            case .cannotWrite:
                StandardError.print("error: \(error)")
                throw ExitCode.cannotWrite
            case .defect:
                StandardError.print("internal error: \(error)")
                throw ExitCode.internalError
            }
        }
        let earlierStages = exported.earlierStages
        StandardError.print(
            "\(out): stage \(chosen.rawValue), \(exported.variables) variables (\(exported.binaries) binary), "
                + "\(exported.constraints) constraints; earlier stages fixed: "
                + (earlierStages.isEmpty ? "none" : earlierStages.map { "\($0.stage.rawValue) ≤ \(decimal($0.objective, 6))" }.joined(separator: ", ")))
    }
}
