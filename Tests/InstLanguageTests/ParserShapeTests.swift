import Testing
@testable import InstLanguage

/// The syntax tree of small programs, rendered as s-expressions by ``ParseSupport``.
@Suite struct ParserShapeTests {
    static let cases: [(source: String, shape: String)] = [
        // Commands and argument forms
        ("print \"hi\" 1 -2 2.5 true null x", #"(print "hi" 1 -2 2.5 true null "x")"#),
        ("print $a.b[0].c $a [0]", "(print (. (at (. $a b) 0) c) $a [0])"),
        ("cmd n=1 s=\"x\" w=word v=$x.y l=[1, a] m={k: v} neg=-3 --flag", #"(cmd n=1 s="x" w="word" v=(. $x y) l=[1 "a"] m={k: "v"} neg=-3 --flag)"#),
        ("cmd (len $x) $(len $y) {a: 1} {} { $it }", "(cmd ((len $x)) ((len $y)) {a: 1} {} {$it})"),
        ("cmd if in and not let", #"(cmd "if" "in" "and" "not" "let")"#),
        ("print $a.if.in", "(print (. (. $a if) in))"),
        ("set a.if[0] = 1", "(set a.if[0] 1)"),
        ("print --dry-run limit=-5 x=(f).y", "(print --dry-run limit=-5 x=(. ((f)) y))"),
        ("cmd {\n  a: 1\n}", "(cmd {a: 1})"),
        ("cmd {\n  print 1\n}", "(cmd {(print 1)})"),
        ("cmd { \"k\": 1, 'r': 2 }", "(cmd {k: 1, r: 2})"),
        // Pipelines
        ("$xs | where { $it.a > 0 } | first 3", "(| $xs (where {(> (. $it a) 0)}) (first 3))"),
        ("$xs\n  | sort-by n --desc\n  | table", "(| $xs (sort-by \"n\" --desc) (table))"),
        ("$xs |\n\n  table", "(| $xs (table))"),
        ("list | count", "(| (list) (count))"),
        ("let n = (list\n  | where { $it }\n  | count)", "(let n ((| (list) (where {$it}) (count))))"),
        // Expressions and precedence
        ("1 + 2 * 3 - 4 / 5 % 6", "(- (+ 1 (* 2 3)) (% (/ 4 5) 6))"),
        ("let x = -$a * -2", "(let x (* (- $a) -2))"),
        ("let x = - 2", "(let x (- 2))"),
        ("let x = $a ?? $b ?? 1 + 2", "(let x (?? $a (?? $b (+ 1 2))))"),
        ("let x = not $a == 1 and $b or $c", "(let x (or (and (not (== $a 1)) $b) $c))"),
        ("let x = $a in $b and $c not in [1]", "(let x (and (in $a $b) (not in $c [1])))"),
        ("let x = not not $a", "(let x (not (not $a)))"),
        ("let x = ($a + 1) * 2", "(let x (* ((+ $a 1)) 2))"),
        ("let x = (1 +\n  2)", "(let x ((+ 1 2)))"),
        ("let x = [1,\n 2,\n]", "(let x [1 2])"),
        ("let x = {a: [1], \"b c\": {d: null}, if: true,}", #"(let x {a: [1], b c: {d: null}, if: true})"#),
        ("let x = $m[\"k\"][0].name", #"(let x (. (at (at $m "k") 0) name))"#),
        ("let x = (f).name", "(let x (. ((f)) name))"),
        ("let x = [1, 2][0]", "(let x (at [1 2] 0))"),
        ("let s = active", "(let s (active))"),
        ("let s = \"active\"", #"(let s "active")"#),
        ("let ok = $a == active", #"(let ok (== $a "active"))"#),
        // Strings
        (#"print "a $b.c.d $(f "x") $ e""#, #"(print (str "a " (. (. $b c) d) " " ((f "x")) " $ e"))"#),
        (#"print "$x@example.com, $y.""#, #"(print (str $x "@example.com, " $y "."))"#),
        (#"print 'raw $x'"#, #"(print "raw $x")"#),
        // Statements
        ("set a.b[$i].c = 1", "(set a.b[$i].c 1)"),
        ("set x = f 1", "(set x (f 1))"),
        ("if $a { 1 } else if $b { 2 } else { 3 }", "(if $a {1} $b {2} else {3})"),
        ("if $a {\n  1\n}\nelse {\n  2\n}", "(if $a {1} else {2})"),
        ("if (f $x) { }", "(if ((f $x)) {})"),
        ("if $a\n{\n}", "(if $a {})"),
        ("for x in [1, 2] { print $x }", "(for x [1 2] {(print $x)})"),
        ("for x in (range 3) { break; continue }", "(for x ((range 3)) {(break); (continue)})"),
        ("while $i < 3 { set i = $i + 1 }", "(while (< $i 3) {(set i (+ $i 1))})"),
        ("return", "(return)"),
        ("return $x | first", "(return (| $x (first)))"),
        ("proc f() { }", "(proc f () {})"),
        ("proc sort-rows(rows, by = \"name\", desc = false,) { return $rows }", #"(proc sort-rows (rows by="name" desc=false) {(return $rows)})"#),
        ("try { fail \"x\" } catch err { print $err }", #"(try {(fail "x")} catch err {(print $err)})"#),
        ("try { }\ncatch { }", "(try {} catch {})"),
        ("param go = false\nparam name", "(param go false)\n(param name)"),
        ("use lifecycle\nuse \"./helpers.inst\"", "(use lifecycle)\n(use \"./helpers.inst\")"),
        ("require instantly \"a:read\" 'b'", #"(require instantly "a:read" "b")"#),
        ("a; b\n\n; c", "(a)\n(b)\n(c)"),
        ("print a \\\n  b", #"(print "a" "b")"#),
        ("{a: 1}", "{a: 1}"),
        ("[1] | first", "(| [1] (first))"),
        // A `{` that starts an expression is a map when it looks like one, also before a body
        ("for e in {a: 1} { print $e.key }", "(for e {a: 1} {(print (. $e key))})"),
        ("for e in {}\n{ }", "(for e {} {})"),
        ("for e in {\n  \"k\": 1\n} { }", "(for e {k: 1} {})"),
        ("while {a: 1}.a > 2 { }", "(while (> (. {a: 1} a) 2) {})"),
        ("if {a: 1} == $m { } else if {} { }", "(if (== {a: 1} $m) {} {} {})"),
        // Postfix accesses directly on map literals
        ("let x = {a: 3}.a", "(let x (. {a: 3} a))"),
        ("let x = {a: [1]}.a[0]", "(let x (at (. {a: [1]} a) 0))"),
        ("{a: 1}.a", "(. {a: 1} a)"),
        ("print {a: 3}.a {b: 1}[\"b\"] {c: 1} [0]", #"(print (. {a: 3} a) (at {b: 1} "b") {c: 1} [0])"#),
        ("cmd {a: 1}.a { $it }", "(cmd (. {a: 1} a) {$it})"),
    ]

    @Test(arguments: cases)
    func shape(source: String, shape: String) {
        let result = ParseSupport.parse(source)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map { $0.rendered() })")
        #expect(ParseSupport.shape(source) == shape)
    }

    @Test func docCommentIsTheCommentBlockDirectlyAbove() throws {
        let source = "# not this\n\n# Percent of a whole.\n#   part: the share\nproc percent(part, whole) { }\n"
        let statement = try #require(ParseSupport.parse(source).script.statements.first)
        guard case .procedure(let declaration) = statement.kind else {
            Issue.record("expected a proc")
            return
        }
        #expect(declaration.documentation == "Percent of a whole.\n  part: the share")
        let undocumented = try #require(ParseSupport.parse("let x = 1\nproc f() { }").script.statements.last)
        if case .procedure(let declaration) = undocumented.kind {
            #expect(declaration.documentation == nil)
        }
    }

    @Test func spansCoverTheirSource() throws {
        let file = SourceFile(name: "t", text: "let x = $a.b + (f 1)\nprint \"v: $(g)\"")
        let statements = Parser.parse(file).script.statements
        #expect(statements.map { file.text(of: $0.span) } == ["let x = $a.b + (f 1)", "print \"v: $(g)\""])
        guard case .letBinding(let name, let value) = statements[0].kind,
              case .expression(let sum) = value.stages[0],
              case .binary(_, let field, let group) = sum.kind,
              case .field(_, let fieldName) = field.kind else {
            Issue.record("unexpected shape")
            return
        }
        #expect(file.text(of: name.span) == "x")
        #expect(file.text(of: field.span) == "$a.b")
        #expect(file.text(of: fieldName.span) == "b")
        #expect(file.text(of: group.span) == "(f 1)")
        guard case .pipeline(let pipeline) = statements[1].kind, case .command(let print) = pipeline.stages[0],
              case .positional(let string) = print.arguments[0], case .interpolated(let parts) = string.kind,
              case .expression(let interpolation) = parts[1] else {
            Issue.record("unexpected shape")
            return
        }
        #expect(file.text(of: interpolation.span) == "$(g)")
        #expect(interpolation.span.location == SourceLocation(line: 2, column: 11))
    }

    @Test func setTargetSpansPointIntoTheDottedWord() throws {
        let file = SourceFile(name: "t", text: "set stats.replies = 3")
        let statement = try #require(Parser.parse(file).script.statements.first)
        guard case .set(let target, _) = statement.kind, case .field(let field)? = target.path.first else {
            Issue.record("unexpected shape")
            return
        }
        #expect(file.text(of: target.variable.span) == "stats")
        #expect(file.text(of: field.span) == "replies")
        #expect(file.text(of: target.span) == "stats.replies")
    }
}
