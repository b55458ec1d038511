import ArgumentParser
import PlanReading
import RosterOutput

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a planning folder and report every problem at once.",
        discussion: "Exit status 0 when the plan is valid, 65 for bad data, 66 for a missing file or folder."
    )

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
        let loaded = try planOptions.load()
        let plan = loaded.plan
        print("\(planOptions.folder): valid plan for \(plan.settings.week)")
        print("  \(plan.municipalities.count) municipalities, \(plan.agents.count) agents, \(plan.slots.count) open slots of \(plan.settings.slotMinutes) min")
        let calls = plan.callsPerSlot.reduce(0, +)
        print("  \(decimal(calls, 1)) forecast contacts, \(loaded.warnings.count) warning\(loaded.warnings.count == 1 ? "" : "s")")
    }
}
