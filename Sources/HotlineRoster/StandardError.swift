import Foundation

/// Diagnostics go to stderr; stdout carries only the human summary.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
