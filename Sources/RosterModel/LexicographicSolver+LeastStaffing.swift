import HotlineDomain
import LinearModel

extension LexicographicSolver {
    /// The roster with the fewest agent-slots H that GLPK finds one day at a time: every other day's
    /// shifts fixed, objective H, coverage and every earlier stage kept by the solver's rows. Where
    /// single changes stall (a slot staffed beyond its need in the middle of several shifts), a day's
    /// sub-program restructures all its shifts at once. Stops at `lowest`, after a round of days
    /// without gain, or at `ends`; leaves the solver's shift bounds released and its objective H.
    func leastStaffingByDay(
        from chosen: Set<Int>, lowest: Int, solver: any MixedIntegerSolver, clock: SolveClock, ends: Double, stop: StopRequest?
    ) throws(ModelDefect) -> Set<Int> {
        let days = Weekday.allCases.filter { day in model.catalog.shifts.contains { $0.day == day } }
        guard !days.isEmpty else { return chosen }
        try solver.setObjective([Term(1, model.totalHours)])
        var current = chosen
        var total = model.municipalitySlots(of: current).reduce(0, +)
        var withoutGain = 0
        var step = 0
        while withoutGain < days.count, total > lowest, clock.elapsed < ends, stop?.isRequested != true {
            let day = days[step % days.count]
            step += 1
            let start = model.completePoint(chosen: current)
            try solver.setBounds(model.fixing(allButDays: [day], at: start))
            let outcome = solver.solve(
                SolveOptions(timeLimitSeconds: max(0.1, min(ends - clock.elapsed, 5)),
                             knownLowerBound: Double(lowest) * model.slotHours, start: start, stop: stop),
                progress: nil)
            if let values = outcome.values {
                let found = model.chosenShifts(at: values)
                let foundTotal = model.municipalitySlots(of: found).reduce(0, +)
                if foundTotal < total {
                    current = found
                    total = foundTotal
                    withoutGain = 0
                    continue
                }
            }
            withoutGain += 1
        }
        try solver.setBounds(model.releasingAll)
        return current
    }
}
