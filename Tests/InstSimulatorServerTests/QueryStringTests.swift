@testable import InstSimulatorServer
import InstTransport
import Testing

@Suite struct QueryStringTests {
    @Test func decodesInOrderKeepingRepeats() {
        #expect(QueryString.items("a=1&&b&a=%2B+x&bad=%zz%4") == [
            QueryItem(name: "a", value: "1"), QueryItem(name: "b", value: ""),
            QueryItem(name: "a", value: "+ x"), QueryItem(name: "bad", value: "%zz%4"),
        ])
        #expect(QueryString.items("") == [])
        #expect(QueryString.decode("caf%C3%A9%20%e2%82%ac") == "café €")
    }
}
