/// Bytes to text: UTF-8 (with or without BOM), else Windows-1252; refuses binary data.
enum TextDecoding {
    struct Problem: Error, Equatable {
        let line: Int?
        let message: String
    }

    static func decode(_ bytes: [UInt8]) -> Result<[Unicode.Scalar], Problem> {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Problem(line: 1, message: "the file is UTF-16 encoded, expected UTF-8 or Windows-1252 (save it as \"CSV UTF-8\")"))
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let scalars: [Unicode.Scalar]
        if let utf8 = decodeUTF8(body) {
            scalars = utf8
        } else {
            switch decodeWindows1252(body) {
            case .success(let decoded): scalars = decoded
            case .failure(let problem): return .failure(problem)
            }
        }
        if let problem = controlCharacterProblem(in: scalars) { return .failure(problem) }
        return .success(scalars)
    }

    /// Nil unless the bytes are entirely valid UTF-8.
    static func decodeUTF8(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return scalars
            case .error: return nil
            }
        }
    }

    static func decodeWindows1252(_ bytes: [UInt8]) -> Result<[Unicode.Scalar], Problem> {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            guard let scalar = Windows1252.scalar(for: byte) else {
                let hex = String(byte, radix: 16, uppercase: true)
                return .failure(Problem(
                    line: LineCounter.line(at: scalars.count, in: scalars),
                    message: "byte 0x\(hex) is neither UTF-8 nor Windows-1252, expected a text file saved as UTF-8"))
            }
            scalars.append(scalar)
        }
        return .success(scalars)
    }

    /// NUL and other control characters (except tab, CR, LF) mean the file is not text.
    static func controlCharacterProblem(in scalars: [Unicode.Scalar]) -> Problem? {
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            let isControl = value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
            guard isControl, scalar != "\t", scalar != "\n", scalar != "\r" else { continue }
            let what = value == 0 ? "a NUL byte" : "the control character U+" + hex4(value)
            return Problem(
                line: LineCounter.line(at: index, in: scalars),
                message: "the file contains \(what), so it looks like binary data, expected a text file (CSV saved as UTF-8)")
        }
        return nil
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
