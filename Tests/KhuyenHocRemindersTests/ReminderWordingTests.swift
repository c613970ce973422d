import Foundation
import KhuyenHocAPI
import KhuyenHocReminders
import Testing

@Suite struct ReminderWordingTests {
    @Test func aLeadReminderInVietnameseAndEnglish() {
        let vi = ReminderWording(SampleNotice.lead, language: .vietnamese)
        #expect(vi.summary == "Còn 7 ngày: Nộp báo cáo năm")
        #expect(vi.body == "Xã Bích Hòa (10210) · Công dân học tập · hạn 15/12/2026")
        let en = ReminderWording(SampleNotice.lead, language: .english)
        #expect(en.summary == "In 7 days: Annual report")
        #expect(en.body == "Xã Bích Hòa (10210) · Learning Citizen · due 15/12/2026")
    }

    @Test func overdueLateAndDueTodayAtAnHour() {
        let vi = ReminderWording(SampleNotice.overdueLate, language: .vietnamese)
        #expect(vi.summary == "Quá hạn 1 ngày: Nộp báo cáo năm")
        #expect(vi.body == "hạn 15/12/2026 (nhắc muộn: dịch vụ không chạy lúc đến hạn nhắc)")
        #expect(ReminderWording(SampleNotice.overdueLate, language: .english).summary == "1 day overdue: Annual report")

        var today = SampleNotice.lead
        today.days = 0
        today.due = SampleNotice.reportDue.addingTimeInterval(8 * 3600 + 30 * 60)  // 08:30 local
        today.communeName = nil
        today.model = "guild"
        let en = ReminderWording(today, language: .english)
        #expect(en.summary == "Due today: Annual report")
        #expect(en.body == "10210 · guild · due 15/12/2026 08:30")
    }

    @Test func languageFollowsThePOSIXLocaleVariables() {
        #expect(ReminderLanguage.current(environment: ["LANG": "vi_VN.UTF-8"]) == .vietnamese)
        #expect(ReminderLanguage.current(environment: ["LC_ALL": "en_US.UTF-8", "LANG": "vi_VN.UTF-8"]) == .english)
        #expect(ReminderLanguage.current(environment: ["LC_ALL": "", "LC_MESSAGES": "vi", "LANG": "C"]) == .vietnamese)
        #expect(ReminderLanguage.current(environment: [:]) == .english)
    }
}
