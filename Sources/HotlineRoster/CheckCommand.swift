import ArgumentParser
import PlanReading
import RosterCheck

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify a roster folder against its plan, independently of the solver.",
        discussion: """
            Recomputes every hard rule and every component from the plan and compares the claims in \
            coverage.csv, fairness.csv, balance.csv and summary.json (week, priorities, status, \
            components, roster counts, and stages consistent with the priorities and with each other). \
            Works on hand-edited rosters too. Every problem is a finding (file:line: what is wrong, \
            expected …), a malformed roster.csv (a bad header or row) too. Exit status 0 when the roster \
            passes, 1 when it does not, 66 when the roster folder or its roster.csv does not exist or \
            cannot be opened, 65/66 when the plan cannot be read.
            """
    )

    @Argument(help: "The planning folder.")
    var plan: String

    @Argument(help: "The roster folder to verify.")
    var roster: String

    @Flag(help: "Accept a balance.csv whose after_week is not the week before the planned week.")
    var force = false

    func run() throws {
        let loaded = try loadPlan(folder: plan, options: ReadOptions(acceptAnyBalanceWeek: force))
        let report: CheckReport
        do {
            report = try RosterChecker.check(plan: loaded.plan, rosterFolder: roster)
        } catch {
            StandardError.print("error: \(error)")
            throw ExitCode.missingInput
        }
        print(report.render(), terminator: "")
        if !report.passed {
            throw ExitCode.checkFailed
        }
    }
}
