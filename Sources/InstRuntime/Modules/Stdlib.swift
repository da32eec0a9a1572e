import InstLanguage

/// The standard library: modules written in the language itself (`stdlib/*.inst`), embedded in
/// the binary by `scripts/gen-stdlib` (see `Stdlib+Sources.swift`).
public enum Stdlib {
    /// Module name (`text`) to source.
    public static var modules: [String: String] { sources }

    /// The name diagnostics show for a library module: `stdlib/text.inst`.
    public static func fileName(of module: String) -> String {
        "stdlib/\(module).inst"
    }
}
