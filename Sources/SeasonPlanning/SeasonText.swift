import HotlineDomain

/// season.csv and the summary printed after a season.
public enum SeasonText {
    /// week × municipality, in week then id order; `;` and UTF-8, the decimals of fairness.csv.
    public static func csv(_ ledger: SeasonLedger) -> String {
        var text = "week;municipality;share;target_hours;rostered_hours;available_hours;owed_before;owed_after;forced;beyond_one_shift\n"
        for week in ledger.weeks {
            for row in week.fairness {
                let beyond = abs(row.owedAfter) > week.excursionLimit + SeasonLedger.slack
                text += [
                    week.week.description, row.municipality, fixed(row.share, 6), fixed(row.targetHours, 4), fixed(row.rosteredHours),
                    fixed(row.availableHours), fixed(row.owedBefore, 4), fixed(row.owedAfter, 4),
                    SeasonLedger.isForced(row) ? "yes" : "no", beyond ? "yes" : "no",
                ].joined(separator: ";") + "\n"
            }
        }
        return text
    }

    /// One line per municipality, then the season's staffing and drift.
    public static func summary(_ ledger: SeasonLedger, names: [String: String]) -> String {
        let first = ledger.weeks.first?.week.description ?? "", last = ledger.weeks.last?.week.description ?? ""
        var lines = ["season \(first) … \(last): \(ledger.weeks.count) weeks"]
        let header = ["municipality", "share", "due h", "given h", "largest owed", "week", "final owed", "forced", "unforced"]
        var rows = [header]
        for m in ledger.municipalities {
            rows.append([
                names[m.municipality] ?? m.municipality, fixed(100 * m.shareOfSeason, 1) + " %", fixed(m.dueHours, 1), fixed(m.givenHours, 1),
                fixed(m.largestOwed), m.largestOwedWeek?.description ?? "-", fixed(m.finalOwed),
                String(m.forcedWeeks.count), m.unforcedWeeks.isEmpty ? "0" : "\(m.unforcedWeeks.count) (up to \(fixed(m.largestUnforced)) h)",
            ])
        }
        let widths = header.indices.map { c in rows.map { $0[c].count }.max() ?? 0 }
        for row in rows {
            lines.append(row.enumerated().map { c, cell in
                c == 0 ? cell + String(repeating: " ", count: widths[c] - cell.count)
                    : String(repeating: " ", count: widths[c] - cell.count) + cell
            }.joined(separator: "  "))
        }
        lines.append("forced: weeks whose own availability could not reach the target; unforced: weeks more than one shortest shift from the share although it could")
        lines.append("staffing beyond the need: \(fixed(ledger.beyondNeedHours, 1)) of \(fixed(ledger.requiredHours, 1)) required agent-hours (\(fixed(100 * ledger.beyondNeedFraction, 1)) %)")
        lines.append("unforced excursions: \(ledger.unforcedExcursions) municipality-weeks" + (ledger.unforcedExcursions > 0 ? ", the largest \(fixed(ledger.largestUnforced)) h" : ""))
        return lines.joined(separator: "\n") + "\n"
    }

    /// Fixed decimals with a point, whatever the locale.
    static func fixed(_ value: Double, _ places: Int = 2) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let negative = value < 0 && scaled > 0
        let whole = Int(scaled / scale), fraction = Int(scaled.truncatingRemainder(dividingBy: scale))
        let fractionText = String(fraction)
        return (negative ? "-" : "") + String(whole)
            + (places > 0 ? "." + String(repeating: "0", count: places - fractionText.count) + fractionText : "")
    }
}
