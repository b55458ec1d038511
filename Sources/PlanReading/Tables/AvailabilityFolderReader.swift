import HotlineDomain

/// The availability/ folder: one `ID.csv` per municipality.
enum AvailabilityFolderReader {
    static func read(
        folder: PlanFolder, knownIDs: Set<String>?, draft: SettingsDraft, options: ReadOptions, log: inout DiagnosticLog
    ) -> [Agent] {
        let directory = PlanFolder.availabilityFolder
        guard folder.isFolder(directory), let names = folder.contents(of: directory) else {
            log.missing(directory + "/", "folder not found, expected a folder availability/ with one ID.csv per municipality")
            return []
        }
        guard names.count <= InputLimits.maxAvailabilityEntries else {
            log.error(directory + "/", "holds \(names.count) entries, expected one ID.csv per municipality (at most \(InputLimits.maxMunicipalities))")
            return []
        }
        var agents: [Agent] = []
        var seen: Set<String> = []
        var agentRows = 0
        for name in names where !name.hasPrefix(".") {
            let relative = directory + "/" + name
            if folder.isFolder(relative) {
                log.warning(relative, "is a folder, ignored (expected only ID.csv files in availability/)")
                continue
            }
            guard name.lowercased().hasSuffix(".csv") else {
                log.warning(relative, "is not a .csv file, ignored (expected ID.csv files in availability/)")
                continue
            }
            let id = String(name.dropLast(4))
            if let knownIDs, !knownIDs.contains(id) {
                log.error(relative, "\"\(id)\" is not a municipality id in municipalities.csv, \(Suggestion.didYouMean(id, among: knownIDs.sorted()))expected files named after the ids, such as \(knownIDs.min() ?? "aarhus").csv")
                continue
            }
            guard seen.insert(id).inserted else {
                log.error(relative, "is a second availability file for \(id), expected one file per municipality")
                continue
            }
            guard let (document, columns) = folder.table(
                relative, schema: AvailabilityReader.schema, rowLimit: AvailabilityReader.rowLimit, log: &log) else { continue }
            let remaining = InputLimits.maxAgents - agentRows
            guard document.records.count <= remaining else {
                log.error(relative, line: document.records[remaining].line,
                          "this is agent number \(InputLimits.maxAgents + 1) of the plan (counting the files in name order), expected at most \(InputLimits.maxAgents) agents over all availability files")
                break
            }
            agentRows += document.records.count
            agents += AvailabilityReader.read(document, columns: columns, municipality: id, draft: draft, log: &log)
        }
        for id in (knownIDs ?? []).sorted() where !seen.contains(id) {
            let message = "\(id) offers no hours: there is no availability file for it, expected \(directory)/\(id).csv"
            if options.strict {
                log.error("\(directory)/\(id).csv", message + " (required with --strict)")
            } else {
                log.warning("\(directory)/\(id).csv", message)
            }
        }
        return agents
    }
}
