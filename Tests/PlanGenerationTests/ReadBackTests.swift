import HotlineDomain
import PlanGeneration
import PlanReading
import Testing

/// Every generated folder passes the reader's full validation, with no warning even in strict mode,
/// and reads back as exactly the plan the generator says it wrote.
struct ReadBackTests {
    static let sizes: [GenerationRequest] = [
        GenerationRequest(municipalities: 30, agents: 120, seed: 1, slotMinutes: 30),
        GenerationRequest(municipalities: 30, agents: 120, seed: 2, slotMinutes: 60),
        GenerationRequest(municipalities: 5, agents: 15, seed: 3, slotMinutes: 30),
        GenerationRequest(municipalities: 12, agents: 40, seed: 4, slotMinutes: 15),
        GenerationRequest(municipalities: 2, agents: 8, seed: 5, slotMinutes: 30),
        GenerationRequest(municipalities: 1, agents: 8, seed: 6, slotMinutes: 60),
        GenerationRequest(municipalities: 45, agents: 45, seed: 7, slotMinutes: 30),
        Generated.nationwideRequest,
    ]

    @Test(arguments: sizes)
    func readsBackWithoutErrorsOrWarnings(request: GenerationRequest) throws {
        let folder = try GeneratedFolder(request)
        let loaded = try folder.read()
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings.map(\.description))")
        let plan = loaded.plan, expected = folder.generated.plan
        #expect(plan.municipalities.count == request.municipalities)
        #expect(plan.agents.count == request.agents)
        #expect(plan.settings == expected.settings)
        #expect(plan.municipalities == expected.municipalities)
        #expect(plan.agents == expected.agents)
        #expect(plan.callsByMunicipality == expected.callsByMunicipality)
        #expect(plan.owedHours.isEmpty && plan.balanceAfterWeek == nil)
    }

    @Test func everyFileIsInTheFolderContract() throws {
        let generated = try PlanGenerator.generate(GenerationRequest(municipalities: 6, agents: 20))
        let ids = generated.plan.municipalities.map(\.id)
        let expected = Set(["hotline.yaml", "municipalities.csv", "demand.csv"] + ids.map { "availability/\($0).csv" })
        #expect(Set(generated.files.keys) == expected)
        let slug = /[a-z0-9-]+/
        #expect(ids.allSatisfy { $0.wholeMatch(of: slug) != nil })
        #expect(generated.plan.agents.allSatisfy { $0.id.wholeMatch(of: slug) != nil })
    }
}
