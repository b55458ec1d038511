import HotlineDomain
import Testing
@testable import PlanReading

@Suite struct BalanceTests {
    private let header = "municipality;owed_hours;after_week\n"

    @Test func balanceIsRead() throws {
        let plan = try PlanFixture(["balance.csv": header + "aarhus;12,5;2026-W48\nodense;-3;2026-W48\n"]).read().plan
        #expect(plan.owedHours == ["aarhus": 12.5, "odense": -3])
        #expect(plan.balanceAfterWeek == IsoWeek("2026-W48"))
    }

    @Test func headerOnlyBalanceIsEmpty() throws {
        let plan = try PlanFixture(["balance.csv": header]).read().plan
        #expect(plan.owedHours.isEmpty)
        #expect(plan.balanceAfterWeek == nil)
    }

    @Test func balanceMustFollowTheWeekBefore() throws {
        let fixture = PlanFixture(["balance.csv": header + "aarhus;1;2026-W40\nodense;2;2026-W40\n"])
        #expect(fixture.errors().map(\.description) == [
            "balance.csv:2: after_week: balance is after 2026-W40, expected after 2026-W48 (the week before the planned week); use --force to accept it",
        ])
        let forced = try fixture.read(ReadOptions(acceptAnyBalanceWeek: true)).plan
        #expect(forced.balanceAfterWeek == IsoWeek("2026-W40"))
        #expect(forced.owedHours["odense"] == 2)
    }

    @Test func weekBeforeTheFirstWeekIsInThePreviousYear() throws {
        let fixture = PlanFixture([
            "hotline.yaml": "week: 2027-W01\nopening_hours: {mon: 08:00-12:00, tue: 08:00-12:00}\n",
            "balance.csv": header + "aarhus;1;2026-W53\n",
        ])
        #expect(try fixture.read().plan.balanceAfterWeek == IsoWeek("2026-W53"))
    }

    @Test(arguments: [
        ("arhus;1;2026-W48", "municipality", "\"arhus\" is not a municipality id in municipalities.csv, did you mean `aarhus`? expected one of its ids"),
        ("aarhus;2;2026-W48", "municipality", "aarhus appears again (first on line 2), expected each municipality at most once"),
        ("odense;lots;2026-W48", "owed_hours", "\"lots\" is not a number, expected hours (negative when others owe it) such as 12 or 7,5"),
        ("odense;inf;2026-W48", "owed_hours", "\"inf\" is not a number"),
        ("odense;1;2026-48", "after_week", "\"2026-48\" is not an ISO week, expected the week the balance was carried from, such as 2026-W48"),
        ("odense;1;2026-W47", "after_week", "2026-W47 differs from 2026-W48 on line 2, expected the same week on every row"),
    ])
    func badRows(row: String, field: String, text: String) {
        let errors = PlanFixture(["balance.csv": header + "aarhus;1;2026-W48\n" + row + "\n"]).errors()
        #expect(errors.count == 1, "\(errors)")
        expectDiagnostic(errors, file: "balance.csv", line: 3, field: field, text)
    }
}
