/// One way a roster folder disagrees with its plan or with the roster folder contract.
public struct CheckFinding: Sendable, Hashable, CustomStringConvertible {
    /// Relative to the roster folder, e.g. `roster.csv` or `municipalities/aarhus.csv`.
    public let file: String
    /// 1-based physical line, when the finding concerns one row (or the header).
    public let line: Int?
    /// What is wrong and what was expected.
    public let message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` (`file: message` without a line).
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }

    /// By file, then line (file-level findings first), then message.
    static func ordered(_ lhs: CheckFinding, _ rhs: CheckFinding) -> Bool {
        if lhs.file != rhs.file { return lhs.file < rhs.file }
        let (l, r) = (lhs.line ?? 0, rhs.line ?? 0)
        if l != r { return l < r }
        return lhs.message < rhs.message
    }
}

/// The roster folder cannot be checked at all: it, or its roster.csv, is missing or unreadable.
public struct CheckError: Error, Sendable, CustomStringConvertible {
    /// One line per problem.
    public let problems: [String]

    public init(problems: [String]) {
        self.problems = problems
    }

    public var description: String { problems.joined(separator: "\n") }
}

/// Collects findings while the checks run.
struct FindingLog {
    private(set) var findings: [CheckFinding] = []

    mutating func add(_ file: String, _ line: Int?, _ message: String) {
        findings.append(CheckFinding(file: file, line: line, message: message))
    }

    /// Sorted, duplicates removed.
    var sorted: [CheckFinding] {
        var seen: Set<CheckFinding> = []
        return findings.filter { seen.insert($0).inserted }.sorted(by: CheckFinding.ordered)
    }
}
