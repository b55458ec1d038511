/// Numbers as written back into messages: `20`, `7.5`, `0.333`.
enum NumberFormat {
    static func text(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded)
    }
}
