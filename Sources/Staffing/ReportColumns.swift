import HotlineDomain

/// The fixed-width table of the staffing report: one place owns the widths so header, rows and the
/// total line always line up.
enum ReportColumns {
    private static let date = 10, day = 3, start = 5, end = 5, calls = 9, traffic = 9, onLine = 8, required = 8

    static let header = [
        TextFormatting.left("Date", date), TextFormatting.left("Day", day),
        TextFormatting.left("Start", start), TextFormatting.left("End", end),
        TextFormatting.right("Calls", calls), TextFormatting.right("Traffic", traffic),
        TextFormatting.right("On line", onLine), TextFormatting.right("Required", required),
    ].joined(separator: "  ")

    static let rule = String(repeating: "-", count: header.count)

    static func row(slot: Slot, requirement: SlotRequirement) -> String {
        [
            TextFormatting.left(slot.date.description, date), TextFormatting.left(slot.day.code, day),
            TextFormatting.left(slot.start.description, start), TextFormatting.left(slot.end.description, end),
            TextFormatting.right(TextFormatting.fixed(requirement.calls, decimals: 1), calls),
            TextFormatting.right(TextFormatting.fixed(requirement.traffic, decimals: 2), traffic),
            TextFormatting.right(String(requirement.agentsOnLine), onLine),
            TextFormatting.right(String(requirement.required), required),
        ].joined(separator: "  ")
    }

    /// The total line: calls, agents on line and required summed; traffic is not additive across
    /// slots in any useful sense, so it stays blank.
    static func total(calls totalCalls: Double, onLine totalOnLine: Int, required totalRequired: Int) -> String {
        let label = TextFormatting.left("Total", date + day + start + end + 3 * 2)
        return [
            label,
            TextFormatting.right(TextFormatting.fixed(totalCalls, decimals: 1), calls),
            TextFormatting.right("", traffic),
            TextFormatting.right(String(totalOnLine), onLine),
            TextFormatting.right(String(totalRequired), required),
        ].joined(separator: "  ")
    }
}
