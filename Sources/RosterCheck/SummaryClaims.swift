import Foundation
import HotlineDomain

/// summary.json: the planned week and priorities, a known status, the six components within
/// tolerance of the recomputed ones, and the `roster` and `stages` figures (see
/// SummaryRosterClaims and SummaryStageClaims).
enum SummaryClaims {
    static func check(folder: String, plan: Plan, recount: Recount, rosterRows: Int, log: inout FindingLog) {
        guard let summary = read(folder: folder, log: &log) else { return }
        let file = FolderLayout.summary

        let week = plan.settings.week.description
        if let claimed = summary.string("week", expected: "\(JSONValue.quoted(week)) (the plan's settings.week)", log: &log),
           claimed != week {
            log.add(file, nil, "week is \(JSONValue.quoted(claimed)), expected \(JSONValue.quoted(week)) (the plan's settings.week)")
        }

        let statuses = "\"optimal\" or \"feasible\""
        let status = summary.string("status", expected: statuses, log: &log)
        if let status, status != "optimal", status != "feasible" {
            log.add(file, nil, "status is \(JSONValue.quoted(status)), expected \(statuses)")
        }

        let interrupted = summary.bool("interrupted", expected: "true or false (whether a stop cut the solve short)", log: &log)
        if interrupted == true, status == "optimal" {
            log.add(file, nil, "interrupted is true, but status is \"optimal\", expected status \"feasible\" when a stop cut the solve short")
        }

        checkPriorities(summary, plan: plan, log: &log)
        checkComponents(summary, components: recount.components, log: &log)
        SummaryStageClaims.check(
            summary, status: status, interrupted: interrupted, plan: plan, components: recount.components,
            requirement: recount.required.reduce(0, +), log: &log)
        SummaryRosterClaims.check(summary, plan: plan, recount: recount, rosterRows: rosterRows, log: &log)
    }

    /// The top-level object, or nil (logged) when the file is missing, unreadable or not an object.
    private static func read(folder: String, log: inout FindingLog) -> SummaryObject? {
        let file = FolderLayout.summary
        let path = (folder as NSString).appendingPathComponent(file)
        guard FileManager.default.fileExists(atPath: path) else {
            log.add(file, nil, "file missing, expected {\"status\": …, \"components\": {…}}")
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.add(file, nil, "cannot be read (check its permissions)")
            return nil
        }
        let root: JSONValue
        do {
            root = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            log.add(file, nil, "is not valid JSON, expected an object with \"status\" and \"components\"")
            return nil
        }
        guard case .object(let fields) = root else {
            log.add(file, nil, "is not a JSON object, expected an object with \"status\" and \"components\"")
            return nil
        }
        return SummaryObject(fields: fields, name: nil)
    }

    private static func checkPriorities(_ summary: SummaryObject, plan: Plan, log: inout FindingLog) {
        let expected = plan.settings.priorities.map(\.description)
        let shown = "\(JSONValue.quoted(expected)) (the plan's priorities)"
        guard let items = summary.array("priorities", expected: shown, log: &log) else { return }
        let names = items.compactMap { item -> String? in if case .string(let name) = item { name } else { nil } }
        if names.count != items.count {
            log.add(FolderLayout.summary, nil, "priorities is not a list of names, expected \(shown)")
        } else if names != expected {
            log.add(FolderLayout.summary, nil, "priorities is \(JSONValue.quoted(names)), expected \(shown)")
        }
    }

    private static func checkComponents(_ summary: SummaryObject, components: RecomputedComponents, log: inout FindingLog) {
        let keys = "floor, service, fairness_max, fairness_sum, fairness_spread, contracts and economy"
        guard let claimed = summary.object("components", expected: "an object with \(keys)", log: &log) else { return }
        for (key, actual) in components.named {
            let shown = NumberText.format(actual, decimals: 6)
            guard let value = claimed.number(key, expected: shown, log: &log) else { continue }
            if !Tolerance.component(claimed: value, actual: actual) {
                log.add(FolderLayout.summary, nil,
                        "components.\(key) is \(NumberText.format(value, decimals: 6)), expected \(shown) (recomputed from the plan and roster.csv)")
            }
        }
    }
}
