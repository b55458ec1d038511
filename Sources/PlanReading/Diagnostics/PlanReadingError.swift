/// Why a planning folder (or a CSV file) could not be read: every problem found, not just the first.
public struct PlanReadingError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// Malformed or inconsistent data (exit status 65, EX_DATAERR).
        case badData
        /// A required file or folder is missing or cannot be opened (exit status 66, EX_NOINPUT).
        case missingInput
    }

    public let kind: Kind
    /// All problems found, sorted by file then line.
    public let diagnostics: [Diagnostic]
    /// How many errors were found, the unlisted ones included (a file lists at most 100 and closes
    /// with one line that counts the rest).
    public let problemCount: Int

    public init(kind: Kind, diagnostics: [Diagnostic], problemCount: Int? = nil) {
        self.kind = kind
        self.diagnostics = Diagnostic.sorted(diagnostics)
        self.problemCount = problemCount ?? diagnostics.filter { $0.severity == .error }.count
    }

    public var exitCode: Int32 {
        switch kind {
        case .badData: 65
        case .missingInput: 66
        }
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
