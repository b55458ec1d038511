import Foundation
import LinearModel
import RosterModel
import RosterOutput

/// Progress of the running stage on stderr: a line rewritten in place on a terminal, otherwise a
/// plain line every few seconds.
final class ProgressReporter {
    private let quiet: Bool
    private let interactive: Bool
    private var lastLine: ContinuousClock.Instant?
    private var currentStage: Stage?

    init(quiet: Bool) {
        self.quiet = quiet
        interactive = isatty(STDERR_FILENO) != 0
    }

    func report(_ stage: Stage, _ progress: SolveProgress) {
        guard !quiet else { return }
        let now = ContinuousClock.now
        // Off a terminal: at most one line every 5 s per stage, but always a stage's first and last.
        if !interactive, !progress.isStageEnd, stage == currentStage, let lastLine, now - lastLine < .seconds(5) { return }
        lastLine = now
        currentStage = stage
        let incumbent = progress.incumbent.map { decimal($0, 3) } ?? "none"
        let gap = progress.incumbent.map { decimal(max(0, $0 - progress.bound), 3) } ?? "-"
        let proven = progress.incumbent.map { $0 - progress.bound <= 1e-6 * max(1, abs($0)) } ?? false
        let ending = progress.isStageEnd ? (proven ? " proven" : " done") : ""
        let line = "\(stage.rawValue): incumbent \(incumbent), bound \(decimal(progress.bound, 3)), gap \(gap) \(stage.unit), "
            + "\(decimal(progress.seconds, 1)) s, \(progress.nodes) nodes\(ending)"
        if interactive {
            // One live line per stage: rewritten while the stage runs, kept when it ends.
            FileHandle.standardError.write(Data(("\r\u{1B}[K" + line + (progress.isStageEnd ? "\n" : "")).utf8))
            if progress.isStageEnd { lastLine = nil }
        } else {
            StandardError.print(line)
        }
    }

    deinit {
        if interactive, !quiet, lastLine != nil {
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        }
    }
}
