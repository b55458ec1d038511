import CGLPK
import Foundation
import LinearModel

/// The thin GLPK layer: owns one `glp_prob`, loads a `MixedIntegerProgram` into it in bulk, and solves it.
///
/// GLPK keeps its state per thread and aborts the whole process on misuse, so every call is made on
/// the thread that created the object and everything is validated in Swift before it reaches C.
public final class GLPKProblem: MixedIntegerSolver {
    private let problem: OpaquePointer
    private let owner: pthread_t
    private var columnCount: Int
    private var rowCount: Int = 0
    private var hasPlaceholderRow = false
    /// Mirror of the program, to validate what later calls add.
    private var program: MixedIntegerProgram

    /// GLPK's version string, e.g. "5.0".
    public static var version: String { String(cString: glp_version()) }

    public init(_ program: MixedIntegerProgram) throws(ModelDefect) {
        try program.validate()
        GLPKTerminal.silence()
        guard let created = glp_create_prob() else { throw ModelDefect("GLPK could not create a problem") }
        problem = created
        owner = pthread_self()
        self.program = program
        columnCount = program.variables.count
        glp_set_obj_dir(problem, GLP_MIN)
        if !program.name.isEmpty { glp_set_prob_name(problem, GLPKName.sanitized(program.name)) }
        loadColumns(program.variables)
        loadRows(program.constraints)
        setObjectiveCoefficients(program.objective)
    }

    deinit {
        glp_delete_prob(problem)
    }

    public var variableCount: Int { columnCount }
    public var constraintCount: Int { rowCount }

    public func setObjective(_ terms: [Term]) throws(ModelDefect) {
        checkThread()
        try program.validateObjective(terms)
        program.objective = terms
        setObjectiveCoefficients(terms)
    }

    public func add(_ constraint: Constraint) throws(ModelDefect) {
        checkThread()
        try program.validate(constraint)
        program.add(constraint)
        loadRows([constraint])
    }

    /// Writes the program with its current objective and constraints, for glpsol, HiGHS or CBC.
    public func write(to path: String, format: ModelFileFormat) throws(ModelDefect) {
        checkThread()
        GLPKTerminal.silence()
        let status: Int32 = switch format {
        case .lp: glp_write_lp(problem, nil, path)
        case .mps: glp_write_mps(problem, GLP_MPS_FILE, nil, path)
        }
        guard status == 0 else { throw ModelDefect("GLPK could not write \(format.rawValue) file \(path)") }
    }

    public func setBounds(_ changes: [(variable: Variable, lower: Double, upper: Double)]) throws(ModelDefect) {
        checkThread()
        for change in changes {
            guard change.variable.index >= 0, change.variable.index < columnCount else {
                throw ModelDefect("bounds for variable \(change.variable.index), the program has \(columnCount)")
            }
            guard change.lower.isFinite || change.lower == -.infinity, change.upper.isFinite || change.upper == .infinity,
                  change.lower <= change.upper else {
                throw ModelDefect("bounds [\(change.lower), \(change.upper)] for variable \(change.variable.index)")
            }
        }
        for change in changes {
            let (type, lb, ub) = GLPKBounds.encode(change.lower, change.upper)
            glp_set_col_bnds(problem, Int32(change.variable.index + 1), type, lb, ub)
        }
    }

    public func relaxationOptimum(timeLimitSeconds: Double, stop: StopRequest?) -> Double? {
        checkThread()
        GLPKTerminal.silence()
        ensureARow()
        var simplex = glp_smcp()
        glp_init_smcp(&simplex)
        simplex.msg_lev = GLP_MSG_OFF
        guard GLPKSimplex.run(problem, simplex, seconds: timeLimitSeconds, stop: stop) == .returned(0),
              glp_get_status(problem) == GLP_OPT else { return nil }
        return glp_get_obj_val(problem)
    }

    public func solve(_ options: SolveOptions, progress: ((SolveProgress) -> Void)?) -> SolveOutcome {
        checkThread()
        GLPKTerminal.silence()
        ensureARow()
        return GLPKSearch(problem: problem, columns: columnCount, options: options, progress: progress).run()
    }

    // MARK: - Loading

    private func loadColumns(_ variables: [VariableDefinition]) {
        guard !variables.isEmpty else { return }
        glp_add_cols(problem, Int32(variables.count))
        for (offset, variable) in variables.enumerated() {
            let j = Int32(offset + 1)
            glp_set_col_name(problem, j, GLPKName.sanitized(variable.name))
            switch variable.kind {
            case .binary:
                glp_set_col_kind(problem, j, GLP_BV)
                // GLP_BV sets [0, 1]; a binary fixed before loading (e.g. by DeferredSolver) keeps its fixing.
                if variable.lower != 0 || variable.upper != 1 {
                    setColumnBounds(j, max(0, (variable.lower - 1e-9).rounded(.up)), min(1, (variable.upper + 1e-9).rounded(.down)))
                }
            case .integer:
                glp_set_col_kind(problem, j, GLP_IV)
                // Branch-and-cut refuses fractional bounds on integer columns (GLP_EBOUND).
                setColumnBounds(j, (variable.lower - 1e-9).rounded(.up), (variable.upper + 1e-9).rounded(.down))
            case .continuous:
                setColumnBounds(j, variable.lower, variable.upper)
            }
        }
    }

    private func setColumnBounds(_ j: Int32, _ lower: Double, _ upper: Double) {
        let (type, lb, ub) = GLPKBounds.encode(lower, upper)
        glp_set_col_bnds(problem, j, type, lb, ub)
    }

    /// Adds rows in one call and loads their coefficients row by row (each row's columns merged first,
    /// since GLPK aborts on a repeated column index).
    private func loadRows(_ constraints: [Constraint]) {
        guard !constraints.isEmpty else { return }  // glp_add_rows(p, 0) aborts
        if hasPlaceholderRow {
            glp_del_rows(problem, 1, [0, 1])
            hasPlaceholderRow = false
        }
        let first = glp_add_rows(problem, Int32(constraints.count))
        for (offset, constraint) in constraints.enumerated() {
            let i = first + Int32(offset)
            glp_set_row_name(problem, i, GLPKName.sanitized(constraint.name))
            let (type, lb, ub) = GLPKBounds.encode(constraint.lower, constraint.upper)
            glp_set_row_bnds(problem, i, type, lb, ub)
            let terms = mergedTerms(constraint.terms)
            guard !terms.isEmpty else { continue }
            var indices: [Int32] = [0] + terms.map { Int32($0.variable.index + 1) }
            var values: [Double] = [0] + terms.map(\.coefficient)
            glp_set_mat_row(problem, i, Int32(terms.count), &indices, &values)
        }
        rowCount += constraints.count
    }

    private func setObjectiveCoefficients(_ terms: [Term]) {
        for j in 0..<columnCount {
            glp_set_obj_coef(problem, Int32(j + 1), 0)
        }
        for term in mergedTerms(terms) {
            glp_set_obj_coef(problem, Int32(term.variable.index + 1), term.coefficient)
        }
    }

    /// GLPK's simplex refuses a problem without rows; a free empty row changes nothing.
    private func ensureARow() {
        guard glp_get_num_rows(problem) == 0 else { return }
        glp_add_rows(problem, 1)
        glp_set_row_bnds(problem, 1, GLP_FR, 0, 0)
        hasPlaceholderRow = true
    }

    private func checkThread() {
        // A programming error, not an input error: GLPK's state lives on the creating thread.
        precondition(pthread_equal(owner, pthread_self()) != 0, "a GLPK problem was used from another thread")
    }
}

/// Bounds in GLPK's encoding (type, lower, upper).
enum GLPKBounds {
    static func encode(_ lower: Double, _ upper: Double) -> (Int32, Double, Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (true, true): lower == upper ? (GLP_FX, lower, upper) : (GLP_DB, lower, upper)
        case (true, false): (GLP_LO, lower, 0)
        case (false, true): (GLP_UP, 0, upper)
        case (false, false): (GLP_FR, 0, 0)
        }
    }
}

/// Names GLPK accepts and LP/MPS files can carry: letters, digits, `_` and `.`, at most 255 characters.
enum GLPKName {
    static func sanitized(_ name: String) -> String {
        let allowed = name.unicodeScalars.map { scalar -> Character in
            let isSafe = scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || scalar == "_" || scalar == ".")
            return isSafe ? Character(scalar) : "_"
        }
        let text = String(allowed.prefix(255))
        return text.isEmpty || text.first?.isNumber == true || text.first == "." ? "v" + text.prefix(254) : text
    }
}
