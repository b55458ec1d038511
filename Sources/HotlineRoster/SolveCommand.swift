import ArgumentParser
import Foundation
import LinearModel
import RosterModel
import RosterOutput
import RosterPipeline

struct SolveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "solve",
        abstract: "Plan the week: validate, compute staffing, solve the roster and write the roster folder.",
        discussion: """
            The five components are optimized lexicographically in the plan's priority order (floor, service, \
            fairness, contracts, economy by default). The status is 'optimal' only when every stage was proven \
            optimal; otherwise 'feasible', with the bound and gap of each stage in summary.json.
            Ctrl-C stops the search, writes the best roster found (marked not proven) and exits 130; \
            SIGTERM does the same and exits 143.
            """
    )

    @OptionGroup var planOptions: PlanOptions

    @Option(name: .long, help: "The roster folder to write (staged beside it, then renamed into place).")
    var out = "roster"

    @Option(name: .long, help: "Time budget for the whole solve, in seconds.")
    var timeLimit: Double = 120

    @Option(name: .long, help: "Relative gap at which a stage may stop early (0 = prove optimality).")
    var gap: Double = 0

    @Flag(help: "Write agent ids only, no names (names are personal data).")
    var noNames = false

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    func validate() throws {
        try SolveBudget.validate(timeLimit: timeLimit)
        try SolveBudget.validate(gap: gap)
    }

    func run() throws {
        let loaded = try planOptions.load()
        let stop = StopRequest()
        let interruption = Interruption(stop: stop)
        defer { interruption.restore() }
        let reporter = ProgressReporter(quiet: quiet)

        let week: PlannedWeek
        do {
            week = try WeekPlanner.plan(
                loaded.plan, policy: SolvePolicy(timeLimitSeconds: timeLimit, relativeGap: gap, stop: stop),
                progress: reporter.report)
        } catch {
            StandardError.print("internal error: \(error)")
            throw ExitCode.internalError
        }
        do {
            try RosterDelivery.write(week, warnings: loaded.warnings.map(\.description), to: out,
                                     options: OutputOptions(includeNames: !noNames))
        } catch {
            switch error {
            case .cannotWrite:
                StandardError.print("error: \(error)")
                throw ExitCode.cannotWrite
            case .unreadable, .failedVerification:
                StandardError.print("internal error: \(error)")
                throw ExitCode.internalError
            }
        }
        print(WeekSummaryText.render(week, out: out), terminator: "")
        // The exit status tells what summary.json says: a stop that came after the last stage had
        // ended changed nothing, so the complete roster exits 0.
        if week.solution.interrupted {
            throw interruption.exitCode ?? ExitCode.interrupted
        }
        if stop.isRequested {
            StandardError.print("the stop came after the solve had ended; the roster is complete as summary.json says")
        }
    }
}
