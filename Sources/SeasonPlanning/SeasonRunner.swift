import Foundation
import HotlineDomain
import LinearModel
import PlanReading
import RosterCheck
import RosterModel
import RosterOutput
import RosterPipeline

/// How to run a season.
public struct SeasonOptions: Sendable {
    /// Budget of each week's whole solve, in seconds.
    public var timeLimitSeconds: Double
    public var relativeGap: Double
    /// Keep the weeks already written (each checked again against its plan and the balance before it).
    public var resume: Bool
    public var includeNames: Bool
    public var strict: Bool

    public init(timeLimitSeconds: Double = 120, relativeGap: Double = 0, resume: Bool = false, includeNames: Bool = true, strict: Bool = false) {
        self.timeLimitSeconds = timeLimitSeconds
        self.relativeGap = relativeGap
        self.resume = resume
        self.includeNames = includeNames
        self.strict = strict
    }
}

/// Solves a season's weeks in order, each with the balance the week before wrote, and writes each
/// week's roster folder (verified, atomically) and then season.csv.
public enum SeasonRunner {
    public static let seasonFile = "season.csv"

    public struct Outcome: Sendable {
        public let ledger: SeasonLedger
        /// Municipality id → name, from the last week's plan.
        public let names: [String: String]
    }

    public static func run(
        weeksFolder: String, out: String, options: SeasonOptions, stop: StopRequest? = nil,
        weekDone: (SeasonWeekResult) -> Void = { _ in }
    ) throws(SeasonError) -> Outcome {
        let weeks = try SeasonWeeks(folder: weeksFolder).weeks
        try checkOut(out)
        var results: [SeasonWeekResult] = []
        var names: [String: String] = [:]
        var previousBalance: String?
        for week in weeks {
            let rosterFolder = (out as NSString).appendingPathComponent(week.week.description)
            let loaded = try read(week, balance: previousBalance, strict: options.strict)
            names = Dictionary(loaded.plan.municipalities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
            let result: SeasonWeekResult
            if options.resume, FileManager.default.fileExists(atPath: (rosterFolder as NSString).appendingPathComponent("summary.json")) {
                result = try kept(week.week, plan: loaded.plan, folder: rosterFolder)
            } else {
                result = try solve(week.week, loaded: loaded, folder: rosterFolder, options: options, stop: stop)
            }
            results.append(result)
            weekDone(result)
            previousBalance = (rosterFolder as NSString).appendingPathComponent("balance.csv")
        }
        let ledger = SeasonLedger(weeks: results)
        let path = (out as NSString).appendingPathComponent(seasonFile)
        do {
            try AtomicFile.replace(path) { staging in
                try SeasonText.csv(ledger).write(toFile: staging, atomically: false, encoding: .utf8)
            }
        } catch {
            throw .cannotWrite(week: nil, reason: "\(error)")
        }
        return Outcome(ledger: ledger, names: names)
    }

    /// OUT is missing, empty, or a season's folder (weekly roster folders and season.csv): never a
    /// folder of something else that season.csv would land in.
    private static func checkOut(_ out: String) throws(SeasonError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw .cannotWrite(week: nil, reason: "\(out) is a file, expected a season folder") }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        if let foreign = entries.sorted().first(where: { $0 != seasonFile && IsoWeek($0) == nil && !$0.hasPrefix(".") }) {
            throw .cannotWrite(
                week: nil, reason: "\(out) holds \(foreign), expected a missing or empty folder or an earlier season's folder (YYYY-Www folders and season.csv)")
        }
    }

    private static func read(_ week: SeasonWeeks.Week, balance: String?, strict: Bool) throws(SeasonError) -> LoadedPlan {
        do {
            return try PlanReader.read(folder: week.folder, options: ReadOptions(strict: strict, balanceFile: balance))
        } catch {
            throw .unreadablePlan(
                week: week.week, diagnostics: error.diagnostics.map(\.description), missingInput: error.kind == .missingInput)
        }
    }

    /// A week written by an earlier run: kept only if the checker passes it against this run's plan.
    private static func kept(_ week: IsoWeek, plan: Plan, folder: String) throws(SeasonError) -> SeasonWeekResult {
        let report: CheckReport
        do {
            report = try RosterChecker.check(plan: plan, rosterFolder: folder)
        } catch {
            throw .resumeMismatch(week: week, report: "\(error)")
        }
        guard report.passed else { throw .resumeMismatch(week: week, report: report.render()) }
        return SeasonWeekResult(week: week, status: "kept", seconds: nil, report: report, plan: plan)
    }

    private static func solve(
        _ week: IsoWeek, loaded: LoadedPlan, folder: String, options: SeasonOptions, stop: StopRequest?
    ) throws(SeasonError) -> SeasonWeekResult {
        let planned: PlannedWeek
        do {
            planned = try WeekPlanner.plan(
                loaded.plan, policy: SolvePolicy(timeLimitSeconds: options.timeLimitSeconds, relativeGap: options.relativeGap, stop: stop))
        } catch {
            throw .weekFailed(week: week, reason: "internal error while solving: \(error)")
        }
        // An interrupted week is not written: its balance would carry a roster nobody finished.
        if planned.solution.interrupted { throw .interrupted(week: week) }
        let report: CheckReport
        do {
            report = try RosterDelivery.write(
                planned, warnings: loaded.warnings.map(\.description), to: folder, options: OutputOptions(includeNames: options.includeNames))
        } catch {
            switch error {
            case .cannotWrite: throw .cannotWrite(week: week, reason: "\(error)")
            case .unreadable, .failedVerification: throw .weekFailed(week: week, reason: "\(error)")
            }
        }
        return SeasonWeekResult(
            week: week, status: planned.solution.status.rawValue, seconds: planned.solveSeconds, report: report, plan: loaded.plan)
    }
}
