import ArgumentParser

/// The `hotline-roster` command: plans the weekly roster of the shared citizen-service hotline.
public struct HotlineRosterCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "hotline-roster",
        abstract: "Plan fair, fully staffed weekly rosters for the shared citizen-service hotline.",
        version: "0.1.0",
        subcommands: [
            SolveCommand.self, ValidateCommand.self, StaffingCommand.self, CheckCommand.self, GenerateCommand.self,
            ExportModelCommand.self, SeasonCommand.self,
        ]
    )

    public init() {}
}
