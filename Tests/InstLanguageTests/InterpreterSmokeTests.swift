import Testing
@testable import InstLanguage

@Test func smoke() throws {
    let runner = ScriptRunner()
    let lines = try runner.output("""
    let s = 0
    let i = 0
    while $i < 10 { set s = $s + $i; set i = $i + 1 }
    print "s = $s"
    """)
    #expect(lines == ["s = 45"])
}
