import ArgumentParser
import Dispatch
import Foundation
import LinearModel
import Synchronization

/// Turns Ctrl-C (SIGINT) and SIGTERM (what `kill`, systemd, CI runners and container stops send)
/// into a stop request for the running solve instead of killing the process, so the best roster
/// found is still written. The exit status then tells which signal came (130 or 143, as a shell
/// reports a process killed by it).
final class Interruption {
    static let handled: [Int32] = [SIGINT, SIGTERM]

    private let sources: [DispatchSourceSignal]
    private let received = Received()

    init(stop: StopRequest) {
        let received = self.received
        sources = Self.handled.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                let name = number == SIGINT ? "Ctrl-C" : "SIGTERM"
                StandardError.print("interrupted (\(name)): stopping the search and writing the best roster found…")
                received.record(number)
                stop.request()
            }
            source.resume()
            return source
        }
    }

    /// The exit status for the first signal that came: 128 + its number.
    var exitCode: ExitCode? {
        received.first.map { ExitCode(128 + $0) }
    }

    func restore() {
        for source in sources { source.cancel() }
        for number in Self.handled { signal(number, SIG_DFL) }
    }

    /// The first signal received; written on the signal queue, read on the main thread.
    private final class Received: Sendable {
        private let number = Atomic<Int32>(0)

        func record(_ signal: Int32) {
            _ = number.compareExchange(expected: 0, desired: signal, ordering: .relaxed)
        }

        var first: Int32? {
            let value = number.load(ordering: .relaxed)
            return value == 0 ? nil : value
        }
    }
}
