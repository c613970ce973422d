import Foundation
import ModelSDK

/// One clan of the community as the facts list it: its result under the Learning Clan model.
struct MemberClan: Decodable, Sendable, Equatable {
    var name: String?
    var learningClan: Bool

    static let keys = ["name", "learningClan"]

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FactsKey.self)
        try container.rejectUnknownKeys(Self.keys, of: "a clan")
        name = try container.decodeIfPresent(String.self, forKey: "name")?.precomposedStringWithCanonicalMapping
        learningClan = try container.flag(
            "learningClan", meaning: "true when the clan is recognised as a Learning Clan this year, false when not")
    }
}
