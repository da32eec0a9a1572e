import InstLanguage
import Testing

@Suite struct TableRendererTests {
    let renderer = TableRenderer()

    @Test func listOfMaps() {
        let rows: Value = [
            ["name": "05B", "sent": 31],
            ["name": "05A", "sent": 20, "note": "new"],
            ["name": "05C-long", "sent": 1.5],
        ]
        #expect(renderer.render(rows) == """
            name      sent  note
            --------  ----  ----
            05B         31
            05A         20  new
            05C-long   1.5
            """)
    }

    @Test func mixedColumnsAlignNumbersRightPerCell() {
        let rows: Value = [["v": 1], ["v": "text"], ["v": nil], ["v": [1, "a"]], ["v": ["k": true]]]
        #expect(renderer.render(rows) == """
            v
            ---------
                    1
            text

            [1, "a"]
            {k: true}
            """)
    }

    @Test func listOfScalarsIsOneValueColumn() {
        #expect(renderer.render(["a", 2, true]) == """
            value
            -----
            a
                2
            true
            """)
    }

    @Test func nonMapElementsGoInAValueColumn() {
        #expect(renderer.render([["a": 1], "x"]) == """
            a  value
            -  -----
            1
               x
            """)
    }

    @Test func singleMapIsKeyValueColumns() {
        #expect(renderer.render(["name": "Ada", "sent": 12]) == """
            key   value
            ----  -----
            name  Ada
            sent     12
            """)
    }

    @Test func numericColumnHeadersAlignRight() {
        #expect(renderer.render([["count": 1, "name": "a"], ["count": 12000, "name": "b"]]) == """
            count  name
            -----  ----
                1  a
            12000  b
            """)
        #expect(renderer.render([["n": 1234, "x": "y"]]) == """
               n  x
            ----  -
            1234  y
            """)
    }

    @Test func scalarIsOneCell() {
        #expect(renderer.render(7) == "value\n-----\n    7")
    }

    @Test func emptyList() {
        #expect(renderer.render([]) == "(empty)")
    }

    @Test func truncatesWideCells() {
        let narrow = TableRenderer(maxColumnWidth: 6)
        #expect(narrow.render([["s": "abcdefghij", "t": "abcdef"]]) == """
            s       t
            ------  ------
            abcde…  abcdef
            """)
    }

    @Test func escapesControlCharactersInCells() {
        #expect(renderer.render([["s": "a\nb\tc\u{1B}"]]) == """
            s
            -------------
            a\\nb\\tc\\u{1B}
            """)
    }

    @Test func countsWideCharactersAsTwoColumns() {
        #expect(TableRenderer.displayWidth(of: "abc") == 3)
        #expect(TableRenderer.displayWidth(of: "中文") == 4)
        #expect(TableRenderer.displayWidth(of: "😀") == 2)
        #expect(TableRenderer.displayWidth(of: "e\u{301}") == 1)
        #expect(TableRenderer.displayWidth(of: "👍🏽") == 2)
        #expect(renderer.render([["n": "中文", "x": 1], ["n": "ab", "x": 2]]) == """
            n     x
            ----  -
            中文  1
            ab    2
            """)
        #expect(TableRenderer(maxColumnWidth: 4).render(["中文字"]) == "value\n-----\n中…")
    }

    @Test func styleDecoratesAfterLayout() {
        let style = TableRenderer.Style(
            header: { "<b>\($0)</b>" },
            rule: { "<d>\($0)</d>" },
            cell: { text, value in Self.isInt(value) ? "<n>\(text)</n>" : text }
        )
        let styled = TableRenderer(style: style)
        #expect(styled.render([["a": "x", "n": 1]]) == """
            <b>a  n</b>
            <d>-  -</d>
            x  <n>1</n>
            """)
    }

    private static func isInt(_ value: Value?) -> Bool {
        if case .int? = value { return true }
        return false
    }
}
