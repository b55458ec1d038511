import ArgumentParser
import Foundation
import LinearModel
import SeasonPlanning

struct SeasonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "season",
        abstract: "Plan a season: solve consecutive weekly planning folders in order, the balance ledger chained.",
        discussion: """
            WEEKS_DIR holds one planning folder per ISO week, named YYYY-Www (generate --weeks writes such a folder); \
            the weeks must be consecutive. Each week is solved with the balance.csv the week before wrote (the \
            first week with its own balance.csv, if it has one), verified, and written to OUT/YYYY-Www/; then \
            OUT/season.csv (week × municipality) and a summary of each municipality's drift from its share. A \
            week that fails stops the season; the weeks before it stay written, and --resume continues after them. \
            Ctrl-C stops the season without writing the week being solved (exit 130).
            """
    )

    @Argument(help: "The folder of weekly planning folders (YYYY-Www).")
    var weeksFolder: String

    @Option(name: .long, help: "The season's folder: one roster folder per week and season.csv.")
    var out: String

    @Option(name: .long, help: "Time budget of each week's whole solve, in seconds.")
    var timeLimit: Double = 120

    @Option(name: .long, help: "Relative gap at which a stage may stop early (0 = prove optimality).")
    var gap: Double = 0

    @Flag(help: "Keep the weeks already written in OUT (each checked again) and continue after them.")
    var resume = false

    @Flag(help: "Treat a municipality without an availability file as an error, not a warning.")
    var strict = false

    @Flag(help: "Write agent ids only, no names (names are personal data).")
    var noNames = false

    @Flag(help: "No progress lines on stderr.")
    var quiet = false

    func validate() throws {
        try SolveBudget.validate(timeLimit: timeLimit)
        try SolveBudget.validate(gap: gap)
    }

    func run() throws {
        let stop = StopRequest()
        let interruption = Interruption(stop: stop)
        defer { interruption.restore() }
        let options = SeasonOptions(
            timeLimitSeconds: timeLimit, relativeGap: gap, resume: resume, includeNames: !noNames, strict: strict)
        let outcome: SeasonRunner.Outcome
        do {
            outcome = try SeasonRunner.run(weeksFolder: weeksFolder, out: out, options: options, stop: stop) { result in
                if !quiet { StandardError.print(Self.progressLine(result)) }
            }
        } catch {
            StandardError.print("error: \(error)")
            switch error {
            case .noWeeks: throw ExitCode.missingInput
            case .gap: throw ExitCode.badData
            case .unreadablePlan(_, _, let missing): throw missing ? ExitCode.missingInput : ExitCode.badData
            case .weekFailed: throw ExitCode.internalError
            case .cannotWrite: throw ExitCode.cannotWrite
            case .resumeMismatch: throw ExitCode.badData
            case .interrupted: throw interruption.exitCode ?? ExitCode.interrupted
            }
        }
        print(SeasonText.summary(outcome.ledger, names: outcome.names), terminator: "")
        print("written: \(out)/YYYY-Www/ (one roster folder per week) and \(out)/\(SeasonRunner.seasonFile)")
    }

    /// One line per week: status, hours, staffing beyond the need, the largest debt, solve time.
    static func progressLine(_ result: SeasonWeekResult) -> String {
        let largest = result.fairness.map { abs($0.owedAfter) }.max() ?? 0
        let beyond = result.requiredHours > 0 ? 100 * result.beyondNeedHours / result.requiredHours : 0
        let time = result.seconds.map { String(format: "%.1f s", $0) } ?? "kept"
        return "\(result.week)  \(result.status)  \(String(format: "%.1f", result.rosteredHours)) h rostered, "
            + "\(String(format: "%.1f", beyond)) % beyond the need, largest owed \(String(format: "%.2f", largest)) h  (\(time))"
    }
}
