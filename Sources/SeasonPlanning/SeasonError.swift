import HotlineDomain

/// Why a season stopped: what went wrong, where, and what was expected. The weeks before it stay
/// written, and `--resume` continues after them.
public enum SeasonError: Error, CustomStringConvertible {
    /// WEEKS_DIR is missing, unreadable or holds no weekly folder.
    case noWeeks(folder: String, reason: String)
    /// The weeks are not consecutive.
    case gap(folder: String, after: IsoWeek, missing: IsoWeek, next: IsoWeek)
    /// A week's planning folder (or the balance it chains) did not read; every diagnostic is given.
    case unreadablePlan(week: IsoWeek, diagnostics: [String], missingInput: Bool)
    /// A week's solve or its verification failed (a defect: please report it).
    case weekFailed(week: IsoWeek, reason: String)
    /// A week's roster folder or season.csv could not be written.
    case cannotWrite(week: IsoWeek?, reason: String)
    /// A week already written does not pass the checker against its plan and the chained balance.
    case resumeMismatch(week: IsoWeek, report: String)
    /// A stop (Ctrl-C, SIGTERM) came while `week` was being solved; nothing of that week was written.
    case interrupted(week: IsoWeek)

    public var description: String {
        switch self {
        case .noWeeks(let folder, let reason):
            "\(folder): \(reason), expected a folder of weekly planning folders named YYYY-Www (hotline-roster generate --weeks N writes one)"
        case .gap(let folder, let after, let missing, let next):
            "\(folder): \(missing) is missing between \(after) and \(next), expected consecutive weeks (the balance of each week is carried to the next)"
        case .unreadablePlan(let week, let diagnostics, _):
            "\(week): the week's plan could not be read:\n" + diagnostics.map { "  " + $0 }.joined(separator: "\n")
        case .weekFailed(let week, let reason):
            "\(week): \(reason)"
        case .cannotWrite(let week, let reason):
            (week.map { "\($0): " } ?? "") + "could not write: \(reason)"
        case .resumeMismatch(let week, let report):
            "\(week): the roster already written does not pass the check against its plan and the balance before it, "
                + "expected a week written by this season; remove that folder (and the weeks after it) to solve it again:\n" + report
        case .interrupted(let week):
            "stopped while solving \(week); nothing of \(week) was written, the weeks before it were; rerun with --resume to continue"
        }
    }
}
