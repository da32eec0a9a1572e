/// Mutable state that a stream's source closure keeps between elements (a counter, an
/// iterator, a cursor).
///
/// A `var` captured by an escaping closure pays a dynamic exclusivity check on every access;
/// this box skips them, which is safe because a stream is read on one thread, one element at
/// a time.
final class StreamState<State> {
    @exclusivity(unchecked) var value: State

    init(_ value: State) {
        self.value = value
    }
}
