/// One fuzz input as a planning folder: the files' bytes separated by NUL bytes, in the order
/// hotline.yaml, municipalities.csv, demand.csv, availability/ID.csv and balance.csv. Missing
/// parts are missing files; NUL never occurs in a text file, so every file can hold any text.
struct FolderInput {
    static let fileNames = ["hotline.yaml", "municipalities.csv", "demand.csv", "availability", "balance.csv"]

    /// Relative path and bytes of each file present.
    var files: [(path: String, bytes: [UInt8])]

    init(_ bytes: [UInt8]) {
        let parts = bytes.split(separator: 0, maxSplits: Self.fileNames.count - 1, omittingEmptySubsequences: false).map(Array.init)
        var files: [(path: String, bytes: [UInt8])] = []
        for (index, part) in parts.enumerated() {
            let name = Self.fileNames[index]
            if name == "availability" {
                let id = parts.count > 1 ? Self.firstMunicipalityID(parts[1]) : Self.fallbackID
                files.append(("availability/\(id).csv", part))
            } else {
                files.append((name, part))
            }
        }
        self.files = files
    }

    static let fallbackID = "aarhus"

    /// The first field of the first data row, when it is a usable file name, so that the
    /// availability file belongs to a listed municipality and is read to the end.
    static func firstMunicipalityID(_ municipalities: [UInt8]) -> String {
        let lines = municipalities.split(whereSeparator: { $0 == 0x0A || $0 == 0x0D })
            .filter { line in line.contains(where: { $0 != 0x20 }) && line.first != UInt8(ascii: "#") }
        guard lines.count > 1 else { return fallbackID }
        let field = lines[1].prefix(while: { $0 != UInt8(ascii: ";") && $0 != UInt8(ascii: ",") })
        let isSlug = !field.isEmpty && field.count <= 64 && field.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
        return isSlug ? String(decoding: field, as: UTF8.self) : fallbackID
    }
}
