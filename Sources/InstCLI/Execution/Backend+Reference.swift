import InstLanguage

extension Backend {
    /// The commands a script sees by default — the API commands as against the embedded
    /// simulator — for `inst check` and `inst help`, which send nothing.
    static var referenceModules: [any HostModule] {
        guard let options = try? RunOptions.parse(["--sim"]),
              let backend = try? Backend.make(options: options, environment: [:], say: { _ in })
        else { return [] }
        return backend.modules
    }
}
