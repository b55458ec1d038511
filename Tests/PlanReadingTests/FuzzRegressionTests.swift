import Foundation
import Testing
@testable import ReaderFuzzing

/// Every input the fuzzer kept (Fuzz/regressions/ENTRY/) and every hand-written seed (Fuzz/seeds/ENTRY/),
/// run through the same entry points as `reader-fuzzer`: each must be read or refused with located
/// diagnostics, never crash or break a rule the reader promises.
@Suite struct FuzzRegressionTests {
    struct Input: CustomTestStringConvertible, Sendable {
        let entry: ReaderEntryPoint
        let path: URL
        var testDescription: String { "\(entry.rawValue)/\(path.lastPathComponent)" }
    }

    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static let inputs: [Input] = ["regressions", "seeds"].flatMap { kind in
        ReaderEntryPoint.allCases.flatMap { entry in
            let folder = fuzzFolder.appendingPathComponent(kind).appendingPathComponent(entry.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { Input(entry: entry, path: folder.appendingPathComponent($0)) }
        }
    }

    @Test func everyEntryPointHasKeptInputs() {
        let covered = Set(Self.inputs.map(\.entry))
        #expect(covered == Set(ReaderEntryPoint.allCases))
    }

    @Test(arguments: inputs)
    func keptInputIsReadOrRefused(input: Input) throws {
        let bytes = try [UInt8](Data(contentsOf: input.path))
        let verdict = input.entry.run(bytes)
        #expect(!verdict.isViolation, "\(verdict)")
    }
}
