import HotlineDomain
import Testing
@testable import Staffing

struct StaffingReportTests {
    /// The whole report for the two-municipality fixture, pinned byte for byte: the CLI prints it
    /// as is, so any layout change should be deliberate.
    @Test func reportForTwoMunicipalities() throws {
        let plan = try Fixtures.plan(calls: StaffingPlanTests.twoMunicipalities)
        let expected = """
            Staffing requirement, week 2026-W49 (pooled line, Erlang C)
            Slots of 30 min; handle time 180 s; target 80.0 % answered within 20 s; shrinkage 15.0 %; at least 2 agent(s) per slot

            Date        Day  Start  End        Calls    Traffic   On line  Required
            -----------------------------------------------------------------------
            2026-11-30  mon  08:00  08:30      100.0      10.00        14        17
            2026-11-30  mon  08:30  09:00      100.0      10.00        14        17
            2026-11-30  mon  09:00  09:30        0.0       0.00         0         2
            2026-11-30  mon  09:30  10:00       15.0       1.50         4         5
            -----------------------------------------------------------------------
            Total                              215.0                   32        41

            Open slots: 4; required agent-slots: 41 (20.5 agent-hours)

            Pooling gain (agent-slots)
              Each municipality on its own line:  50
              One shared line:                    41
              Saved by sharing:                    9 (18.0 %)

            """
        #expect(staffingReport(plan: plan) == expected)
    }

    @Test func reportIsDeterministic() throws {
        // Dictionary order of the forecasts must not leak into the text.
        let first = staffingReport(plan: try Fixtures.plan(calls: StaffingPlanTests.twoMunicipalities))
        let second = staffingReport(plan: try Fixtures.plan(calls: ["billund": [50, 0, 0, 5], "aabenraa": [50, 100, 0, 10]]))
        #expect(first == second)
    }

    @Test func fractionalCallsAreRoundedInTheTable() throws {
        let plan = try Fixtures.plan(calls: ["aabenraa": [12.25, 0.04, 7.5, 3.333]])
        let report = staffingReport(plan: plan)
        // Calls with one decimal, traffic (12.25·180/1800 = 1.225) with two.
        #expect(report.contains("2026-11-30  mon  08:00  08:30       12.3       1.23         3         4\n"))
        #expect(report.contains("2026-11-30  mon  09:30  10:00        3.3       0.33         2         3\n"))
        #expect(report.contains("Total                               23.1                    8        12\n"))
    }
}

struct TextFormattingTests {
    @Test(arguments: [
        (0.0, 1, "0.0"), (15.0, 1, "15.0"), (1.5, 2, "1.50"), (10.0, 2, "10.00"), (0.05, 1, "0.1"),
        (2.25, 1, "2.3"), (-1.25, 1, "-1.3"), (-0.04, 1, "0.0"), (1234.5678, 2, "1234.57"), (7.0, 0, "7"),
        (0.005, 2, "0.01"), (0.004, 2, "0.00"),
    ])
    func fixedDecimals(value: Double, decimals: Int, expected: String) {
        #expect(TextFormatting.fixed(value, decimals: decimals) == expected)
    }

    @Test func nonFiniteValuesAreSpelledOut() {
        #expect(TextFormatting.fixed(.nan, decimals: 1) == "nan")
        #expect(TextFormatting.fixed(.infinity, decimals: 1) == "inf")
    }
}
