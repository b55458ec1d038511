import GLPKSolver
import HotlineDomain
import RosterCheck
import RosterOutput

/// Why a solved week did not become the roster folder.
public enum DeliveryError: Error, CustomStringConvertible {
    /// The folder could not be written (permissions, disk, a path that is not a roster folder).
    case cannotWrite(OutputError)
    /// The staged roster could not be read back by the checker: a defect in the writer.
    case unreadable(folder: String, reason: String)
    /// The staged roster broke a rule the checker recomputes: a defect in the model or the solver.
    case failedVerification(folder: String, report: CheckReport)

    public var description: String {
        switch self {
        case .cannotWrite(let error):
            "\(error)"
        case .unreadable(let folder, let reason):
            "the roster staged for \(folder) could not be read back for verification: \(reason); "
                + "the folder was left as it was"
        case .failedVerification(let folder, let report):
            "the roster staged for \(folder) failed verification (please report this); "
                + "the folder was left as it was:\n" + report.render()
        }
    }
}

public enum RosterDelivery {
    /// Writes the roster folder: staged beside `folder`, read back and verified by the independent
    /// checker, and only then swapped into place, so a defect in the model or the solver never
    /// replaces a planner's roster with an invalid one.
    @discardableResult
    public static func write(
        _ week: PlannedWeek, warnings: [String], to folder: String, options: OutputOptions
    ) throws(DeliveryError) -> CheckReport {
        let files = RosterFiles(
            plan: week.plan, calls: week.staffing.slots.map(\.calls), required: week.staffing.slots.map(\.required),
            solution: week.solution,
            facts: RunFacts(solveSeconds: week.solveSeconds, glpkVersion: GLPKProblem.version, warnings: warnings),
            options: options)
        var verification: CheckReport?
        do {
            try AtomicFolder.write(files.files, to: folder) { staged in
                let report: CheckReport
                do {
                    report = try RosterChecker.check(plan: week.plan, rosterFolder: staged)
                } catch {
                    throw DeliveryError.unreadable(folder: folder, reason: "\(error)")
                }
                guard report.passed else { throw DeliveryError.failedVerification(folder: folder, report: report) }
                verification = report
            }
        } catch {
            if let rejection = error.rejection as? DeliveryError { throw rejection }
            throw .cannotWrite(error)
        }
        guard let verification else {
            throw .unreadable(folder: folder, reason: "the writer did not hand the staged folder to the checker")
        }
        return verification
    }
}
