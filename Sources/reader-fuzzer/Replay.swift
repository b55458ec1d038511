import Foundation
import ReaderFuzzing

/// Runs saved inputs through one entry point, without libFuzzer (e.g. under a debugger).
enum Replay {
    static func run(entry: ReaderEntryPoint, files: [String]) -> Int32 {
        var status: Int32 = 0
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                printError("\(file): cannot be read")
                status = 66
                continue
            }
            let verdict = entry.run([UInt8](data))
            print("\(file): \(verdict)")
            if verdict.isViolation { status = 1 }
        }
        return status
    }
}
