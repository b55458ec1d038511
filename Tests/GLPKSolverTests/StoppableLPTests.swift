import GLPKSolver
import LinearModel
import Testing

/// An assignment LP (n workers, n tasks, pseudo-random costs) that takes GLPK's simplex thousands
/// of iterations: more than one slice of the stoppable simplex.
private func assignment(size n: Int) -> MixedIntegerProgram {
    var program = MixedIntegerProgram()
    var state: UInt64 = 0x5EED
    var x: [[Variable]] = []
    for i in 0..<n {
        x.append((0..<n).map { j in program.addVariable("x\(i)_\(j)", kind: .continuous, lower: 0, upper: 1) })
    }
    for i in 0..<n { program.addConstraint("worker\(i)", x[i].map { Term(1, $0) }, lower: 1, upper: 1) }
    for j in 0..<n { program.addConstraint("task\(j)", (0..<n).map { Term(1, x[$0][j]) }, lower: 1, upper: 1) }
    program.objective = x.flatMap { $0 }.map { variable in
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Term(Double(state >> 40 % 1000) + 1, variable)
    }
    return program
}

/// GLPK's simplex has no callback; a stop requested while an LP runs ends it between two slices of
/// iterations instead of after the whole LP.
@Test func aStopRequestEndsTheLPRelaxation() throws {
    let program = assignment(size: 250)
    let stop = StopRequest()
    stop.request()
    let stopped = try GLPKProblem(program)
    #expect(stopped.relaxationOptimum(timeLimitSeconds: 60, stop: stop) == nil)
    let outcome = stopped.solve(SolveOptions(timeLimitSeconds: 60, stop: stop), progress: nil)
    #expect(outcome.termination == .interrupted, "\(outcome.detail)")

    // Without a stop the same LP solves, through several slices, to its optimum.
    let whole = try GLPKProblem(program).solve(SolveOptions(timeLimitSeconds: 60, stop: StopRequest()), progress: nil)
    #expect(whole.termination == .optimal)
    #expect(whole.simplexIterations > 2_000, "\(whole.simplexIterations) iterations fit in one slice, so the stop test proves nothing")
    let optimum = try GLPKProblem(program).relaxationOptimum(timeLimitSeconds: 60, stop: StopRequest())
    #expect(optimum.map { abs($0 - (whole.objective ?? .nan)) < 1e-6 } == true)
}
