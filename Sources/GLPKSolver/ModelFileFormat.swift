/// The standard file formats GLPK writes a program in: CPLEX LP, and free MPS (which
/// `glpsol --freemps` and HiGHS read).
public enum ModelFileFormat: String, Sendable, CaseIterable {
    case lp, mps
}
