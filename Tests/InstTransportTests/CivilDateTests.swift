import InstTransport
import Testing

@Suite struct CivilDateTests {
    @Test func daysRoundTripAcrossEraBoundaries() {
        for days in stride(from: Int64(-800_000), through: 800_000, by: 997) {
            #expect(CivilDate(daysSince1970: CivilDate(daysSince1970: days).daysSince1970) == CivilDate(daysSince1970: days))
            #expect(CivilDate(daysSince1970: days).daysSince1970 == days)
        }
    }

    @Test func knownDates() {
        #expect(CivilDate(daysSince1970: 0) == CivilDate(year: 1970, month: 1, day: 1))
        #expect(CivilDate(year: 2000, month: 2, day: 29).daysSince1970 == 11_016)
        #expect(CivilDate(daysSince1970: -1).text == "1969-12-31")
    }

    @Test func timestampsFloorBefore1970() {
        #expect(CivilDate.iso8601(millisecondsSince1970: 1_793_628_000_000) == "2026-11-02T14:00:00.000Z")
        #expect(CivilDate.iso8601(millisecondsSince1970: -1) == "1969-12-31T23:59:59.999Z")
    }
}
