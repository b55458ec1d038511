import Foundation
import Testing
@testable import PlanReading

/// The bad-input corpus (Corpus/README.md): every broken plan is refused with exactly the expected
/// exit status and diagnostics, each naming file, line and field.
@Suite struct BadInputCorpusTests {
    static let cases = CorpusCase.all()

    @Test func theBasePlanIsValid() throws {
        let plan = try PlanReader.read(folder: CorpusCase.root.appendingPathComponent("base").path)
        #expect(plan.warnings.isEmpty)
        #expect(plan.plan.agents.count == 3)
    }

    @Test func theCorpusHoldsAtLeastSixtyCases() {
        #expect(Self.cases.count >= 60)
        #expect(Self.cases.allSatisfy { [65, 66].contains($0.exitCode) && !$0.expected.isEmpty })
    }

    @Test(arguments: cases)
    func isRefusedWithExactlyTheExpectedDiagnostics(_ corpusCase: CorpusCase) throws {
        let folder = try corpusCase.makePlanFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            let loaded = try PlanReader.read(folder: folder.path, options: corpusCase.options)
            Issue.record("the plan was accepted with \(loaded.plan.agents.count) agents and \(loaded.warnings.count) warnings")
        } catch {
            let lines = CorpusCase.lines(error, folder: folder)
            if ProcessInfo.processInfo.environment["RECORD_CORPUS"] == "1" {
                try corpusCase.record(exitCode: error.exitCode, lines: lines)
            }
            #expect(error.exitCode == corpusCase.exitCode)
            #expect(lines == corpusCase.expected)
            // Every line names its file; a line number is missing only where the problem has none.
            #expect(error.diagnostics.allSatisfy { !$0.file.isEmpty })
        }
    }
}
