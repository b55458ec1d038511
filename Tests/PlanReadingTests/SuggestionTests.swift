import Testing
@testable import PlanReading

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("max_hour", "max_hours"), ("maxhours", "max_hours"), ("MAX_HOURS", "max_hours"), ("shrinkag", "shrinkage"),
        ("monday", "mon"), ("tues", "tue"), ("man", "mon"),
    ])
    func closeNamesAreSuggested(word: String, expected: String) {
        let candidates = ["max_hours", "min_hours", "shrinkage", "mon", "tue", "wed"]
        #expect(Suggestion.closest(to: word, among: candidates) == expected)
    }

    @Test func distantNamesGetNoSuggestion() {
        #expect(Suggestion.closest(to: "population", among: ["agent", "name"]) == nil)
        #expect(Suggestion.didYouMean("xyz", among: ["mon"]) == "")
        #expect(Suggestion.didYouMean("tues", among: ["mon", "tue"]) == "did you mean `tue`? ")
    }

    @Test func editDistance() {
        #expect(Suggestion.editDistance("kitten", "sitting") == 3)
        #expect(Suggestion.editDistance("", "abc") == 3)
        #expect(Suggestion.editDistance("lør", "lor") == 1)
    }
}
