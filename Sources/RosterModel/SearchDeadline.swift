/// When a search must end: at `ends` on the `now` clock (seconds), or once `stopped` says so.
struct SearchDeadline {
    let now: () -> Double
    let ends: Double
    var stopped: () -> Bool = { false }

    var hasPassed: Bool { now() > ends || stopped() }

    /// The share of the time from `began` to `ends` used so far (0 without an end).
    func fraction(since began: Double) -> Double {
        guard ends.isFinite, ends > began else { return 0 }
        return min(1, max(0, (now() - began) / (ends - began)))
    }

    /// No end but the iteration budget: the result depends on the seed alone.
    static var none: SearchDeadline { SearchDeadline(now: { 0 }, ends: .infinity) }
}
