import Foundation
import HotlineDomain
import PlanReading

/// Verifies a roster folder against its plan, recomputing every figure from the plan and roster.csv.
public enum RosterChecker {
    /// Throws only when the folder or its roster.csv does not exist or cannot be opened; everything
    /// else, a malformed roster.csv too, is a finding.
    public static func check(plan: Plan, rosterFolder: String) throws(CheckError) -> CheckReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rosterFolder, isDirectory: &isDirectory) else {
            throw CheckError(problems: ["\(rosterFolder): roster folder not found"])
        }
        guard isDirectory.boolValue else {
            throw CheckError(problems: ["\(rosterFolder): is a file, expected a roster folder"])
        }

        var log = FindingLog()
        guard let roster = try readRoster(folder: rosterFolder, log: &log) else {
            // Without roster.csv's shifts nothing can be recounted, so the other files are not
            // compared with anything: roster.csv's own findings are the report.
            return CheckReport(
                findings: log.sorted, components: Recount(plan: plan, shifts: []).components, shiftCount: 0,
                rosterCounted: false)
        }
        let calendar = WeekCalendar(settings: plan.settings)

        let shifts = RosterRowChecker(plan: plan, calendar: calendar).check(roster, log: &log)
        AgentRules.check(shifts, plan: plan, file: roster.file, log: &log)
        let recount = Recount(plan: plan, shifts: shifts)

        switch FolderTable.read(folder: rosterFolder, file: FolderLayout.coverage, columns: FolderLayout.coverageColumns, log: &log) {
        case .table(let table): CoverageClaims.check(table, plan: plan, recount: recount, log: &log)
        case .missing: log.add(FolderLayout.coverage, nil, "file missing, expected one row per open slot")
        case .inaccessible, .malformed: break
        }
        switch FolderTable.read(folder: rosterFolder, file: FolderLayout.fairness, columns: FolderLayout.fairnessColumns, log: &log) {
        case .table(let table): FairnessClaims.checkFairness(table, plan: plan, recount: recount, log: &log)
        case .missing: log.add(FolderLayout.fairness, nil, "file missing, expected one row per municipality")
        case .inaccessible, .malformed: break
        }
        switch FolderTable.read(folder: rosterFolder, file: FolderLayout.balance, columns: FolderLayout.balanceColumns, log: &log) {
        case .table(let table): FairnessClaims.checkBalance(table, plan: plan, recount: recount, log: &log)
        case .missing: log.add(FolderLayout.balance, nil, "file missing, expected next week's balance, one row per municipality")
        case .inaccessible, .malformed: break
        }
        MunicipalityFiles.check(folder: rosterFolder, roster: roster, plan: plan, log: &log)
        SummaryClaims.check(folder: rosterFolder, plan: plan, recount: recount, rosterRows: roster.records.count, log: &log)

        return CheckReport(
            findings: log.sorted, components: recount.components, shiftCount: roster.records.count,
            fairness: recount.fairness.map {
                RecomputedFairness(
                    municipality: $0.id, share: $0.share, targetHours: $0.targetHours, rosteredHours: $0.rosteredHours,
                    availableHours: $0.availableHours, owedBefore: $0.owedBefore, owedAfter: $0.owedAfter)
            }.sorted { $0.municipality < $1.municipality },
            requiredAgentSlots: recount.required.reduce(0, +), slotHours: Double(plan.settings.slotMinutes) / 60)
    }

    /// roster.csv with the columns that say who works when, or nil when it is malformed (its
    /// problems logged). Throws when it does not exist or cannot be opened.
    private static func readRoster(folder: String, log: inout FindingLog) throws(CheckError) -> FolderTable? {
        let file = FolderLayout.roster
        var rosterLog = FindingLog()
        let outcome = FolderTable.read(folder: folder, file: file, columns: FolderLayout.rosterColumns, log: &rosterLog)
        for finding in rosterLog.findings { log.add(finding.file, finding.line, finding.message) }
        switch outcome {
        case .missing:
            throw CheckError(problems: ["\(file): file missing, expected the roster in \(folder)"])
        case .inaccessible:
            throw CheckError(problems: rosterLog.sorted.map(\.description))
        case .malformed:
            return nil
        case .table(let table):
            // Without these a row names no shift; the missing columns are already logged.
            let essential = ["date", "start", "end", "municipality", "agent"]
            return essential.allSatisfy(table.has) ? table : nil
        }
    }
}
