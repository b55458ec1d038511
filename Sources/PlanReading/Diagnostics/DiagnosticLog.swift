/// Collects the problems of one read; decides whether they amount to a failure and of which kind.
///
/// At most `InputLimits.maxListedProblemsPerFile` errors are listed per file; the rest are counted
/// (their messages are never built, which keeps a file of 100,000 bad rows cheap) and summed up in
/// one closing line for that file.
struct DiagnosticLog: Sendable {
    private var entries: [Diagnostic] = []
    /// Set when a required input is missing or cannot be opened.
    private(set) var missingInput = false
    private var listedErrors: [String: Int] = [:]
    private var unlisted: [String: (count: Int, firstLine: Int?, lastLine: Int?)] = [:]

    mutating func error(_ file: String, line: Int? = nil, field: String? = nil, _ message: @autoclosure () -> String) {
        guard listedErrors[file, default: 0] < InputLimits.maxListedProblemsPerFile else {
            var skipped = unlisted[file] ?? (0, line, line)
            skipped.count += 1
            skipped.firstLine = skipped.firstLine ?? line
            skipped.lastLine = line ?? skipped.lastLine
            unlisted[file] = skipped
            return
        }
        listedErrors[file, default: 0] += 1
        entries.append(Diagnostic(severity: .error, file: file, line: line, field: field, message: message()))
    }

    mutating func warning(_ file: String, line: Int? = nil, field: String? = nil, _ message: String) {
        entries.append(Diagnostic(severity: .warning, file: file, line: line, field: field, message: message))
    }

    mutating func missing(_ file: String, _ message: String) {
        missingInput = true
        error(file, message)
    }

    mutating func append(contentsOf diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            if diagnostic.severity == .error {
                error(diagnostic.file, line: diagnostic.line, field: diagnostic.field, diagnostic.message)
            } else {
                entries.append(diagnostic)
            }
        }
    }

    mutating func absorb(_ failure: PlanReadingError) {
        if failure.kind == .missingInput { missingInput = true }
        append(contentsOf: failure.diagnostics)
    }

    /// Everything logged, in the order of discovery, with the closing lines of unlisted errors.
    var diagnostics: [Diagnostic] { entries + summaries }
    var errors: [Diagnostic] { entries.filter { $0.severity == .error } + summaries }
    var warnings: [Diagnostic] { Diagnostic.sorted(entries.filter { $0.severity == .warning }) }
    var hasErrors: Bool { errorCount > 0 }

    /// Number of errors so far, listed or not, to tell whether a step added any.
    var errorCount: Int {
        listedErrors.values.reduce(0, +) + unlisted.values.reduce(0) { $0 + $1.count }
    }

    /// The failure to throw, or nil when only warnings (or nothing) were logged.
    var failure: PlanReadingError? {
        guard hasErrors else { return nil }
        return PlanReadingError(kind: missingInput ? .missingInput : .badData, diagnostics: errors, problemCount: errorCount)
    }

    /// One closing line per file whose errors were not all listed, placed after its last problem.
    private var summaries: [Diagnostic] {
        unlisted.keys.sorted().compactMap { file in
            guard let skipped = unlisted[file] else { return nil }
            let lines = switch (skipped.firstLine, skipped.lastLine) {
            case let (first?, last?) where first != last: " on lines \(first) to \(last)"
            case let (first?, _): " on line \(first)"
            default: ""
            }
            let noun = skipped.count == 1 ? "problem" : "problems"
            return Diagnostic(
                file: file, line: skipped.lastLine,
                message: "\(skipped.count) more \(noun)\(lines) not listed (at most \(InputLimits.maxListedProblemsPerFile) are listed per file), expected the listed problems fixed first")
        }
    }
}
