import LinearModel

/// The least total hours H (in slots) of any roster that leaves at most a given shortfall: the
/// shifts' shapes alone (first slot and length, whoever works them) must cover every slot's need.
///
/// Shifts are at least a few hours long, so a need profile with short peaks forces some
/// overstaffing whoever works. The constraint matrix has consecutive ones, so without shortfall the
/// LP optimum is already integral, and agents' limits can only raise it. On the national week it
/// equals the LP of the whole program (8,048 agent-slots against 8,000 required) in milliseconds,
/// where that LP takes seconds. A largest debt that grows with H needs exactly this lower end.
struct CoverageShapeBound {
    let model: RosterProgram

    /// The least H, or nil when the LP gives no answer in time (the caller keeps its counted bound).
    func leastTotal(allowedShortfall: Int, makeSolver: LexicographicSolver.SolverFactory) -> Int? {
        let need = model.requirement.map { max($0, model.minAgents) }
        guard need.contains(where: { $0 > 0 }) else { return 0 }
        var shapes: [Int: (first: Int, length: Int)] = [:]
        for shift in model.catalog.shifts { shapes[shift.slotsKey] = (shift.firstSlot, shift.length) }
        var program = MixedIntegerProgram()
        var covering = Array(repeating: [Term](), count: need.count)
        var objective: [Term] = []
        for key in shapes.keys.sorted() {
            guard let shape = shapes[key] else { continue }
            let worked = program.addVariable("shape_\(shape.first)_\(shape.length)")
            objective.append(Term(Double(shape.length), worked))
            for slot in shape.first..<(shape.first + shape.length) { covering[slot].append(Term(1, worked)) }
        }
        var shortfall: [Term] = []
        for slot in need.indices where need[slot] > 0 {
            var terms = covering[slot]
            if allowedShortfall > 0 {
                let short = program.addVariable("short_\(slot)", upper: Double(need[slot]))
                terms.append(Term(1, short))
                shortfall.append(Term(1, short))
            }
            // A slot no shift can cover is short by its whole need; that is the shortfall's business.
            guard !terms.isEmpty else { return nil }
            program.addConstraint("cover_\(slot)", terms, lower: Double(need[slot]))
        }
        if !shortfall.isEmpty { program.addConstraint("shortfall", shortfall, upper: Double(allowedShortfall)) }
        program.objective = objective
        guard let solver = try? makeSolver(program),
              let least = solver.relaxationOptimum(timeLimitSeconds: 2, stop: nil) else { return nil }
        return Int((least - 1e-6).rounded(.up))
    }
}
