import HotlineDomain
import LinearModel

/// The shift-assignment integer program of one plan, with handles to its variables.
///
/// Shift choices are the only integer variables (binary, so GLPK's feasibility pump applies);
/// shortfalls, surpluses, hour totals and debts are continuous and take integral or slot-grid values
/// at any integer point anyway.
public struct RosterProgram: Sendable {
    public private(set) var program = MixedIntegerProgram()
    public let catalog: ShiftCatalog
    /// One per candidate shift.
    let shift: [Variable]
    /// Agent-slots below the floor, per slot.
    let floorShort: [Variable]
    /// Agent-slots below the requirement, per slot.
    let serviceShort: [Variable]
    /// Agent-slots above the requirement, per slot.
    let surplus: [Variable]
    /// Rostered hours per municipality (aligned with `Plan.municipalities`), and in total.
    let municipalityHours: [Variable]
    let totalHours: Variable
    /// |owed_after_m| per municipality, and the largest of them.
    let debt: [Variable]
    let largestDebt: Variable
    /// How far each debt exceeds a target level; rows tie them to `debt` only when a search adds them.
    let debtExcess: [Variable]
    /// owed_after² per municipality, for `fairness_spread` (empty when the priorities leave it out, so
    /// that v1 programs stay as they were). Tied to the debts only by tangent rows (`spreadCuts`),
    /// which under-estimate a square: the LP gives a lower bound, and a point completed from shift
    /// choices holds the exact square.
    let spread: [Variable]
    /// Hours short of the contracted minimum, for agents that have one.
    let contractShort: [Int: Variable]
    /// Municipality (index into `Plan.municipalities`) of each candidate shift's agent.
    let municipalityOfShift: [Int?]

    let reachable: ReachableHours
    let slotHours: Double
    let shares: [Double]
    let owed: [Double]
    let requirement: [Int]
    let minAgents: Int

    public init(plan: Plan, requirement: [Int]) {
        let catalog = ShiftCatalog(plan: plan)
        self.catalog = catalog
        self.requirement = requirement
        let slotHours = plan.settings.slotHours
        self.slotHours = slotHours
        let minAgents = plan.settings.staffing.minAgents
        self.minAgents = minAgents
        let shareTable = plan.shares
        let shares = plan.municipalities.map { shareTable[$0.id] ?? 0 }
        let owed = plan.municipalities.map { plan.owedHours[$0.id] ?? 0 }
        self.shares = shares
        self.owed = owed
        var program = MixedIntegerProgram()

        let shift = catalog.shifts.map { candidate in
            program.addVariable(
                "x_a\(candidate.agent)_\(candidate.day.code)_s\(candidate.firstSlot)_l\(candidate.length)", kind: .binary)
        }
        self.shift = shift

        // Coverage: staffed(t) = Σ shifts covering t.
        var covering = Array(repeating: [Term](), count: plan.slots.count)
        for (index, candidate) in catalog.shifts.enumerated() {
            for slot in candidate.slots {
                covering[slot].append(Term(1, shift[index]))
            }
        }
        var floorShort: [Variable] = []
        var serviceShort: [Variable] = []
        var surplus: [Variable] = []
        for slot in plan.slots.indices {
            let need = requirement[slot]
            let f = program.addVariable("floor_short_t\(slot)", upper: Double(minAgents))
            let u = program.addVariable("service_short_t\(slot)", upper: Double(need))
            let o = program.addVariable("surplus_t\(slot)")
            program.addConstraint("floor_t\(slot)", covering[slot] + [Term(1, f)], lower: Double(minAgents))
            program.addConstraint("service_t\(slot)", covering[slot] + [Term(1, u)], lower: Double(need))
            program.addConstraint("surplus_t\(slot)", covering[slot] + [Term(-1, o)], upper: Double(need))
            floorShort.append(f)
            serviceShort.append(u)
            surplus.append(o)
        }
        self.floorShort = floorShort
        self.serviceShort = serviceShort
        self.surplus = surplus

        // Hours per municipality and in total.
        let municipalityIndex = Dictionary(uniqueKeysWithValues: plan.municipalities.enumerated().map { ($1.id, $0) })
        var hoursTerms = Array(repeating: [Term](), count: plan.municipalities.count)
        let municipalityOfShift = catalog.shifts.map { municipalityIndex[plan.agents[$0.agent].municipality] }
        self.municipalityOfShift = municipalityOfShift
        for (index, candidate) in catalog.shifts.enumerated() {
            guard let m = municipalityOfShift[index] else { continue }
            hoursTerms[m].append(Term(Double(candidate.length) * slotHours, shift[index]))
        }
        let municipalityHours = plan.municipalities.map { program.addVariable("hours_\($0.id)") }
        self.municipalityHours = municipalityHours
        let totalHours = program.addVariable("total_hours")
        self.totalHours = totalHours
        for m in plan.municipalities.indices {
            program.addConstraint("hours_\(plan.municipalities[m].id)", hoursTerms[m] + [Term(-1, municipalityHours[m])], lower: 0, upper: 0)
        }
        program.addConstraint("total_hours", municipalityHours.map { Term(1, $0) } + [Term(-1, totalHours)], lower: 0, upper: 0)

        // Debts: owed_after = owed + share·H − hours; debt ≥ |owed_after|; largest ≥ every debt.
        let largestDebt = program.addVariable("largest_debt")
        self.largestDebt = largestDebt
        debt = plan.municipalities.indices.map { m in
            let d = program.addVariable("debt_\(plan.municipalities[m].id)")
            let id = plan.municipalities[m].id
            program.addConstraint("debt_pos_\(id)", [Term(1, d), Term(-shares[m], totalHours), Term(1, municipalityHours[m])], lower: owed[m])
            program.addConstraint("debt_neg_\(id)", [Term(1, d), Term(shares[m], totalHours), Term(-1, municipalityHours[m])], lower: -owed[m])
            program.addConstraint("largest_debt_\(id)", [Term(1, largestDebt), Term(-1, d)], lower: 0)
            return d
        }

        debtExcess = plan.municipalities.map { program.addVariable("debt_excess_\($0.id)") }
        let spreads = plan.settings.priorities.contains { $0.objective == .fairnessSpread }
        spread = spreads ? plan.municipalities.map { program.addVariable("spread_\($0.id)") } : []

        // Agents: one shift a day, weekly hours, days worked, rest, contracted minimum.
        var contractShort: [Int: Variable] = [:]
        let slotMinutes = plan.settings.slotMinutes
        for (a, agent) in plan.agents.enumerated() {
            let perDay = catalog.byAgentDay[a]
            let all = perDay.values.flatMap { $0 }
            guard !all.isEmpty || agent.minHours > 0 else { continue }
            for day in Weekday.allCases {
                guard let onDay = perDay[day], onDay.count > 1 else { continue }
                program.addConstraint("one_shift_a\(a)_\(day.code)", onDay.map { Term(1, shift[$0]) }, upper: 1)
            }
            let weeklySlots = (agent.maxHours * 60 / Double(slotMinutes) + 1e-9).rounded(.down)
            let longestWeek = Weekday.allCases.reduce(0) { total, day in
                total + (perDay[day]?.map { catalog.shifts[$0].length }.max() ?? 0)
            }
            if Double(longestWeek) > weeklySlots {
                program.addConstraint("max_hours_a\(a)", all.map { Term(Double(catalog.shifts[$0].length), shift[$0]) }, upper: weeklySlots)
            }
            let workableDays = perDay.values.filter { !$0.isEmpty }.count
            if agent.maxDays < workableDays {
                program.addConstraint("max_days_a\(a)", all.map { Term(1, shift[$0]) }, upper: Double(agent.maxDays))
            }
            Self.addRestRows(&program, agent: a, perDay: perDay, catalog: catalog, shift: shift,
                             minRestMinutes: Int((plan.settings.shifts.minRestHours * 60).rounded()))
            if agent.minHours > 0 {
                let c = program.addVariable("contract_short_a\(a)", upper: agent.minHours)
                program.addConstraint(
                    "contract_a\(a)",
                    all.map { Term(Double(catalog.shifts[$0].length) * slotHours, shift[$0]) } + [Term(1, c)],
                    lower: agent.minHours)
                contractShort[a] = c
            }
        }
        self.contractShort = contractShort
        self.program = program
        reachable = ReachableHours(plan: plan, catalog: catalog)
    }

    /// Rest between shifts on different days: for every end time E on an earlier day, the shifts
    /// ending at or after E and the later day's shifts starting before E + rest exclude each other.
    private static func addRestRows(
        _ program: inout MixedIntegerProgram, agent: Int, perDay: [Weekday: [Int]], catalog: ShiftCatalog,
        shift: [Variable], minRestMinutes: Int
    ) {
        guard minRestMinutes > 0 else { return }
        for early in Weekday.allCases {
            guard let earlyShifts = perDay[early], !earlyShifts.isEmpty else { continue }
            for late in Weekday.allCases where late > early {
                guard let lateShifts = perDay[late], !lateShifts.isEmpty else { continue }
                let dayOffset = (late.rawValue - early.rawValue) * 1440
                let ends = Set(earlyShifts.map { catalog.shifts[$0].end.minutes }).sorted()
                var previousLateCount = -1
                for end in ends {
                    let earlySide = earlyShifts.filter { catalog.shifts[$0].end.minutes >= end }
                    let lateSide = lateShifts.filter { catalog.shifts[$0].start.minutes + dayOffset < end + minRestMinutes }
                    // A later end time whose late side is unchanged gives a row implied by this one.
                    guard !lateSide.isEmpty, lateSide.count != previousLateCount else { continue }
                    previousLateCount = lateSide.count
                    program.addConstraint(
                        "rest_a\(agent)_\(early.code)_\(late.code)_e\(end)",
                        (earlySide + lateSide).map { Term(1, shift[$0]) }, upper: 1)
                }
            }
        }
    }

    /// Rows making `debtExcess[m]` ≥ debt_m − level, so that Σ excess measures how far a roster is
    /// from keeping every debt within `level`.
    func excessRows(level: Double) -> [Constraint] {
        debt.indices.map { m in
            Constraint(name: "debt_excess_\(m)_\(Int(level * 1e6))", terms: [Term(1, debtExcess[m]), Term(-1, debt[m])], lower: -level)
        }
    }

    var excessObjective: [Term] { debtExcess.map { Term(1, $0) } }

    /// Tangent rows spread_m ≥ 2b·owed_after_m − b² at breakpoints b spaced `spacing` hours apart
    /// within ±`reach` hours (and ±2·reach, ±4·reach beyond, coarser): every row holds at the exact
    /// square, so no roster is cut off; between breakpoints the rows under-estimate a square by at most
    /// spacing²/4.
    func spreadCuts(reach: Double, spacing: Double) -> [Constraint] {
        guard !spread.isEmpty, reach > 0, spacing > 0 else { return [] }
        let steps = Int((reach / spacing).rounded(.up))
        // b = 0 gives spread ≥ 0, the variable's own bound.
        var points = (-steps...steps).filter { $0 != 0 }.map { Double($0) * spacing }
        points += [-4 * reach, -2 * reach, 2 * reach, 4 * reach]
        return spread.indices.flatMap { m in
            points.map { b in
                // owed_after = owed + share·H − hours: spread − 2b·share·H + 2b·hours ≥ 2b·owed − b².
                Constraint(
                    name: "spread_cut_\(m)_\(Int((b * 1e4).rounded()))",
                    terms: [Term(1, spread[m]), Term(-2 * b * shares[m], totalHours), Term(2 * b, municipalityHours[m])],
                    lower: 2 * b * owed[m] - b * b)
            }
        }
    }

    /// Combinatorial fairness bounds from what each municipality's agents can reach.
    var fairnessBound: FairnessBound {
        FairnessBound(reachable: reachable.reachable, shares: shares, owed: owed, slotHours: slotHours)
    }

    /// The objective of a stage as a linear expression.
    func objective(_ stage: Stage) -> [Term] {
        switch stage {
        case .floor: floorShort.map { Term(1, $0) }
        case .service: serviceShort.map { Term(1, $0) }
        case .fairnessMax: [Term(1, largestDebt)]
        case .fairnessSum: debt.map { Term(1, $0) }
        case .fairnessSpread: spread.map { Term(1, $0) }
        case .contracts: contractShort.keys.sorted().compactMap { contractShort[$0].map { Term(1, $0) } }
        case .economy: surplus.map { Term(1, $0) }
        }
    }
}
