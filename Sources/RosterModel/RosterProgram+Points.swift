import HotlineDomain
import LinearModel

/// Reading a point of the program per municipality, and the variable bounds the search changes.
extension RosterProgram {
    /// owed_after per municipality at a point.
    func signedDebts(at point: [Double]) -> [Double] {
        let total = point[totalHours.index]
        return municipalityHours.indices.map { m in owed[m] + shares[m] * total - point[municipalityHours[m].index] }
    }

    /// Municipalities with an agent short of the contracted minimum at a point.
    func municipalitiesWithContractShortfall(at point: [Double]) -> [Int] {
        var result = Set<Int>()
        for (agent, variable) in contractShort where point[variable.index] > 1e-9 {
            if let shift = catalog.byAgentDay[agent].values.first(where: { !$0.isEmpty })?.first,
               let m = municipalityOfShift[shift] {
                result.insert(m)
            }
        }
        return result.sorted()
    }

    /// Bounds that fix every shift outside the free municipalities at its value in `point`.
    func fixing(allBut free: Set<Int>, at point: [Double]) -> [(variable: Variable, lower: Double, upper: Double)] {
        fixing(at: point) { index in municipalityOfShift[index].map(free.contains) ?? false }
    }

    /// Bounds that fix every shift not on one of the free days at its value in `point`.
    func fixing(allButDays free: Set<Weekday>, at point: [Double]) -> [(variable: Variable, lower: Double, upper: Double)] {
        fixing(at: point) { index in free.contains(catalog.shifts[index].day) }
    }

    /// Frees the shifts `isFree` picks (0…1) and fixes every other at its value in `point`.
    private func fixing(at point: [Double], freeing isFree: (Int) -> Bool) -> [(variable: Variable, lower: Double, upper: Double)] {
        shift.indices.map { index in
            let variable = shift[index]
            if isFree(index) { return (variable, 0, 1) }
            let value = point[variable.index] > 0.5 ? 1.0 : 0.0
            return (variable, value, value)
        }
    }

    /// Slots rostered per municipality by a set of shifts.
    func municipalitySlots(of chosen: Set<Int>) -> [Int] {
        var slots = Array(repeating: 0, count: municipalityHours.count)
        for index in chosen {
            if let m = municipalityOfShift[index] { slots[m] += catalog.shifts[index].length }
        }
        return slots
    }

    /// Bounds that fix every municipality's hours (and so the total) at the given slot counts.
    func pinningHours(to slots: [Int]) -> [(variable: Variable, lower: Double, upper: Double)] {
        let hours = slots.map { Double($0) * slotHours }
        return municipalityHours.indices.map { (municipalityHours[$0], hours[$0], hours[$0]) }
            + [(totalHours, hours.reduce(0, +), hours.reduce(0, +))]
    }

    /// Bounds that keep the total H (in slots) within `window`, municipality totals free.
    func holdingTotal(within window: ClosedRange<Int>) -> [(variable: Variable, lower: Double, upper: Double)] {
        [(totalHours, Double(window.lowerBound) * slotHours, Double(window.upperBound) * slotHours)]
    }

    /// Bounds that free the hour totals again.
    var releasingHours: [(variable: Variable, lower: Double, upper: Double)] {
        municipalityHours.map { ($0, 0, Double.infinity) } + [(totalHours, 0, Double.infinity)]
    }

    /// Bounds that free every shift again.
    var releasingAll: [(variable: Variable, lower: Double, upper: Double)] {
        shift.map { ($0, 0, 1) }
    }
}

extension RosterProgram {
    /// Agent-slots each slot must keep when a roster is changed without losing coverage: its
    /// requirement (and the floor), or what it has now where that is less.
    func keptNeed(of chosen: Set<Int>) -> [Int] {
        var staffed = Array(repeating: 0, count: requirement.count)
        for index in chosen {
            let shift = catalog.shifts[index]
            for slot in shift.slots { staffed[slot] += 1 }
        }
        return staffed.indices.map { min(staffed[$0], max(requirement[$0], minAgents)) }
    }
}
