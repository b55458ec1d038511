import HotlineDomain

/// The fairness basis summed over all municipalities must be positive, or no share can be computed.
enum FairnessBasisCheck {
    static func check(
        basis: FairnessBasis, municipalities: [Municipality], calls: [String: [Double]], log: inout DiagnosticLog
    ) {
        switch basis {
        case .demand:
            let total = calls.values.reduce(0) { $0 + $1.reduce(0, +) }
            guard total <= 0 else { return }
            log.error(PlanFolder.demandFile, field: "fairness.basis",
                      "fairness.basis is demand in hotline.yaml but demand.csv forecasts no contacts in any open slot, expected calls > 0 on some row (or fairness.basis population or weight)")
        case .population:
            guard municipalities.reduce(0, { $0 + $1.population }) <= 0 else { return }
            log.error(PlanFolder.municipalitiesFile, field: "fairness.basis",
                      "fairness.basis is population in hotline.yaml but every population in municipalities.csv is 0, expected a population > 0 for some municipality")
        case .weight:
            guard municipalities.reduce(0, { $0 + ($1.weight ?? 0) }) <= 0 else { return }
            log.error(PlanFolder.municipalitiesFile, field: "fairness.basis",
                      "fairness.basis is weight in hotline.yaml but every weight in municipalities.csv is 0, expected a weight > 0 for some municipality")
        }
    }
}
