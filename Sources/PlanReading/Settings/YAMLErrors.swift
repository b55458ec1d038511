import Yams

/// Yams parse errors as diagnostics with line numbers.
enum YAMLErrors {
    static func diagnostic(for error: any Error, file: String, text: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(file: file, message: "invalid YAML (\(error)), expected settings written as key: value lines")
        }
        switch yamlError {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let around = context.map { " (\($0.text) on line \($0.mark.line))" } ?? ""
            return Diagnostic(file: file, line: mark.line,
                              message: "invalid YAML: \(problem)\(around), expected settings written as key: value lines")
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.sorted().map { "`\($0)`" }.joined(separator: ", ")
            let line = duplicates.sorted().first.flatMap { secondKeyLine($0, in: text, after: context.mark.line) }
            return Diagnostic(file: file, line: line ?? context.mark.line,
                              message: "the key \(keys) appears more than once in one mapping, expected each setting once")
        default:
            return Diagnostic(file: file, message: "invalid YAML (\(yamlError)), expected settings written as key: value lines")
        }
    }

    /// The line where `key:` is written for the second time (Yams only tells where the mapping starts).
    private static func secondKeyLine(_ key: String, in text: String, after start: Int) -> Int? {
        var seen = 0
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where offset + 1 >= start {
            var rest = Substring(line).drop { $0 == " " || $0 == "\t" || $0 == "{" || $0 == "," }
            guard rest.hasPrefix(key) else { continue }
            rest = rest.dropFirst(key.count).drop { $0 == " " }
            guard rest.first == ":" else { continue }
            seen += 1
            if seen == 2 { return offset + 1 }
        }
        return nil
    }
}
