/// Completion candidates laid out in columns, as shells list them.
struct CandidateColumns {
    let candidates: [String]

    init(_ candidates: [String]) {
        self.candidates = candidates
    }

    /// The candidates in as many columns as fit in `width`, filled top to bottom; ends with a newline.
    func rendered(width: Int) -> String {
        guard !candidates.isEmpty else { return "" }
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let columns = max(1, width / cell)
        let rows = (candidates.count + columns - 1) / columns
        var out = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<columns {
                let index = column * rows + row
                guard index < candidates.count else { break }
                let text = candidates[index]
                let isLast = column == columns - 1 || index + rows >= candidates.count
                line += isLast ? text : text + String(repeating: " ", count: cell - text.count)
            }
            out += line + "\n"
        }
        return out
    }
}
