/// A program with some of its variables fixed at the values of a point, as a smaller program of its
/// own: the fixed variables are gone, their contribution moves into the row bounds, and rows left
/// without variables are dropped once checked. A solver then builds and searches only what is free —
/// unlike fixing bounds in the whole program, whose copy and LP stay full size.
public struct RestrictedProgram: Sendable {
    public let program: MixedIntegerProgram
    /// The variable of the whole program that each of the restricted program's variables stands for.
    public let original: [Variable]
    /// What the fixed variables contribute to the whole program's objective: the restricted
    /// objective plus this is the whole one, so a bound on the whole objective must be lowered by it.
    public let objectiveOffset: Double
    /// The point whose values the fixed variables keep.
    private let fixedAt: [Double]

    /// `whole` restricted to the variables `isFree` keeps, every other fixed at its value in `point`
    /// (integers rounded); `extraRows` join the rows. Nil when a fixed value breaks its own bounds or
    /// a row left without free variables: no point of the restriction could then be feasible.
    /// Throws when `point` or `extraRows` do not fit the program.
    public init?(
        _ whole: MixedIntegerProgram, keeping isFree: (Variable) -> Bool, at point: [Double],
        extraRows: [Constraint] = [], tolerance: Double = 1e-6
    ) throws(ModelDefect) {
        guard point.count == whole.variables.count else {
            throw ModelDefect("a point of \(point.count) values for a program of \(whole.variables.count) variables")
        }
        var restricted = MixedIntegerProgram()
        restricted.name = whole.name
        var position = Array(repeating: -1, count: whole.variables.count)
        var original: [Variable] = []
        var fixedAt = point
        for (index, definition) in whole.variables.enumerated() {
            let variable = Variable(index)
            guard isFree(variable) else {
                if definition.kind != .continuous { fixedAt[index] = point[index].rounded() }
                let value = fixedAt[index]
                let slack = tolerance * max(1, abs(value))
                guard value >= definition.lower - slack, value <= definition.upper + slack else { return nil }
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
                guard term.variable.index >= 0, term.variable.index < position.count else {
                    throw ModelDefect("row \(row.name) refers to variable \(term.variable.index), the program has \(position.count)")
                }
                let at = position[term.variable.index]
                if at >= 0 {
                    terms.append(Term(term.coefficient, Variable(at)))
                } else {
                    fixedPart += term.coefficient * fixedAt[term.variable.index]
                }
            }
            if terms.isEmpty {
                // The same tolerance as `MixedIntegerProgram.isFeasible`, which checks the result.
                let slack = tolerance * max(1, abs(fixedPart))
                guard fixedPart >= row.lower - slack, fixedPart <= row.upper + slack else { return nil }
                continue
            }
            restricted.addConstraint(row.name, terms, lower: row.lower - fixedPart, upper: row.upper - fixedPart)
        }
        for term in whole.objective where term.variable.index < 0 || term.variable.index >= position.count {
            throw ModelDefect("the objective refers to variable \(term.variable.index), the program has \(position.count)")
        }
        var objectiveOffset = 0.0
        restricted.objective = whole.objective.compactMap { term in
            let at = position[term.variable.index]
            if at >= 0 { return Term(term.coefficient, Variable(at)) }
            objectiveOffset += term.coefficient * fixedAt[term.variable.index]
            return nil
        }
        self.program = restricted
        self.original = original
        self.objectiveOffset = objectiveOffset
        self.fixedAt = fixedAt
    }

    /// The restricted program's part of a point of the whole program (one value per variable of it).
    public func restricting(_ point: [Double]) -> [Double] {
        precondition(point.count == fixedAt.count, "a point of the whole program has one value per variable")
        return original.map { point[$0.index] }
    }

    /// A point of the whole program: the restricted program's values, every fixed variable at its value.
    public func expanding(_ values: [Double]) -> [Double] {
        precondition(values.count == original.count, "a point of the restricted program has one value per variable")
        var point = fixedAt
        for (at, variable) in original.enumerated() { point[variable.index] = values[at] }
        return point
    }
}
