import Foundation
import Testing
@testable import PlanReading

/// A planning folder in a fresh temporary directory, valid unless a test changes it; removed on deinit.
final class PlanFixture {
    static let settings = """
        week: 2026-W49
        opening_hours:
          mon: "08:00-12:00"
          tue: "08:00-12:00"

        """
    static let municipalities = """
        id;code;name;region;population
        aarhus;751;Aarhus;Midtjylland;350000
        odense;461;Odense;Syddanmark;200000

        """
    static let demand = """
        municipality;day;from;to;calls
        aarhus;mon;08:00;10:00;40
        odense;tue;09:00;10:00;10

        """
    static let aarhus = """
        agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun
        a1;Anna;20;;;08:00-12:00;-;;;;;

        """
    static let odense = """
        agent;name;max_hours;min_hours;max_days;mon;tue;wed;thu;fri;sat;sun
        o1;Ole;10;2;3;;08:00-12:00;;;;;

        """

    let root: URL

    init(_ overrides: [String: String?] = [:]) {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("plan-reading-\(UUID().uuidString)")
        var files: [String: String?] = [
            "hotline.yaml": Self.settings,
            "municipalities.csv": Self.municipalities,
            "demand.csv": Self.demand,
            "availability/aarhus.csv": Self.aarhus,
            "availability/odense.csv": Self.odense,
        ]
        files.merge(overrides) { _, new in new }
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files {
            if let text { write(path, text) }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    var path: String { root.path }

    func write(_ relative: String, _ text: String) {
        write(relative, bytes: Array(text.utf8))
    }

    func write(_ relative: String, bytes: [UInt8]) {
        let url = root.appendingPathComponent(relative)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
    }

    func remove(_ relative: String) {
        try? FileManager.default.removeItem(at: root.appendingPathComponent(relative))
    }

    func makeFolder(_ relative: String) {
        try? FileManager.default.createDirectory(at: root.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    func read(_ options: ReadOptions = ReadOptions()) throws(PlanReadingError) -> LoadedPlan {
        try PlanReader.read(folder: path, options: options)
    }

    /// The error of a read that must fail; records an issue when it succeeds.
    func failure(_ options: ReadOptions = ReadOptions(), sourceLocation: SourceLocation = #_sourceLocation) -> PlanReadingError? {
        do {
            _ = try read(options)
            Issue.record("expected the plan to be rejected", sourceLocation: sourceLocation)
            return nil
        } catch {
            return error
        }
    }

    /// The diagnostics of a read that must fail (empty when it succeeded).
    func errors(_ options: ReadOptions = ReadOptions(), sourceLocation: SourceLocation = #_sourceLocation) -> [Diagnostic] {
        failure(options, sourceLocation: sourceLocation)?.diagnostics ?? []
    }
}

/// Checks that one diagnostic has this file, line and field, and a message containing `text`.
func expectDiagnostic(
    _ diagnostics: [Diagnostic], file: String, line: Int?, field: String?, _ text: String,
    severity: Diagnostic.Severity = .error, sourceLocation: SourceLocation = #_sourceLocation
) {
    let found = diagnostics.contains {
        $0.file == file && $0.line == line && $0.field == field && $0.severity == severity && $0.message.contains(text)
    }
    #expect(found, "no \(severity) \(file):\(line.map(String.init) ?? "-"): \(field ?? "-"): …\(text)… in\n\(diagnostics.map(\.description).joined(separator: "\n"))",
            sourceLocation: sourceLocation)
}

/// Parses CSV text (as UTF-8) with the public reader, returning the document or the diagnostics.
func parseCSV(_ text: String, name: String = "test.csv") -> Result<CSVDocument, PlanReadingError> {
    parseCSV(bytes: Array(text.utf8), name: name)
}

func parseCSV(bytes: [UInt8], name: String = "test.csv", knownColumns: Set<String> = []) -> Result<CSVDocument, PlanReadingError> {
    do {
        return .success(try CSVReader.parse(bytes: bytes, displayName: name, knownColumns: knownColumns))
    } catch {
        return .failure(error)
    }
}

extension Result {
    var value: Success? {
        if case .success(let value) = self { return value }
        return nil
    }

    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
