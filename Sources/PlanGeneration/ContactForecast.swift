import HotlineDomain

/// The weekly forecast: contacts per municipality, weekday and clock hour, in tenths of a contact
/// (as written to demand.csv with one decimal).
struct ContactForecast {
    /// One demand.csv row: [hour, hour + 1) on `day`.
    struct Cell: Hashable {
        let day: Weekday
        let hour: Int
    }

    /// Relative intensity per weekday: the Monday peak, a quieter Friday.
    static let dayFactor: [Weekday: Double] = [.mon: 1.25, .tue: 1.05, .wed: 1.0, .thu: 1.0, .fri: 0.85, .sat: 1.0, .sun: 1.0]
    /// Relative intensity per clock hour on weekdays: the morning peak, the lunch dip, an after-work
    /// bump before closing.
    static let weekdayHours: [Int: Double] = [
        8: 0.80, 9: 1.30, 10: 1.35, 11: 1.10, 12: 0.75, 13: 0.95, 14: 0.85, 15: 0.65, 16: 0.70, 17: 0.55,
    ]
    /// Weekends are quiet.
    static let weekendHours: [Weekday: [Int: Double]] = [
        .sat: [10: 0.40, 11: 0.45, 12: 0.40, 13: 0.35, 14: 0.25],
        .sun: [10: 0.30, 11: 0.35, 12: 0.35, 13: 0.30, 14: 0.25],
    ]
    /// ± noise per municipality on top of its population, and per municipality/hour cell.
    static let municipalityNoise = 0.15
    static let cellNoise = 0.10

    /// Every open hour of the week, in time order.
    static let cells: [Cell] = Weekday.allCases.flatMap { day in
        let open = WeekTemplate.opening(day)
        return (open.start.minutes / 60 ..< open.end.minutes / 60).map { Cell(day: day, hour: $0) }
    }

    static func intensity(_ cell: Cell) -> Double {
        let hourly = cell.day < .sat ? weekdayHours[cell.hour] : weekendHours[cell.day]?[cell.hour]
        return (dayFactor[cell.day] ?? 1) * (hourly ?? 0)
    }

    /// Tenths of a contact, aligned with `cells`, per municipality (aligned with the municipality list).
    let tenths: [[Int]]

    /// Relative demand weight of each municipality (population with noise); aligned like `tenths`.
    let weights: [Double]

    /// Draws the municipality weights and the cell noise, then scales to `weeklyContacts`.
    init(municipalities: [DanishMunicipality], weeklyContacts: Double, random: inout SeededRandom) {
        let weights = municipalities.map { Double($0.population) * (1 + random.uniform(-Self.municipalityNoise, Self.municipalityNoise)) }
        let noise = municipalities.map { _ in Self.cells.map { _ in 1 + random.uniform(-Self.cellNoise, Self.cellNoise) } }
        self.init(weights: weights, noise: noise, weeklyContacts: weeklyContacts)
    }

    /// The same draws at another volume.
    func rescaled(to weeklyContacts: Double) -> ContactForecast {
        ContactForecast(weights: weights, noise: noise, weeklyContacts: weeklyContacts)
    }

    private let noise: [[Double]]

    private init(weights: [Double], noise: [[Double]], weeklyContacts: Double) {
        self.weights = weights
        self.noise = noise
        let totalWeight = weights.reduce(0, +)
        let intensities = Self.cells.map(Self.intensity)
        let totalIntensity = intensities.reduce(0, +)
        tenths = weights.indices.map { m in
            Self.cells.indices.map { c in
                let expected = weeklyContacts * weights[m] / totalWeight * intensities[c] / totalIntensity * noise[m][c]
                // At least 0.1 contacts everywhere: every municipality has some citizens calling.
                return max(1, Int((expected * 10).rounded()))
            }
        }
    }

    var totalContacts: Double { Double(tenths.reduce(0) { $0 + $1.reduce(0, +) }) / 10 }

    /// Per municipality, contacts per open slot as PlanReader spreads each hourly row evenly over
    /// the hour's slots (the same arithmetic, so the values agree to the bit).
    func callsPerSlot(slotMinutes: Int) -> [[Double]] {
        let perHour = 60 / slotMinutes
        return tenths.map { row in
            row.flatMap { value in Array(repeating: (Double(value) / 10) / Double(perHour), count: perHour) }
        }
    }
}
