import ArgumentParser
import Dispatch
import Foundation
import LinearModel
import Synchronization

/// Turns Ctrl-C (SIGINT) and SIGTERM (what `kill`, systemd, CI runners and container stops send)
/// into a stop request for the running solve instead of killing the process, so the best roster
/// found is still written. The exit status then tells which signal came (130 or 143, as a shell
/// reports a process killed by it). A second signal exits at once.
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
                // A second signal means "now": nothing half-written can be left behind, because the
                // roster folder is only ever replaced whole (the next write removes the staging folder).
                guard received.record(number) else {
                    StandardError.print("interrupted again (\(name)): exiting now; the roster folder was left as it was")
                    _exit(128 + number)
                }
                StandardError.print("interrupted (\(name)): stopping the search and writing the best roster found… "
                    + "(\(name) again exits at once)")
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

        /// Whether this is the first signal.
        func record(_ signal: Int32) -> Bool {
            number.compareExchange(expected: 0, desired: signal, ordering: .relaxed).exchanged
        }

        var first: Int32? {
            let value = number.load(ordering: .relaxed)
            return value == 0 ? nil : value
        }
    }
}
