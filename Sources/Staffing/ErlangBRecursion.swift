/// Erlang B blocking probability, built up one server at a time:
/// B(0) = 1, B(n) = A·B(n−1) / (n + A·B(n−1)).
///
/// Every step divides a positive number by a larger one, so values stay in [0, 1] and never overflow,
/// unlike the textbook form with Aⁿ/n!. Stepping (rather than recomputing from 0) keeps the agent
/// search linear in N.
struct ErlangBRecursion {
    let traffic: Double
    private(set) var servers = 0
    private(set) var probability = 1.0

    init(traffic: Double) {
        self.traffic = traffic
    }

    mutating func addServer() {
        servers += 1
        let offered = traffic * probability
        probability = offered / (Double(servers) + offered)
    }

    /// Erlang C from Erlang B: C = N·B / (N − A·(1 − B)); meaningful for N > A.
    var probabilityOfWaiting: Double {
        let n = Double(servers)
        let waiting = n * probability / (n - traffic * (1 - probability))
        return min(1, max(0, waiting))
    }
}
