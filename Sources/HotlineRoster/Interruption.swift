import Dispatch
import Foundation
import LinearModel

/// Turns Ctrl-C (SIGINT) into a stop request for the running solve instead of killing the process,
/// so the best roster found is still written.
final class Interruption {
    private let source: DispatchSourceSignal

    init(stop: StopRequest) {
        signal(SIGINT, SIG_IGN)
        source = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        source.setEventHandler {
            StandardError.print("interrupted: stopping the search and writing the best roster found…")
            stop.request()
        }
        source.resume()
    }

    func restore() {
        source.cancel()
        signal(SIGINT, SIG_DFL)
    }
}
