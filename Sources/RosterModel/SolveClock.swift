/// Seconds since the solve began.
struct SolveClock {
    private let clock = ContinuousClock()
    private let began: ContinuousClock.Instant

    init() {
        began = clock.now
    }

    var elapsed: Double { (clock.now - began).inSeconds }
}

extension SolveClock {
    func deadline(_ ends: Double) -> SearchDeadline { SearchDeadline(now: { elapsed }, ends: ends) }
}
