import GLPKSolver
import HotlineDomain
import LinearModel
import RosterModel
import RosterOutput
import Staffing

/// Why a stage's program was not written.
public enum ModelExportError: Error, CustomStringConvertible {
    /// The plan's priorities (hotline.yaml) leave this stage out, so it has no program.
    case stageNotPlanned(Stage, planned: [Stage])
    case cannotWrite(OutputError)
    case defect(ModelDefect)

    public var description: String {
        switch self {
        case .stageNotPlanned(let stage, let planned):
            "--stage \(stage.rawValue): the plan's priorities in hotline.yaml leave this stage out; "
                + "expected one of \(planned.map(\.rawValue).joined(separator: ", "))"
        case .cannotWrite(let error): "\(error)"
        case .defect(let defect): "\(defect)"
        }
    }
}

/// What was written: the program's size and the limit each earlier stage was kept within.
public struct ExportedModel: Sendable {
    public let stage: Stage
    public let variables: Int
    public let binaries: Int
    public let constraints: Int
    /// The earlier stages, as solved before the file was written (empty when they were left free).
    public let earlierStages: [StageResult]
}

/// The exact integer program of one lexicographic stage, written for glpsol, HiGHS or CBC.
public enum StageModelExport {
    /// With `fixingEarlierStages`, the stages before `stage` are solved first (within
    /// `policy`) and kept within their limits (the value reached plus the stage's tolerance), as the
    /// tool's own solve keeps them; an earlier stage
    /// that was not proven is named in the program's name. Without it, the file is the plan's program
    /// with this stage's objective alone.
    public static func write(
        _ plan: Plan, stage: Stage, format: ModelFileFormat, fixingEarlierStages: Bool, policy: SolvePolicy,
        to path: String, progress: LexicographicSolver.ProgressHandler? = nil
    ) throws(ModelExportError) -> ExportedModel {
        let planned = Stage.order(for: plan.settings.priorities)
        guard planned.contains(stage) else { throw .stageNotPlanned(stage, planned: planned) }
        let solver = WeekPlanner.solver(for: plan, staffing: StaffingPlan(plan: plan))
        let earlierStages: [StageResult]
        let program: MixedIntegerProgram
        let problem: GLPKProblem
        do throws(ModelDefect) {
            earlierStages = fixingEarlierStages
                ? try solver.solve(policy, progress: progress, stoppingBefore: stage).stages : []
            // Each earlier stage at its limit (objective + tolerance), the tightest where one ran twice.
            let fixed = Dictionary(earlierStages.map { ($0.stage, $0.limit) }, uniquingKeysWith: min)
            var stageProgram = solver.program(for: stage, fixing: fixed)
            let unproven = earlierStages.filter { !$0.isProven }.map(\.stage.rawValue)
            if !unproven.isEmpty { stageProgram.name += "_after_unproven_" + unproven.joined(separator: "_") }
            program = stageProgram
            problem = try GLPKProblem(program)
        } catch {
            throw .defect(error)
        }
        do throws(OutputError) {
            try AtomicFile.replace(path) { staging in try problem.write(to: staging, format: format) }
        } catch {
            throw .cannotWrite(error)
        }
        let size = solver.modelSize
        return ExportedModel(
            stage: stage, variables: size.variables, binaries: size.binaries,
            constraints: program.constraints.count, earlierStages: earlierStages)
    }
}
