/// A program that no solver should be given: found before any C code runs, because GLPK
/// aborts the whole process on such input instead of returning an error.
public struct ModelDefect: Error, Sendable, Hashable, CustomStringConvertible {
    public let message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { "invalid model: \(message)" }
}

extension MixedIntegerProgram {
    /// Checks every bound, index and coefficient a solver will see.
    public func validate() throws(ModelDefect) {
        for (index, variable) in variables.enumerated() {
            try Self.checkBounds(variable.lower, variable.upper, what: "variable \(index) (\(variable.name))")
            if variable.kind == .integer, (variable.lower - 1e-9).rounded(.up) > (variable.upper + 1e-9).rounded(.down) {
                throw ModelDefect("integer variable \(index) (\(variable.name)) has no integer value in [\(variable.lower), \(variable.upper)]")
            }
        }
        for constraint in constraints {
            try validate(constraint)
        }
        try validateObjective(objective)
    }

    /// Checks an objective's terms alone (cheap enough to run on every change of objective).
    public func validateObjective(_ terms: [Term]) throws(ModelDefect) {
        for term in terms {
            try validateTerm(term, in: "objective")
        }
    }

    public func validate(_ constraint: Constraint) throws(ModelDefect) {
        try Self.checkBounds(constraint.lower, constraint.upper, what: "constraint \(constraint.name)")
        for term in constraint.terms {
            try validateTerm(term, in: "constraint \(constraint.name)")
        }
    }

    private func validateTerm(_ term: Term, in place: @autoclosure () -> String) throws(ModelDefect) {
        guard term.variable.index >= 0, term.variable.index < variables.count else {
            throw ModelDefect("\(place()) refers to variable \(term.variable.index), the program has \(variables.count)")
        }
        guard term.coefficient.isFinite else {
            throw ModelDefect("\(place()) has coefficient \(term.coefficient) for \(variables[term.variable.index].name)")
        }
    }

    private static func checkBounds(_ lower: Double, _ upper: Double, what: String) throws(ModelDefect) {
        guard !lower.isNaN, !upper.isNaN, lower != .infinity, upper != -.infinity else {
            throw ModelDefect("\(what) has bounds [\(lower), \(upper)]")
        }
        guard lower <= upper else {
            throw ModelDefect("\(what) has lower bound \(lower) above upper bound \(upper)")
        }
    }
}

/// Sums the coefficients of repeated variables (a solver's row may name each column once) and drops zeros.
public func mergedTerms(_ terms: [Term]) -> [Term] {
    var sums: [Int: Double] = [:]
    for term in terms {
        sums[term.variable.index, default: 0] += term.coefficient
    }
    return sums.keys.sorted().compactMap { index in
        guard let value = sums[index], value != 0 else { return nil }
        return Term(value, Variable(index))
    }
}
