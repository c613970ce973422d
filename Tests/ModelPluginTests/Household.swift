import Foundation

/// Facts of one household for the family plugin, as JSON text: its members and the values of the
/// indicators the plugin does not derive.
enum Household {
    /// An adult; by default one who does all the rubrics ask of an adult.
    static func adult(age: Int = 42, literate: Bool = true, studied: Bool = true, citizen: Bool = true) -> String {
        #"{"age": \#(age), "literate": \#(literate), "studiedThisYear": \#(studied), "learningCitizen": \#(citizen)}"#
    }

    /// A child; by default a pupil with average or better results and good conduct.
    static func child(age: Int = 10, inSchool: Bool = true, results: Bool = true, conduct: Bool = true, completed: Bool = false) -> String {
        #"{"age": \#(age), "inSchool": \#(inSchool), "resultsAverageOrBetter": \#(inSchool && results), "goodConduct": \#(conduct), "completedUniversalEducation": \#(completed)}"#
    }

    /// Two adults and two pupils, every one as the rubrics wish.
    static let model = [
        #"{"name": "Nguyễn Văn An", "age": 42, "literate": true, "studiedThisYear": true, "learningCitizen": true}"#,
        adult(age: 40), child(age: 12), child(age: 9),
    ]

    /// The given indicators of each built-in rubric at full marks.
    static let fullMarks = [
        "2015": #"{"communityLearning": 10, "registered": true, "learningResources": 10, "learningSpending": 5, "livelihood": 10, "culturalFamily": true}"#,
        "2022.1": #"{"registered": true, "learningResources": 10, "learningTime": 10, "livelihood": 15, "notPoor": true, "culturalFamily": true}"#,
    ]

    /// The facts: `members`, and the rubric version's full marks with `given` (a JSON object) laid
    /// over them; a key given `null` is left out.
    static func facts(_ version: String, _ members: [String] = model, given: String = "{}") -> String {
        var indicators = object(fullMarks[version] ?? "{}")
        for (key, value) in object(given) {
            indicators[key] = value is NSNull ? nil : value
        }
        let memberList = members.map { try! JSONSerialization.jsonObject(with: Data($0.utf8)) }
        return text(["variant": NSNull(), "members": memberList, "indicators": indicators])
    }

    static func object(_ json: String) -> [String: Any] {
        try! JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    }

    static func text(_ value: Any) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]), as: UTF8.self)
    }
}
