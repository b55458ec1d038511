import LinearModel

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
    /// A search's deadline at `ends` seconds, also ended by `stop` (Ctrl-C) when given.
    func deadline(_ ends: Double, stop: StopRequest? = nil) -> SearchDeadline {
        SearchDeadline(now: { elapsed }, ends: ends, stopped: { stop?.isRequested == true })
    }

    /// Halfway from now to `ends` (seconds): where a step that shares the rest of a budget stops.
    func halfway(to ends: Double) -> Double {
        elapsed + 0.5 * (ends - elapsed)
    }
}
