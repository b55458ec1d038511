import Synchronization

/// A flag that asks running solves to stop; settable from any thread (e.g. a SIGINT handler's queue).
public final class StopRequest: Sendable {
    private let flag = Atomic<Bool>(false)

    public init() {}

    public func request() {
        flag.store(true, ordering: .relaxed)
    }

    public var isRequested: Bool { flag.load(ordering: .relaxed) }
}
