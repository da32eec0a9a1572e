import InstLanguage

extension OperationBinding {
    /// The items of a list operation as a lazy stream: the first page is fetched now, the
    /// others as the stream is read (`… | first` fetches one page). The caller's `limit` is the
    /// page size (at most the service's cap); without one, the largest allowed is used.
    /// The caller's `starting_after` starts the listing there.
    public func stream(
        _ call: APICall, paging: Paging, client: APIClient, interrupts: @escaping () throws -> Void = {}
    ) throws -> ValueStream {
        var call = call
        if let size = value(of: paging.limitParameter, in: call) {
            if let cap = paging.maxPageSize, case .int(let number) = size, number > cap {
                throw failure(.invalidArgument(paging.limitParameter,
                    "\(number) is above the largest page size, \(cap)", hint: "give limit=\(cap) or less: the stream reads every page anyway"))
            }
        } else if let defaultPageSize {
            set(.int(defaultPageSize), for: paging.limitParameter, in: &call)
        }
        let reader = try PageReader(call, binding: self, paging: paging, client: client, interrupts: interrupts)
        return ValueStream { try reader.next() }
    }

    /// The value of a paging parameter in `call`, where this operation pages.
    func value(of parameter: String, in call: APICall) -> Value? {
        switch paging?.placement {
        case .query?: call.query[parameter]
        case .body?: call.body.flatMap { if case .map(let map) = $0 { map[parameter] } else { nil } }
        case nil: nil
        }
    }

    /// Sets a paging parameter in `call`, where this operation pages.
    func set(_ value: Value, for parameter: String, in call: inout APICall) {
        switch paging?.placement {
        case .query?:
            call.query[parameter] = value
        case .body?:
            var map = ValueMap()
            if case .map(let body)? = call.body { map = body }
            map[parameter] = value
            call.body = .map(map)
        case nil:
            break
        }
    }
}
