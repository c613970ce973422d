import Foundation
import KhuyenHocAPI
import Testing

@Suite struct ReminderNoticeTests {
    @Test func encodesTheDueInstantAsTheRegistryDoesAndDecodesBack() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = try encoder.encode(SampleNotice.lead)
        let text = String(decoding: data, as: UTF8.self)
        #expect(
            text == """
                {"communeCode":"10210","communeName":"Xã Bích Hòa","days":7,"deadlineId":41,"deliveryId":9,\
                "due":"2026-12-14T17:00:00.000Z","kind":"lead","late":false,"model":"citizen",\
                "title":"Annual report","titleVi":"Nộp báo cáo năm"}
                """)
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: data) == SampleNotice.lead)
    }

    @Test func absentOptionalFieldsAreLeftOut() throws {
        let data = try JSONEncoder().encode(SampleNotice.overdueLate)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["deliveryId", "deadlineId", "title", "titleVi", "due", "kind", "days", "late"])
        #expect(try JSONDecoder().decode(ReminderNotice.self, from: data) == SampleNotice.overdueLate)
    }

    @Test func aDueThatIsNotAnInstantIsRefusedNamingTheField() throws {
        let json = #"{"deliveryId":1,"deadlineId":2,"title":"t","titleVi":"t","due":"15/12/2026","kind":"lead","days":1,"late":false}"#
        do {
            _ = try JSONDecoder().decode(ReminderNotice.self, from: Data(json.utf8))
            Issue.record("decoded a notice with due 15/12/2026")
        } catch let DecodingError.dataCorrupted(context) {
            #expect(context.codingPath.map(\.stringValue) == ["due"])
        }
        #expect(ReminderNotice.instant(from: "2026-12-14T17:00:00Z") == SampleNotice.reportDue)
    }
}
