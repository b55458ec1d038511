import Testing
@testable import Staffing

/// Large traffic: the factorial form overflows Double long before A = 2,000 (170! is the largest
/// finite factorial); the recursion must stay finite and exact.
///
/// Expected N and C come from the factorial formula in exact rational arithmetic (Python `fractions`,
/// tail truncated below 1e-40), independently of this code: for 80 % within 20 s at 180 s handle
/// time, A = 2,000 needs 2,012 agents (SL 0.81424; 2,011 give 0.78601) and A = 10,000 needs 10,013
/// (SL 0.80023; 10,012 give 0.77382).
struct ErlangCStabilityTests {
    @Test(arguments: [
        (2_000.0, 2_012, 0.7047002988507904, 0.8142430179936343),
        (10_000.0, 10_013, 0.8469153866654772, 0.800232069057641),
    ])
    func largeTrafficIsFiniteAndExact(traffic: Double, expectedAgents: Int, waiting: Double, level: Double) {
        // Speed is a benchmark's business; here only correctness.
        let agents = ErlangC.agentsNeeded(
            traffic: traffic, serviceLevel: 0.8, answerWithinSeconds: 20, handleTimeSeconds: 180)
        #expect(agents == expectedAgents)
        #expect(Double(agents) > traffic && Double(agents) < traffic + traffic.squareRoot())

        let c = ErlangC.probabilityOfWaiting(agents: agents, traffic: traffic)
        #expect(c.isFinite && abs(c - waiting) < 1e-4)
        let sl = ErlangC.serviceLevel(agents: agents, traffic: traffic, answerWithinSeconds: 20, handleTimeSeconds: 180)
        #expect(sl.isFinite && abs(sl - level) < 1e-4)
    }

    /// Fractional traffic near the top of the range: still finite and just above A.
    @Test func fractionalLargeTraffic() {
        let agents = ErlangC.agentsNeeded(
            traffic: 4_321.75, serviceLevel: 0.9, answerWithinSeconds: 30, handleTimeSeconds: 300)
        #expect(agents > 4_321 && agents < 4_400)
    }
}
