import Foundation
import ReaderFuzzing

/// `reader-fuzzer ENTRY [libFuzzer options] [CORPUS…]`, ENTRY one of csv, cell, settings, folder.
///
/// Built by `scripts/fuzz` with `-sanitize=fuzzer,address -DFUZZING`, it hands the remaining
/// arguments to libFuzzer. Built normally (as `swift build` does), it replays files instead:
/// `reader-fuzzer ENTRY FILE…` prints each file's verdict and fails on a broken rule.
@main
enum ReaderFuzzer {
    static func main() {
        let arguments = CommandLine.arguments
        guard arguments.count >= 2, let entry = ReaderEntryPoint(rawValue: arguments[1]) else {
            let names = ReaderEntryPoint.allCases.map(\.rawValue).joined(separator: ", ")
            printError("usage: reader-fuzzer ENTRY [options] [FILE or CORPUS…], expected ENTRY one of \(names)")
            exit(64)
        }
        #if FUZZING
        // libFuzzer reads the entry point through `selectedEntry`; it must not see it as a corpus.
        _ = entry
        exit(FuzzDriver.run(arguments: [arguments[0]] + arguments.dropFirst(2)))
        #else
        exit(Replay.run(entry: entry, files: Array(arguments.dropFirst(2))))
        #endif
    }
}

func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
