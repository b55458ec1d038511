@testable import RosterModel
import Testing

/// The fair municipality totals nearest a roster's own: what the economy's chains aim for.
struct NearestWitnessTests {
    /// Two municipalities with equal shares, each able to give any whole number of hours up to 10.
    private static let bound = FairnessBound(
        reachable: Array(repeating: Array(repeating: true, count: 11), count: 2), shares: [0.5, 0.5], owed: [0, 0], slotHours: 1)

    /// From totals 5 + 1: at H = 6 (targets 3 each) every split moves an even number of hours, so
    /// the nearest split within a debt sum of 3 is 4 + 2 (2 moved), within 1.5 it is 3 + 3 (4 moved);
    /// at H = 5 (targets 2.5) one hour less from the first is nearest (debts 1.5 each). Nothing
    /// within a largest debt of 0.4 at H = 5, nor 3 + 3 within 3 hours moved.
    @Test(arguments: [
        (6, 2.0, Double.infinity, 40, [5, 1] as [Int]?),
        (6, 2.0, 4.0, 40, [5, 1]),
        (6, 2.0, 3.0, 40, [4, 2]),
        (6, 2.0, 1.5, 40, [3, 3]),
        (6, 2.0, 1.5, 3, nil),
        (5, 2.0, Double.infinity, 40, [4, 1]),
        (5, 0.4, Double.infinity, 40, nil),
    ])
    func nearestTotalsWithinTheFixedFairness(total: Int, largest: Double, sum: Double, farthest: Int, expected: [Int]?) {
        let found = Self.bound.nearestWitness(total: total, largest: largest, sum: sum, current: [5, 1], farthest: farthest)
        #expect(found == expected)
    }

    /// Among the totals as near, the one with the smaller debt sum, whichever the DP meets first:
    /// from 4 + 3 at H = 6, 3 + 3 and 4 + 2 move one hour; from 2 + 3, 3 + 3 and 2 + 4 do; 3 + 3 owes
    /// nothing.
    @Test(arguments: [[4, 3], [2, 3]])
    func tiesGoToTheFairerTotals(current: [Int]) {
        #expect(Self.bound.nearestWitness(total: 6, largest: 2, sum: .infinity, current: current, farthest: 40) == [3, 3])
    }
}
