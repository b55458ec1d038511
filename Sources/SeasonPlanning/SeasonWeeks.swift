import Foundation
import HotlineDomain

/// The weekly planning folders of a season: WEEKS_DIR/YYYY-Www/, in ISO-week order, consecutive.
public struct SeasonWeeks: Sendable {
    public struct Week: Sendable {
        public let week: IsoWeek
        public let folder: String
    }

    public let weeks: [Week]

    /// Entries not named like a week (a README, season.csv) are left alone.
    public init(folder: String) throws(SeasonError) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw .noWeeks(folder: folder, reason: "not found or not a folder")
        }
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            throw .noWeeks(folder: folder, reason: "cannot be listed (\(error.localizedDescription))")
        }
        let found = entries.compactMap { entry -> Week? in
            let path = (folder as NSString).appendingPathComponent(entry)
            var isDirectory: ObjCBool = false
            guard let week = IsoWeek(entry), FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return nil }
            return Week(week: week, folder: path)
        }.sorted { $0.week < $1.week }
        guard !found.isEmpty else { throw .noWeeks(folder: folder, reason: "holds no weekly folder") }
        for (before, after) in zip(found, found.dropFirst()) where before.week.next != after.week {
            throw .gap(folder: folder, after: before.week, missing: before.week.next, next: after.week)
        }
        weeks = found
    }
}
