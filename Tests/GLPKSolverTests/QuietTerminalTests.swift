import Foundation
import GLPKSolver
import LinearModel
import Testing

/// What the process writes on file descriptor 1 while `body` runs (C stdio included).
private func standardOutput(during body: () throws -> Void) throws -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("glpk-stdout-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    fflush(nil)
    let saved = dup(STDOUT_FILENO)
    let capture = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(saved >= 0 && capture >= 0)
    dup2(capture, STDOUT_FILENO)
    close(capture)
    defer {
        fflush(nil)
        dup2(saved, STDOUT_FILENO)
        close(saved)
    }
    try body()
    fflush(nil)
    return (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
}

/// stdout belongs to the user (the roster summary, pipes): GLPK's solver and file writer, which print
/// by default, must stay silent. A marker written the same way proves the capture sees C output.
@Test func glpkPrintsNothingOnStandardOutput() throws {
    var program = MixedIntegerProgram()
    let items = (0..<6).map { program.addVariable("x\($0)", kind: .binary) }
    program.addConstraint("capacity", zip([3.0, 4, 5, 6, 7, 8], items).map { Term($0, $1) }, upper: 17)
    program.objective = zip([-4.0, -5, -7, -8, -9, -11], items).map { Term($0, $1) }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glpk-quiet-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }

    var outcome: SolveOutcome?
    let printed = try standardOutput {
        let problem = try GLPKProblem(program)
        _ = problem.relaxationOptimum(timeLimitSeconds: 5, stop: nil)
        outcome = problem.solve(SolveOptions(timeLimitSeconds: 5, objectiveIsIntegral: true), progress: nil)
        for format in ModelFileFormat.allCases {
            try problem.write(to: folder + "/program.\(format.rawValue)", format: format)
        }
        _ = "capture-marker\n".withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }
    #expect(outcome?.termination == .optimal)
    #expect(printed.contains("capture-marker"), "the capture saw nothing, so it proves nothing")
    let glpkLines = printed.split(separator: "\n").filter { !$0.contains("capture-marker") }
    #expect(glpkLines.isEmpty, "GLPK printed: \(glpkLines)")
}
