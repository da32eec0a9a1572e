import APISchema
import InstLanguage

/// The `list…` commands (`ghl.workflows.list`, `ghl.contacts.list_notes`, …) return their items,
/// so pipelines read them directly (`ghl.workflows.list | where { $it.name == "Hot reply" }`):
/// the answer's one list field (`workflows`, `notes`, `tasks`, `events`, `contacts`), its
/// other fields (`traceId`, `count`) dropped. An answer with no list field, or several, is kept whole.
enum HighLevelLists {
    /// Whether `operation` lists: a GET whose command's verb starts with `list`.
    static func lists(_ operation: APIOperation) -> Bool {
        guard operation.method == .get, let verb = operation.name.split(separator: ".").last else { return false }
        return verb.hasPrefix("list")
    }

    /// The items of `value`, an answer to `operation`, where it lists.
    static func items(of value: Value, for operation: APIOperation) -> Value {
        guard lists(operation), case .map(let map) = value else { return value }
        let lists = map.entries.filter { if case .list = $0.1 { true } else { false } }
        guard lists.count == 1, let only = lists.first else { return value }
        return only.1
    }
}
