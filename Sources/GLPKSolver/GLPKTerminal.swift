import CGLPK

/// Keeps GLPK from printing to stdout: the roster tool's stdout belongs to the user.
enum GLPKTerminal {
    /// Installs the hook on the calling thread (GLPK's environment is thread-local).
    static func silence() {
        glp_term_out(GLP_OFF)
        glp_term_hook({ _, _ in 1 }, nil)
    }
}
