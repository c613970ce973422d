import Foundation

/// Citizen rubric files for tests: the plugin's built-in `rubric.json`, changed as a test needs
/// and written into a daemon's rubric folder.
enum CitizenRubricFile {
    /// The built-in rubric, from the source tree.
    static var builtIn: [String: Any] {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Plugins/Citizen/rubric.json")
        // The test cannot run without it; a crash names the file.
        return try! JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
    }

    /// An official basis, as an association would cite the published text.
    static var officialBasis: [String: Any] { [
        "decision": "242/QĐ-KHVN", "date": "2022-07-28", "status": "official",
        "source": "Quyết định 242/QĐ-KHVN, bản giấy lưu tại Hội Khuyến học huyện Thanh Oai",
    ] }

    /// The built-in rubric with `change` applied, as JSON text.
    static func text(_ change: (inout [String: Any]) -> Void = { _ in }) -> String {
        var rubric = builtIn
        change(&rubric)
        let data = try! JSONSerialization.data(withJSONObject: rubric, options: [.prettyPrinted, .sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// Changes the first indicator of the first criterion of every variant.
    static func firstIndicator(_ rubric: inout [String: Any], _ change: (inout [String: Any]) -> Void) {
        var variants = rubric["variants"] as! [[String: Any]]
        for v in variants.indices {
            var criteria = variants[v]["criteria"] as! [[String: Any]]
            var indicators = criteria[0]["indicators"] as! [[String: Any]]
            change(&indicators[0])
            criteria[0]["indicators"] = indicators
            variants[v]["criteria"] = criteria
        }
        rubric["variants"] = variants
    }

    /// Writes `text` as `name` in `folder`.
    static func write(_ text: String, as name: String, in folder: String) throws {
        try text.write(toFile: "\(folder)/\(name)", atomically: true, encoding: .utf8)
    }
}
