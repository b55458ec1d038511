/// How strictly to read a planning folder.
public struct ReadOptions: Sendable {
    /// A municipality without an availability file is an error, not a warning.
    public var strict: Bool = false
    /// `--force`: accept a balance.csv whose `after_week` is not the week before the planned week.
    public var acceptAnyBalanceWeek: Bool = false
    /// Read the balance from this file instead of the folder's balance.csv (a season chains the
    /// weeks: each reads the balance the week before wrote). The file must exist.
    public var balanceFile: String?

    public init(strict: Bool = false, acceptAnyBalanceWeek: Bool = false, balanceFile: String? = nil) {
        self.strict = strict
        self.acceptAnyBalanceWeek = acceptAnyBalanceWeek
        self.balanceFile = balanceFile
    }
}
