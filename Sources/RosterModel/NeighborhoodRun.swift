import LinearModel

/// What a neighbourhood search minimizes: the stage objective, or (for the largest debt) the total
/// excess of debts over a level.
struct NeighborhoodRun {
    let objective: [Term]
    let level: Double

    func value(of model: RosterProgram, chosen: Set<Int>) -> Double {
        MixedIntegerProgram.evaluate(objective, at: model.completePoint(chosen: chosen, excessLevel: level))
    }
}
