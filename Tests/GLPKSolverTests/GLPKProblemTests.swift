import Foundation
import GLPKSolver
import LinearModel
import Testing

/// A small knapsack-like program with a known optimum, built fresh for each test.
private func knapsack() -> (MixedIntegerProgram, [Variable]) {
    var program = MixedIntegerProgram()
    let items = (0..<4).map { program.addVariable("x\($0)", kind: .binary) }
    // weights 3,4,5,6 ≤ 10; maximize values 4,5,7,8 → minimize the negatives.
    program.addConstraint("capacity", zip([3.0, 4, 5, 6], items).map { Term($0, $1) }, upper: 10)
    program.objective = zip([-4.0, -5, -7, -8], items).map { Term($0, $1) }
    return (program, items)
}

@Test func solvesAKnapsackToProvenOptimality() throws {
    let (program, items) = knapsack()
    let problem = try GLPKProblem(program)
    let outcome = problem.solve(SolveOptions(timeLimitSeconds: 10, objectiveIsIntegral: true), progress: nil)
    #expect(outcome.termination == .optimal)
    // Best: items 1 and 3 (4+6 = 10, value 13) vs 0+1 (7, 9), 0+2 (8, 11), 2 alone… → 13.
    #expect(outcome.objective == -13)
    #expect(outcome.bound == -13)
    let values = try #require(outcome.values)
    #expect(items.map { values[$0.index].rounded() } == [0, 1, 0, 1])
}

@Test func reportsInfeasibilityAsAResult() throws {
    var program = MixedIntegerProgram()
    let x = program.addVariable("x", kind: .binary)
    program.addConstraint("atLeastTwo", [Term(1, x)], lower: 2)
    program.objective = [Term(1, x)]
    let outcome = try GLPKProblem(program).solve(SolveOptions(timeLimitSeconds: 5), progress: nil)
    #expect(outcome.termination == .infeasible)
    #expect(outcome.values == nil)
}

@Test func integerInfeasibleButLPFeasibleIsInfeasible() throws {
    var program = MixedIntegerProgram()
    let x = program.addVariable("x", kind: .integer, lower: 0, upper: 10)
    program.addConstraint("between", [Term(2, x)], lower: 3, upper: 3)
    program.objective = [Term(1, x)]
    let outcome = try GLPKProblem(program).solve(SolveOptions(timeLimitSeconds: 5), progress: nil)
    #expect(outcome.termination == .infeasible)
}

@Test func keepsTheProgramAcrossStages() throws {
    let (program, items) = knapsack()
    let problem = try GLPKProblem(program)
    _ = problem.solve(SolveOptions(timeLimitSeconds: 10), progress: nil)
    // Second stage: keep value ≥ 13, then use as few items as possible… then forbid item 3.
    try problem.add(Constraint(name: "noItem3", terms: [Term(1, items[3])], upper: 0))
    try problem.setObjective(items.map { Term(1, $0) })
    let outcome = problem.solve(SolveOptions(timeLimitSeconds: 10, objectiveIsIntegral: true), progress: nil)
    #expect(outcome.termination == .optimal)
    #expect(outcome.objective == 0)
    #expect(problem.constraintCount == 2)
}

@Test func startsFromAGivenSolutionAndStopsAtAKnownBound() throws {
    let (program, _) = knapsack()
    let problem = try GLPKProblem(program)
    let start: [Double] = [0, 1, 0, 1]
    let outcome = problem.solve(
        SolveOptions(timeLimitSeconds: 10, knownLowerBound: -13, start: start), progress: nil)
    #expect(outcome.termination == .optimal)
    #expect(outcome.objective == -13)
}

/// A start that the bounds set since it was made rule out (as when totals are pinned) must neither be
/// taken as the incumbent nor come back as the solution.
@Test(arguments: [
    // Breaks a column bound set after the start was made.
    ([0.0, 1, 0, 1], true),
    // Breaks the capacity row (3 + 4 + 5 + 6 > 10).
    ([1.0, 1, 1, 1], false),
])
func ignoresAStartThatBreaksTheCurrentBoundsOrRows(start: [Double], forbidItem3: Bool) throws {
    let (program, items) = knapsack()
    let problem = try GLPKProblem(program)
    if forbidItem3 { try problem.setBounds([(items[3], 0, 0)]) }
    let outcome = problem.solve(SolveOptions(timeLimitSeconds: 10, objectiveIsIntegral: true, start: start), progress: nil)
    #expect(outcome.termination == .optimal)
    let values = try #require(outcome.values)
    #expect(program.isFeasible(values))
    if forbidItem3 {
        #expect(values[items[3].index] == 0)
        // Without item 3 the best is items 1 and 2 (4 + 5 = 9, value 12); 0 and 2 give 11.
        #expect(outcome.objective == -12)
    } else {
        #expect(outcome.objective == -13)
    }
}

@Test func refusesInvalidProgramsBeforeGLPKSeesThem() throws {
    var program = MixedIntegerProgram()
    let x = program.addVariable("x", lower: 5, upper: 1)
    program.objective = [Term(1, x)]
    #expect(throws: ModelDefect.self) { try GLPKProblem(program) }

    var nan = MixedIntegerProgram()
    let y = nan.addVariable("y")
    nan.addConstraint("bad", [Term(.nan, y)], upper: 1)
    #expect(throws: ModelDefect.self) { try GLPKProblem(nan) }

    let (valid, _) = knapsack()
    let problem = try GLPKProblem(valid)
    #expect(throws: ModelDefect.self) {
        try problem.add(Constraint(name: "outOfRange", terms: [Term(1, Variable(99))], upper: 1))
    }
}

@Test func aProgramWithoutConstraintsSolves() throws {
    var program = MixedIntegerProgram()
    let x = program.addVariable("x", kind: .integer, lower: 2.5, upper: 7)
    program.objective = [Term(1, x)]
    let outcome = try GLPKProblem(program).solve(SolveOptions(timeLimitSeconds: 5), progress: nil)
    #expect(outcome.termination == .optimal, "\(outcome.detail)")
    #expect(outcome.objective == 3)
}

@Test func writesLPAndMPSFiles() throws {
    let (program, _) = knapsack()
    let problem = try GLPKProblem(program)
    for format in ModelFileFormat.allCases {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("knapsack-\(UUID()).\(format.rawValue)").path
        try problem.write(to: path, format: format)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("capacity"))
        try? FileManager.default.removeItem(atPath: path)
    }
}

@Test func reportsItsVersion() {
    #expect(GLPKProblem.version.hasPrefix("5."))
}
