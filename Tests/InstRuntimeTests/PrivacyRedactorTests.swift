import Foundation
import InstRuntime
import InstTestSupport
import Testing

/// `--audit-redact-pii`: emails become keyed hashes, everything else stays as it was.
@Suite struct PrivacyRedactorTests {
    private let redactor = PIIRedactor(key: Array(repeating: 7, count: 32))

    @Test func anEmailBecomesAStableKeyedToken() {
        let token = redactor.token(for: "ada@northwind.test")
        #expect(token.hasPrefix("pii:hmac:"))
        #expect(token.count == "pii:hmac:".count + 16)
        #expect(redactor.token(for: " ADA@Northwind.test ") == token)
        #expect(redactor.token(for: "bob@northwind.test") != token)
        #expect(PIIRedactor(key: Array(repeating: 8, count: 32)).token(for: "ada@northwind.test") != token)
    }

    @Test func textKeepsEverythingButTheEmails() {
        let ada = redactor.token(for: "ada@northwind.test")
        let bob = redactor.token(for: "bob.o'neil+x@mail.example.co.uk")
        #expect(redactor.redact(text: "lead ada@northwind.test exists.") == "lead \(ada) exists.")
        #expect(redactor.redact(text: "<ada@northwind.test>, bob.o'neil+x@mail.example.co.uk") == "<\(ada)>, \(bob)")
        for plain in ["no email here", "@handle", "a@b", "user@localhost", "x@1.2", "ends with @"] {
            #expect(redactor.redact(text: plain) == plain)
        }
    }

    @Test func jsonStringsAreRewrittenAndTheRestKeptByteForByte() {
        let ada = redactor.token(for: "ada@northwind.test")
        let json = #"{"id": "l1", "email":"ada@northwind.test", "n": 3, "note": "from \"ada@northwind.test\"\n", "tags": ["x"]}"#
        let redacted = String(decoding: redactor.redact(json: Array(json.utf8)), as: UTF8.self)
        #expect(redacted == #"{"id": "l1", "email":"\#(ada)", "n": 3, "note": "from \"\#(ada)\"\n", "tags": ["x"]}"#)
        let escaped = #"{"email": "ada\u0040northwind.test", "key ada@northwind.test": 1}"#
        #expect(String(decoding: redactor.redact(json: Array(escaped.utf8)), as: UTF8.self) == #"{"email": "\#(ada)", "key \#(ada)": 1}"#)
        for untouched in [#"{"a": "b"}"#, #"{"unterminated": "ada@northwind.test"#, "[]", ""] {
            #expect(redactor.redact(json: Array(untouched.utf8)) == Array(untouched.utf8))
        }
        let parsed = try? JSONSerialization.jsonObject(with: Data(redactor.redact(json: Array(json.utf8))))
        #expect(parsed != nil)
    }

    @Test func everyPrefixOfADocumentIsHandledWithoutLosingBytes() {
        let json = Array(#"{"a\"b": "x\ud83d\ude00@y.io", "c": "\u00e9 ada@northwind.test\\", "d": [1, "\q"]}"#.utf8)
        for end in 0...json.count {
            let prefix = Array(json[..<end])
            let redacted = redactor.redact(json: prefix)
            if !String(decoding: prefix, as: UTF8.self).contains("@") { #expect(redacted == prefix) }
        }
    }

    @Test func theKeyIsCreatedPrivateOnceAndReused() throws {
        let folder = try TemporaryDirectory()
        let environment = ["XDG_STATE_HOME": folder.path + "/state"]
        let path = try #require(PIIRedactor.keyPath(environment: environment))
        #expect(path == folder.path + "/state/inst/pii.key")
        let first = try PIIRedactor.load(environment: environment)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        let again = try PIIRedactor.load(environment: environment)
        #expect(first.token(for: "ada@northwind.test") == again.token(for: "ada@northwind.test"))
        #expect(!"\(first)".contains(try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").last ?? "?"))
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect(throws: CredentialError.self) { try PIIRedactor.load(environment: environment) }
    }
}
