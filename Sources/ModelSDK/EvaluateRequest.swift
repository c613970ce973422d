/// `{"facts": {...}, "year": int?, "rubricVersion": string?, "partial": bool?}`.
struct EvaluateRequest<Facts: Decodable>: Decodable {
    var facts: Facts
    var year: Int?
    var rubricVersion: String?
    var partial: Bool?
}
