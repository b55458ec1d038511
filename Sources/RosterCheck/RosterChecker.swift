import Foundation
import HotlineDomain
import PlanReading

/// Verifies a roster folder against its plan, recomputing every figure from the plan and roster.csv.
public enum RosterChecker {
    /// Throws only when the folder or its roster.csv cannot be read at all; everything else is a finding.
    public static func check(plan: Plan, rosterFolder: String) throws(CheckError) -> CheckReport {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rosterFolder, isDirectory: &isDirectory) else {
            throw CheckError(problems: ["\(rosterFolder): roster folder not found"])
        }
        guard isDirectory.boolValue else {
            throw CheckError(problems: ["\(rosterFolder): is a file, expected a roster folder"])
        }

        var log = FindingLog()
        let roster = try readRoster(folder: rosterFolder, log: &log)
        let calendar = WeekCalendar(settings: plan.settings)

        let shifts = RosterRowChecker(plan: plan, calendar: calendar).check(roster, log: &log)
        AgentRules.check(shifts, plan: plan, file: roster.file, log: &log)
        let recount = Recount(plan: plan, shifts: shifts)

        switch FolderTable.read(folder: rosterFolder, file: FolderLayout.coverage, columns: FolderLayout.coverageColumns, log: &log) {
        case .table(let table): CoverageClaims.check(table, plan: plan, recount: recount, log: &log)
        case .missing: log.add(FolderLayout.coverage, nil, "file missing, expected one row per open slot")
        case .unreadable: break
        }
        switch FolderTable.read(folder: rosterFolder, file: FolderLayout.fairness, columns: FolderLayout.fairnessColumns, log: &log) {
        case .table(let table): FairnessClaims.checkFairness(table, plan: plan, recount: recount, log: &log)
        case .missing: log.add(FolderLayout.fairness, nil, "file missing, expected one row per municipality")
        case .unreadable: break
        }
        switch FolderTable.read(folder: rosterFolder, file: FolderLayout.balance, columns: FolderLayout.balanceColumns, log: &log) {
        case .table(let table): FairnessClaims.checkBalance(table, plan: plan, recount: recount, log: &log)
        case .missing: log.add(FolderLayout.balance, nil, "file missing, expected next week's balance, one row per municipality")
        case .unreadable: break
        }
        MunicipalityFiles.check(folder: rosterFolder, roster: roster, plan: plan, log: &log)
        SummaryClaims.check(folder: rosterFolder, components: recount.components, log: &log)

        return CheckReport(findings: log.sorted, components: recount.components, shiftCount: roster.records.count)
    }

    /// roster.csv, which must exist, parse, and have the columns that say who works when.
    private static func readRoster(folder: String, log: inout FindingLog) throws(CheckError) -> FolderTable {
        let file = FolderLayout.roster
        var rosterLog = FindingLog()
        switch FolderTable.read(folder: folder, file: file, columns: FolderLayout.rosterColumns, log: &rosterLog) {
        case .missing:
            throw CheckError(problems: ["\(file): file missing, expected the roster in \(folder)"])
        case .unreadable:
            throw CheckError(problems: rosterLog.sorted.map(\.description))
        case .table(let table):
            let essential = ["date", "start", "end", "municipality", "agent"]
            guard essential.allSatisfy(table.has) else {
                throw CheckError(problems: rosterLog.sorted.map(\.description))
            }
            for finding in rosterLog.findings { log.add(finding.file, finding.line, finding.message) }
            return table
        }
    }
}
