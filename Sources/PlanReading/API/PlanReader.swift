import HotlineDomain

/// Reads and validates a planning folder into a `Plan`, reporting every problem at once.
public enum PlanReader {
    public static func read(folder: String, options: ReadOptions = ReadOptions()) throws(PlanReadingError) -> LoadedPlan {
        var log = DiagnosticLog()
        let plan = PlanAssembly(folder: PlanFolder(root: folder), options: options).run(log: &log)
        if let failure = log.failure { throw failure }
        guard let plan else {
            // Unreachable: every path that yields no plan logs an error.
            throw PlanReadingError(kind: .badData, diagnostics: [Diagnostic(file: folder, message: "the plan could not be read")])
        }
        return LoadedPlan(plan: plan, warnings: log.warnings)
    }
}

/// The order of reading: settings first (later files need them), then municipalities (the ids
/// every other file refers to), then demand, balance and availability.
struct PlanAssembly {
    let folder: PlanFolder
    let options: ReadOptions

    func run(log: inout DiagnosticLog) -> Plan? {
        guard folder.isFolder(nil) else {
            log.missing(folder.root, "plan folder not found, expected a folder with hotline.yaml, municipalities.csv, demand.csv and availability/")
            return nil
        }
        let draft = readSettings(log: &log)

        var municipalities: MunicipalitiesReader.Outcome?
        let errorsBeforeMunicipalities = log.errorCount
        if let (document, columns) = folder.table(
            PlanFolder.municipalitiesFile, schema: MunicipalitiesReader.schema, rowLimit: MunicipalitiesReader.rowLimit, log: &log) {
            // Rows the parser dropped may hold the ids other files name: do not blame those files then.
            let rowsDropped = log.errorCount > errorsBeforeMunicipalities
            municipalities = MunicipalitiesReader.read(document, columns: columns, basis: draft.fairnessBasis, log: &log)
            if rowsDropped { municipalities?.knownIDs = nil }
        }
        let municipalitiesComplete = log.errorCount == errorsBeforeMunicipalities
        let knownIDs = municipalities?.knownIDs ?? nil

        var demand: DemandReader.Outcome?
        if let (document, columns) = folder.table(PlanFolder.demandFile, schema: DemandReader.schema, log: &log) {
            demand = DemandReader.read(document, columns: columns, knownIDs: knownIDs, draft: draft, log: &log)
        }

        var balance = BalanceReader.Outcome()
        // A balance from elsewhere is named by its full path in every diagnostic.
        let (balanceFolder, balanceName) = options.balanceFile.map { (PlanFolder(root: ""), $0) } ?? (folder, PlanFolder.balanceFile)
        if options.balanceFile != nil || folder.exists(PlanFolder.balanceFile),
           let (document, columns) = balanceFolder.table(balanceName, schema: BalanceReader.schema, rowLimit: BalanceReader.rowLimit, log: &log) {
            balance = BalanceReader.read(document, columns: columns, knownIDs: knownIDs, draft: draft, options: options, log: &log)
        }

        let agents = AvailabilityFolderReader.read(folder: folder, knownIDs: knownIDs, draft: draft, options: options, log: &log)

        if let basis = draft.fairnessBasis, let municipalities, municipalitiesComplete {
            // Demand totals only count once demand.csv is fully usable.
            let calls = demand.flatMap { $0.complete ? $0.calls : nil }
            if basis != .demand || calls != nil {
                FairnessBasisCheck.check(basis: basis, municipalities: municipalities.municipalities, calls: calls ?? [:], log: &log)
            }
        }
        guard !log.hasErrors, let settings = draft.settings, let municipalities, let calls = demand?.calls else { return nil }
        return Plan(
            settings: settings, municipalities: municipalities.municipalities, agents: agents,
            callsByMunicipality: calls, owedHours: balance.owedHours, balanceAfterWeek: balance.afterWeek)
    }

    private func readSettings(log: inout DiagnosticLog) -> SettingsDraft {
        guard let bytes = folder.bytes(PlanFolder.settingsFile, maxBytes: InputLimits.maxSettingsBytes, log: &log) else {
            return SettingsDraft()
        }
        switch TextDecoding.decode(bytes) {
        case .success(let scalars):
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            let (draft, diagnostics) = SettingsReader.read(text: String(text))
            log.append(contentsOf: diagnostics)
            return draft
        case .failure(let problem):
            log.error(PlanFolder.settingsFile, line: problem.line, problem.message)
            return SettingsDraft()
        }
    }
}
