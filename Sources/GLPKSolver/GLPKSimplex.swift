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
        let deadline = clock.now + .milliseconds(Int64(min(Double(Int64.max / 2_000_000), max(0, seconds) * 1000)))
        var slice = parameters
        slice.it_lim = sliceIterations
        while true {
            let remaining = clock.now.duration(to: deadline)
            let remainingSeconds = Double(remaining.components.seconds) + Double(remaining.components.attoseconds) * 1e-18
            guard remainingSeconds > 0 else { return .returned(GLP_ETMLIM) }
            slice.tm_lim = GLPKSearch.milliseconds(remainingSeconds)
            let code = glp_simplex(problem, &slice)
            guard code == GLP_EITLIM else { return .returned(code) }
            if stop?.isRequested == true { return .stopped }
        }
    }
}
