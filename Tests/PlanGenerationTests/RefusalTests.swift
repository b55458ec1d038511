import PlanGeneration
import Testing

struct RefusalTests {
    @Test(arguments: [
        (GenerationRequest(municipalities: 0, agents: 120), GenerationError.Parameter.municipalities, "0 is out of range, expected 1 to 98"),
        (GenerationRequest(municipalities: 99, agents: 120), .municipalities, "99 is out of range, expected 1 to 98 (Denmark has 98"),
        (GenerationRequest(municipalities: -3, agents: 120), .municipalities, "-3 is out of range"),
        (GenerationRequest(municipalities: 2, agents: 3), .agents, "3 is out of range, expected 8 to 20000"),
        (GenerationRequest(municipalities: 30, agents: 20), .agents, "20 agents cannot serve 30 municipalities, expected at least one agent per municipality, so at least 30"),
        (GenerationRequest(municipalities: 30, agents: 20_001), .agents, "20001 is out of range"),
        (GenerationRequest(slotMinutes: 20), .slotMinutes, "20 is not a supported slot length, expected 15, 30 or 60"),
        (GenerationRequest(slotMinutes: 0), .slotMinutes, "0 is not a supported slot length"),
    ])
    func refusesWithTheParameterAndWhatWasExpected(request: GenerationRequest, parameter: GenerationError.Parameter, message: String) {
        #expect(request.problems.map(\.parameter) == [parameter])
        #expect(request.problems.first?.description.hasPrefix("\(parameter.rawValue): \(message)") == true,
                "\(request.problems.map(\.description))")
        #expect(throws: GenerationError.self) { try PlanGenerator.generate(request) }
    }

    @Test func reportsEveryProblemAtOnce() {
        let request = GenerationRequest(municipalities: 100, agents: 2, slotMinutes: 45)
        #expect(request.problems.map(\.parameter) == [.municipalities, .agents, .slotMinutes])
    }

    @Test func theDefaultsAreTheBundledSize() {
        let request = GenerationRequest()
        #expect(request.problems.isEmpty)
        #expect((request.municipalities, request.agents, request.seed, request.slotMinutes) == (30, 120, 1, 30))
    }
}
