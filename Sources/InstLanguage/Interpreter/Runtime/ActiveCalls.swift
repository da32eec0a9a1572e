/// The procedure and block calls now running, outermost first: what a command asks when it
/// wants to know the chain of calls that led to it (``CommandContext/origin``).
///
/// One fixed buffer per interpreter, as deep as the call-depth cap: entering a call writes one
/// record at its depth (no allocation, no reference counting — the procedure and the file are
/// kept alive by the nodes and frames that are running), leaving it writes nothing.
struct ActiveCalls: ~Copyable {
    /// One running call: the procedure (`nil` for a block) and where it was called from.
    struct Record {
        let procedure: Unmanaged<Procedure>?
        let file: Unmanaged<SourceFile>
        let offset: Int

        @inline(__always)
        init(procedure: Procedure?, callSite: SourceSpan) {
            self.procedure = procedure.map { Unmanaged.passUnretained($0) }
            self.file = Unmanaged.passUnretained(callSite.file)
            self.offset = callSite.start
        }

        /// Where the call was made (a point).
        var callSite: SourceSpan {
            SourceSpan(file: file.takeUnretainedValue(), start: offset, end: offset)
        }
    }

    private var records: UnsafeMutablePointer<Record>
    /// How many records fit: the depth cap plus one (depths start at 1).
    private(set) var capacity: Int

    init(maxDepth: Int) {
        capacity = max(0, maxDepth) + 1
        records = .allocate(capacity: capacity)
    }

    deinit {
        records.deallocate()
    }

    /// Makes room for calls `maxDepth` deep (a run's limits may differ from the last one's).
    mutating func reserve(maxDepth: Int) {
        let needed = max(0, maxDepth) + 1
        guard needed != capacity else { return }
        records.deallocate()
        capacity = needed
        records = .allocate(capacity: needed)
    }

    /// Notes the call at `depth` (1 for the outermost); `depth` is within the cap.
    @inline(__always)
    func set(_ record: Record, at depth: Int) {
        (records + depth).initialize(to: record)
    }

    /// The record of the call at `depth`, 1 ≤ `depth` ≤ the current depth.
    func record(at depth: Int) -> Record {
        records[depth]
    }
}
