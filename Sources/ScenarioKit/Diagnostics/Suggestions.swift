/// "Did you mean …?" for misspelled keys and enum values.
public enum Suggestions {
    /// The candidate closest to `word`, or `nil` when none is close enough.
    ///
    /// Distance is the optimal-string-alignment Damerau–Levenshtein distance (insert, delete, substitute, swap two
    /// neighbours) over Unicode scalars, compared case-insensitively, so `notshared` finds `notShared` at
    /// distance 0. A candidate is close enough when that distance is at most 1 for words of up to 3 scalars and
    /// at most `max(2, length / 3)` for longer ones (length of `word`). Ties go to the smaller case-sensitive
    /// distance, then to the candidate that sorts first, so the answer never depends on the order of
    /// `candidates`.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowerWord = Array(word.lowercased().unicodeScalars)
        let exactWord = Array(word.unicodeScalars)
        let threshold = lowerWord.count <= 3 ? 1 : max(2, lowerWord.count / 3)
        var best: (candidate: String, folded: Int, exact: Int)?
        for candidate in candidates {
            let folded = distance(lowerWord, Array(candidate.lowercased().unicodeScalars))
            guard folded <= threshold else { continue }
            let exact = distance(exactWord, Array(candidate.unicodeScalars))
            if let b = best {
                if (folded, exact) > (b.folded, b.exact) { continue }
                if (folded, exact) == (b.folded, b.exact) && candidate >= b.candidate { continue }
            }
            best = (candidate, folded, exact)
        }
        return best?.candidate
    }

    /// The optimal-string-alignment distance between `a` and `b`, case-sensitive.
    public static func distance(_ a: String, _ b: String) -> Int {
        distance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // Three rolling rows: the swap case looks two rows back.
        var twoBack = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var d = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    d = min(d, twoBack[j - 2] + 1)
                }
                current[j] = d
            }
            (twoBack, previous, current) = (previous, current, twoBack)
        }
        return previous[b.count]
    }
}
