import Foundation
import KhuyenHocSchedule
import KhuyenHocStore
import Testing

@Suite struct DeadlineValidationTests {
    private let due = DeadlineDue.date(CalendarDate("2026-12-15")!)

    @Test func aRuleIsWrittenBackInOrder() throws {
        let checked = try DeadlineValidation.checked(NewDeadline(title: "x", due: due, rrule: "bymonthday=15;freq=yearly;bymonth=12"))
        #expect(checked.rrule == "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15")
        #expect(try DeadlineValidation.checked(NewDeadline(title: "x", due: due)).rrule == nil)
    }

    @Test func aBadRuleNamesTheFieldThePartAndTheReason() {
        #expect(throws: DeadlineStoreError.invalidValue(field: "rrule", reason: "BYMONTHDAY: 32 is not a day of a month")) {
            try DeadlineValidation.checked(NewDeadline(title: "x", due: due, rrule: "FREQ=YEARLY;BYMONTHDAY=32"))
        }
        #expect(throws: DeadlineStoreError.invalidValue(
            field: "rrule", reason: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15;UNTIL=20261201 has no occurrence on or after the deadline's day")) {
            try DeadlineValidation.checked(NewDeadline(title: "x", due: due, rrule: "FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=15;UNTIL=20261201"))
        }
    }
}
