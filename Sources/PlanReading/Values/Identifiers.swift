/// The shapes of ids and codes in the planning files.
enum Identifiers {
    /// Municipality id: lowercase slug `[a-z0-9][a-z0-9-]*` (also the availability file name). It may
    /// not start with "-": outputs would have to neutralize it as a spreadsheet formula (`'-south`).
    static func municipalityID(_ text: String) -> Result<String, ValueProblem> {
        if let first = text.first, first != "-", text.allSatisfy(isSlugCharacter) { return .success(text) }
        if text.isEmpty { return .failure(ValueProblem("is empty, expected a lowercase id such as aarhus")) }
        let lowered = text.lowercased()
        let hint = lowered.first != "-" && lowered.allSatisfy(isSlugCharacter) ? " (write \"\(lowered)\")" : ""
        return .failure(ValueProblem(
            "\"\(text)\" is not a valid id, expected lowercase letters a-z, digits and \"-\" only, starting with a letter or digit, such as aarhus or ringkoebing-skjern\(hint)"))
    }

    /// Agent id: `[A-Za-z0-9][A-Za-z0-9._-]*`.
    static func agentID(_ text: String) -> Result<String, ValueProblem> {
        guard let first = text.first else {
            return .failure(ValueProblem("is empty, expected an agent id such as a17 or jens.h"))
        }
        guard isAlphanumeric(first), text.allSatisfy({ isAlphanumeric($0) || $0 == "." || $0 == "_" || $0 == "-" }) else {
            return .failure(ValueProblem(
                "\"\(text)\" is not a valid agent id, expected letters A-Z, digits, \".\", \"_\" and \"-\", starting with a letter or digit, such as a17 or jens.h"))
        }
        return .success(text)
    }

    /// Official kommunekode: three digits.
    static func municipalityCode(_ text: String) -> Result<String, ValueProblem> {
        guard text.count == 3, text.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return .failure(ValueProblem("\"\(text)\" is not a kommunekode, expected three digits such as 751"))
        }
        return .success(text)
    }

    private static func isSlugCharacter(_ character: Character) -> Bool {
        character.isASCII && (("a"..."z").contains(character) || ("0"..."9").contains(character) || character == "-")
    }

    private static func isAlphanumeric(_ character: Character) -> Bool {
        character.isASCII
            && (("a"..."z").contains(character) || ("A"..."Z").contains(character) || ("0"..."9").contains(character))
    }
}
