import Foundation
import HotlineDomain
import Yams

/// `fairness.basis` and `priorities`.
enum PrioritySettings {
    static func read(_ entries: [String: YAMLEntry], into draft: inout SettingsDraft, reading: inout YAMLReading) {
        draft.fairnessBasis = fairnessBasis(entries["fairness"], reading: &reading)
        draft.priorities = priorities(entries["priorities"], reading: &reading)
    }

    private static func fairnessBasis(_ entry: YAMLEntry?, reading: inout YAMLReading) -> FairnessBasis? {
        guard let entry else { return SettingsDefaults.fairnessBasis }
        guard let keys = reading.entries(of: entry.value, path: entry.path, line: entry.line, allowed: ["basis"]) else { return nil }
        guard let basisEntry = keys["basis"] else { return SettingsDefaults.fairnessBasis }
        let names = FairnessBasis.allCases.map(\.rawValue)
        guard let text = reading.text(basisEntry, expected: "demand, population or weight") else { return nil }
        guard let basis = FairnessBasis(rawValue: text) else {
            let suggestion = Suggestion.didYouMean(text, among: names)
            reading.error(basisEntry.line, basisEntry.path, "\"\(text)\" is not a fairness basis, \(suggestion)expected demand, population or weight")
            return nil
        }
        return basis
    }

    private static func priorities(_ entry: YAMLEntry?, reading: inout YAMLReading) -> [Priority]? {
        guard let entry else { return SettingsDefaults.priorities }
        let names = PriorityObjective.allCases.map(\.rawValue)
        let expected = "a list of stages, most important first, each a name (\(names.joined(separator: ", "))) "
            + "or a one-key mapping of a name to its tolerance, e.g. [floor, service, economy: 5%, fairness_max, contracts, economy]"
        guard case .sequence(let sequence) = entry.value else {
            reading.error(entry.line, entry.path, "is \(YAMLReading.describe(entry.value)), expected \(expected)")
            return nil
        }
        var order: [Priority] = []
        var lines: [Int?] = []
        var valid = true
        for item in sequence {
            let line = item.mark?.line ?? entry.line
            guard let priority = priority(item, line: line, path: entry.path, expected: expected, reading: &reading) else {
                valid = false
                continue
            }
            order.append(priority)
            lines.append(line)
        }
        if order.isEmpty, valid {
            reading.error(entry.line, entry.path, "is an empty list, expected \(expected)")
            return nil
        }
        // A misspelt entry would also show up as a missing stage: that is said once, by the entry.
        let readWhole = valid
        var counts: [String: Int] = [:]
        for (priority, line) in zip(order, lines) {
            for stage in priority.objective.stageNames {
                counts[stage, default: 0] += 1
                if counts[stage] == 3 {
                    reading.error(line, entry.path, "\(stage) is listed a third time, expected each stage at most twice "
                        + "(e.g. economy with a tolerance early and again last)")
                    valid = false
                }
            }
        }
        let required: [PriorityObjective] = [.floor, .service, .fairnessMax, .contracts, .economy]
        let missing = required.filter { counts[$0.rawValue] == nil }.map(\.rawValue)
        if readWhole, !missing.isEmpty {
            reading.error(entry.line, entry.path,
                          "\(missing.joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing, expected floor, service, "
                          + "fairness_max (or fairness), contracts and economy each at least once; fairness_sum and fairness_spread may be added")
            valid = false
        }
        if readWhole, let last = order.last, last.tolerance != nil {
            reading.error(lines.last ?? entry.line, entry.path,
                          "the last stage, \(last.objective.rawValue), has a tolerance, expected none on the last entry (no later stage could use it)")
            valid = false
        }
        return valid ? order : nil
    }

    /// One entry: `name` or `name: tolerance`.
    private static func priority(
        _ item: Node, line: Int?, path: String, expected: String, reading: inout YAMLReading
    ) -> Priority? {
        let name: String
        var toleranceNode: Node?
        switch item {
        case .scalar(let scalar):
            name = scalar.string
        case .mapping(let mapping) where mapping.count == 1:
            guard let (key, value) = mapping.first, let keyText = key.scalar?.string else {
                reading.error(line, path, "contains \(YAMLReading.describe(item)), expected \(expected)")
                return nil
            }
            name = keyText
            toleranceNode = value
        case .mapping(let mapping):
            reading.error(line, path, "contains a mapping with \(mapping.count) keys, expected one stage and its tolerance, e.g. economy: 5%")
            return nil
        default:
            reading.error(line, path, "contains \(YAMLReading.describe(item)), expected \(expected)")
            return nil
        }
        let names = PriorityObjective.allCases.map(\.rawValue)
        guard let objective = PriorityObjective(rawValue: name) else {
            let suggestion = Suggestion.didYouMean(name, among: names)
            reading.error(line, path, "\"\(name)\" is not a stage, \(suggestion)expected one of \(names.joined(separator: ", "))")
            return nil
        }
        guard let toleranceNode else { return Priority(objective) }
        let unit = switch objective {
        case .floor, .service, .economy: "agent-slots, or N% of the week's requirement"
        case .fairnessSpread: "hours²"
        default: "hours"
        }
        let wanted = "a tolerance ≥ 0 in \(unit)"
        guard case .scalar(let scalar) = toleranceNode, !YAMLReading.isNull(toleranceNode) else {
            reading.error(toleranceNode.mark?.line ?? line, path,
                          "\(name) has \(YAMLReading.isNull(toleranceNode) ? "no tolerance" : YAMLReading.describe(toleranceNode)), expected \(wanted)")
            return nil
        }
        var text = scalar.string.trimmingCharacters(in: .whitespaces)
        let isPercent = text.hasSuffix("%")
        if isPercent {
            text = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
            guard objective.acceptsPercent else {
                reading.error(line, path, "\(name): \(scalar.string) is a percentage, expected \(wanted) "
                              + "(N% is a share of the requirement, for floor, service and economy only)")
                return nil
            }
        }
        guard case .success(let value) = NumberParsing.decimal(text, decimalComma: false, expected: wanted),
              value.isFinite, value >= 0 else {
            reading.error(line, path, "\(name): \"\(scalar.string)\" is not a valid tolerance, expected \(wanted)")
            return nil
        }
        return Priority(objective, tolerance: isPercent ? .percentOfRequirement(value) : .absolute(value))
    }
}
