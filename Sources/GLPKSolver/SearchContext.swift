import CGLPK
import Foundation
import LinearModel

/// State shared with GLPK's branch-and-cut callback for one solve.
final class SearchContext {
    let options: SolveOptions
    let columns: Int
    let progress: ((SolveProgress) -> Void)?
    let began: ContinuousClock.Instant
    private var startInjected = false
    private var lastReport: ContinuousClock.Instant?
    private(set) var bestBound: Double
    private(set) var nodes = 0
    private(set) var proven = false
    private(set) var provenBound = -Double.infinity
    private(set) var provenBy = ""
    private(set) var gapReached = false
    private(set) var nodeLimitReached = false
    private(set) var timeLimitReached = false

    init(options: SolveOptions, columns: Int, rootBound: Double, progress: ((SolveProgress) -> Void)?, began: ContinuousClock.Instant) {
        self.options = options
        self.columns = columns
        self.progress = progress
        self.began = began
        self.bestBound = rootBound
    }

    func visit(_ tree: OpaquePointer) {
        let reason = glp_ios_reason(tree)
        if reason == GLP_IHEUR, !startInjected, let start = options.start, start.count == columns {
            startInjected = true
            var x = [0.0] + start
            _ = glp_ios_heur_sol(tree, &x)
        }
        var active: Int32 = 0, alive: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &alive, &total)
        nodes = Int(total)
        let best = glp_ios_best_node(tree)
        if best != 0 {
            bestBound = max(bestBound, glp_ios_node_bound(tree, best))
        }
        var bound = max(bestBound, options.knownLowerBound)
        if options.objectiveIsIntegral { bound = (bound - 1e-6).rounded(.up) }

        let prob = glp_ios_get_prob(tree)
        let status = glp_mip_status(prob)
        let incumbent: Double? = (status == GLP_FEAS || status == GLP_OPT) ? glp_mip_obj_val(prob) : nil
        report(incumbent: incumbent, bound: bound)

        if options.stop?.isRequested == true {
            glp_ios_terminate(tree)
            return
        }
        if let limit = options.nodeLimit, nodes >= limit {
            nodeLimitReached = true
            glp_ios_terminate(tree)
        }
        guard let incumbent else { return stopIfLate(tree) }
        let tolerance = 1e-6 * max(1, abs(incumbent))
        if incumbent <= bound + tolerance {
            proven = true
            provenBound = bound
            provenBy = bound > bestBound + tolerance
                ? "proven optimal: incumbent meets the known lower bound"
                : "proven optimal: incumbent meets the branch-and-cut bound"
            glp_ios_terminate(tree)
        } else if options.relativeGap > 0, (incumbent - bound) / max(abs(incumbent), 1e-9) <= options.relativeGap {
            gapReached = true
            glp_ios_terminate(tree)
        } else {
            stopIfLate(tree)
        }
    }

    /// GLPK checks tm_lim only between some of its steps (measured: up to 6 s late on a 120-agent
    /// week), so the callback enforces it too.
    private func stopIfLate(_ tree: OpaquePointer) {
        guard (ContinuousClock.now - began).inSeconds > options.timeLimitSeconds else { return }
        timeLimitReached = true
        glp_ios_terminate(tree)
    }

    private func report(incumbent: Double?, bound: Double) {
        guard let progress else { return }
        let now = ContinuousClock.now
        if let lastReport, now - lastReport < .milliseconds(500) { return }
        lastReport = now
        progress(SolveProgress(incumbent: incumbent, bound: bound, seconds: (now - began).inSeconds, nodes: nodes))
    }
}
