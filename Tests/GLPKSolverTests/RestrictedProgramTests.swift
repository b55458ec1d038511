import GLPKSolver
import LinearModel
import Testing

/// A program with some variables fixed, as a smaller program of its own.
struct RestrictedProgramTests {
    /// x, y, z binary, w continuous: x + y + z ≥ 2, y + z ≤ 1 + w, x + z ≤ 1; minimize 3x + 2y + 2z + 5w.
    private static func threeItems() -> (program: MixedIntegerProgram, x: Variable, y: Variable, z: Variable, w: Variable) {
        var program = MixedIntegerProgram()
        let x = program.addVariable("x", kind: .binary)
        let y = program.addVariable("y", kind: .binary)
        let z = program.addVariable("z", kind: .binary)
        let w = program.addVariable("w", upper: 1)
        program.addConstraint("two", [Term(1, x), Term(1, y), Term(1, z)], lower: 2)
        program.addConstraint("pair", [Term(1, y), Term(1, z), Term(-1, w)], upper: 1)
        program.addConstraint("apart", [Term(1, x), Term(1, z)], upper: 1)
        program.objective = [Term(3, x), Term(2, y), Term(2, z), Term(5, w)]
        return (program, x, y, z, w)
    }

    @Test func fixedVariablesMoveIntoTheRowBounds() throws {
        let (program, x, _, _, _) = Self.threeItems()
        let restricted = try #require(try RestrictedProgram(program, keeping: { $0 != x }, at: [1, 0, 0, 0]))
        #expect(restricted.original.map(\.index) == [1, 2, 3])
        #expect(restricted.program.variables.map(\.name) == ["y", "z", "w"])
        let rows = Dictionary(uniqueKeysWithValues: restricted.program.constraints.map { ($0.name, $0) })
        // x = 1: y + z ≥ 1 and z ≤ 0; the row without x is unchanged.
        #expect(rows["two"]?.lower == 1)
        #expect(rows["two"]?.upper == .infinity)
        #expect(rows["apart"]?.upper == 0)
        #expect(rows["apart"]?.terms == [Term(1, Variable(1))])
        #expect(rows["pair"]?.upper == 1)
        #expect(restricted.program.objective == [Term(2, Variable(0)), Term(2, Variable(1)), Term(5, Variable(2))])
    }

    @Test func pointsMapBothWays() throws {
        let (program, _, y, _, _) = Self.threeItems()
        let whole = [1.0, 1, 0, 0.5]
        let restricted = try #require(try RestrictedProgram(program, keeping: { $0 != y }, at: whole))
        #expect(restricted.restricting(whole) == [1, 0, 0.5])
        #expect(restricted.expanding([0, 1, 0.25]) == [0, 1, 1, 0.25])
    }

    /// Integer values of the fixing point are rounded, as a solver's near-integral values would be.
    @Test func fixedIntegersAreRounded() throws {
        let (program, x, y, z, _) = Self.threeItems()
        let restricted = try #require(try RestrictedProgram(program, keeping: { ![x, y, z].contains($0) }, at: [0.9999999, 1.0000001, 1e-9, 0]))
        #expect(restricted.expanding([0.5]) == [1, 1, 0, 0.5])
        // y + z − w ≤ 1 with y = 1, z = 0 exactly: −w ≤ 0.
        #expect(restricted.program.constraints.first { $0.name == "pair" }?.upper == 0)
        #expect(restricted.objectiveOffset == 5)
    }

    /// Rows left without variables are checked and dropped; one that the fixed values break makes
    /// every point of the restriction infeasible.
    @Test(arguments: [([0.0, 1, 1, 0], true), ([1.0, 1, 0, 0], true), ([1.0, 0, 1, 0], false), ([0.0, 0, 1, 0], false)])
    func rowsWithoutFreeVariables(fixing point: [Double], holds: Bool) throws {
        let (program, _, _, _, w) = Self.threeItems()
        let restricted = try RestrictedProgram(program, keeping: { $0 == w }, at: point)
        #expect((restricted != nil) == holds)
        if let restricted { #expect(restricted.program.constraints.map(\.name) == ["pair"]) }
    }

    /// The objective's fixed part is reported, so that a bound on the whole objective can be moved
    /// to the restricted one: x fixed at 1 contributes 3.
    @Test func theFixedPartOfTheObjectiveIsKept() throws {
        let (program, x, _, _, _) = Self.threeItems()
        let restricted = try #require(try RestrictedProgram(program, keeping: { $0 != x }, at: [1, 0, 0, 0]))
        #expect(restricted.objectiveOffset == 3)
        // The whole optimum with x = 1 is 5 (y = 1): the restricted optimum is 5 − 3.
        let outcome = try GLPKProblem(restricted.program).solve(SolveOptions(timeLimitSeconds: 5), progress: nil)
        #expect(outcome.objective == 2)
    }

    /// A fixed continuous value may sit within the feasibility tolerance of its bound, not beyond it.
    @Test(arguments: [(1 + 1e-7, true), (1 + 1e-3, false), (-1e-3, false)])
    func fixedValuesKeepTheirBounds(w: Double, holds: Bool) throws {
        let (program, _, y, _, _) = Self.threeItems()
        let restricted = try RestrictedProgram(program, keeping: { $0 == y }, at: [1, 1, 0, w])
        #expect((restricted != nil) == holds)
    }

    @Test func aPointOrRowThatDoesNotFitIsADefect() {
        let (program, _, _, _, _) = Self.threeItems()
        #expect(throws: ModelDefect.self) { try RestrictedProgram(program, keeping: { _ in true }, at: [0, 0]) }
        let stray = Constraint(name: "stray", terms: [Term(1, Variable(9))], upper: 1)
        #expect(throws: ModelDefect.self) { try RestrictedProgram(program, keeping: { _ in true }, at: [0, 0, 0, 0], extraRows: [stray]) }
    }

    @Test func extraRowsJoinTheRestriction() throws {
        let (program, x, _, _, _) = Self.threeItems()
        let extra = Constraint(name: "not_both", terms: [Term(1, x), Term(1, Variable(1))], upper: 1)
        let restricted = try #require(try RestrictedProgram(program, keeping: { $0 != x }, at: [1, 0, 0, 0], extraRows: [extra]))
        #expect(restricted.program.constraints.last == Constraint(name: "not_both", terms: [Term(1, Variable(0))], upper: 0))
        #expect(try RestrictedProgram(program, keeping: { _ in false }, at: [1, 1, 0, 0], extraRows: [extra]) == nil)
    }

    /// GLPK on the restriction finds the whole program's optimum with x fixed at 0: y = z = 1, which
    /// needs w = 1 (cost 9), where the whole program's best is x = y = 1 (cost 5).
    @Test func solvingTheRestrictionSolvesTheFixedProgram() throws {
        let (program, x, _, _, _) = Self.threeItems()
        let restricted = try #require(try RestrictedProgram(program, keeping: { $0 != x }, at: [0, 0, 0, 0]))
        let outcome = try GLPKProblem(restricted.program).solve(SolveOptions(timeLimitSeconds: 5), progress: nil)
        #expect(outcome.termination == .optimal)
        let values = try #require(outcome.values)
        #expect(restricted.expanding(values).map { $0.rounded() } == [0, 1, 1, 1])
        #expect(outcome.objective == 9)
        let whole = try GLPKProblem(program).solve(SolveOptions(timeLimitSeconds: 5), progress: nil)
        #expect(whole.objective == 5)
    }
}
