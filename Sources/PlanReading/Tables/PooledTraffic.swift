import HotlineDomain

/// The forecast of every slot pooled over municipalities, in Erlangs, refused beyond
/// `InputLimits.maxErlangsPerSlot`: Erlang C costs O(A) per slot, and no roster the tool supports
/// could answer that much. Reported once, on the row that crosses the limit first.
struct PooledTraffic {
    private var calls: [Double]
    /// Erlangs per contact in one slot: handle time / slot length; nil when the settings are unusable.
    private let erlangsPerCall: Double?
    private let handleSeconds: Double
    private var reported = false

    init(slots: Int, slotMinutes: Int?, staffing: StaffingRules?) {
        calls = Array(repeating: 0, count: slots)
        handleSeconds = staffing?.handleTimeSeconds ?? 0
        if let slotMinutes, let staffing {
            erlangsPerCall = staffing.handleTimeSeconds / Double(slotMinutes * 60)
        } else {
            erlangsPerCall = nil
        }
    }

    mutating func add(_ share: Double, to slots: [(start: TimeOfDay, index: Int)], day: Weekday, row: RowReader, log: inout DiagnosticLog) {
        guard let erlangsPerCall else { return }
        for slot in slots where slot.index < calls.count {
            calls[slot.index] += share
            let erlangs = calls[slot.index] * erlangsPerCall
            guard erlangs > InputLimits.maxErlangsPerSlot, !reported else { continue }
            reported = true
            let limit = InputLimits.maxErlangsPerSlot
            let most = limit / erlangsPerCall
            row.error("calls", "with this row the slot \(day.code) \(slot.start) holds \(NumberFormat.text(calls[slot.index])) contacts over all municipalities, \(NumberFormat.text(erlangs)) Erlangs at handle_time_seconds \(NumberFormat.text(handleSeconds)), expected at most \(NumberFormat.text(limit)) Erlangs (\(NumberFormat.text(most)) contacts) in one slot", log: &log)
        }
    }
}
