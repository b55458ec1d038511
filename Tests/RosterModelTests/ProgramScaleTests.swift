@testable import RosterModel
import Testing

/// The size classes that decide which steps run: GLPK everywhere, GLPK for the largest debt only
/// (the national week, 1.05 M nonzeros), or the Swift steps alone (the 3,000-agent week, 19.6 M).
struct ProgramScaleTests {
    @Test(arguments: [
        (0, ProgramScale.small), (118_123, .small), (500_000, .small),
        (500_001, .slowRelaxation), (1_046_000, .slowRelaxation), (5_000_000, .slowRelaxation),
        (5_000_001, .beyondGLPK), (19_617_344, .beyondGLPK),
    ])
    func sizeDecidesTheScale(nonzeros: Int, expected: ProgramScale) {
        #expect(ProgramScale(nonzeros: nonzeros) == expected)
    }
}
