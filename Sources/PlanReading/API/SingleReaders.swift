import HotlineDomain

/// The readers of single values and of hotline.yaml alone, for the fuzzer and the property tests
/// that exercise them without building a whole planning folder. `PlanReader` stays the way in.
package enum SingleReaders {
    /// Why a value was refused: what is wrong and what was expected (the caller knows where).
    package struct Refusal: Error, Equatable {
        package let message: String
    }

    /// One availability cell (`08:00-12:00,13:00-17:00`, empty or `-`): its windows, sorted, and
    /// the message of every problem.
    package static func availabilityCell(_ text: String, slotMinutes: Int) -> (windows: [TimeWindow], problems: [String]) {
        let outcome = WindowList.parse(text, slotMinutes: slotMinutes)
        return (outcome.windows, outcome.problems.map(\.message))
    }

    /// One `HH:MM` time; `isEnd` admits `24:00`.
    package static func time(_ text: String, isEnd: Bool, slotMinutes: Int) -> Result<TimeOfDay, Refusal> {
        TimeParsing.time(text, role: isEnd ? .end : .start, slotMinutes: slotMinutes).mapError { Refusal(message: $0.message) }
    }

    /// One `HH:MM-HH:MM` window.
    package static func window(_ text: String, slotMinutes: Int) -> Result<TimeWindow, Refusal> {
        TimeParsing.window(text, slotMinutes: slotMinutes).mapError { Refusal(message: $0.message) }
    }

    /// hotline.yaml's text: the complete settings when every part is usable, and every diagnostic.
    package static func settings(text: String) -> (settings: Settings?, diagnostics: [Diagnostic]) {
        let (draft, diagnostics) = SettingsReader.read(text: text)
        return (draft.settings, diagnostics)
    }
}
