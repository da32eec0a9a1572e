/// Storing into a slot (a frame's, a global's) without the general destroy of the value it
/// replaces when that value holds no references, which is the common case: slots mostly
/// hold null or numbers.
extension UnsafeMutablePointer where Pointee == Value {
    @inline(__always)
    func replace(with value: consuming Value) {
        if pointee.holdsNoReferences {
            initialize(to: value)
        } else {
            pointee = value
        }
    }
}

extension Value {
    /// Whether the value is null, a bool or a number: dropping it releases nothing.
    @inline(__always)
    var holdsNoReferences: Bool {
        switch self {
        case .null, .bool, .int, .float: true
        case .string, .list, .map, .stream, .callable: false
        }
    }
}
