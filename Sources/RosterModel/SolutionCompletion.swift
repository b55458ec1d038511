import LinearModel

extension RosterProgram {
    /// A full point of the program from shift choices alone: every other variable at the smallest
    /// value its rows allow, which is what any stage objective wants. Used to hand a roster to the
    /// solver as a starting incumbent.
    func completePoint(chosen: Set<Int>, excessLevel: Double = 0) -> [Double] {
        var values = Array(repeating: 0.0, count: program.variables.count)
        var staffed = Array(repeating: 0, count: requirement.count)
        var hours = Array(repeating: 0.0, count: municipalityHours.count)
        var agentHours: [Int: Double] = [:]
        for index in chosen {
            values[shift[index].index] = 1
            let candidate = catalog.shifts[index]
            for slot in candidate.slots {
                staffed[slot] += 1
            }
            agentHours[candidate.agent, default: 0] += Double(candidate.length) * slotHours
        }
        for (index, variable) in shift.enumerated() where values[variable.index] == 1 {
            if let m = municipalityOfShift[index] {
                hours[m] += Double(catalog.shifts[index].length) * slotHours
            }
        }
        for slot in staffed.indices {
            values[floorShort[slot].index] = Double(max(0, minAgents - staffed[slot]))
            values[serviceShort[slot].index] = Double(max(0, requirement[slot] - staffed[slot]))
            values[surplus[slot].index] = Double(max(0, staffed[slot] - requirement[slot]))
        }
        let total = hours.reduce(0, +)
        values[totalHours.index] = total
        var largest = 0.0
        for m in hours.indices {
            values[municipalityHours[m].index] = hours[m]
            let owedAfter = owed[m] + shares[m] * total - hours[m]
            values[debt[m].index] = abs(owedAfter)
            largest = max(largest, abs(owedAfter))
        }
        values[largestDebt.index] = largest
        for m in spread.indices {
            let owedAfter = owed[m] + shares[m] * total - hours[m]
            values[spread[m].index] = owedAfter * owedAfter
        }
        for m in debtExcess.indices {
            values[debtExcess[m].index] = max(0, values[debt[m].index] - excessLevel)
        }
        for (agent, variable) in contractShort {
            values[variable.index] = max(0, program.variables[variable.index].upper - (agentHours[agent] ?? 0))
        }
        return values
    }

    /// The shifts chosen at a point of the program.
    func chosenShifts(at values: [Double]) -> Set<Int> {
        Set(shift.indices.filter { values[shift[$0].index] > 0.5 })
    }
}
