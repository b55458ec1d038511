/// Collects the problems of one read; decides whether they amount to a failure and of which kind.
struct DiagnosticLog: Sendable {
    private(set) var entries: [Diagnostic] = []
    /// Set when a required input is missing or cannot be opened.
    private(set) var missingInput = false

    mutating func error(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        entries.append(Diagnostic(severity: .error, file: file, line: line, field: field, message: message))
    }

    mutating func warning(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        entries.append(Diagnostic(severity: .warning, file: file, line: line, field: field, message: message))
    }

    mutating func missing(_ file: String, _ message: String) {
        missingInput = true
        error(file, message)
    }

    mutating func append(contentsOf diagnostics: [Diagnostic]) {
        entries.append(contentsOf: diagnostics)
    }

    mutating func absorb(_ failure: PlanReadingError) {
        if failure.kind == .missingInput { missingInput = true }
        entries.append(contentsOf: failure.diagnostics)
    }

    var errors: [Diagnostic] { entries.filter { $0.severity == .error } }
    var warnings: [Diagnostic] { Diagnostic.sorted(entries.filter { $0.severity == .warning }) }
    var hasErrors: Bool { entries.contains { $0.severity == .error } }

    /// Number of errors so far, to tell whether a step added any.
    var errorCount: Int { entries.reduce(0) { $0 + ($1.severity == .error ? 1 : 0) } }

    /// The failure to throw, or nil when only warnings (or nothing) were logged.
    var failure: PlanReadingError? {
        guard hasErrors else { return nil }
        return PlanReadingError(kind: missingInput ? .missingInput : .badData, diagnostics: errors)
    }
}
