/// Physical line numbers: LF, CR and CRLF each end one line.
enum LineCounter {
    /// The 1-based line of the scalar at `index` (or of the end of the text decoded so far).
    static func line(at index: Int, in scalars: [Unicode.Scalar]) -> Int {
        var line = 1
        var position = 0
        while position < index && position < scalars.count {
            if scalars[position] == "\n" {
                line += 1
            } else if scalars[position] == "\r" {
                if position + 1 < scalars.count, scalars[position + 1] == "\n", position + 1 < index { position += 1 }
                line += 1
            }
            position += 1
        }
        return line
    }
}
