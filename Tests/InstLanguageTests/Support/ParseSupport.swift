import Foundation
@testable import InstLanguage

/// Parsing helpers for tests, and a compact s-expression rendering of the syntax tree to assert on.
///
///     print "hi" $x.a --all n=1 | first   →   (| (print "hi" (. $x a) --all n=1) (first))
enum ParseSupport {
    static func parse(_ text: String, name: String = "test.inst") -> ParseResult {
        Parser.parse(SourceFile(name: name, text: text))
    }

    /// The statements of `text`, one rendered statement per line.
    static func shape(_ text: String) -> String {
        parse(text).script.statements.map(render).joined(separator: "\n")
    }

    /// `line:column: message` for each diagnostic.
    static func problems(_ text: String) -> [String] {
        parse(text).diagnostics.map { "\($0.span.location): \($0.message)" }
    }

    /// The folder of normative example scripts, if this checkout has it beside the package.
    static var examplesDirectory: String? {
        var components = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        // …/<package>/Tests/InstLanguageTests/Support/ParseSupport.swift → …/<package>
        components.removeLast(4)
        let directory = (components + ["..", "shared", "examples"]).joined(separator: "/")
        return FileManager.default.fileExists(atPath: directory) ? directory : nil
    }

    /// `(name, text)` of every `*.inst` example, sorted by name; empty when the examples are absent.
    static func examples() -> [(name: String, text: String)] {
        guard let directory = examplesDirectory,
              let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        return names.filter { $0.hasSuffix(".inst") }.sorted().compactMap { name in
            (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)).map { (name, $0) }
        }
    }

    static func render(_ statement: Statement) -> String {
        switch statement.kind {
        case .letBinding(let name, let value): return "(let \(name.name) \(render(value)))"
        case .set(let target, let value): return "(set \(render(target)) \(render(value)))"
        case .pipeline(let pipeline): return render(pipeline)
        case .ifChain(let branches, let elseBody):
            let parts = branches.map { "\(render($0.condition)) \(render($0.body))" }
            return "(if \(parts.joined(separator: " "))\(elseBody.map { " else \(render($0))" } ?? ""))"
        case .forIn(let variable, let sequence, let body):
            return "(for \(variable.name) \(render(sequence)) \(render(body)))"
        case .whileLoop(let condition, let body): return "(while \(render(condition)) \(render(body)))"
        case .breakLoop: return "(break)"
        case .continueLoop: return "(continue)"
        case .returnValue(let value): return "(return\(value.map { " " + render($0) } ?? ""))"
        case .procedure(let declaration):
            let parameters = declaration.parameters.map { parameter in
                parameter.name.name + (parameter.defaultValue.map { "=" + render($0) } ?? "")
            }
            return "(proc \(declaration.name.name) (\(parameters.joined(separator: " "))) \(render(declaration.body)))"
        case .tryCatch(let body, let errorName, let handler):
            return "(try \(render(body)) catch\(errorName.map { " " + $0.name } ?? "") \(render(handler)))"
        case .param(let name, let defaultValue):
            return "(param \(name.name)\(defaultValue.map { " " + render($0) } ?? ""))"
        case .use(.library(let name)): return "(use \(name.name))"
        case .use(.file(let path, _)): return "(use \(quoted(path)))"
        case .require(let requirement):
            return "(require \(requirement.subject.name) \(requirement.items.map(quoted).joined(separator: " ")))"
        case .eventHandler(let handler):
            return "(on \(handler.events.map(\.name).joined(separator: " ")) \(render(handler.body)))"
        }
    }

    static func render(_ block: Block) -> String {
        "{" + block.statements.map(render).joined(separator: "; ") + "}"
    }

    static func render(_ target: AssignmentTarget) -> String {
        target.path.reduce(target.variable.name) { text, element in
            switch element {
            case .field(let name): return text + "." + name.name
            case .index(let index): return text + "[" + render(index) + "]"
            }
        }
    }

    static func render(_ pipeline: Pipeline) -> String {
        let stages = pipeline.stages.map { stage -> String in
            switch stage {
            case .command(let command): return render(command)
            case .expression(let expression): return render(expression)
            }
        }
        return stages.count == 1 ? stages[0] : "(| \(stages.joined(separator: " ")))"
    }

    static func render(_ command: Command) -> String {
        let arguments = command.arguments.map { argument -> String in
            switch argument {
            case .positional(let value): return render(value)
            case .named(let name, let value): return "\(name.name)=\(render(value))"
            case .flag(let name): return "--\(name.name)"
            case .block(let block): return render(block)
            }
        }
        return "(" + ([command.name.name] + arguments).joined(separator: " ") + ")"
    }

    static func render(_ expression: InstLanguage.Expression) -> String {
        switch expression.kind {
        case .null: return "null"
        case .bool(let value): return "\(value)"
        case .int(let value): return "\(value)"
        case .float(let value): return "\(value)"
        case .string(let text): return quoted(text)
        case .interpolated(let parts):
            let rendered = parts.map { part -> String in
                switch part {
                case .text(let text): return quoted(text)
                case .expression(let expression): return render(expression)
                }
            }
            return "(str \(rendered.joined(separator: " ")))"
        case .variable(let name): return "$" + name.name
        case .field(let base, let name): return "(. \(render(base)) \(name.name))"
        case .index(let base, let index): return "(at \(render(base)) \(render(index)))"
        case .list(let elements): return "[" + elements.map(render).joined(separator: " ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0.key): \(render($0.value))" }.joined(separator: ", ") + "}"
        case .unary(let operation, let operand): return "(\(operation.rawValue) \(render(operand)))"
        case .binary(let operation, let left, let right): return "(\(operation.rawValue) \(render(left)) \(render(right)))"
        case .group(let pipeline): return "(\(render(pipeline)))"
        }
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
