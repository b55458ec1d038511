/// One JSON object of summary.json, read field by field: a field that is missing or of the wrong
/// kind is logged with what was expected and reads as nil, so each check runs on what is there.
struct SummaryObject {
    let fields: [String: JSONValue]
    /// How messages name this object: nil for summary.json itself, else e.g. `roster` or `stages[2]`.
    let name: String?

    /// `roster.shifts`, or `week` at the top level.
    func path(_ key: String) -> String { name.map { "\($0).\(key)" } ?? key }

    func string(_ key: String, expected: String, log: inout FindingLog) -> String? {
        value(key, "a string", expected, log: &log) { if case .string(let text) = $0 { text } else { nil } }
    }

    func number(_ key: String, expected: String, log: inout FindingLog) -> Double? {
        value(key, "a number", expected, log: &log) { if case .number(let number) = $0 { number } else { nil } }
    }

    /// A number that is whole (`138`, also `138.0`).
    func integer(_ key: String, expected: String, log: inout FindingLog) -> Int? {
        value(key, "a whole number", expected, log: &log) {
            if case .number(let number) = $0, number == number.rounded(), abs(number) < 1e15 { Int(number) } else { nil }
        }
    }

    func bool(_ key: String, expected: String, log: inout FindingLog) -> Bool? {
        value(key, "a boolean", expected, log: &log) { if case .bool(let flag) = $0 { flag } else { nil } }
    }

    func array(_ key: String, expected: String, log: inout FindingLog) -> [JSONValue]? {
        value(key, "a list", expected, log: &log) { if case .array(let items) = $0 { items } else { nil } }
    }

    func object(_ key: String, expected: String, log: inout FindingLog) -> SummaryObject? {
        value(key, "an object", expected, log: &log) {
            if case .object(let inner) = $0 { SummaryObject(fields: inner, name: path(key)) } else { nil }
        }
    }

    private func value<T>(
        _ key: String, _ kind: String, _ expected: String, log: inout FindingLog, _ read: (JSONValue) -> T?
    ) -> T? {
        guard let raw = fields[key] else {
            log.add(FolderLayout.summary, nil, (name.map { "\($0) has" } ?? "has") + " no \"\(key)\", expected \(expected)")
            return nil
        }
        guard let typed = read(raw) else {
            log.add(FolderLayout.summary, nil, "\(path(key)) is not \(kind), expected \(expected)")
            return nil
        }
        return typed
    }
}
