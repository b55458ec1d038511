import CGLPK
import Foundation
import LinearModel

/// One solve of a loaded problem: root LP by simplex, then branch-and-cut with a callback that injects
/// the starting solution, tracks the bound, reports progress and stops once optimality is proven by
/// the caller's rules (integral objective, known lower bound) or a stop is requested.
struct GLPKSearch {
    let problem: OpaquePointer
    let columns: Int
    let options: SolveOptions
    let progress: ((SolveProgress) -> Void)?

    func run() -> SolveOutcome {
        // glp_ios_heur_sol takes any point as the incumbent, and the start is also returned when the
        // search ends without a better one: a start that breaks the current bounds or rows (set since
        // the caller built it) would come back as a solution. Such a start is ignored.
        var options = self.options
        if let start = options.start, !(start.count == columns && satisfiesBoundsAndRows(start)) {
            options.start = nil
        }
        let clock = ContinuousClock()
        let began = clock.now
        let iterationsBefore = glp_get_it_cnt(problem)
        func seconds() -> Double { (clock.now - began).inSeconds }
        func outcome(_ termination: Termination, _ values: [Double]?, bound: Double, nodes: Int, detail: String) -> SolveOutcome {
            let objective = values.map { objectiveValue(at: $0) }
            return SolveOutcome(
                termination: termination, values: values, objective: objective, bound: bound, seconds: seconds(),
                simplexIterations: Int(glp_get_it_cnt(problem) - iterationsBefore), nodes: nodes, detail: detail)
        }

        // Root LP: intopt with the presolver off needs it, and it is a valid bound on its own.
        var simplex = glp_smcp()
        glp_init_smcp(&simplex)
        simplex.msg_lev = GLP_MSG_OFF
        simplex.presolve = GLP_OFF
        let lpReturn: Int32
        switch GLPKSimplex.run(problem, simplex, seconds: options.timeLimitSeconds, stop: options.stop) {
        case .returned(let code):
            lpReturn = code
        case .stopped:
            return outcome(.interrupted, options.start, bound: options.knownLowerBound, nodes: 0,
                           detail: "stopped while solving the root LP relaxation")
        }
        let lpStatus = glp_get_status(problem)
        if lpReturn == GLP_ETMLIM || (lpReturn == 0 && lpStatus != GLP_OPT && lpStatus != GLP_NOFEAS && lpStatus != GLP_UNBND) {
            return outcome(.timeLimit, options.start, bound: options.knownLowerBound, nodes: 0,
                           detail: "time limit reached while solving the root LP relaxation")
        }
        if lpReturn != 0 {
            return outcome(.failed, options.start, bound: options.knownLowerBound, nodes: 0,
                           detail: "GLPK simplex failed: \(GLPKCodes.describe(lpReturn))")
        }
        if lpStatus == GLP_NOFEAS {
            return outcome(.infeasible, nil, bound: .infinity, nodes: 0, detail: "the LP relaxation has no feasible solution")
        }
        if lpStatus == GLP_UNBND {
            return outcome(.unbounded, nil, bound: -.infinity, nodes: 0, detail: "the LP relaxation is unbounded")
        }
        let rootBound = max(glp_get_obj_val(problem), options.knownLowerBound)

        let context = SearchContext(options: options, columns: columns, rootBound: rootBound, progress: progress, began: began)
        var control = glp_iocp()
        glp_init_iocp(&control)
        control.msg_lev = GLP_MSG_OFF
        control.presolve = GLP_OFF  // the injected start must be in the original numbering
        control.br_tech = options.pseudoCostBranching ? GLP_BR_PCH : GLP_BR_DTH
        control.bt_tech = GLP_BT_BLB
        control.fp_heur = options.feasibilityPump ? GLP_ON : GLP_OFF
        // Measured on the bundled plan: GLPK's cuts did not speed up any stage.
        control.gmi_cuts = GLP_OFF
        control.mir_cuts = GLP_OFF
        control.cov_cuts = GLP_OFF
        control.clq_cuts = GLP_OFF
        control.mip_gap = options.relativeGap
        let remaining = options.timeLimitSeconds - seconds()
        control.tm_lim = Self.milliseconds(remaining)
        control.cb_func = { tree, info in
            guard let tree, let info else { return }
            Unmanaged<SearchContext>.fromOpaque(info).takeUnretainedValue().visit(tree)
        }
        control.cb_info = Unmanaged.passUnretained(context).toOpaque()
        let mipReturn = withExtendedLifetime(context) { glp_intopt(problem, &control) }

        let status = glp_mip_status(problem)
        var values: [Double]? = (status == GLP_OPT || status == GLP_FEAS)
            ? (1...max(columns, 1)).prefix(columns).map { glp_mip_col_val(problem, Int32($0)) }
            : nil
        // The injected start may be better than what GLPK kept if the search stopped before using it.
        if let start = options.start, values == nil || objectiveValue(at: start) < objectiveValue(at: values ?? start) - 1e-9 {
            values = start
        }
        var bound = max(context.bestBound, rootBound)
        if options.objectiveIsIntegral { bound = (bound - 1e-6).rounded(.up) }
        let nodes = context.nodes

        switch mipReturn {
        case 0 where status == GLP_OPT:
            let objective = values.map { objectiveValue(at: $0) } ?? bound
            return outcome(.optimal, values, bound: objective, nodes: nodes, detail: "proven optimal by branch-and-cut")
        case 0 where status == GLP_NOFEAS:
            return outcome(.infeasible, nil, bound: .infinity, nodes: nodes, detail: "no integer solution exists")
        case GLP_ESTOP where context.proven:
            let objective = values.map { objectiveValue(at: $0) } ?? bound
            return outcome(.optimal, values, bound: min(objective, max(bound, context.provenBound)), nodes: nodes, detail: context.provenBy)
        case GLP_ESTOP where context.timeLimitReached && options.stop?.isRequested != true:
            return outcome(.timeLimit, values, bound: bound, nodes: nodes, detail: "time limit reached during branch-and-cut")
        case GLP_ESTOP where context.nodeLimitReached && options.stop?.isRequested != true:
            return outcome(.nodeLimit, values, bound: bound, nodes: nodes, detail: "node limit reached")
        case GLP_ESTOP where context.gapReached, GLP_EMIPGAP:
            return outcome(.gapReached, values, bound: bound, nodes: nodes, detail: "requested relative gap reached")
        case GLP_ESTOP:
            return outcome(.interrupted, values, bound: bound, nodes: nodes, detail: "search stopped on request")
        case GLP_ETMLIM:
            return outcome(.timeLimit, values, bound: bound, nodes: nodes, detail: "time limit reached during branch-and-cut")
        default:
            return outcome(values == nil ? .failed : .timeLimit, values, bound: bound, nodes: nodes,
                           detail: "GLPK branch-and-cut stopped: \(GLPKCodes.describe(mipReturn)), status \(GLPKCodes.describeStatus(status))")
        }
    }

    /// Whether `values` (one per column) lies within every column's and row's current bounds, to
    /// GLPK's own feasibility tolerance scale (1e-6, relative for large activities).
    private func satisfiesBoundsAndRows(_ values: [Double], tolerance: Double = 1e-6) -> Bool {
        func within(_ value: Double, _ lower: Double, _ upper: Double) -> Bool {
            let slack = tolerance * max(1, abs(value))
            return value >= lower - slack && value <= upper + slack
        }
        // GLPK reports a missing bound as ∓DBL_MAX, so the comparisons need no case per bound type.
        for j in 0..<columns where !within(values[j], glp_get_col_lb(problem, Int32(j + 1)), glp_get_col_ub(problem, Int32(j + 1))) {
            return false
        }
        var indices = [Int32](repeating: 0, count: columns + 1)
        var coefficients = [Double](repeating: 0, count: columns + 1)
        for row in stride(from: Int32(1), through: glp_get_num_rows(problem), by: 1) {
            let length = Int(glp_get_mat_row(problem, row, &indices, &coefficients))
            var activity = 0.0
            for k in stride(from: 1, through: length, by: 1) { activity += coefficients[k] * values[Int(indices[k]) - 1] }
            if !within(activity, glp_get_row_lb(problem, row), glp_get_row_ub(problem, row)) { return false }
        }
        return true
    }

    private func objectiveValue(at values: [Double]) -> Double {
        var total = glp_get_obj_coef(problem, 0)
        for j in 0..<min(columns, values.count) {
            let coefficient = glp_get_obj_coef(problem, Int32(j + 1))
            if coefficient != 0 { total += coefficient * values[j] }
        }
        return total
    }

    static func milliseconds(_ seconds: Double) -> Int32 {
        guard seconds.isFinite else { return Int32.max }
        return Int32(max(1, min(Double(Int32.max), (seconds * 1000).rounded(.up))))
    }
}
