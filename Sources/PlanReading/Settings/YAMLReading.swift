import Yams

/// One `key: value` of a YAML mapping, with where the key was written.
struct YAMLEntry {
    let key: String
    let keyLine: Int?
    let value: Node
    /// The key path used in diagnostics, e.g. `staffing.shrinkage`.
    let path: String

    /// The line of the value, or of the key when the value is empty or starts on a later line.
    var line: Int? {
        if YAMLReading.isNull(value) { return keyLine }
        return value.mark?.line ?? keyLine
    }
}

/// Typed access to a composed YAML tree that reports wrong types, empty values and unknown keys.
struct YAMLReading {
    let file: String
    var log = DiagnosticLog()

    init(file: String) {
        self.file = file
    }

    /// A setting given as one scalar or a list of scalars, with each item's line; nil (after an
    /// error) when it is anything else. Null gives an empty list. A non-scalar list item is reported
    /// and skipped.
    mutating func scalarItems(of entry: YAMLEntry, expected: String) -> [(text: String, line: Int?)]? {
        switch entry.value {
        case _ where YAMLReading.isNull(entry.value):
            return []
        case .scalar(let scalar):
            return [(scalar.string, entry.line)]
        case .sequence(let sequence):
            var items: [(text: String, line: Int?)] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    error(item.mark?.line ?? entry.line, entry.path, "contains \(YAMLReading.describe(item)), expected \(expected)")
                    continue
                }
                items.append((scalar.string, item.mark?.line ?? entry.line))
            }
            return items
        default:
            error(entry.line, entry.path, "is \(YAMLReading.describe(entry.value)), expected \(expected)")
            return nil
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): "\"\(scalar.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    mutating func error(_ line: Int?, _ path: String?, _ message: @autoclosure () -> String) {
        log.error(file, line: line, field: path, message())
    }

    /// The entries of a mapping (an empty value counts as an empty mapping), unknown keys reported.
    mutating func entries(of node: Node, path: String?, line: Int?, allowed: [String]) -> [String: YAMLEntry]? {
        if Self.isNull(node) { return [:] }
        guard case .mapping(let mapping) = node else {
            error(node.mark?.line ?? line, path,
                  "is \(Self.describe(node)), expected a mapping with the keys \(allowed.joined(separator: ", "))")
            return nil
        }
        var result: [String: YAMLEntry] = [:]
        for (keyNode, value) in mapping {
            let key = keyNode.scalar?.string ?? Self.describe(keyNode)
            let keyPath = path.map { "\($0).\(key)" } ?? key
            guard allowed.contains(key) else {
                let suggestion = Suggestion.didYouMean(key, among: allowed)
                error(keyNode.mark?.line, keyPath,
                      "unknown setting, \(suggestion)expected one of \(allowed.joined(separator: ", "))")
                continue
            }
            result[key] = YAMLEntry(key: key, keyLine: keyNode.mark?.line, value: value, path: keyPath)
        }
        return result
    }

    /// The text of a scalar value; reports lists, mappings and empty values.
    mutating func text(_ entry: YAMLEntry, expected: String) -> String? {
        if Self.isNull(entry.value) {
            error(entry.line, entry.path, "has no value, expected \(expected)")
            return nil
        }
        guard case .scalar(let scalar) = entry.value else {
            error(entry.line, entry.path, "is \(Self.describe(entry.value)), expected \(expected)")
            return nil
        }
        return scalar.string
    }

    mutating func integer(_ entry: YAMLEntry, expected: String) -> Int? {
        guard let text = text(entry, expected: expected) else { return nil }
        switch NumberParsing.integer(text, expected: expected) {
        case .success(let value): return value
        case .failure(let problem):
            error(entry.line, entry.path, problem.message)
            return nil
        }
    }

    mutating func number(_ entry: YAMLEntry, expected: String) -> Double? {
        guard let text = text(entry, expected: expected) else { return nil }
        switch NumberParsing.decimal(text, decimalComma: false, expected: expected) {
        case .success(let value): return value
        case .failure(let problem):
            error(entry.line, entry.path, problem.message)
            return nil
        }
    }

    /// An optional number: `fallback` when the key is absent; reported when it fails `isValid`.
    mutating func number(_ entry: YAMLEntry?, default fallback: Double, expected: String, isValid: (Double) -> Bool) -> Double? {
        guard let entry else { return fallback }
        guard let value = number(entry, expected: expected) else { return nil }
        guard isValid(value) else {
            error(entry.line, entry.path, "\(NumberFormat.text(value)) is out of range, expected \(expected)")
            return nil
        }
        return value
    }
}
