import Foundation
import RosterModel

/// Recorded deterministic results of the benchmark plans (Benchmarks/baseline.json).
public struct Baseline: Codable, Sendable {
    public struct Record: Codable, Sendable {
        public var status: String
        /// Objective per stage, in the stage's unit.
        public var objectives: [String: Double]
        public var candidateShifts: Int
        public var nonzeros: Int

        public init(_ measured: MeasuredSolve) {
            let solution = measured.solution
            status = solution.status.rawValue
            objectives = Dictionary(uniqueKeysWithValues: Self.stageKeys(solution.stages.map(\.stage)).enumerated().map { index, key in
                (key, (solution.stages[index].objective * 1e6).rounded() / 1e6)
            })
            candidateShifts = solution.modelSize.candidateShifts
            nonzeros = solution.modelSize.nonzeros
        }

        /// A stage's name, with `_2` where it runs a second time (`economy: 5%` early, `economy` last).
        public static func stageKeys(_ stages: [Stage]) -> [String] {
            var seen: Set<Stage> = []
            return stages.map { stage in seen.insert(stage).inserted ? stage.rawValue : stage.rawValue + "_2" }
        }

        /// What got worse than `expected`. Objectives compare lexicographically, in the stages'
        /// order: once a stage is better, later stages may be worse (that is what the priorities
        /// ask for), so they are no longer compared.
        public func regressions(against expected: Record) -> [String] {
            var found: [String] = []
            if expected.status == "optimal", status != "optimal" { found.append("status \(status), was optimal") }
            // The benchmark plans use the default priorities, whose order is the stages' declaration order.
            for stage in Stage.allCases.map(\.rawValue) {
                guard let value = expected.objectives[stage] else { continue }
                guard let now = objectives[stage] else { found.append("stage \(stage) missing"); break }
                let tolerance = 1e-6 * max(1, abs(value))
                if now > value + tolerance { found.append("\(stage) \(now), was \(value)"); break }
                if now < value - tolerance { break }
            }
            if candidateShifts > expected.candidateShifts { found.append("candidate shifts \(candidateShifts), were \(expected.candidateShifts)") }
            if nonzeros > expected.nonzeros { found.append("nonzeros \(nonzeros), were \(expected.nonzeros)") }
            return found
        }

        public func line(name: String, seconds: Double) -> String {
            let stages = objectives.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
            return "\(name): \(status), \(candidateShifts) shifts, \(nonzeros) nonzeros, \(String(format: "%.2f", seconds)) s; \(stages)"
        }
    }

    public var plans: [String: Record]

    public init(plans: [String: Record]) {
        self.plans = plans
    }

    public static func read(from path: String) throws -> Baseline {
        try JSONDecoder().decode(Baseline.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
    }

    public func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
