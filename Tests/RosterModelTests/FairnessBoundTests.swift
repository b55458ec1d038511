import HotlineDomain
@testable import RosterModel
import Testing

struct ShiftCatalogTests {
    /// 08–12 on 1-hour slots, shifts 2–4 h: starts 08 (2, 3, 4 h), 09 (2, 3 h), 10 (2 h) = 6 per agent.
    @Test func enumeratesEveryFeasibleShift() {
        let catalog = ShiftCatalog(plan: SmallPlans.tinyOneDay)
        #expect(catalog.shifts.count == 12)
        #expect(catalog.minimumLength == 2 && catalog.maximumLength == 4)
        let first = catalog.shifts.filter { $0.agent == 0 }.map { "\($0.start)-\($0.end)" }
        #expect(Set(first) == ["08:00-10:00", "08:00-11:00", "08:00-12:00", "09:00-11:00", "09:00-12:00", "10:00-12:00"])
    }

    /// A weekly maximum below the shortest shift leaves the agent nothing to work.
    @Test func respectsTheWeeklyMaximum() {
        var plan = SmallPlans.tinyOneDay
        plan = Plan(settings: plan.settings, municipalities: plan.municipalities,
                    agents: [SmallPlans.agent("north", "n1", max: 3, windows: [.mon: [SmallPlans.window("08:00", "12:00")]]),
                             SmallPlans.agent("south", "s1", max: 1, windows: [.mon: [SmallPlans.window("08:00", "12:00")]])],
                    callsByMunicipality: plan.callsByMunicipality, owedHours: [:], balanceAfterWeek: nil)
        let catalog = ShiftCatalog(plan: plan)
        #expect(catalog.shifts.allSatisfy { $0.agent == 0 && $0.length <= 3 })
        #expect(catalog.shifts.count == 5)
    }
}

struct ReachableHoursTests {
    @Test(arguments: [
        ([Set([2, 3, 4])], 7, 4, [0, 2, 3, 4]),
        ([Set([2, 3]), Set([2, 3])], 1, 10, [0, 2, 3]),
        ([Set([2, 3]), Set([2, 3])], 2, 10, [0, 2, 3, 4, 5, 6]),
        ([Set([2, 3]), Set([2, 3])], 2, 5, [0, 2, 3, 4, 5]),
        ([Set([3])], 0, 10, [0]),
    ])
    func agentTotals(lengths: [Set<Int>], maxDays: Int, cap: Int, expected: [Int]) {
        let totals = ReachableHours.totals(lengthsPerDay: lengths, maxDays: maxDays, cap: cap)
        #expect(totals.indices.filter { totals[$0] } == expected)
    }

    @Test func municipalityTotalsAreSumsOfAgentTotals() {
        let a = [true, false, true, true]       // {0, 2, 3}
        let b = [true, false, false, true]      // {0, 3}
        let sums = ReachableHours.sumset(a, b)
        #expect(sums.indices.filter { sums[$0] } == [0, 2, 3, 5, 6])
    }
}

struct FairnessBoundTests {
    /// Two municipalities with equal shares, each able to give 0, 2, 3 or 4 hours (1-hour slots).
    private let bound = FairnessBound(
        reachable: [[true, false, true, true, true], [true, false, true, true, true]],
        shares: [0.5, 0.5], owed: [0, 0], slotHours: 1)

    @Test func anEvenTotalSplitsExactly() {
        #expect(bound.largestDebt(totals: 4...4) == 0)
        #expect(bound.debtSum(totals: 4...4, largest: 0) == 0)
    }

    /// H = 5: targets 2.5 each, the best split is 2 + 3: debts ±0.5, sum 1.
    @Test func anOddTotalLeavesHalfAnHourEach() {
        #expect(abs(bound.largestDebt(totals: 5...5) - 0.5) < 1e-9)
        #expect(abs(bound.debtSum(totals: 5...5, largest: 0.5) - 1) < 1e-9)
        let witness = bound.largestDebtWitness(totals: 5...5)
        #expect(witness.map { $0.slots.sorted() } == [2, 3])
    }

    /// H = 1 cannot be split at all (shifts are ≥ 2 h): the debts must add up to the total.
    @Test func totalsThatCannotBeReachedGiveNoWitness() {
        #expect(bound.largestDebtWitness(totals: 1...1) == nil)
        #expect(bound.largestDebt(totals: 1...1) >= 0.5)
    }

    /// The DP's own value at one H: none where no totals add up to it within the cap (H = 1; the
    /// range bound then falls back to the separate one, 1 h), 1 h at H = 5 (2 + 3), none at H = 5
    /// with every debt capped below 0.5 h.
    @Test func leastDebtSumAtOneTotalIsTheDPsOwnValue() throws {
        #expect(bound.leastDebtSum(atTotal: 1, largest: 8) == nil)
        #expect(abs(bound.debtSum(totals: 1...1, largest: 8) - bound.separateDebtSum(totals: 1...1)) < 1e-9)
        let odd = try #require(bound.leastDebtSum(atTotal: 5, largest: 0.5))
        #expect(abs(odd - 1) < 1e-9)
        #expect(bound.leastDebtSum(atTotal: 5, largest: 0.4) == nil)
    }

    /// Each municipality on its own: H = 4 with targets 3 and 1 leaves the second 1 h from its nearest
    /// reachable total (0 or 2), so at least 1 h in all, where totals that add up to 4 need 2 h.
    @Test func separateDebtSumCountsEachMunicipalityAlone() {
        let owing = FairnessBound(reachable: bound.reachable, shares: [0.5, 0.5], owed: [1, -1], slotHours: 1)
        #expect(abs(owing.separateDebtSum(totals: 4...4) - 1) < 1e-9)
        #expect(abs(owing.debtSum(totals: 4...4, largest: 3) - 2) < 1e-9)
        // H = 5, even shares: 2.5 each, nearest 2 or 3, the same 1 h as the exact bound.
        #expect(abs(bound.separateDebtSum(totals: 5...5) - 1) < 1e-9)
        // Over a range it is the least over its totals (H = 4 splits exactly).
        #expect(bound.separateDebtSum(totals: 3...6) < 1e-9)
    }

    /// Never above the exact bound, for any total: both count the same nearest totals, the exact one
    /// also makes them add up.
    @Test(arguments: 0...8) func separateDebtSumIsWeakerThanTheExactBound(total: Int) {
        let owing = FairnessBound(reachable: bound.reachable, shares: [0.5, 0.5], owed: [1, -1], slotHours: 1)
        for fairness in [bound, owing] {
            let exact = fairness.debtSum(totals: total...total, largest: 8)
            #expect(fairness.separateDebtSum(totals: total...total) <= exact + 1e-9)
        }
    }

    /// Owed hours move the targets: owing 1 h, the first municipality should give 1 h more.
    @Test func owedHoursShiftTheTargets() {
        let owing = FairnessBound(reachable: bound.reachable, shares: [0.5, 0.5], owed: [1, -1], slotHours: 1)
        // H = 4: targets 3 and 1; splits adding to 4 from {0, 2, 3, 4}: (4, 0) debts 1, 1;
        // (2, 2) debts 1, 1; (0, 4) debts 3, 3 → largest 1. (3, 1) is impossible: 1 is unreachable.
        #expect(abs(owing.largestDebt(totals: 4...4) - 1) < 1e-9)
        #expect(owing.smallestTotal(in: 0...8, largest: 1, sum: nil) == 0)
    }
}
