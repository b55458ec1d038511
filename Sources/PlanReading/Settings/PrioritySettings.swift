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

    private static func priorities(_ entry: YAMLEntry?, reading: inout YAMLReading) -> [Component]? {
        guard let entry else { return SettingsDefaults.priorities }
        let names = Component.allCases.map(\.rawValue)
        let expected = "a list of all of \(names.joined(separator: ", ")) in order of importance, each once"
        guard case .sequence(let sequence) = entry.value else {
            reading.error(entry.line, entry.path, "is \(YAMLReading.describe(entry.value)), expected \(expected)")
            return nil
        }
        var order: [Component] = []
        var valid = true
        for item in sequence {
            let line = item.mark?.line ?? entry.line
            guard case .scalar(let scalar) = item else {
                reading.error(line, entry.path, "contains \(YAMLReading.describe(item)), expected \(expected)")
                valid = false
                continue
            }
            guard let component = Component(rawValue: scalar.string) else {
                let suggestion = Suggestion.didYouMean(scalar.string, among: names)
                reading.error(line, entry.path, "\"\(scalar.string)\" is not a priority, \(suggestion)expected one of \(names.joined(separator: ", "))")
                valid = false
                continue
            }
            if order.contains(component) {
                reading.error(line, entry.path, "\(component.rawValue) is listed twice, expected each priority once")
                valid = false
                continue
            }
            order.append(component)
        }
        let missing = Component.allCases.filter { !order.contains($0) }
        if valid, !missing.isEmpty {
            reading.error(entry.line, entry.path,
                          "\(missing.map(\.rawValue).joined(separator: ", ")) \(missing.count == 1 ? "is" : "are") missing, expected \(expected)")
            valid = false
        }
        return valid ? order : nil
    }
}
