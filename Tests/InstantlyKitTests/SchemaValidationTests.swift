import APISchema
import InstLanguage
import Testing

/// The validator on small hand-written schemas, one rule at a time.
@Suite struct SchemaValidationTests {
    static func messages(_ schema: JSONSchema, _ value: Value, at path: String = "x") -> [String] {
        schema.validate(value, at: path).map(\.description)
    }

    @Test func typeSetsAdmitNullabilityAndWholeFloatsAsIntegers() {
        let nullableString = JSONSchema(type: [.string, .null])
        #expect(Self.messages(nullableString, "a") == [])
        #expect(Self.messages(nullableString, nil) == [])
        #expect(Self.messages(nullableString, 3) == ["x: expected string or null, got int"])
        let integer = JSONSchema(type: .integer)
        #expect(Self.messages(integer, 2.0) == [])
        #expect(Self.messages(integer, 2.5) == ["x: expected int, got float"])
        #expect(Self.messages(JSONSchema(type: .number), 2) == [])
        #expect(Self.messages(JSONSchema(type: .boolean), 1) == ["x: expected bool, got int"])
    }

    @Test func noTypeAdmitsEveryJSONValue() {
        for value: Value in [nil, true, 1, 1.5, "s", [1], ["k": 1]] {
            #expect(JSONSchema().validate(value) == [])
        }
    }

    @Test func shortEnumsListEveryAllowedValue() {
        let trigger = JSONSchema(type: .string, enumValues: ["reply_rate", "click_rate", "open_rate"])
        #expect(Self.messages(trigger, "open_rate") == [])
        #expect(Self.messages(trigger, "opens") == [#"x: "opens" is not allowed; use one of "reply_rate", "click_rate", "open_rate""#])
        let status = JSONSchema(type: .number, enumValues: [-1, 0, 1, 2])
        #expect(Self.messages(status, 1.0) == [])
        #expect(Self.messages(status, 5) == ["x: 5 is not allowed; use one of -1, 0, 1, 2"])
    }

    @Test func longEnumsListTheClosestAllowedValues() {
        let days: [Value] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday", "weekend"]
        let message = Self.messages(JSONSchema(type: .string, enumValues: days), "tuseday")
        #expect(message == [#"x: "tuseday" is not one of the 9 allowed values; the closest: "tuesday", "thursday", "sunday", "monday", "friday", …"#])
    }

    @Test func stringBoundsCountUnicodeScalars() {
        let code = JSONSchema(type: .string, minLength: 2, maxLength: 3)
        #expect(Self.messages(code, "né") == [])
        #expect(Self.messages(code, "a") == [#"x: "a" is shorter than 2 characters"#])
        #expect(Self.messages(code, "abcd") == [#"x: "abcd" is longer than 3 characters"#])
    }

    @Test func formatsCatchValuesThatArePlainlySomethingElse() {
        let cases: [(format: String, good: String, bad: String, phrase: String)] = [
            ("uuid", "019f038e-445b-721e-8dc5-b6bfc5268286", "019f038e445b721e8dc5b6bfc5268286", "a uuid"),
            ("email", "ada@northwind.test", "ada at northwind", "an email address"),
            ("date", "2025-01-31", "31/01/2025", "a date (YYYY-MM-DD)"),
            ("date-time", "2025-01-31T09:00:00Z", "2025-01-31", "a date-time (YYYY-MM-DDTHH:MM:SSZ)"),
            ("uri", "https://northwind.test/hook", "northwind.test/hook", "a URI"),
        ]
        for (format, good, bad, phrase) in cases {
            let schema = JSONSchema(type: .string, format: format)
            #expect(Self.messages(schema, .string(good)) == [], "\(format)")
            #expect(Self.messages(schema, .string(bad)) == ["x: \(Value.string(bad).formattedLiteral()) is not \(phrase)"])
        }
        #expect(Self.messages(JSONSchema(type: .string, format: "hostname"), "anything") == [])
    }

    @Test func mapsCheckRequiredKnownAndAdditionalFields() {
        let lead = JSONSchema(
            type: .object,
            properties: ["email": JSONSchema(type: .string), "custom_variables": JSONSchema(
                type: .object, additionalProperties: .schema(JSONSchema(type: [.string, .number, .boolean, .null])))],
            required: ["email"],
            additionalProperties: .forbidden
        )
        #expect(Self.messages(lead, ["email": "a@b.test", "custom_variables": ["tier": 1, "vip": nil]]) == [])
        #expect(Self.messages(lead, ["custom_variables": ["tags": ["a"]], "emial": "a@b.test"]) == [
            "x.email: required, but missing",
            "x.custom_variables.tags: expected string or number or bool or null, got list",
            "x.emial: unknown field; allowed: email, custom_variables",
        ])
        let open = JSONSchema(type: .object, properties: ["a": JSONSchema(type: .string)])
        #expect(Self.messages(open, ["b": 1]) == [])
        #expect(Self.messages(JSONSchema(type: .object, additionalProperties: .forbidden), ["b": 1])
            == ["x.b: unknown field; no fields are allowed here"])
    }

    @Test func listsCheckCountsAndEveryItem() {
        let emails = JSONSchema(type: .array, items: JSONSchema(type: .string, format: "email"), minItems: 1, maxItems: 2)
        #expect(Self.messages(emails, ["a@b.test"]) == [])
        #expect(Self.messages(emails, []) == ["x: has 0 items; at least 1 needed"])
        #expect(Self.messages(emails, ["a@b.test", "c@d.test", "e"]) == [
            "x: has 3 items; at most 2 allowed",
            #"x[2]: "e" is not an email address"#,
        ])
    }

    @Test func aStreamIsAListWhoseItemsAreNotRead() {
        let stream = ValueStream { nil }
        let strings = JSONSchema(type: .array, items: JSONSchema(type: .string), minItems: 1)
        #expect(strings.validate(.stream(stream)) == [])
        #expect(Self.messages(JSONSchema(type: .string), .stream(stream)) == ["x: expected string, got list"])
    }

    @Test func anyOfNeedsOneFittingForm() {
        // The shape of POST /emails/forward's body: `html` or `text`, non-empty.
        let content = JSONSchema(type: .object, anyOf: [
            JSONSchema(properties: ["html": JSONSchema(type: .string, minLength: 1)], required: ["html"]),
            JSONSchema(properties: ["text": JSONSchema(type: .string, minLength: 1)], required: ["text"]),
        ])
        #expect(Self.messages(content, ["text": "hi"]) == [])
        #expect(Self.messages(content, ["html": ""]) == [#"x.html: "" is shorter than 1 character"#])
    }

    @Test func oneOfNeedsExactlyOneFittingForm() {
        let tag = JSONSchema(oneOf: [
            JSONSchema(type: .string, format: "uuid"),
            JSONSchema(type: .string, enumValues: ["no-tag"]),
        ])
        #expect(Self.messages(tag, "no-tag") == [])
        #expect(Self.messages(tag, 3) == ["x: expected string, got int"])
        let overlapping = JSONSchema(oneOf: [JSONSchema(type: .string), JSONSchema(type: .string, maxLength: 5)])
        #expect(Self.messages(overlapping, "abc") == ["x: fits 2 of the 2 allowed forms; exactly one is allowed"])
        let keywords = JSONSchema(oneOf: [JSONSchema(type: .array), JSONSchema(type: .object)])
        #expect(Self.messages(keywords, "ai") == ["x: expected list or map, got string"])
    }

    @Test func violationsWithoutAPathAreJustTheMessage() {
        let violation = JSONSchema(type: .integer, maximum: 10).validate(11).first
        #expect(violation?.path == "")
        #expect(violation?.description == "11 is above the maximum 10")
    }
}
