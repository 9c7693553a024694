import Testing
@testable import BriefingKit

@Suite struct CalendarTests {
    @Test func dayNumbersRoundTrip() {
        for n in stride(from: -1000, through: 30000, by: 37) {
            let d = CalendarDate(dayNumber: n)
            #expect(d.dayNumber == n)
        }
        #expect(CalendarDate(year: 1970, month: 1, day: 1)!.dayNumber == 0)
    }

    @Test func weekdaysAndArithmetic() {
        let d = CalendarDate(year: 2026, month: 1, day: 19)!
        #expect(d.weekday == 1)  // a Monday
        #expect(d.adding(days: -1).iso == "2026-01-18")
        #expect(CalendarDate(year: 2024, month: 2, day: 28)!.adding(days: 1).iso == "2024-02-29")
        #expect(CalendarDate(year: 2026, month: 2, day: 29) == nil)
    }

    @Test func granularityIsKept() {
        let d = CalendarDate(year: 2026, month: 1, day: 22)!
        #expect(TemporalValue(weekContaining: d).iso == "2026-W04")
        #expect(TemporalValue(year: 2022, month: 2)!.iso == "2022-02")
        #expect(TemporalValue(year: 2022)!.iso == "2022")
        #expect(TemporalValue(day: d).label == "22 January 2026")
        #expect(TemporalValue(weekContaining: CalendarDate(year: 2021, month: 1, day: 3)!).iso == "2020-W53")
    }
}
