import Testing
@testable import ModelSDK

/// A rubric's basis date is checked without ICU: real Gregorian dates pass, anything else fails.
@Suite struct CalendarDateTextTests {
    @Test(arguments: ["2022-07-28", "2022-7-8", "2024-02-29", "2000-02-29", "1945-12-31", "2022-01-01"])
    func acceptsRealDates(_ text: String) {
        #expect(CalendarDateText.isValid(text))
    }

    @Test(arguments: [
        "28/7/2022", "2022-02-29", "1900-02-29", "2022-04-31", "2022-13-01", "2022-00-10", "2022-01-00", "2022-01-32",
        "22-07-28", "02022-07-28", "2022-007-28", "2022-07-028", "2022-07", "2022-07-28-1", "2022--28", "2022-07-",
        "", "2022-07-2x", "２０２２-07-28", " 2022-07-28", "2022-+7-28",
    ])
    func refusesOthers(_ text: String) {
        #expect(!CalendarDateText.isValid(text))
    }
}
