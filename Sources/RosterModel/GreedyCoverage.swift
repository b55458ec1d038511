import HotlineDomain

/// A first roster built greedily: repeatedly the shift that covers the most slots still below
/// their requirement, as long as every agent rule holds. Deterministic, so the stages that it
/// already settles (often floor and service) need no search whose result depends on timing.
struct GreedyCoverage {
    let model: RosterProgram
    let plan: Plan

    func roster() -> Set<Int> {
        let catalog = model.catalog
        var deficit = model.requirement.map { max($0, model.minAgents) }
        var chosen = Set<Int>()
        var shiftsOf = Array(repeating: [Int](), count: plan.agents.count)
        var slotsOf = Array(repeating: 0, count: plan.agents.count)
        let caps = plan.agents.map { Int(($0.maxHours * 60 / Double(plan.settings.slotMinutes) + 1e-9).rounded(.down)) }
        let rest = Int((plan.settings.shifts.minRestHours * 60).rounded())
        while true {
            var best: (index: Int, score: Int)?
            for (index, shift) in catalog.shifts.enumerated() {
                let covered = shift.slots.reduce(0) { $0 + (deficit[$1] > 0 ? 1 : 0) }
                guard covered > 0 else { continue }
                // Most slots covered, then least time wasted.
                let score = covered * 1000 - (shift.length - covered)
                guard score > (best?.score ?? 0) else { continue }
                let a = shift.agent
                guard slotsOf[a] + shift.length <= caps[a], shiftsOf[a].count < plan.agents[a].maxDays,
                      shiftsOf[a].allSatisfy({ restHolds(catalog.shifts[$0], shift, minutes: rest) })
                else { continue }
                best = (index, score)
            }
            guard let pick = best else { return chosen }
            let shift = catalog.shifts[pick.index]
            chosen.insert(pick.index)
            shiftsOf[shift.agent].append(pick.index)
            slotsOf[shift.agent] += shift.length
            for slot in shift.slots { deficit[slot] -= 1 }
        }
    }

    /// Different days, and at least `minutes` between the earlier end and the later start.
    private func restHolds(_ a: CandidateShift, _ b: CandidateShift, minutes: Int) -> Bool {
        guard a.day != b.day else { return false }
        let (early, late) = a.day < b.day ? (a, b) : (b, a)
        let gap = (late.day.rawValue * 1440 + late.start.minutes) - (early.day.rawValue * 1440 + early.end.minutes)
        return gap >= minutes
    }
}
