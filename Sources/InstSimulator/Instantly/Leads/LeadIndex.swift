/// Leads in creation order per campaign, per list and for the whole workspace, with each lead's
/// position, so a page after a cursor costs the page, not the whole list (100,000 leads stream
/// through `POST /leads/list` in pages of 100).
///
/// Removing a lead leaves a tombstone (its position entry is gone); the ids are compacted when
/// tombstones outnumber the live entries.
struct LeadIndex: Sendable {
    /// `*` (every lead), `c:<campaign id>`, `l:<list id>`.
    private var buckets: [String: Bucket] = [:]

    struct Bucket: Sendable {
        var ids: [String] = []
        var position: [String: Int] = [:]

        var liveCount: Int { position.count }

        func isLive(_ index: Int) -> Bool { position[ids[index]] == index }

        mutating func add(_ id: String) {
            guard position[id] == nil else { return }
            position[id] = ids.count
            ids.append(id)
        }

        mutating func remove(_ id: String) {
            position[id] = nil
            if ids.count > 64, liveCount * 2 < ids.count { compact() }
        }

        mutating func compact() {
            ids = ids.indices.filter(isLive).map { ids[$0] }
            position = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        }
    }

    static let everyone = "*"
    static func campaign(_ id: String) -> String { "c:" + id }
    static func list(_ id: String) -> String { "l:" + id }

    /// The bucket keys a lead with this campaign and list belongs to.
    static func keys(campaign: String?, list: String?) -> [String] {
        [everyone] + [campaign.map(Self.campaign), list.map(Self.list)].compactMap { $0 }
    }

    /// Appends `id` (in place: copying a bucket out of the dictionary would copy all its ids).
    mutating func add(_ id: String, to key: String) {
        buckets[key, default: Bucket()].add(id)
    }

    mutating func remove(_ id: String, from key: String) {
        buckets[key]?.remove(id)
    }

    func count(_ key: String) -> Int { buckets[key]?.liveCount ?? 0 }

    /// Live ids in order.
    func ids(_ key: String) -> [String] {
        guard let bucket = buckets[key] else { return [] }
        return bucket.ids.indices.filter(bucket.isLive).map { bucket.ids[$0] }
    }

    /// Up to `limit` live ids after `cursor` (from the start when `nil` or unknown) that pass
    /// `include`, and the last one's id when more follow.
    func page(_ key: String, after cursor: String?, limit: Int, include: (String) -> Bool) -> (ids: [String], next: String?) {
        guard let bucket = buckets[key] else { return ([], nil) }
        var index = cursor.flatMap { bucket.position[$0] }.map { $0 + 1 } ?? 0
        var found: [String] = []
        while index < bucket.ids.count {
            defer { index += 1 }
            guard bucket.isLive(index), include(bucket.ids[index]) else { continue }
            if found.count == limit { return (found, found.last) }
            found.append(bucket.ids[index])
        }
        return (found, nil)
    }
}
