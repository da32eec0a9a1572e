/// The language's core built-in commands: output, strings, conversions, collections,
/// pipeline stages (`where`, `map`, `sort-by`, …) and JSON.
///
/// The interpreter registers it in `Interpreter.init`. Every command's help and tab completion
/// come from its ``CommandSpec``; each theme lives in its own `Builtins+Theme.swift` file.
public struct CoreBuiltins: HostModule {
    public init() {}

    public var commands: [CommandSpec] {
        Self.output + Self.strings + Self.conversions + Self.collections + Self.pipeline + Self.aggregates + Self.json
    }
}
