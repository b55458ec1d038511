import HotlineDomain
import LinearModel
@testable import RosterModel
import Testing

/// Two-day weeks in 1-hour slots for the searches' hand-computed cases, and what those tests ask of a roster.
enum TwoDayPlans {
    /// Availability from 08:00 on Monday and on Tuesday, until the given times.
    static func mondayTuesday(until mondayEnd: String, _ tuesdayEnd: String) -> (monday: [Weekday: [TimeWindow]], tuesday: [Weekday: [TimeWindow]]) {
        ([.mon: [SmallPlans.window("08:00", mondayEnd)]], [.tue: [SmallPlans.window("08:00", tuesdayEnd)]])
    }

    /// A Monday-and-Tuesday week open when `monday` and `tuesday` say, 1-hour slots, no floor, no calls.
    static func twoDayPlan(
        monday: [Weekday: [TimeWindow]], tuesday: [Weekday: [TimeWindow]], minShift: Double, maxShift: Double,
        municipalities: [(id: String, population: Int)] = [("north", 1000), ("south", 1000)], owed: [String: Double] = [:], agents: [Agent]
    ) -> Plan {
        let slots = [monday, tuesday].flatMap { $0.values.flatMap { $0 } }.reduce(0) { $0 + ($1.end.minutes - $1.start.minutes) / 60 }
        return Plan(
            settings: SmallPlans.settings(opening: monday.merging(tuesday) { $1 }, minAgents: 0, minShift: minShift, maxShift: maxShift),
            municipalities: municipalities.map { SmallPlans.municipality($0.id, population: $0.population) },
            agents: agents,
            callsByMunicipality: Dictionary(uniqueKeysWithValues: municipalities.map { ($0.id, Array(repeating: 0.0, count: slots)) }),
            owedHours: owed, balanceAfterWeek: nil)
    }

    /// Hours below the contracted minimums in `chosen`.
    static func contractShortfall(_ chosen: Set<Int>, model: RosterProgram) -> Double {
        MixedIntegerProgram.evaluate(model.objective(.contracts), at: model.completePoint(chosen: chosen))
    }

    /// The index of `id`'s candidate shift starting at slot `first` with `length` slots.
    static func shift(_ id: String, first: Int, length: Int, plan: Plan, model: RosterProgram) throws -> Int {
        let shifts = model.catalog.shifts
        let agent = try #require(plan.agents.firstIndex { $0.id == id })
        return try #require(shifts.indices.first { shifts[$0].agent == agent && shifts[$0].firstSlot == first && shifts[$0].length == length })
    }
}

/// Monday and Tuesday 08–11, one agent-slot an hour, every shift exactly 3 h (08–11: slot 0 on
/// Monday, slot 3 on Tuesday), north and south equally large with 3 h each (debts 0). North's n1,
/// contracted 3 h and free only on Tuesday, works nothing; south's s2 works Tuesday and north's n2
/// Monday; south's s1, free on Monday, exists only `withMondayCover`. n1 reaches its minimum only if
/// it takes s2's shift while n2 hands Monday's to s1: a chain of two hand-overs.
struct HandOverWeek {
    let plan: Plan
    let model: RosterProgram
    let start: Set<Int>
    let need = Array(repeating: 1, count: 6)

    /// `minimums` (hours) replace n1's 3 h and give the others theirs.
    init(withMondayCover: Bool = true, minimums: [String: Double] = ["n1": 3]) throws {
        let (monday, tuesday) = TwoDayPlans.mondayTuesday(until: "11:00", "11:00")
        let windows = ["n1": tuesday, "n2": monday, "s1": monday, "s2": tuesday]
        let agents = ["n1", "n2", "s1", "s2"].filter { withMondayCover || $0 != "s1" }.map { id in
            SmallPlans.agent(id.hasPrefix("n") ? "north" : "south", id, max: 8, min: minimums[id] ?? 0, windows: windows[id] ?? [:])
        }
        plan = TwoDayPlans.twoDayPlan(monday: monday, tuesday: tuesday, minShift: 3, maxShift: 3, agents: agents)
        model = RosterProgram(plan: plan, requirement: need)
        start = [try TwoDayPlans.shift("n2", first: 0, length: 3, plan: plan, model: model),
                 try TwoDayPlans.shift("s2", first: 3, length: 3, plan: plan, model: model)]
    }

    /// `id`'s 3 h shift starting at slot `first`.
    func shift(_ id: String, first: Int) throws -> Int {
        try TwoDayPlans.shift(id, first: first, length: 3, plan: plan, model: model)
    }
}
