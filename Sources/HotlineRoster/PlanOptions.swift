import ArgumentParser
import PlanReading

/// Options shared by every command that reads a planning folder.
struct PlanOptions: ParsableArguments {
    @Argument(help: "The planning folder (default: the bundled plan Fixtures/jutland-30).")
    var plan: String?

    @Flag(help: "Treat a municipality without an availability file as an error, not a warning.")
    var strict = false

    @Flag(help: "Accept a balance.csv whose after_week is not the week before the planned week.")
    var force = false

    var folder: String { plan ?? BundledPlan.folder }

    func load() throws -> LoadedPlan {
        try loadPlan(folder: folder, options: ReadOptions(strict: strict, acceptAnyBalanceWeek: force))
    }
}

/// Reads and validates a plan, printing every diagnostic to stderr; exits 65/66 on errors.
func loadPlan(folder: String, options: ReadOptions) throws -> LoadedPlan {
    do {
        let loaded = try PlanReader.read(folder: folder, options: options)
        for warning in loaded.warnings {
            StandardError.print(warning.description)
        }
        return loaded
    } catch {
        for diagnostic in error.diagnostics {
            StandardError.print(diagnostic.description)
        }
        let count = error.problemCount
        StandardError.print("\(folder): \(count) problem\(count == 1 ? "" : "s") found; nothing was planned.")
        throw error.kind == .missingInput ? ExitCode.missingInput : ExitCode.badData
    }
}
