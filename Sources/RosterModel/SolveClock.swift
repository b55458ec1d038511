/// Seconds since the solve began.
struct SolveClock {
    private let clock = ContinuousClock()
    private let began: ContinuousClock.Instant

    init() {
        began = clock.now
    }

    var elapsed: Double {
        let duration = clock.now - began
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
    }
}

extension SolveClock {
    func deadline(_ ends: Double) -> SearchDeadline { SearchDeadline(now: { elapsed }, ends: ends) }
}
