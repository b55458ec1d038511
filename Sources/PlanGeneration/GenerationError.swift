/// A request the generator refuses, or a plan it could not make staffable: which parameter, what is
/// wrong, and what was expected.
public struct GenerationError: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Parameter: String, Sendable, Hashable {
        case municipalities
        case agents
        case slotMinutes = "slot-minutes"
        case weeks
        case scarceWeeks = "scarce-weeks"
    }

    /// Nil for a problem of the generator itself rather than of the request.
    public let parameter: Parameter?
    public let problem: String
    public let expected: String

    public init(_ parameter: Parameter?, _ problem: String, expected: String) {
        self.parameter = parameter
        self.problem = problem
        self.expected = expected
    }

    public var description: String { (parameter.map { "\($0.rawValue): " } ?? "") + "\(problem), expected \(expected)" }
}
