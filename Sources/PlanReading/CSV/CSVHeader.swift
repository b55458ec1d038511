/// Header-name normalization shared by the reader and the delimiter detection.
enum CSVHeader {
    static func normalize(_ name: String) -> String {
        name.trimmingSpaces().lowercased()
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and no-break spaces.
    func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
