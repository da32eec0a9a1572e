import APISchema
import InstLanguage

/// Laws 4 and 5 in requests: the lint's warnings for every email HTML body a request carries —
/// sequence step variants' `body`, and `body.html` of the emails operations.
enum EmailBodyReview {
    static func warnings(in body: Value, schema: JSONSchema?) -> [String] {
        var warnings: [String] = []
        BodyWalk.strings(in: body, schema: schema) { visit in
            let isStepBody = visit.key == "body" && visit.path.contains(".sequences[")
            let isEmailHTML = visit.key == "html" && visit.parentKey == "body" && visit.path.hasSuffix("body.body.html")
            guard isStepBody || isEmailHTML else { return }
            warnings += EmailBodyLint.warnings(for: visit.text, at: visit.path)
        }
        return warnings
    }
}
