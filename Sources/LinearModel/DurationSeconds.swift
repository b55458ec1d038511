extension Duration {
    /// The duration in seconds, as the time limits and progress reports count them.
    package var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
