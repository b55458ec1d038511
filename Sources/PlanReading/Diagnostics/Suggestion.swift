/// "Did you mean …?" hints for misspelt names.
enum Suggestion {
    /// The closest candidate: within edit distance 2 (1 for short names), or a prefix match
    /// such as `monday` for `mon`. Case-insensitive. Words longer than `longestWord` get no hint:
    /// no name is that long, and the edit distance would cost their length times every candidate's.
    static func closest(to word: String, among candidates: [String]) -> String? {
        guard word.unicodeScalars.count <= longestWord else { return nil }
        let needle = word.lowercased()
        guard !needle.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let lowered = candidate.lowercased()
            if lowered == needle { return candidate }
            let distance = editDistance(needle, lowered)
            let limit = min(needle.count, lowered.count) <= 3 ? 1 : 2
            if distance <= limit, best.map({ distance < $0.distance }) ?? true {
                best = (candidate, distance)
            }
        }
        if let best { return best.candidate }
        if needle.count >= 3 {
            return candidates.first { $0.lowercased().hasPrefix(needle) || needle.hasPrefix($0.lowercased()) }
        }
        return nil
    }

    static let longestWord = 64

    /// `did you mean `x`? ` (to precede "expected …") or nothing.
    static func didYouMean(_ word: String, among candidates: [String]) -> String {
        closest(to: word, among: candidates).map { "did you mean `\($0)`? " } ?? ""
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
