import ArgumentParser

/// The checks every command that solves makes on its budget options, with one wording.
enum SolveBudget {
    static func validate(timeLimit: Double) throws {
        guard timeLimit.isFinite, timeLimit > 0, timeLimit <= 86_400 else {
            throw ValidationError("--time-limit must be between 0 and 86400 seconds, got \(timeLimit)")
        }
    }

    static func validate(gap: Double) throws {
        guard gap.isFinite, gap >= 0, gap < 1 else {
            throw ValidationError("--gap must be a fraction in [0, 1), e.g. 0.01 for 1 %, got \(gap)")
        }
    }
}
