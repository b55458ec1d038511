import Testing
@testable import Staffing

/// Erlang C against reference values.
///
/// Provenance: the A = 10 Erlang row is the classic textbook/call-centre case (100 calls per
/// 30 minutes at 180 s handle time; C(11, 10) ≈ 0.682 is the commonly quoted figure). The A = 48 row
/// is the classic "360 calls per half hour, 4-minute calls, 55 agents, 15-second target" example of
/// Erlang C tutorials. Every literal below was computed independently of this code, with the direct
/// factorial formula C = (Aᴺ/N!·N/(N−A)) / (Σ_{k<N} Aᵏ/k! + Aᴺ/N!·N/(N−A)) in exact rational
/// arithmetic (Python `fractions`), then rounded to Double; A = 2 and A = 1 have the closed forms
/// 4/9, 4/23, 4/67 and 1/3.
struct ErlangCReferenceTests {
    struct Reference: Sendable, CustomTestStringConvertible {
        let agents: Int
        let traffic: Double
        let waiting: Double
        var testDescription: String { "C(\(agents), \(traffic))" }
    }

    static let references: [Reference] = [
        Reference(agents: 11, traffic: 10, waiting: 0.6821182046893324),
        Reference(agents: 12, traffic: 10, waiting: 0.44938822429827086),
        Reference(agents: 13, traffic: 10, waiting: 0.28527045303649295),
        Reference(agents: 14, traffic: 10, waiting: 0.17413193359504983),
        Reference(agents: 15, traffic: 10, waiting: 0.10204236700798801),
        Reference(agents: 3, traffic: 2, waiting: 4.0 / 9),
        Reference(agents: 4, traffic: 2, waiting: 4.0 / 23),
        Reference(agents: 5, traffic: 2, waiting: 4.0 / 67),
        Reference(agents: 2, traffic: 1, waiting: 1.0 / 3),
        Reference(agents: 54, traffic: 48, waiting: 0.30130789937626934),
        Reference(agents: 55, traffic: 48, waiting: 0.2387009363780092),
    ]

    @Test(arguments: references)
    func probabilityOfWaitingMatchesReference(_ reference: Reference) {
        let waiting = ErlangC.probabilityOfWaiting(agents: reference.agents, traffic: reference.traffic)
        #expect(abs(waiting - reference.waiting) < 1e-4)
    }

    /// The recursion against the factorial form evaluated right here in Double, on a grid of small
    /// traffic where n! and Aⁿ are still exact enough.
    @Test(arguments: [0.3, 1, 2.5, 7, 10, 19.9])
    func probabilityOfWaitingMatchesDirectFormula(traffic: Double) {
        let first = Int(traffic.rounded(.down)) + 1
        for agents in first...(first + 12) {
            let recursive = ErlangC.probabilityOfWaiting(agents: agents, traffic: traffic)
            let direct = Self.directErlangC(agents: agents, traffic: traffic)
            #expect(abs(recursive - direct) < 1e-9, "N = \(agents)")
        }
    }

    /// SL(N, 10) with 20 s target and 180 s handle time; SL(N, 48) with 15 s and 240 s.
    /// Computed as 1 − C·exp(−(N − A)·t/h) from the exact C values above (Python).
    @Test(arguments: [
        (11, 10.0, 20.0, 180.0, 0.3896138117291533),
        (12, 10.0, 20.0, 180.0, 0.6401580403740066),
        (13, 10.0, 20.0, 180.0, 0.7955947884177831),
        (14, 10.0, 20.0, 180.0, 0.8883500191794669),
        (54, 48.0, 15.0, 240.0, 0.792914311143661),
        (55, 48.0, 15.0, 240.0, 0.8458830921705803),
    ])
    func serviceLevelMatchesReference(agents: Int, traffic: Double, within: Double, handle: Double, expected: Double) {
        let level = ErlangC.serviceLevel(
            agents: agents, traffic: traffic, answerWithinSeconds: within, handleTimeSeconds: handle)
        #expect(abs(level - expected) < 1e-4)
    }

    /// The worked example: 100 calls in 30 min at 180 s → A = 100·180/1800 = 10 Erlangs. For 80 % in
    /// 20 s, 13 agents reach only 79.56 % and 14 reach 88.84 %, so the answer is 14 (not 13).
    @Test func workedExampleNeedsFourteenAgents() {
        let traffic = 100.0 * 180 / 1800
        #expect(traffic == 10)
        let agents = ErlangC.agentsNeeded(
            traffic: traffic, serviceLevel: 0.8, answerWithinSeconds: 20, handleTimeSeconds: 180)
        #expect(agents == 14)
    }

    /// The tutorial example with 55 agents: 85 % within 15 s. 54 agents give 79.3 %, so an 80 % target
    /// needs exactly 55.
    @Test func tutorialExampleNeedsFiftyFiveAgents() {
        let agents = ErlangC.agentsNeeded(
            traffic: 360.0 * 240 / 1800, serviceLevel: 0.8, answerWithinSeconds: 15, handleTimeSeconds: 240)
        #expect(agents == 55)
    }

    /// (Aᴺ/N!·N/(N−A)) / (Σ_{k<N} Aᵏ/k! + Aᴺ/N!·N/(N−A)), term by term; fine for small A and N.
    static func directErlangC(agents: Int, traffic: Double) -> Double {
        var term = 1.0  // Aᵏ/k!
        var sum = 0.0
        for k in 0..<agents {
            sum += term
            term *= traffic / Double(k + 1)
        }
        let top = term * Double(agents) / (Double(agents) - traffic)
        return top / (sum + top)
    }
}
