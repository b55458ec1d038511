/// Why one cell or YAML value is unacceptable; the caller adds file, line and field.
struct ValueProblem: Error, Equatable {
    let message: String

    init(_ message: String) {
        self.message = message
    }
}
