import Foundation
import Testing

/// The built `hotline-roster` executable, run as a user runs it: a separate process whose exit
/// status, output files and signals are real. `swift test` builds it beside the test bundle;
/// `HOTLINE_ROSTER_BINARY` points the tests at another build (e.g. release).
struct RosterBinary {
    let url: URL

    static func locate() throws -> RosterBinary {
        if let path = ProcessInfo.processInfo.environment["HOTLINE_ROSTER_BINARY"] {
            return RosterBinary(url: URL(fileURLWithPath: path))
        }
        // The test runner lives in the build folder (on macOS inside an .xctest bundle), as does the tool.
        var folder = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("hotline-roster")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return RosterBinary(url: candidate) }
            folder = folder.deletingLastPathComponent()
        }
        throw BinaryMissing()
    }

    struct BinaryMissing: Error, CustomStringConvertible {
        var description: String {
            "hotline-roster was not found beside the test runner; build it first (swift build) or set HOTLINE_ROSTER_BINARY"
        }
    }

    /// Starts the tool; stdout and stderr go to files in `logFolder` so they can be read while it runs.
    func start(_ arguments: [String], logFolder: String) throws -> RunningCommand {
        try RunningCommand(executable: url, arguments: arguments, logFolder: logFolder)
    }

    /// Runs the tool to its end.
    func run(_ arguments: [String], logFolder: String) throws -> CommandResult {
        try start(arguments, logFolder: logFolder).waitForExit()
    }
}

/// How a run of the tool ended, with what it printed.
struct CommandResult {
    enum Ending: Equatable, CustomStringConvertible {
        case exited(Int32)
        case killed(by: Int32)

        var description: String {
            switch self {
            case .exited(let status): "exit status \(status)"
            case .killed(let signal): "killed by signal \(signal)"
            }
        }
    }

    let ending: Ending
    let standardOutput: String
    let standardError: String

    var status: Int32? {
        if case .exited(let status) = ending { status } else { nil }
    }
}

/// One started process of the tool. Used from one test at a time, never shared.
final class RunningCommand {
    private let process = Process()
    private let outputPath: String
    private let errorPath: String

    fileprivate init(executable: URL, arguments: [String], logFolder: String) throws {
        let token = UUID().uuidString.prefix(8)
        outputPath = logFolder + "/stdout-\(token).txt"
        errorPath = logFolder + "/stderr-\(token).txt"
        let manager = FileManager.default
        try manager.createDirectory(atPath: logFolder, withIntermediateDirectories: true)
        guard manager.createFile(atPath: outputPath, contents: nil), manager.createFile(atPath: errorPath, contents: nil),
              let output = FileHandle(forWritingAtPath: outputPath), let error = FileHandle(forWritingAtPath: errorPath)
        else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: logFolder])
        }
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = error
        try process.run()
        try output.close()
        try error.close()
    }

    var isRunning: Bool { process.isRunning }

    var processIdentifier: pid_t { process.processIdentifier }

    var standardError: String { Self.read(errorPath) }

    func send(_ signal: Int32) {
        kill(process.processIdentifier, signal)
    }

    /// Waits for stderr to contain `text`; false when the process ended first or `limit` passed.
    func waitForStandardError(containing text: String, limit: Duration = .seconds(300)) -> Bool {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while clock.now < deadline {
            if standardError.contains(text) { return true }
            guard process.isRunning else { return standardError.contains(text) }
            usleep(20_000)
        }
        return false
    }

    /// Waits for the end. `limit` only guards against a hang (the process is then killed and the
    /// test fails); it is not a timing assertion.
    func waitForExit(limit: Duration = .seconds(300)) -> CommandResult {
        let clock = ContinuousClock()
        let deadline = clock.now + limit
        while process.isRunning, clock.now < deadline {
            usleep(2_000)
        }
        if process.isRunning {
            Issue.record("hotline-roster \(process.arguments ?? []) still running after \(limit); killed")
            send(SIGKILL)
        }
        process.waitUntilExit()
        let ending: CommandResult.Ending = process.terminationReason == .uncaughtSignal
            ? .killed(by: process.terminationStatus) : .exited(process.terminationStatus)
        return CommandResult(ending: ending, standardOutput: Self.read(outputPath), standardError: standardError)
    }

    private static func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }
}
