import Foundation

/// The process environment, read once where a command needs it (history path, `NO_COLOR`).
enum Environment {
    static var current: [String: String] { ProcessInfo.processInfo.environment }
}
