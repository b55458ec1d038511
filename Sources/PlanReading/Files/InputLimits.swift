/// Guards against inputs far beyond any real hotline: refused early with a clear message, so that no
/// input exhausts memory or time, and every number handed on stays well inside what the model, Erlang C
/// and GLPK handle exactly. The supported sizes (98+ municipalities, 3,000 agents, 15-minute slots)
/// sit far below every limit here; README "Supported sizes and limits" lists them.
enum InputLimits {
    /// Largest CSV file read, in bytes (16 MB): 100,000 demand rows take about 4 MB, 10,000 agents about 2 MB.
    static let maxFileBytes = 16 * 1024 * 1024
    /// Largest hotline.yaml, in bytes (1 MB): real settings take about 1 kB.
    static let maxSettingsBytes = 1024 * 1024
    /// Most data rows in one CSV file (demand.csv: 98 municipalities × 672 quarter-hours of a 24/7 week fit).
    static let maxRecords = 100_000
    /// Most characters in one CSV cell (a day of 15-minute windows takes under 1,200).
    static let maxCellCharacters = 4_096
    /// Most municipalities (rows of municipalities.csv, and of balance.csv).
    static let maxMunicipalities = 1_000
    /// Most entries in availability/ (one file per municipality, with room for strays that are warned about).
    static let maxAvailabilityEntries = 2 * maxMunicipalities
    /// Most agents over all availability files together.
    static let maxAgents = 10_000
    /// Most time windows in one availability cell or opening-hours day (one per 15-minute slot).
    static let maxWindowsPerDay = 96
    /// Most contacts on one demand.csv row.
    static let maxCallsPerRow = 1_000_000.0
    /// Most traffic in one slot, pooled over municipalities, in Erlangs: ten times what the largest
    /// supported roster could answer, and small enough for Erlang C's O(A) recursion on every slot.
    static let maxErlangsPerSlot = 100_000.0
    /// `staffing.min_agents`: no slot can need more agents than a plan may have.
    static let maxMinAgents = maxAgents
    /// `staffing.handle_time_seconds` and `answer_within_seconds`: at most a day.
    static let maxSeconds = 86_400.0
    /// Inhabitants of one municipality (sums over 1,000 municipalities stay far inside Int).
    static let maxPopulation = 1_000_000_000
    /// `weight` of one municipality.
    static let maxWeight = 1_000_000.0
    /// |owed_hours| of one municipality in balance.csv: about ten weeks of the largest supported roster.
    static let maxOwedHours = 1_000_000.0
    /// Problems listed per file; more are counted in one closing line, so a broken 100,000-row file
    /// gives a readable report instead of millions of lines.
    static let maxListedProblemsPerFile = 100

    /// `16 MB`, `1 MB`: for messages.
    static func megabytes(_ bytes: Int) -> String { "\(bytes / (1024 * 1024)) MB" }
}
