import APISchema
@testable import InstantlyKit
import InstLanguage
import Testing

/// What `help` and completion read: each command's parameters, types and discussion.
@Suite struct CommandHelpTests {
    private let commands = CommandHarness().commands

    private func command(_ name: String) throws -> CommandSpec {
        try #require(commands.first { $0.name == name })
    }

    @Test func everyCatalogOperationIsACommand() {
        #expect(commands.count == InstantlyCatalog.operations.count)
        #expect(Set(commands.map(\.name)) == Set(InstantlyCatalog.operations.map(\.name)))
    }

    @Test func effectsComeFromTheCatalog() throws {
        #expect(try command("instantly.campaigns.list").effect == .read)
        #expect(try command("instantly.leads.list").effect == .read)
        #expect(try command("instantly.email_verification.create").effect == .metered)
        #expect(try command("instantly.leads.add").effect == .write)
    }

    @Test func pathParametersArePositionalAndRequired() throws {
        let parameters = try command("instantly.campaigns.activate").parameters
        #expect(parameters.map(\.name) == ["id"])
        #expect(parameters.first?.kind == .positional)
        #expect(parameters.first?.isRequired == true)
        #expect(parameters.first?.type == "uuid")
    }

    @Test func queryParametersAreNamedAndTyped() throws {
        let parameters = try command("instantly.campaigns.list").parameters
        let types = Dictionary(uniqueKeysWithValues: parameters.map { ($0.name, $0.type) })
        #expect(parameters.allSatisfy { $0.kind == .named })
        #expect(types["limit"] == "int 1–100")
        #expect(types["status"] == "-99|-1|-2|0|1|2|3|4")
        #expect(types["search"] == "string")
        #expect(types["ai_sales_agent_id"] == "uuid")
    }

    @Test func bodyFieldsAndTheWholeBodyAreNamed() throws {
        let parameters = try command("instantly.leads.add").parameters
        #expect(parameters.map(\.name).suffix(1) == ["body"])
        let leads = try #require(parameters.first { $0.name == "leads" })
        #expect(leads.type == "list of map")
        #expect(leads.help.hasPrefix("required. An array of lead objects"))
        #expect(leads.isRequired == false)
    }

    @Test func listQueryParametersShowTheirOwnRepeatedNameAndEmptyPartsAreLeftOut() throws {
        let emails = try #require(try command("instantly.accounts.analytics_daily").parameters.first { $0.name == "emails" })
        #expect(emails.help == "Filter by specific email accounts (optional) (repeats: emails=a&emails=b)")
        let host = try #require(try command("instantly.accounts.create").parameters.first { $0.name == "imap_host" })
        #expect(host.help == "required", "a required field without a description")
    }

    @Test func helpLinesHaveNoStraySeparators() {
        for command in commands {
            for parameter in command.parameters {
                let help = parameter.help
                #expect(!help.hasPrefix(" ") && !help.hasSuffix(" ") && !help.contains("  "), "\(command.name) \(parameter.name): \(help)")
                #expect(help != "required.", "\(command.name) \(parameter.name)")
                if let repeats = help.firstMatch(of: #/\(repeats: (\w+)=a&(\w+)=b\)/#) {
                    #expect(repeats.output.1 == parameter.name && repeats.output.2 == parameter.name)
                }
            }
        }
    }

    @Test func aBodyFieldNamedBodyTakesTheName() throws {
        let parameters = try command("instantly.emails.reply").parameters
        #expect(parameters.filter { $0.name == "body" }.map(\.type) == ["map"])
        #expect(parameters.first { $0.name == "body" }?.help.contains("whole JSON body") == false)
    }

    @Test func longEnumsListAFewValuesAndTheCount() {
        let zones = (0..<102).map { Value.string("Zone/\($0)") }
        #expect(JSONSchema(type: .string, enumValues: zones).helpType == #""Zone/0"|"Zone/1"|"Zone/2"|"Zone/3"|… (102 values)"#)
    }

    @Test func discussionShowsTheRequestScopesAndLaws() throws {
        let discussion = try command("instantly.campaigns.activate").discussion
        #expect(discussion.hasPrefix("POST /api/v2/campaigns/{id}/activate\n"))
        #expect(discussion.contains("scopes: campaigns:update, campaigns:all, all:update, all:all (any one)"))
        #expect(discussion.hasSuffix("laws:\n  Law 6: sends {} as the body"))
    }

    @Test func fieldsInsideParametersAreListedWithLongEnumsCut() throws {
        let discussion = try command("instantly.campaigns.create").discussion
        let line = try #require(discussion.split(separator: "\n").first { $0.contains("schedules[].timezone") })
        #expect(line.hasPrefix("  campaign_schedule.schedules[].timezone "))
        #expect(line.hasSuffix(#""America/Anchorage"|… (102 values), required"#))
        #expect(discussion.contains("sequences[].steps[].variants[].subject"))
    }

    @Test func inferredScopesAreMarked() throws {
        #expect(try command("instantly.campaigns.analytics").discussion.contains("(any one; inferred: the spec names none)"))
    }

    @Test func listOperationsSayTheyStream() throws {
        let discussion = try command("instantly.leads.list").discussion
        #expect(discussion.contains("`limit` is the page size (at most 50, the default)"))
    }
}
