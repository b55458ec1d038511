import Testing
@testable import Staffing

/// Inputs outside the model must give defined answers, never a trap or an endless loop.
struct ErlangCEdgeTests {
    @Test func noTrafficNeedsNoAgentsAndNobodyWaits() {
        #expect(ErlangC.agentsNeeded(traffic: 0, serviceLevel: 0.8, answerWithinSeconds: 20, handleTimeSeconds: 180) == 0)
        #expect(ErlangC.probabilityOfWaiting(agents: 0, traffic: 0) == 0)
        #expect(ErlangC.serviceLevel(agents: 0, traffic: 0, answerWithinSeconds: 20, handleTimeSeconds: 180) == 1)
    }

    @Test(arguments: [(10, 10.0), (5, 10.0), (0, 0.5)])
    func tooFewAgentsMeansEverybodyWaits(agents: Int, traffic: Double) {
        #expect(ErlangC.probabilityOfWaiting(agents: agents, traffic: traffic) == 1)
        #expect(ErlangC.serviceLevel(agents: agents, traffic: traffic, answerWithinSeconds: 20, handleTimeSeconds: 180) == 0)
    }

    @Test(arguments: [Double.nan, -3, -Double.infinity])
    func invalidTrafficNeedsNoAgents(traffic: Double) {
        #expect(ErlangC.agentsNeeded(traffic: traffic, serviceLevel: 0.8, answerWithinSeconds: 20, handleTimeSeconds: 180) == 0)
        #expect(ErlangC.probabilityOfWaiting(agents: 3, traffic: traffic) == 0)
    }

    /// Targets that can never be met stop at the search limit instead of looping.
    @Test(arguments: [Double.nan, 2, 1])
    func unreachableTargetStopsAtTheLimit(target: Double) {
        let agents = ErlangC.agentsNeeded(traffic: 10, serviceLevel: target, answerWithinSeconds: 20, handleTimeSeconds: 180)
        #expect(agents > 10)
        #expect(agents <= ErlangC.searchLimit(traffic: 10))
    }

    @Test func invalidTimesStayFiniteAndTerminate() {
        for (within, handle) in [(Double.nan, 180.0), (20, .nan), (0, 0), (-20, 180), (20, -180), (.infinity, 180)] {
            let agents = ErlangC.agentsNeeded(traffic: 10, serviceLevel: 0.8, answerWithinSeconds: within, handleTimeSeconds: handle)
            #expect(agents > 10 && agents <= ErlangC.searchLimit(traffic: 10), "within \(within), handle \(handle)")
            let level = ErlangC.serviceLevel(agents: 12, traffic: 10, answerWithinSeconds: within, handleTimeSeconds: handle)
            #expect(level >= 0 && level <= 1, "within \(within), handle \(handle)")
        }
    }

    /// Absurd traffic is beyond any line; it must still answer at once with a representable count.
    @Test func absurdTrafficSaturates() {
        let huge = ErlangC.agentsNeeded(traffic: 1e300, serviceLevel: 0.8, answerWithinSeconds: 20, handleTimeSeconds: 180)
        #expect(huge == AgentCount.limit)
        let infinite = ErlangC.agentsNeeded(traffic: .infinity, serviceLevel: 0.8, answerWithinSeconds: 20, handleTimeSeconds: 180)
        #expect(infinite == AgentCount.limit)
        #expect(ErlangC.probabilityOfWaiting(agents: .max, traffic: 1e300) == 1)
    }

    /// Far above the traffic, B underflows to zero; the walk must stop there rather than count to N.
    @Test func manyAgentsReturnsQuickly() {
        #expect(ErlangC.probabilityOfWaiting(agents: .max, traffic: 10) == 0)
        #expect(ErlangC.serviceLevel(agents: .max, traffic: 10, answerWithinSeconds: 20, handleTimeSeconds: 180) == 1)
    }
}
