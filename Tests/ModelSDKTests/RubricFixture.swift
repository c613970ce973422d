import Foundation
@testable import ModelSDK

/// A small rubric file exercising every indicator kind, a gate, floors, a criterion floor and
/// grade bands, as JSON text that tests can break one field at a time.
enum RubricFixture {
    static let measures = [
        MeasureDefinition(id: "childrenInSchool", kind: .share, description: "children in school", descriptionVi: "trẻ em đi học"),
    ]

    static func json(
        version: String = "2022.1", appliesFrom: Int? = 2021, minimumTotal: Double = 70, edit: (inout [String: Any]) -> Void = { _ in }
    ) -> String {
        var document: [String: Any] = [
            "model": "test", "version": version,
            "basis": ["decision": "242/QĐ-KHVN", "date": "2022-07-28", "status": "provisional", "source": "test"],
            "recognition": [
                "minimumTotal": minimumTotal, "indicatorFloor": 2,
                "grades": [
                    ["id": "good", "title": "Good", "titleVi": "Tốt", "minimumTotal": 85],
                    ["id": "fair", "title": "Fair", "titleVi": "Khá", "minimumTotal": 70],
                ],
            ],
            "variants": [[
                "id": "only", "title": "Only", "titleVi": "Duy nhất",
                "criteria": [
                    ["id": "conditions", "title": "Conditions", "titleVi": "Điều kiện", "floor": 15, "indicators": [
                        ["id": "plan", "title": "Plan", "titleVi": "Kế hoạch", "maxPoints": 20],
                        ["id": "lawful", "title": "No violations", "titleVi": "Không vi phạm", "kind": "met", "maxPoints": 10, "gate": true],
                    ]],
                    ["id": "results", "title": "Results", "titleVi": "Kết quả", "indicators": [
                        ["id": "school", "title": "Children in school", "titleVi": "Trẻ em đi học", "kind": "share", "maxPoints": 40,
                         "floor": 20, "measure": "childrenInSchool",
                         "thresholds": [["atLeast": 100, "points": 40], ["atLeast": 80, "points": 30], ["atLeast": 50, "points": 20]]],
                        ["id": "courses", "title": "Courses", "titleVi": "Khóa học", "kind": "count", "maxPoints": 30,
                         "thresholds": [["atLeast": 3, "points": 30], ["atLeast": 1, "points": 10]]],
                    ]],
                ],
            ]],
        ]
        if let appliesFrom { document["appliesFrom"] = appliesFrom }
        edit(&document)
        return String(decoding: try! JSONSerialization.data(withJSONObject: document, options: [.sortedKeys]), as: UTF8.self)
    }

    static func document(_ text: String = json()) throws -> RubricDocument {
        try RubricFileReader.read(Data(text.utf8), origin: "test.json", model: "test", measures: measures)
    }

    static func scorer() throws -> RubricScorer {
        RubricScorer(rubric: try document().rubric(variant: nil))
    }

    /// Edits the first variant's criterion `c`, indicator `i`.
    static func indicator(_ c: Int, _ i: Int, _ change: @escaping (inout [String: Any]) -> Void) -> (inout [String: Any]) -> Void {
        { document in
            var variants = document["variants"] as! [[String: Any]]
            var criteria = variants[0]["criteria"] as! [[String: Any]]
            var indicators = criteria[c]["indicators"] as! [[String: Any]]
            change(&indicators[i])
            criteria[c]["indicators"] = indicators
            variants[0]["criteria"] = criteria
            document["variants"] = variants
        }
    }
}
