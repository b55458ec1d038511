/// The readers the fuzzer drives. Each takes raw bytes, the way a planner's file arrives, and
/// answers with a value or a typed refusal; anything else is a defect in the reader.
package enum ReaderEntryPoint: String, CaseIterable, Sendable {
    /// A CSV file through `CSVReader.parse`.
    case csv
    /// An availability cell, a time and a window through the single-value readers.
    case cell
    /// hotline.yaml alone through the settings reader.
    case settings
    /// A whole planning folder through `PlanReader.read`; see `FolderInput` for the layout.
    case folder

    /// Reads `bytes` and checks what came back.
    package func run(_ bytes: [UInt8]) -> ReaderVerdict {
        switch self {
        case .csv: CSVEntry.run(bytes)
        case .cell: CellEntry.run(bytes)
        case .settings: SettingsEntry.run(bytes)
        case .folder: FolderEntry.run(bytes)
        }
    }
}

/// What one input did to a reader.
package enum ReaderVerdict: Equatable, Sendable {
    /// The input was accepted; a short description of the value.
    case accepted(String)
    /// The input was refused with located diagnostics.
    case refused(diagnostics: Int)
    /// The reader answered, but the answer breaks a rule it promises: a bug.
    case violation(String)

    package var isViolation: Bool {
        if case .violation = self { return true }
        return false
    }
}
