import ArgumentParser
import Staffing

struct StaffingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staffing",
        abstract: "Show the agents each open slot needs (Erlang C) and the gain of pooling the line."
    )

    @OptionGroup var planOptions: PlanOptions

    func run() throws {
        let loaded = try planOptions.load()
        print(staffingReport(plan: loaded.plan), terminator: "")
    }
}
