/// Program sizes beyond which a step cannot pay for itself within a stage's budget; measured on the
/// generated national (1,000 agents) and stress (3,000 agents, 15-minute slots) weeks.
enum ProgramSizeRules {
    /// Programs larger than this are not handed to GLPK: building its copy alone takes seconds and
    /// gigabytes, and one LP of the 3,000-agent, 15-minute week (19.6 M nonzeros) outlasts the default
    /// budget. The 1,000-agent national week has 1.05 M.
    static let largestSearchableNonzeros = 5_000_000
    /// Totals H beyond which the contracts bound is taken over the whole range at once (looser, but
    /// without a pass per H).
    static let contractBoundTotals = 4_000

    /// Programs larger than this take seconds for one LP relaxation (8.8 s for the national week's
    /// 1.05 M nonzeros), so GLPK's later steps cannot pay for themselves within a stage's budget.
    static let slowRelaxationNonzeros = 500_000

    /// Steps of the debt-sum DP (municipalities × total × reachable totals within the largest debt,
    /// for up to 10 totals) beyond which it would outlast any budget.
    static let debtSumSteps = 3e8
}

/// Which of the solve's steps a program's size lets pay for themselves within a stage's budget.
enum ProgramScale: Equatable {
    /// GLPK's LP and search pay (up to `slowRelaxationNonzeros`).
    case small
    /// One LP relaxation takes seconds (the national week): GLPK only for the largest debt, the Swift
    /// searches get the other stages' whole budgets.
    case slowRelaxation
    /// Too large for GLPK within any budget (the 3,000-agent, 15-minute week): the Swift steps alone.
    case beyondGLPK

    init(nonzeros: Int) {
        if nonzeros <= ProgramSizeRules.slowRelaxationNonzeros {
            self = .small
        } else if nonzeros <= ProgramSizeRules.largestSearchableNonzeros {
            self = .slowRelaxation
        } else {
            self = .beyondGLPK
        }
    }
}

extension RosterProgram {
    var scale: ProgramScale { ProgramScale(nonzeros: program.nonzeroCount) }
}
