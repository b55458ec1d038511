/// A participating municipality (one row of municipalities.csv).
public struct Municipality: Sendable, Hashable {
    /// Lowercase slug, also the name of its availability file.
    public let id: String
    /// Official three-digit kommunekode.
    public let code: String
    public let name: String
    public let region: String
    public let population: Int
    /// Only meaningful with `fairness.basis: weight`.
    public let weight: Double?

    public init(id: String, code: String, name: String, region: String, population: Int, weight: Double?) {
        self.id = id
        self.code = code
        self.name = name
        self.region = region
        self.population = population
        self.weight = weight
    }
}
