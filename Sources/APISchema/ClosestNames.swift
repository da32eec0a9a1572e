/// Orders names by how close they are to one that was not accepted, so messages show the likely
/// intended ones first: `nmae` → `name`, …
enum ClosestNames {
    /// Names longer than this are not compared letter by letter; they keep their order.
    static let comparedLength = 64

    /// The positions of at most `limit` of `candidates`, closest to `target` first (edit distance;
    /// ties keep the candidates' order).
    static func ranked(_ target: String, among candidates: [String], limit: Int) -> [Int] {
        let wanted = Array(target.unicodeScalars.prefix(comparedLength))
        let scored = candidates.enumerated().map { position, name in
            (distance: distance(wanted, Array(name.unicodeScalars.prefix(comparedLength))), position: position)
        }
        return scored.sorted { $0 < $1 }.prefix(limit).map(\.position)
    }

    /// Levenshtein distance.
    static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
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
