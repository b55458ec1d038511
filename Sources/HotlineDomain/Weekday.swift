/// A day of the ISO week, Monday first.
public enum Weekday: Int, CaseIterable, Sendable, Comparable, Hashable {
    case mon = 0, tue, wed, thu, fri, sat, sun

    /// The English three-letter code used in every file (`mon` … `sun`).
    public var code: String {
        switch self {
        case .mon: "mon"
        case .tue: "tue"
        case .wed: "wed"
        case .thu: "thu"
        case .fri: "fri"
        case .sat: "sat"
        case .sun: "sun"
        }
    }

    /// The Danish column header used in availability files exported from Danish spreadsheets.
    public var danishCode: String {
        switch self {
        case .mon: "man"
        case .tue: "tir"
        case .wed: "ons"
        case .thu: "tor"
        case .fri: "fre"
        case .sat: "lør"
        case .sun: "søn"
        }
    }

    public init?(code: String) {
        guard let day = Weekday.allCases.first(where: { $0.code == code }) else { return nil }
        self = day
    }

    public static func < (lhs: Weekday, rhs: Weekday) -> Bool { lhs.rawValue < rhs.rawValue }
}
