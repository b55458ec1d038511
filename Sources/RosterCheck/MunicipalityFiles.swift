import Foundation
import HotlineDomain
import PlanReading

/// municipalities/ID.csv: one file per municipality of the plan, none for unknown ids, each holding
/// exactly that municipality's roster.csv rows (as a multiset of the first seven columns).
enum MunicipalityFiles {
    static func check(folder: String, roster: FolderTable, plan: Plan, log: inout FindingLog) {
        let directory = (folder as NSString).appendingPathComponent(FolderLayout.municipalities)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            log.add(FolderLayout.municipalities + "/", nil,
                    "folder missing, expected a file municipalities/ID.csv for each of the plan's \(plan.municipalities.count) municipalities")
            return
        }

        // The roster rows of each municipality, keyed by their first seven columns.
        var rosterRows: [String: [(key: [String], line: Int)]] = [:]
        for record in roster.records {
            let key = FolderLayout.municipalityColumns.map { roster.field(record, $0) ?? "" }
            rosterRows[roster.field(record, "municipality") ?? "", default: []].append((key, record.line))
        }

        for municipality in plan.municipalities {
            let file = FolderLayout.municipalityFile(municipality.id)
            let table: FolderTable
            switch FolderTable.read(folder: folder, file: file, columns: FolderLayout.rosterColumns, log: &log) {
            case .table(let read): table = read
            case .missing:
                log.add(file, nil, "file missing, expected \(municipality.id)'s shifts (a header line at least)")
                continue
            case .inaccessible, .malformed: continue
            }
            guard FolderLayout.municipalityColumns.allSatisfy(table.has) else { continue }

            var unmatched: [[String]: [Int]] = [:]
            for row in rosterRows[municipality.id] ?? [] { unmatched[row.key, default: []].append(row.line) }
            for record in table.records {
                let key = FolderLayout.municipalityColumns.map { table.field(record, $0) ?? "" }
                if var lines = unmatched[key], !lines.isEmpty {
                    lines.removeFirst()
                    unmatched[key] = lines
                } else {
                    log.add(file, record.line,
                            "the row \(key.joined(separator: ";")) is not one of \(municipality.id)'s rows in roster.csv (or appears more often here), expected exactly the roster.csv rows of \(municipality.id)")
                }
            }
            let missing = unmatched.flatMap { key, lines in lines.map { (line: $0, key: key) } }.sorted { $0.line < $1.line }
            for row in missing {
                log.add(file, nil,
                        "the row of roster.csv:\(row.line) (\(row.key.joined(separator: ";"))) is missing, expected exactly the roster.csv rows of \(municipality.id)")
            }
        }

        // Files for municipalities the plan does not have.
        let expected = Set(plan.municipalities.map { "\($0.id).csv" })
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for entry in entries.sorted() where !entry.hasPrefix(".") && !expected.contains(entry) {
            let id = entry.hasSuffix(".csv") ? String(entry.dropLast(4)) : entry
            log.add("\(FolderLayout.municipalities)/\(entry)", nil,
                    "no municipality \"\(id)\" in the plan, expected files only for the plan's municipalities")
        }
    }
}
