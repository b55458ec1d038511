/// Guards against inputs far beyond any real hotline: refused with a clear message.
enum InputLimits {
    /// Largest file read, in bytes (50 MB).
    static let maxFileBytes = 50 * 1024 * 1024
    /// Most data rows in one CSV file (and so most agents per availability file).
    static let maxRecords = 100_000
}
