import Testing
@testable import PlanReading
@testable import ReaderFuzzing

/// The fuzzer's own parts: a broken rule must be caught, or fuzzing would find nothing.
@Suite struct FuzzEntryPointTests {
    @Test func folderInputSplitsAtNulBytes() {
        let input = FolderInput(Array("week: x\0id;code\naalborg;851\0d\0a\0b".utf8))
        #expect(input.files.map(\.path) == [
            "hotline.yaml", "municipalities.csv", "demand.csv", "availability/aalborg.csv", "balance.csv",
        ])
        #expect(input.files.map { String(decoding: $0.bytes, as: UTF8.self) } == ["week: x", "id;code\naalborg;851", "d", "a", "b"])
    }

    @Test(arguments: [
        ("id;code\n# note\n\nodense;461", "odense"),
        ("id;code\nOdense;461", FolderInput.fallbackID),
        ("id;code", FolderInput.fallbackID),
        ("id;code\n../x;1", FolderInput.fallbackID),
    ])
    func availabilityFileIsNamedAfterTheFirstListedMunicipality(municipalities: String, id: String) {
        #expect(FolderInput.firstMunicipalityID(Array(municipalities.utf8)) == id)
    }

    @Test(arguments: [
        ("", 1), ("a", 1), ("a\n", 2), ("a\r\nb", 2), ("a\rb\nc", 3), ("\n\r\n\r", 4),
    ])
    func linesAreCountedLikeTheReaders(text: String, lines: Int) {
        #expect(Invariants.lineCount(Array(text.utf8)) == lines)
    }

    @Test(arguments: [
        [Diagnostic(file: "other.csv", line: 1, message: "x")],
        [Diagnostic(file: "input.csv", line: 0, message: "x")],
        [Diagnostic(file: "input.csv", line: 4, message: "x")],
        [Diagnostic(file: "input.csv", message: "")],
        [],
    ])
    func unlocatedDiagnosticsAreViolations(diagnostics: [Diagnostic]) {
        #expect(Invariants.located(diagnostics, files: ["input.csv"], lineCount: ["input.csv": 2]) != nil)
    }

    @Test func locatedDiagnosticsPass() {
        let diagnostics = [Diagnostic(file: "input.csv", line: 3, message: "x"), Diagnostic(file: "input.csv", message: "y")]
        #expect(Invariants.located(diagnostics, files: ["input.csv"], lineCount: ["input.csv": 2]) == nil)
    }

    @Test(arguments: [
        (ReaderEntryPoint.csv, "a;b\n1;2\n"), (.cell, "08:00-12:00"), (.settings, "week: 2026-W49\nopening_hours:\n  mon: \"08:00-12:00\"\n"),
    ])
    func validInputsAreAccepted(entry: ReaderEntryPoint, text: String) {
        guard case .accepted = entry.run(Array(text.utf8)) else {
            Issue.record("\(entry) refused \(text)")
            return
        }
    }

    @Test(arguments: [
        (ReaderEntryPoint.csv, "a;b\n1\n"), (.cell, "08:00-25:00"), (.settings, "week: [\n"), (.folder, "week: 2026-W49"),
    ])
    func invalidInputsAreRefused(entry: ReaderEntryPoint, text: String) {
        guard case .refused = entry.run(Array(text.utf8)) else {
            Issue.record("\(entry) did not refuse \(text)")
            return
        }
    }
}
