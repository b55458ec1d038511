/// A variable of a mixed-integer program: its position in `MixedIntegerProgram.variables`.
public struct Variable: Sendable, Hashable, Comparable {
    public let index: Int

    public init(_ index: Int) {
        self.index = index
    }

    public static func < (lhs: Variable, rhs: Variable) -> Bool { lhs.index < rhs.index }
}

public enum VariableKind: Sendable, Hashable {
    case continuous
    /// Integer in [0, 1].
    case binary
    case integer
}

public struct VariableDefinition: Sendable, Hashable {
    public let name: String
    public let kind: VariableKind
    public let lower: Double
    /// `.infinity` when unbounded above.
    public let upper: Double

    public init(name: String, kind: VariableKind, lower: Double, upper: Double) {
        self.name = name
        self.kind = kind
        self.lower = lower
        self.upper = upper
    }
}

/// One term `coefficient · variable` of a linear expression.
public struct Term: Sendable, Hashable {
    public let variable: Variable
    public let coefficient: Double

    public init(_ coefficient: Double, _ variable: Variable) {
        self.variable = variable
        self.coefficient = coefficient
    }
}

/// `lower ≤ Σ terms ≤ upper`; either side may be infinite.
public struct Constraint: Sendable, Hashable {
    public let name: String
    public let terms: [Term]
    public let lower: Double
    public let upper: Double

    public init(name: String, terms: [Term], lower: Double = -.infinity, upper: Double = .infinity) {
        self.name = name
        self.terms = terms
        self.lower = lower
        self.upper = upper
    }
}

/// A minimization problem built without any solver: variables, constraints and one linear objective.
public struct MixedIntegerProgram: Sendable {
    public private(set) var variables: [VariableDefinition] = []
    public private(set) var constraints: [Constraint] = []
    public var objective: [Term] = []
    /// A name for files that show the program (e.g. an LP file's header).
    public var name = ""

    public init() {}

    @discardableResult
    public mutating func addVariable(
        _ name: String, kind: VariableKind = .continuous, lower: Double = 0, upper: Double = .infinity
    ) -> Variable {
        variables.append(VariableDefinition(name: name, kind: kind, lower: lower, upper: upper))
        return Variable(variables.count - 1)
    }

    public mutating func addConstraint(_ name: String, _ terms: [Term], lower: Double = -.infinity, upper: Double = .infinity) {
        constraints.append(Constraint(name: name, terms: terms, lower: lower, upper: upper))
    }

    public mutating func add(_ constraint: Constraint) {
        constraints.append(constraint)
    }

    /// Changes a variable's bounds (e.g. to fix it), keeping its name and kind.
    public mutating func setBounds(of variable: Variable, lower: Double, upper: Double) {
        let old = variables[variable.index]
        variables[variable.index] = VariableDefinition(name: old.name, kind: old.kind, lower: lower, upper: upper)
    }

    public var integerVariableCount: Int { variables.reduce(0) { $0 + ($1.kind == .continuous ? 0 : 1) } }
    public var nonzeroCount: Int { constraints.reduce(0) { $0 + $1.terms.count } }

    /// Value of a linear expression at a point.
    public static func evaluate(_ terms: [Term], at values: [Double]) -> Double {
        terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
    }

    /// Whether a point satisfies every bound and row (and the extra rows), within `tolerance`:
    /// solutions handed to a solver as a start are not checked by it.
    public func isFeasible(_ point: [Double], extraRows: [Constraint] = [], tolerance: Double = 1e-6) -> Bool {
        guard point.count == variables.count else { return false }
        for (index, variable) in variables.enumerated() {
            let value = point[index]
            guard value >= variable.lower - tolerance, value <= variable.upper + tolerance else { return false }
            if variable.kind != .continuous, abs(value - value.rounded()) > tolerance { return false }
        }
        for row in constraints + extraRows {
            let value = Self.evaluate(row.terms, at: point)
            let slack = tolerance * max(1, abs(value))
            guard value >= row.lower - slack, value <= row.upper + slack else { return false }
        }
        return true
    }
}
