/// How strictly to read a planning folder.
public struct ReadOptions: Sendable {
    /// A municipality without an availability file is an error, not a warning.
    public var strict: Bool = false
    /// `--force`: accept a balance.csv whose `after_week` is not the week before the planned week.
    public var acceptAnyBalanceWeek: Bool = false

    public init(strict: Bool = false, acceptAnyBalanceWeek: Bool = false) {
        self.strict = strict
        self.acceptAnyBalanceWeek = acceptAnyBalanceWeek
    }
}
