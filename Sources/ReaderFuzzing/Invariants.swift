import PlanReading

/// Checks shared by the entry points; each returns a description of the first broken rule.
enum Invariants {
    /// Every diagnostic names a file, and its line (when given) lies inside the input.
    static func located(_ diagnostics: [Diagnostic], files: Set<String>, lineCount: [String: Int]) -> String? {
        guard !diagnostics.isEmpty else { return "refused without a single diagnostic" }
        for diagnostic in diagnostics {
            guard files.contains(diagnostic.file) else {
                return "diagnostic names the file \"\(diagnostic.file)\", expected one of \(files.sorted()): \(diagnostic)"
            }
            guard !diagnostic.message.isEmpty else { return "diagnostic without a message: \(diagnostic)" }
            if let line = diagnostic.line {
                // A line past the end is allowed for problems found at the end of the text.
                let last = (lineCount[diagnostic.file] ?? Int.max - 1) + 1
                guard (1...last).contains(line) else {
                    return "diagnostic on line \(line), expected a line from 1 to \(last): \(diagnostic)"
                }
            }
        }
        return nil
    }

    /// Physical lines as the readers count them: LF, CR and CRLF each end one line. Both encodings
    /// the readers accept keep CR and LF as single bytes, so the bytes can be counted directly.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A {
                lines += 1
            } else if bytes[index] == 0x0D {
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                lines += 1
            }
            index += 1
        }
        return lines
    }
}
