import HotlineDomain

/// The `staffing` command's report: per-slot requirement on the pooled line, totals, and what pooling
/// saves. Rendered here so the CLI only prints it, and so tests can pin the exact text.
public func staffingReport(plan: Plan) -> String {
    let settings = plan.settings
    let rules = settings.staffing
    let staffing = StaffingPlan(plan: plan)
    let gain = PoolingGain(plan: plan)
    let calls = plan.callsPerSlot

    var lines: [String] = []
    lines.append("Staffing requirement, week \(settings.week) (pooled line, Erlang C)")
    lines.append(
        "Slots of \(settings.slotMinutes) min; handle time \(number(rules.handleTimeSeconds)) s; "
            + "target \(percent(rules.serviceLevel)) answered within \(number(rules.answerWithinSeconds)) s; "
            + "shrinkage \(percent(rules.shrinkage)); at least \(rules.minAgents) agent(s) per slot")
    lines.append("")
    lines.append(ReportColumns.header)
    lines.append(ReportColumns.rule)
    for (slot, requirement) in zip(plan.slots, staffing.slots) {
        lines.append(ReportColumns.row(slot: slot, requirement: requirement))
    }
    lines.append(ReportColumns.rule)
    let totalCalls = calls.reduce(0, +)
    let totalOnLine = staffing.slots.reduce(0) { $0 + $1.agentsOnLine }
    lines.append(ReportColumns.total(calls: totalCalls, onLine: totalOnLine, required: staffing.totalRequired))
    lines.append("")
    lines.append("Open slots: \(plan.slots.count); required agent-slots: \(staffing.totalRequired) "
        + "(\(TextFormatting.fixed(Double(staffing.totalRequired) * settings.slotHours, decimals: 1)) agent-hours)")
    lines.append("")
    lines.append("Pooling gain (agent-slots)")
    let counts = [gain.separateAgentSlots, gain.sharedAgentSlots, gain.savedAgentSlots].map(String.init)
    let width = counts.map(\.count).max() ?? 0
    lines.append("  Each municipality on its own line:  " + TextFormatting.right(counts[0], width))
    lines.append("  One shared line:                    " + TextFormatting.right(counts[1], width))
    lines.append("  Saved by sharing:                   " + TextFormatting.right(counts[2], width)
        + " (" + TextFormatting.fixed(gain.savedShare * 100, decimals: 1) + " %)")
    return lines.joined(separator: "\n") + "\n"
}

/// A share as a percentage with one decimal, e.g. 0.8 → "80.0 %".
private func percent(_ share: Double) -> String {
    TextFormatting.fixed(share * 100, decimals: 1) + " %"
}

/// Seconds without a spurious ".0" when whole, e.g. 180 → "180", 7.5 → "7.5".
private func number(_ value: Double) -> String {
    value.isFinite && value == value.rounded()
        ? TextFormatting.fixed(value, decimals: 0) : TextFormatting.fixed(value, decimals: 1)
}
