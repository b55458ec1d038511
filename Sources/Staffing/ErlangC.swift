#if canImport(Darwin)
import Darwin
#elseif canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Erlang C for an M/M/N queue: the probability that a contact waits, the resulting service level,
/// and the fewest agents that reach a service-level target.
///
/// Everything is computed through the Erlang B recursion (no factorials or powers), so traffic in the
/// thousands of Erlangs stays finite and accurate. Inputs outside the model (NaN, negative, N ≤ A) get
/// defined, conservative answers instead of traps: validation upstream refuses them, but a planner must
/// never crash or spin on a bad forecast.
public enum ErlangC {
    /// Traffic beyond which the O(A) recursion is not run: ten million Erlangs is far beyond any real
    /// line, and the bound keeps every call fast and every agent count representable as an `Int`.
    static let maximumTraffic = 10_000_000.0

    /// Probability that a contact waits (Erlang C), for `agents` > traffic.
    ///
    /// With no traffic nobody waits (0); with `agents` ≤ traffic the queue grows without bound and
    /// everybody waits (1).
    public static func probabilityOfWaiting(agents: Int, traffic: Double) -> Double {
        guard traffic > 0 else { return 0 }  // also catches NaN
        guard Double(agents) > traffic else { return 1 }
        guard traffic <= maximumTraffic else {
            // Outside the modelled range: a coarse step that still agrees with `agentsNeeded`.
            return agents >= searchLimit(traffic: traffic) ? 0 : 1
        }
        var blocking = ErlangBRecursion(traffic: traffic)
        while blocking.servers < agents {
            blocking.addServer()
            // Once B underflows to zero it stays there, and so does C: no need to walk further.
            if blocking.probability == 0 { return 0 }
        }
        return blocking.probabilityOfWaiting
    }

    /// SL(N, A) = 1 − C(N, A)·exp(−(N − A)·answerWithin/handleTime): the share of contacts answered
    /// within `answerWithinSeconds`, clamped to [0, 1].
    public static func serviceLevel(
        agents: Int, traffic: Double, answerWithinSeconds: Double, handleTimeSeconds: Double
    ) -> Double {
        let waiting = probabilityOfWaiting(agents: agents, traffic: traffic)
        guard waiting > 0 else { return 1 }
        guard Double(agents) > traffic else { return 0 }
        return level(
            waiting: waiting, surplus: Double(agents) - traffic,
            answerWithinSeconds: answerWithinSeconds, handleTimeSeconds: handleTimeSeconds)
    }

    /// Smallest N > A meeting the target (0 when traffic is 0).
    ///
    /// The search walks N upward from ⌊A⌋ + 1, advancing Erlang B one server at a time, so it costs
    /// O(A + steps). It stops at `searchLimit` (A + 10√A + 100, widened for tiny traffic), which meets
    /// any practical target; a target that cannot be met there (above 1, NaN, negative times) gets
    /// that limit, the conservative answer.
    public static func agentsNeeded(
        traffic: Double, serviceLevel target: Double, answerWithinSeconds: Double, handleTimeSeconds: Double
    ) -> Int {
        guard traffic > 0 else { return 0 }  // also catches NaN
        let limit = searchLimit(traffic: traffic)
        guard traffic <= maximumTraffic else { return limit }

        var blocking = ErlangBRecursion(traffic: traffic)
        let first = Int(traffic.rounded(.down)) + 1
        while blocking.servers < first { blocking.addServer() }
        while blocking.servers < limit {
            let agents = blocking.servers
            let achieved = level(
                waiting: blocking.probabilityOfWaiting, surplus: Double(agents) - traffic,
                answerWithinSeconds: answerWithinSeconds, handleTimeSeconds: handleTimeSeconds)
            if achieved >= target { return agents }
            blocking.addServer()
        }
        return limit
    }

    /// Upper end of the search: square-root staffing with β = 10 plus a margin for small traffic.
    /// Saturates at `AgentCount.limit` so absurd traffic cannot overflow `Int`.
    static func searchLimit(traffic: Double) -> Int {
        let bound = traffic + 10 * traffic.squareRoot() + 100
        return AgentCount.ceiling(bound)
    }

    /// 1 − C·exp(−surplus·answerWithin/handleTime), clamped to [0, 1].
    private static func level(
        waiting: Double, surplus: Double, answerWithinSeconds: Double, handleTimeSeconds: Double
    ) -> Double {
        guard waiting > 0 else { return 1 }
        var exponent = -surplus * answerWithinSeconds / handleTimeSeconds
        // 0/0 (no handle time, no answer window) has no meaning; assume no head start (exp = 1),
        // which is the conservative reading.
        if exponent.isNaN { exponent = 0 }
        let level = 1 - waiting * exp(exponent)
        guard level > 0 else { return 0 }  // also catches NaN
        return min(1, level)
    }
}
