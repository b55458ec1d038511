/// The Windows-1252 code page: Latin-1 except 0x80 … 0x9F, five of which are undefined.
enum Windows1252 {
    /// 0x80 … 0x9F; nil marks the undefined bytes 0x81, 0x8D, 0x8F, 0x90 and 0x9D.
    private static let high: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// The character of one byte, nil for an undefined byte.
    static func scalar(for byte: UInt8) -> Unicode.Scalar? {
        if (0x80...0x9F).contains(byte) {
            return high[Int(byte) - 0x80].flatMap(Unicode.Scalar.init)
        }
        return Unicode.Scalar(byte)
    }
}
