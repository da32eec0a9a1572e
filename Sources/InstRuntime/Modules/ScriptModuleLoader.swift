import InstLanguage

/// Finds `use`d modules: `use NAME` from the standard library embedded in the binary,
/// `use "./x.inst"` from a file beside the importing script, never outside the script's folder.
public struct ScriptModuleLoader: ModuleLoader {
    /// The resolved folder that file modules must stay inside.
    public let root: String
    /// Library modules by name: source text.
    public let library: [String: String]
    /// Where relative paths of a nameless importer (REPL entry, `-c`) resolve.
    private let workingDirectory: String

    public init(root: String, library: [String: String] = Stdlib.modules, workingDirectory: String = FilePath.currentDirectory()) {
        self.root = FilePath.resolve(root, relativeTo: workingDirectory)
        self.library = library
        self.workingDirectory = workingDirectory
    }

    public func load(_ reference: ModuleReference, from importer: SourceFile) throws -> SourceFile {
        switch reference {
        case .library(let name):
            guard let text = library[name.name] else {
                let known = library.keys.sorted().joined(separator: ", ")
                throw ScriptError.runtime("no standard library module named '\(name.name)'", hint: "the modules are: \(known)")
            }
            return SourceFile(name: Stdlib.fileName(of: name.name), text: text)
        case .file(let path, _):
            return try loadFile(path, from: importer)
        }
    }

    private func loadFile(_ path: String, from importer: SourceFile) throws -> SourceFile {
        if isLibraryModule(importer) {
            throw ScriptError.policy("a standard library module cannot use files ('\(path)')")
        }
        let importerIsFile = FileSystemText.isReadableFile(FilePath.absolute(importer.name, relativeTo: workingDirectory))
        let importerDirectory = importerIsFile ? FilePath.directory(of: importer.name) : "."
        let joined = path.hasPrefix("/") || importerDirectory == "." ? path : importerDirectory + "/" + path
        let displayed = FilePath.normalized(joined)
        let resolved = FilePath.resolve(displayed, relativeTo: workingDirectory)
        guard FilePath.isInside(resolved, root: root) else {
            throw ScriptError.policy(
                "use \"\(path)\": '\(resolved)' is outside the script's folder (\(root))",
                hint: "modules must sit in the script's folder or below it"
            )
        }
        let text = try FileSystemText.contents(of: resolved, command: "use")
        return SourceFile(name: displayed, text: text)
    }

    private func isLibraryModule(_ file: SourceFile) -> Bool {
        let name = FilePath.stem(of: file.name)
        return file.name == Stdlib.fileName(of: name) && library[name] == file.text
    }
}
