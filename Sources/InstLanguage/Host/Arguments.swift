/// The arguments of one call, bound to a command's parameters before it runs.
///
/// `values[i]` belongs to `parameters[i]`: `nil` when not given, a list for a `rest` parameter,
/// `.bool(true)` for a flag given as `--name`.
public struct Arguments {
    public let parameters: [ParameterSpec]
    public var values: [Value?]

    public init(parameters: [ParameterSpec], values: [Value?]) {
        self.parameters = parameters
        self.values = values
    }

    /// The value given for a parameter, or `nil`.
    public subscript(name: String) -> Value? {
        guard let position = parameters.firstIndex(where: { $0.name == name }) else { return nil }
        return values[position]
    }

    /// The value of the parameter at `position`, or `nil`.
    public subscript(position: Int) -> Value? {
        position < values.count ? values[position] : nil
    }

    /// Whether a flag was given and true.
    public func flag(_ name: String) -> Bool {
        self[name]?.isTruthy ?? false
    }
}
