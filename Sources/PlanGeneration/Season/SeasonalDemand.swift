import HotlineDomain

/// How busy the line is in a week of the year: busy January–March and after the summer, quiet in
/// July and around Christmas (citizens' self-service follows tax, school and moving seasons). The
/// seed's plain week is the busy season's: the municipalities staff for the peak, and sick days and
/// vacations eat into that margin.
enum SeasonalDemand {
    /// By the month of the week's Thursday (the month the week mostly lies in).
    static let monthFactor: [Double] = [1.00, 1.00, 0.96, 0.84, 0.80, 0.76, 0.60, 0.84, 0.96, 0.88, 0.84, 0.76]
    /// A week with a day from 24 to 31 December.
    static let christmasFactor = 0.55
    /// ± week-to-week noise on top.
    static let noise = 0.05

    static func factor(_ week: IsoWeek, random: inout SeededRandom) -> Double {
        let dates = week.dates
        let christmas = dates.contains { $0.month == 12 && $0.day >= 24 }
        let base = christmas ? christmasFactor : monthFactor[dates[3].month - 1]
        return base * random.uniform(1 - noise, 1 + noise)
    }
}
