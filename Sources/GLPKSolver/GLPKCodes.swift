import CGLPK

/// GLPK's return and status codes in words, for diagnostics.
enum GLPKCodes {
    static func describe(_ code: Int32) -> String {
        switch code {
        case 0: "success"
        case GLP_EBADB: "invalid initial basis (GLP_EBADB)"
        case GLP_ESING: "singular basis matrix (GLP_ESING)"
        case GLP_ECOND: "ill-conditioned basis matrix (GLP_ECOND)"
        case GLP_EBOUND: "incorrect bounds (GLP_EBOUND)"
        case GLP_EFAIL: "solver failure (GLP_EFAIL)"
        case GLP_EOBJLL: "objective lower limit reached (GLP_EOBJLL)"
        case GLP_EOBJUL: "objective upper limit reached (GLP_EOBJUL)"
        case GLP_EITLIM: "iteration limit exceeded (GLP_EITLIM)"
        case GLP_ETMLIM: "time limit exceeded (GLP_ETMLIM)"
        case GLP_ENOPFS: "no primal feasible solution (GLP_ENOPFS)"
        case GLP_ENODFS: "no dual feasible solution (GLP_ENODFS)"
        case GLP_EROOT: "root LP optimum not provided (GLP_EROOT)"
        case GLP_ESTOP: "search terminated by the application (GLP_ESTOP)"
        case GLP_EMIPGAP: "relative MIP gap tolerance reached (GLP_EMIPGAP)"
        default: "GLPK code \(code)"
        }
    }

    static func describeStatus(_ status: Int32) -> String {
        switch status {
        case GLP_OPT: "optimal"
        case GLP_FEAS: "feasible"
        case GLP_INFEAS: "infeasible"
        case GLP_NOFEAS: "no feasible solution"
        case GLP_UNBND: "unbounded"
        case GLP_UNDEF: "undefined"
        default: "status \(status)"
        }
    }
}
