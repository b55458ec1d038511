import HotlineDomain
import Testing
@testable import PlanReading
@testable import ReaderFuzzing

/// Properties of the readers over many generated inputs (seeded, so every run draws the same ones).
@Suite struct ReaderPropertyTests {
    // MARK: - CSV

    /// Any table written with proper quoting, any delimiter, line ending, BOM or encoding,
    /// with comment and blank lines between rows, reads back as the same table on the same lines.
    @Test(arguments: 0..<8)
    func quotedTablesRoundTrip(seedBlock: UInt64) throws {
        var random = SeededGenerator(seed: 1_000 + seedBlock)
        for _ in 0..<40 {
            let table = GeneratedTable(using: &random)
            let document = try CSVReader.parse(bytes: table.bytes, displayName: "t.csv")
            #expect(document.delimiter == table.delimiter)
            #expect(document.header == table.header)
            #expect(document.headerLine == table.headerLine)
            #expect(document.records.map(\.fields) == table.rows, "\(String(decoding: table.bytes, as: UTF8.self))")
            #expect(document.records.map(\.line) == table.rowLines)
        }
    }

    /// Bytes drawn mostly from the characters that steer the reader never crash it: a document whose
    /// rows match the header, or diagnostics that name the file and lie inside it.
    @Test(arguments: 0..<8)
    func arbitraryBytesAreReadOrRefusedWithLocations(seedBlock: UInt64) {
        var random = SeededGenerator(seed: 2_000 + seedBlock)
        let steering: [UInt8] = Array(";,\"\r\n #\t ab1".utf8) + [0x00, 0xA0, 0xC3, 0xE6, 0xEF, 0xBB, 0xBF, 0xFF, 0x81]
        for _ in 0..<250 {
            let count = Int.random(in: 0...60, using: &random)
            let bytes = (0..<count).map { _ in random.chance(0.8) ? random.pick(steering) : UInt8.random(in: 0...255, using: &random) }
            let verdict = ReaderEntryPoint.csv.run(bytes)
            #expect(!verdict.isViolation, "\(verdict) for \(bytes)")
        }
    }

    // MARK: - Times and windows

    /// Exactly `HH:MM` on the slot grid, 00:00 … 23:59, and 24:00 as an end; written back unchanged.
    @Test(arguments: [15, 30, 60])
    func timesAreAcceptedExactlyOnTheGrid(slotMinutes: Int) {
        for hours in 0...25 {
            for minutes in 0...60 {
                let text = twoDigits(hours) + ":" + twoDigits(minutes)
                for isEnd in [false, true] {
                    let inDay = minutes < 60 && (hours < 24 || (isEnd && hours == 24 && minutes == 0))
                    let expected = inDay && (hours * 60 + minutes) % slotMinutes == 0
                    switch SingleReaders.time(text, isEnd: isEnd, slotMinutes: slotMinutes) {
                    case .success(let time):
                        #expect(expected && time.minutes == hours * 60 + minutes && time.description == text, "\(text)")
                    case .failure:
                        #expect(!expected, "\(text) refused")
                    }
                }
            }
        }
    }

    /// Texts that are not two digits, a colon and two digits are never times.
    @Test func otherShapesAreNeverTimes() {
        var random = SeededGenerator(seed: 3_000)
        let alphabet = Array("0123456789:-. +١")
        for _ in 0..<3_000 {
            let text = String((0..<Int.random(in: 0...7, using: &random)).map { _ in random.pick(alphabet) })
            let characters = Array(text)
            let shaped = characters.count == 5 && characters[2] == ":"
                && [0, 1, 3, 4].allSatisfy { "0123456789".contains(characters[$0]) }
            if !shaped {
                #expect(SingleReaders.time(text, isEnd: true, slotMinutes: 15).isFailure, "\(text)")
            }
        }
    }

    /// `HH:MM-HH:MM` is a window exactly when both ends are times and it ends after it starts.
    @Test(arguments: [15, 30, 60])
    func windowsNeedTwoGridTimesInOrder(slotMinutes: Int) {
        var random = SeededGenerator(seed: 4_000 + UInt64(slotMinutes))
        for _ in 0..<2_000 {
            let start = Int.random(in: 0...97, using: &random) * 15
            let end = Int.random(in: 0...97, using: &random) * 15
            let text = clock(start) + "-" + clock(end)
            let expected = start < end && end <= 1440 && start % slotMinutes == 0 && end % slotMinutes == 0
            switch SingleReaders.window(text, slotMinutes: slotMinutes) {
            case .success(let window):
                #expect(expected && window.start.minutes == start && window.end.minutes == end, "\(text)")
            case .failure:
                #expect(!expected, "\(text) refused")
            }
        }
    }

    /// Disjoint grid windows, written in any order with any of the separators planners use,
    /// read back sorted and without problems.
    @Test(arguments: [15, 30, 60])
    func cellsListTheirWindows(slotMinutes: Int) {
        var random = SeededGenerator(seed: 5_000 + UInt64(slotMinutes))
        let separators = [",", " ", ", ", " ,  ", "\t"]
        let dashes = ["-", " - ", " -", "- "]
        for _ in 0..<500 {
            var bounds = Set<Int>()
            for _ in 0..<(2 * Int.random(in: 0...4, using: &random)) {
                bounds.insert(Int.random(in: 0...(1440 / slotMinutes), using: &random) * slotMinutes)
            }
            var sorted = bounds.sorted()
            if sorted.count % 2 == 1 { sorted.removeLast() }
            let windows = stride(from: 0, to: sorted.count, by: 2).map {
                TimeWindow(start: TimeOfDay(minutes: sorted[$0]), end: TimeOfDay(minutes: sorted[$0 + 1]))
            }
            let written = windows.shuffled(using: &random)
                .map { "\($0.start)" + random.pick(dashes) + "\($0.end)" }
                .joined(separator: random.pick(separators))
            let cell = (random.chance(0.3) ? " " : "") + (written.isEmpty && random.chance(0.5) ? "-" : written)
            let (read, problems) = SingleReaders.availabilityCell(cell, slotMinutes: slotMinutes)
            #expect(problems.isEmpty, "\(cell): \(problems)")
            #expect(read == windows, "\(cell)")
        }
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    private func clock(_ minutes: Int) -> String { twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60) }
}

private extension Result {
    var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
