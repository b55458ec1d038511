/// A program with some of its variables fixed at the values of a point, as a smaller program of its
/// own: the fixed variables are gone, their contribution moves into the row bounds, and rows left
/// without variables are dropped once checked. A solver then builds and searches only what is free —
/// unlike fixing bounds in the whole program, whose copy and LP stay full size.
public struct RestrictedProgram: Sendable {
    public let program: MixedIntegerProgram
    /// The variable of the whole program that each of the restricted program's variables stands for.
    public let original: [Variable]
    /// The point whose values the fixed variables keep.
    private let fixedAt: [Double]

    /// `program` restricted to the variables `isFree` keeps, every other fixed at its value in `point`
    /// (integers rounded); `extraRows` join the rows. Nil when a row left without free variables is
    /// broken by the fixed values: no point of the restricted program could then be feasible.
    public init?(
        _ whole: MixedIntegerProgram, keeping isFree: (Variable) -> Bool, at point: [Double],
        extraRows: [Constraint] = [], tolerance: Double = 1e-6
    ) {
        precondition(point.count == whole.variables.count, "a point has one value per variable")
        var restricted = MixedIntegerProgram()
        restricted.name = whole.name
        var position = Array(repeating: -1, count: whole.variables.count)
        var original: [Variable] = []
        var fixedAt = point
        for (index, definition) in whole.variables.enumerated() {
            let variable = Variable(index)
            guard isFree(variable) else {
                if definition.kind != .continuous { fixedAt[index] = point[index].rounded() }
                continue
            }
            position[index] = original.count
            original.append(variable)
            restricted.addVariable(definition.name, kind: definition.kind, lower: definition.lower, upper: definition.upper)
        }
        for row in whole.constraints + extraRows {
            var terms: [Term] = []
            var fixedPart = 0.0
            for term in row.terms {
                let at = position[term.variable.index]
                if at >= 0 {
                    terms.append(Term(term.coefficient, Variable(at)))
                } else {
                    fixedPart += term.coefficient * fixedAt[term.variable.index]
                }
            }
            if terms.isEmpty {
                let slack = tolerance * max(1, abs(fixedPart))
                guard fixedPart >= row.lower - slack, fixedPart <= row.upper + slack else { return nil }
                continue
            }
            restricted.addConstraint(row.name, terms, lower: row.lower - fixedPart, upper: row.upper - fixedPart)
        }
        restricted.objective = whole.objective.compactMap { term in
            let at = position[term.variable.index]
            return at >= 0 ? Term(term.coefficient, Variable(at)) : nil
        }
        self.program = restricted
        self.original = original
        self.fixedAt = fixedAt
    }

    /// The restricted program's part of a point of the whole program.
    public func restricting(_ point: [Double]) -> [Double] {
        original.map { point[$0.index] }
    }

    /// A point of the whole program: the restricted program's values, every fixed variable at its value.
    public func expanding(_ values: [Double]) -> [Double] {
        precondition(values.count == original.count, "a point of the restricted program has one value per variable")
        var point = fixedAt
        for (at, variable) in original.enumerated() { point[variable.index] = values[at] }
        return point
    }
}
