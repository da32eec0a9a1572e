/// "Did you mean …?": the candidates closest to a misspelt name. Hosts use it too, so every
/// suggestion in inst ranks names the same way.
public enum Suggestions {
    /// The closest candidate within an edit distance that still looks like a typo, if any.
    /// For a dotted name the allowance follows its last part, so `svc.leads.list` is not taken
    /// for a typo of `svc.campaigns.list`.
    public static func closest(to name: String, in candidates: some Sequence<String>) -> String? {
        let target = Array(name.unicodeScalars)
        let lastPart = target.split(separator: ".", omittingEmptySubsequences: false).last?.count ?? target.count
        let allowed = max(1, lastPart / 3)
        var best: (name: String, distance: Int)?
        for candidate in candidates where candidate != name {
            let distance = editDistance(target, Array(candidate.unicodeScalars))
            if distance <= allowed, distance < (best?.distance ?? .max) || (distance == best?.distance && candidate < (best?.name ?? "")) {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// Names longer than this are ranked by their first `comparedLength` scalars.
    public static let comparedLength = 64

    /// The positions of at most `limit` of `candidates`, closest to `target` first; ties keep
    /// the candidates' order. Unlike ``closest(to:in:)`` nothing is too far to be listed.
    public static func ranked(_ target: String, among candidates: [String], limit: Int) -> [Int] {
        let wanted = Array(target.unicodeScalars.prefix(comparedLength))
        let scored = candidates.enumerated().map { position, name in
            (distance: editDistance(wanted, Array(name.unicodeScalars.prefix(comparedLength))), position: position)
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.position)
    }

    /// Levenshtein distance, with a swap of two neighbours counting as one edit.
    public static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previousPrevious[j - 2] + 1)
                }
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
