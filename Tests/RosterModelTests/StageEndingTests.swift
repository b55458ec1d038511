import LinearModel
@testable import RosterModel
import Testing

/// How a stage's status is told: proven, within the requested gap, out of time, or with its
/// searches ended early. A planner reads `time_limit` as "more time may help" and `search_ended`
/// as "it would not", so the two must not be confused.
struct StageEndingTests {
    struct Ending: Sendable, CustomTestStringConvertible {
        let value: Double
        let bound: Double
        let requestedGap: Double
        let usedWholeBudget: Bool
        let expected: Termination
        var testDescription: String { "\(value) vs \(bound), gap \(requestedGap), whole budget \(usedWholeBudget) → \(expected)" }
    }

    @Test(arguments: [
        Ending(value: 3, bound: 3, requestedGap: 0, usedWholeBudget: true, expected: .optimal),
        Ending(value: 3, bound: 3, requestedGap: 0, usedWholeBudget: false, expected: .optimal),
        Ending(value: 100, bound: 99, requestedGap: 0.05, usedWholeBudget: false, expected: .gapReached),
        Ending(value: 100, bound: 99, requestedGap: 0, usedWholeBudget: true, expected: .timeLimit),
        Ending(value: 100, bound: 99, requestedGap: 0, usedWholeBudget: false, expected: .searchEnded),
        Ending(value: 100, bound: 50, requestedGap: 0.05, usedWholeBudget: false, expected: .searchEnded),
        Ending(value: 100, bound: 50, requestedGap: 0.05, usedWholeBudget: true, expected: .timeLimit),
    ])
    func statusFollowsProofGapAndBudget(_ ending: Ending) {
        var run = StageRun(stage: .economy, objective: [], ends: 10, requestedGap: ending.requestedGap)
        run.value = ending.value
        run.bound = ending.bound
        run.usedWholeBudget = ending.usedWholeBudget
        #expect(run.result.termination == ending.expected)
    }

    @Test func anInterruptionIsToldWhateverTheBudget() {
        var run = StageRun(stage: .contracts, objective: [], ends: 10)
        run.value = 2
        run.termination = .interrupted
        run.usedWholeBudget = false
        #expect(run.result.termination == .interrupted)
    }
}
