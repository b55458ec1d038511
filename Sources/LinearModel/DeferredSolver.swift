/// A solver that is only created when a solve or relaxation needs it.
///
/// Many rosters are proven optimal by bounds and realizations computed outside any solver; building
/// the solver's copy of a large program (hundreds of thousands of nonzeros) would then be wasted
/// time and memory. Until then, changes are applied to a mirror of the program and checked exactly
/// as the solver would check them.
public final class DeferredSolver: MixedIntegerSolver {
    public typealias Factory = (MixedIntegerProgram) throws(ModelDefect) -> any MixedIntegerSolver

    private var mirror: MixedIntegerProgram
    private let factory: Factory
    private var created: (any MixedIntegerSolver)?

    public init(_ program: MixedIntegerProgram, factory: @escaping Factory) throws(ModelDefect) {
        try program.validate()
        mirror = program
        self.factory = factory
    }

    /// Whether the underlying solver has been built.
    public var isCreated: Bool { created != nil }

    public func setObjective(_ terms: [Term]) throws(ModelDefect) {
        if let created { return try created.setObjective(terms) }
        try mirror.validateObjective(terms)
        mirror.objective = terms
    }

    public func add(_ constraint: Constraint) throws(ModelDefect) {
        if let created { return try created.add(constraint) }
        try mirror.validate(constraint)
        mirror.add(constraint)
    }

    public func setBounds(_ changes: [(variable: Variable, lower: Double, upper: Double)]) throws(ModelDefect) {
        if let created { return try created.setBounds(changes) }
        for change in changes {
            guard change.variable.index >= 0, change.variable.index < mirror.variables.count else {
                throw ModelDefect("bounds for variable \(change.variable.index), the program has \(mirror.variables.count)")
            }
            guard !change.lower.isNaN, !change.upper.isNaN, change.lower <= change.upper,
                  change.lower != .infinity, change.upper != -.infinity else {
                throw ModelDefect("bounds [\(change.lower), \(change.upper)] for \(mirror.variables[change.variable.index].name)")
            }
        }
        for change in changes {
            mirror.setBounds(of: change.variable, lower: change.lower, upper: change.upper)
        }
    }

    public func solve(_ options: SolveOptions, progress: ((SolveProgress) -> Void)?) -> SolveOutcome {
        switch solver() {
        case .success(let solver): solver.solve(options, progress: progress)
        case .failure(let defect): SolveOutcome(failed: defect)
        }
    }

    public func relaxationOptimum(timeLimitSeconds: Double, stop: StopRequest?) -> Double? {
        guard case .success(let solver) = solver() else { return nil }
        return solver.relaxationOptimum(timeLimitSeconds: timeLimitSeconds, stop: stop)
    }

    private func solver() -> Result<any MixedIntegerSolver, ModelDefect> {
        if let created { return .success(created) }
        do throws(ModelDefect) {
            let solver = try factory(mirror)
            created = solver
            return .success(solver)
        } catch {
            return .failure(error)
        }
    }
}
