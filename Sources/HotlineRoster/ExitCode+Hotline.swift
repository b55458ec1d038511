import ArgumentParser

/// Exit statuses, following sysexits(3) where one fits.
extension ExitCode {
    /// The roster failed verification.
    static let checkFailed = ExitCode(1)
    /// A command line that cannot work (EX_USAGE), as ArgumentParser reports its own refusals.
    static let usage = ExitCode(64)
    /// Bad data in the planning folder (EX_DATAERR).
    static let badData = ExitCode(65)
    /// A file or folder is missing (EX_NOINPUT).
    static let missingInput = ExitCode(66)
    /// An internal error: a model the solver must not see (EX_SOFTWARE).
    static let internalError = ExitCode(70)
    /// The roster folder could not be written (EX_CANTCREAT).
    static let cannotWrite = ExitCode(73)
    /// Stopped by Ctrl-C after writing the best roster found (SIGTERM gives 143: 128 + the signal).
    static let interrupted = ExitCode(130)
}
