import ArgumentParser
@testable import HotlineRoster

/// Runs `hotline-roster` with these arguments in this process and returns its exit status, as the
/// executable would (0, or the status of the error it throws).
func exitCode(_ arguments: [String]) -> Int32 {
    do {
        var command = try HotlineRosterCommand.parseAsRoot(arguments)
        try command.run()
        return 0
    } catch let code as ExitCode {
        return code.rawValue
    } catch {
        return HotlineRosterCommand.exitCode(for: error).rawValue
    }
}
