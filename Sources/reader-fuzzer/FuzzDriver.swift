#if FUZZING
import ReaderFuzzing

#if canImport(Glibc)
import Glibc
#endif

/// libFuzzer's driver (from its runtime, linked by `-sanitize=fuzzer`): parses its options,
/// then calls `callback` with each input. Declared here because it has no Swift module.
@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The entry point libFuzzer feeds, chosen on the command line before the driver starts.
private let selectedEntry: ReaderEntryPoint = CommandLine.arguments.dropFirst().first.flatMap(ReaderEntryPoint.init) ?? .csv

/// libFuzzer's per-input hook: a broken rule aborts, so libFuzzer saves the input as a crash.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if case .violation(let problem) = selectedEntry.run(bytes) {
        printError("reader-fuzzer \(selectedEntry.rawValue): \(problem)")
        abort()
    }
    return 0
}

enum FuzzDriver {
    /// Hands `arguments` (the program name first) to libFuzzer; returns its exit status.
    static func run(arguments: [String]) -> Int32 {
        var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        var argc = CInt(arguments.count)
        return cArguments.withUnsafeMutableBufferPointer { buffer in
            var argv = buffer.baseAddress
            return withUnsafeMutablePointer(to: &argv) { runDriver(&argc, $0, fuzzOneInput) }
        }
    }
}
#endif
