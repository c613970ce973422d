import Foundation

/// Builds the facts of a clan or community for the group plugins' tests: families with their
/// counts spread over the list, and edits at one field, as JSON text.
enum GroupFacts {
    /// `listed` families, the first `learning` of them Learning Families; `citizens` of `adults`
    /// and `inSchool` of `children` spread over the list (each family gets its fair part).
    static func families(
        listed: Int, learning: Int, citizens: Int, adults: Int, inSchool: Int, children: Int
    ) -> [[String: Any]] {
        let adultsPer = spread(adults, over: listed)
        let childrenPer = spread(children, over: listed)
        let citizensPer = fill(citizens, into: adultsPer)
        let inSchoolPer = fill(inSchool, into: childrenPer)
        return (0..<listed).map { index in
            [
                "name": "Hộ số \(index + 1)", "learningFamily": index < learning,
                "adults": adultsPer[index], "adultLearningCitizens": citizensPer[index],
                "schoolAgeChildren": childrenPer[index], "schoolAgeChildrenInSchool": inSchoolPer[index],
            ]
        }
    }

    /// The facts with `value` put at `path` (`families.3.adults`, `totalFamilies`); nil removes it.
    static func editing(_ facts: [String: Any], _ path: String, _ value: Any?) -> [String: Any] {
        func edit(_ node: Any, _ keys: ArraySlice<Substring>) -> Any? {
            guard let key = keys.first else { return value }
            if var list = node as? [Any], let index = Int(key) {
                list[index] = edit(list[index], keys.dropFirst()) as Any
                return list
            }
            var object = node as? [String: Any] ?? [:]
            object[String(key)] = edit(object[String(key)] as Any, keys.dropFirst())
            return object
        }
        return edit(facts, path.split(separator: ".")[...]) as? [String: Any] ?? facts
    }

    /// The facts with every edit of `edits` made: a JSON object of paths to values, `null` removing
    /// the key (`{"families.3.adults": 5, "indicators.learningFund": null}`).
    static func editing(_ facts: [String: Any], _ edits: String) throws -> [String: Any] {
        guard let parsed = try JSONSerialization.jsonObject(with: Data(edits.utf8)) as? [String: Any] else {
            throw HarnessError(reason: "the edits \(edits) are not a JSON object")
        }
        return parsed.keys.sorted().reduce(facts) { facts, path in
            editing(facts, path, parsed[path] is NSNull ? nil : parsed[path])
        }
    }

    static func json(_ facts: [String: Any]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: facts, options: [.sortedKeys]), as: UTF8.self)
    }

    /// A file of the package, by its path from the package root.
    static func packageFile(_ path: String) throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    /// The first ```json block of a Markdown text.
    static func firstJSONBlock(in markdown: String) -> String? {
        guard let start = markdown.range(of: "```json\n"),
              let end = markdown.range(of: "\n```", range: start.upperBound..<markdown.endIndex)
        else { return nil }
        return String(markdown[start.upperBound..<end.lowerBound])
    }

    private static func spread(_ amount: Int, over count: Int) -> [Int] {
        guard count > 0 else { return [] }
        return (0..<count).map { amount / count + ($0 < amount % count ? 1 : 0) }
    }

    /// `amount` put into slots of the given sizes, filling each in turn.
    private static func fill(_ amount: Int, into sizes: [Int]) -> [Int] {
        var left = amount
        return sizes.map { size in
            let part = min(size, left)
            left -= part
            return part
        }
    }
}
