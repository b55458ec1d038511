/// One problem found in a planning folder, located as precisely as the input allows.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: Sendable, Hashable { case error, warning }

    public let severity: Severity
    /// Path relative to the plan folder, e.g. `availability/aarhus.csv` or `hotline.yaml`.
    public let file: String
    /// 1-based physical line in the file.
    public let line: Int?
    /// Column or YAML key path, e.g. `max_hours` or `staffing.shrinkage`.
    public let field: String?
    /// What is wrong and what was expected.
    public let message: String

    public init(severity: Severity = .error, file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: field: message`, absent parts omitted; warnings carry `warning: ` after the location.
    public var description: String {
        var location = file
        if let line { location += ":\(line)" }
        var text = location + ": "
        if severity == .warning { text += "warning: " }
        if let field { text += field + ": " }
        return text + message
    }

    /// File, then line (file-level problems first), then the order of discovery.
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element, rhs.element)
            if l.file != r.file { return l.file < r.file }
            if (l.line ?? 0) != (r.line ?? 0) { return (l.line ?? 0) < (r.line ?? 0) }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
