import ArgumentParser
import Foundation
import HotlineDomain
import PlanGeneration
import RosterOutput

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic planning folder of a given size (benchmarks, tests, demos).",
        discussion: """
            Real Danish municipality names and codes (at most 98), invented agents. The same arguments give \
            byte-identical files. Every generated plan passes 'validate' and can be staffed with floor = 0 and \
            service = 0, except with --scarce, which makes a short-staffed week from the same seed's plan. --out must be missing, empty, or an earlier planning folder (with hotline.yaml), which \
            is then replaced whole; any other folder is refused.
            """
    )

    @Option(help: "Municipalities, 1 to 98.")
    var municipalities = 30

    @Option(help: "Agents in all, at least 8 and at least one per municipality.")
    var agents = 120

    @Option(help: "Seed of the pseudo-random draws.")
    var seed: UInt64 = 1

    @Option(help: "Slot length in minutes: 15, 30 or 60.")
    var slotMinutes = 30

    @Flag(help: "A short-staffed week: about one municipality in seven sends nobody, flu takes days from some agents, and some slots cannot reach their requirement.")
    var scarce = false

    @Option(help: "Write a season: this many consecutive weekly planning folders OUT/YYYY-Www/ for the same municipalities and agents.")
    var weeks: Int?

    @Option(help: "The season's first ISO week, such as 2027-W01 (default: the week after the plain week, 2026-W50).")
    var firstWeek: String?

    @Option(help: "With --weeks: this many of the weeks are short-staffed, like --scarce.")
    var scarceWeeks = 0

    @Option(help: "The planning folder to write (with --weeks: the folder of the weekly folders).")
    var out: String

    private var request: GenerationRequest {
        GenerationRequest(municipalities: municipalities, agents: agents, seed: seed, slotMinutes: slotMinutes, scarce: scarce)
    }

    private var season: SeasonRequest? {
        // An unreadable --first-week is refused in validate().
        guard let weeks, let first = firstWeek.map(IsoWeek.init) ?? IsoWeek(year: 2026, week: 50) else { return nil }
        return SeasonRequest(base: request, firstWeek: first, weeks: weeks, scarceWeeks: scarceWeeks)
    }

    func validate() throws {
        if let firstWeek, IsoWeek(firstWeek) == nil {
            throw ValidationError("--first-week: \"\(firstWeek)\" is not an ISO week, expected YYYY-Www such as 2027-W01")
        }
        if weeks == nil, firstWeek != nil || scarceWeeks != 0 {
            throw ValidationError("--first-week and --scarce-weeks need --weeks N")
        }
        let problems = season?.problems ?? request.problems
        guard problems.isEmpty else {
            throw ValidationError(problems.map { "--\($0.description)" }.joined(separator: "\n"))
        }
    }

    func run() throws {
        if let season {
            try writeSeason(season)
            return
        }
        if let refusal = OutputFolderGuard.refusal(for: out) {
            StandardError.print("error: \(refusal)")
            throw ExitCode.cannotWrite
        }
        let generated: GeneratedPlan
        do {
            generated = try PlanGenerator.generate(request)
        } catch {
            // A request the arguments allow but no plan can staff is a usage error; anything else is ours.
            StandardError.print("error: \(error.parameter == nil ? "" : "--")\(error)")
            throw error.parameter == nil ? ExitCode.internalError : ExitCode.validationFailure
        }
        do {
            try AtomicFolder.write(generated.files, to: out)
        } catch {
            StandardError.print("error: the planning folder was not written: \(error)")
            throw ExitCode.cannotWrite
        }
        StandardError.print("\(out): \(generated.figures.summary)")
    }
}

extension GenerateCommand {
    private func writeSeason(_ request: SeasonRequest) throws {
        if let refusal = OutputFolderGuard.seasonRefusal(for: out) {
            StandardError.print("error: \(refusal)")
            throw ExitCode.cannotWrite
        }
        let season: GeneratedSeason
        do {
            season = try SeasonGenerator.generate(request)
        } catch {
            StandardError.print("error: \(error.parameter == nil ? "" : "--")\(error)")
            throw error.parameter == nil ? ExitCode.internalError : ExitCode.validationFailure
        }
        do {
            try AtomicFolder.write(season.files, to: out)
        } catch {
            StandardError.print("error: the season was not written: \(error)")
            throw ExitCode.cannotWrite
        }
        for week in season.weeks {
            StandardError.print(week.summary)
        }
        StandardError.print("\(out): \(season.weeks.count) weekly planning folders")
    }
}

/// `generate` replaces only what it could have written itself.
enum OutputFolderGuard {
    static func refusal(for path: String) -> String? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return "\(path) exists and is not a folder, expected a missing or empty folder or a planning folder" }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        guard !entries.isEmpty, !entries.contains("hotline.yaml") else { return nil }
        return "\(path) is a non-empty folder without hotline.yaml, expected a missing or empty folder or a planning folder to replace"
    }

    /// A season's folder holds only weekly planning folders named YYYY-Www.
    static func seasonRefusal(for path: String) -> String? {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        guard manager.fileExists(atPath: path, isDirectory: &isFolder) else { return nil }
        guard isFolder.boolValue else { return "\(path) exists and is not a folder, expected a missing or empty folder or an earlier season" }
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        let foreign = entries.filter { entry in
            IsoWeek(entry) == nil || !manager.fileExists(atPath: (path as NSString).appendingPathComponent(entry + "/hotline.yaml"))
        }
        guard let first = foreign.sorted().first else { return nil }
        return "\(path) holds \(first), which is not a weekly planning folder (YYYY-Www with hotline.yaml); expected a missing or empty folder or an earlier season to replace"
    }
}
