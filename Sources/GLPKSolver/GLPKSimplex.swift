import CGLPK
import LinearModel

/// glp_simplex in slices of iterations: GLPK's simplex has no callback, so a stop request (Ctrl-C)
/// could otherwise wait for a whole LP, seconds on a 400-agent week. Each slice resumes from the basis
/// the last one left; slicing by iterations, not time, keeps the path, and so the roster,
/// independent of the machine's speed.
enum GLPKSimplex {
    /// GLPK refactorizes the basis every 100 iterations anyway, so a restart per slice costs little.
    static let sliceIterations: Int32 = 2_000

    enum End: Equatable {
        /// glp_simplex's return code (GLP_ETMLIM when the time ran out between slices).
        case returned(Int32)
        /// A stop was requested between two slices.
        case stopped
    }

    static func run(_ problem: OpaquePointer, _ parameters: glp_smcp, seconds: Double, stop: StopRequest?) -> End {
        let clock = ContinuousClock()
        // Capped at a year: Duration cannot hold an infinite limit.
        let deadline = clock.now + .seconds(min(max(0, seconds), 3e7))
        var slice = parameters
        slice.it_lim = sliceIterations
        while true {
            let remaining = clock.now.duration(to: deadline).inSeconds
            guard remaining > 0 else { return .returned(GLP_ETMLIM) }
            slice.tm_lim = GLPKSearch.milliseconds(remaining)
            let code = glp_simplex(problem, &slice)
            guard code == GLP_EITLIM else { return .returned(code) }
            if stop?.isRequested == true { return .stopped }
        }
    }
}
