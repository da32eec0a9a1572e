import Foundation
import InstRuntime
import InstTestSupport
import InstTransport
import Testing

@Suite struct CredentialsTests {
    private func keyFile(_ text: String, mode: Int = 0o600, in folder: TemporaryDirectory) throws -> String {
        let path = try folder.write("key", text)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
        return path
    }

    @Test func noVariablesMeansNoCredentials() throws {
        let credentials = try Credentials.load(from: ["HOME": "/tmp", "INSTANTLY_API_KEY": "  "])
        #expect(credentials == Credentials())
    }

    @Test func theKeyComesFromTheVariableTrimmed() throws {
        let credentials = try Credentials.load(from: ["INSTANTLY_API_KEY": " sk-123\n", "GHL_TOKEN": "pit-9", "GHL_LOCATION_ID": "loc_1"])
        #expect(credentials.tokens[.instantly]?.reveal() == "sk-123")
        #expect(credentials.tokens[.highLevel]?.reveal() == "pit-9")
        #expect(credentials.highLevelLocationID == "loc_1")
    }

    @Test func aKeyFileSkipsCommentsAndBlankLines() throws {
        let folder = try TemporaryDirectory()
        let path = try keyFile("# Instantly key for northwind\n\n   # rotated 2025-01\n  sk-from-file  \n\n", in: folder)
        let credentials = try Credentials.load(from: ["INSTANTLY_API_KEY_FILE": path])
        #expect(credentials.tokens[.instantly]?.reveal() == "sk-from-file")
        let windows = try keyFile("# key\r\nsk-crlf\r\n", in: folder)
        #expect(try Credentials.load(from: ["GHL_TOKEN_FILE": windows]).tokens[.highLevel]?.reveal() == "sk-crlf")
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o660])
    func aKeyFileOthersCanReadIsRefusedWithTheFix(mode: Int) throws {
        let folder = try TemporaryDirectory()
        let path = try keyFile("sk-open-secret\n", mode: mode, in: folder)
        #expect(throws: CredentialError.fileTooOpen(variable: "INSTANTLY_API_KEY_FILE", path: path, mode: UInt32(0o100000 | mode))) {
            try Credentials.load(from: ["INSTANTLY_API_KEY_FILE": path])
        }
        do {
            _ = try Credentials.load(from: ["INSTANTLY_API_KEY_FILE": path])
        } catch {
            #expect(error.description.contains("chmod 600 \(path)"))
            #expect(error.description.contains("mode \(String(mode, radix: 8))"))
            #expect(!error.description.contains("sk-open-secret"))
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o400], ofItemAtPath: path)
        #expect(try Credentials.load(from: ["INSTANTLY_API_KEY_FILE": path]).tokens[.instantly]?.reveal() == "sk-open-secret")
    }

    @Test func keyFileProblemsAreExplainedWithoutTheKey() throws {
        let folder = try TemporaryDirectory()
        let empty = try keyFile("# only a comment\n\n", in: folder)
        #expect(throws: CredentialError.emptyFile(variable: "INSTANTLY_API_KEY_FILE", path: empty)) {
            try Credentials.load(from: ["INSTANTLY_API_KEY_FILE": empty])
        }
        let two = try keyFile("sk-one\nsk-two\n", in: folder)
        #expect(throws: CredentialError.severalKeys(variable: "INSTANTLY_API_KEY_FILE", path: two)) {
            try Credentials.load(from: ["INSTANTLY_API_KEY_FILE": two])
        }
        let missing = folder.path + "/nope"
        #expect(throws: CredentialError.self) { try Credentials.load(from: ["GHL_TOKEN_FILE": missing]) }
        #expect(throws: CredentialError.unreadableFile(variable: "GHL_TOKEN_FILE", path: folder.path, reason: "not a file")) {
            try Credentials.load(from: ["GHL_TOKEN_FILE": folder.path])
        }
        let spaced = try keyFile("sk-with space\n", in: folder)
        #expect(throws: CredentialError.malformedKey(variable: "INSTANTLY_API_KEY_FILE")) {
            try Credentials.load(from: ["INSTANTLY_API_KEY_FILE": spaced])
        }
        for error in [CredentialError.malformedKey(variable: "INSTANTLY_API_KEY"), .severalKeys(variable: "X", path: two)] {
            #expect(!error.description.contains("sk-"))
        }
    }

    @Test func aKeyAndAKeyFileTogetherAreAmbiguous() throws {
        let folder = try TemporaryDirectory()
        let path = try keyFile("sk-file\n", in: folder)
        #expect(throws: CredentialError.ambiguous(variable: "INSTANTLY_API_KEY", fileVariable: "INSTANTLY_API_KEY_FILE")) {
            try Credentials.load(from: ["INSTANTLY_API_KEY": "sk-env", "INSTANTLY_API_KEY_FILE": path])
        }
    }

    @Test func baseURLsAreReadAndChecked() throws {
        let credentials = try Credentials.load(from: ["INSTANTLY_BASE_URL": "http://127.0.0.1:8080", "GHL_BASE_URL": "https://ghl.example"])
        #expect(credentials.baseURLs == [.instantly: "http://127.0.0.1:8080", .highLevel: "https://ghl.example"])
        #expect(throws: CredentialError.invalidBaseURL(variable: "INSTANTLY_BASE_URL", value: "localhost:8080")) {
            try Credentials.load(from: ["INSTANTLY_BASE_URL": "localhost:8080"])
        }
        #expect(throws: CredentialError.invalidBaseURL(variable: "GHL_BASE_URL", value: "a URL with user info")) {
            try Credentials.load(from: ["GHL_BASE_URL": "https://me:pw@ghl.example"])
        }
    }

    @Test func printingCredentialsNeverShowsAKey() throws {
        let credentials = try Credentials.load(from: ["INSTANTLY_API_KEY": "sk-hidden", "GHL_TOKEN": "pit-hidden"])
        var dumped = ""
        dump(credentials, to: &dumped)
        for text in [String(describing: credentials), String(reflecting: credentials), dumped] {
            #expect(!text.contains("hidden"))
        }
    }
}
