import ModelSDK

/// A community's clans: how many of those listed are Learning Clans, and how many clans it has
/// in all. A community without clans (many urban blocks) has the clan share "not applicable".
struct ClanList: Sendable, Equatable {
    static let learningClans = "learningClans"
    static let learningClanCount = "learningClanCount"

    let listed: Int
    let learning: Int
    /// `totalClans`, or the number listed when it is not given.
    let total: Int

    /// Reads `clans` (absent: none listed) and `totalClans` of the community's facts.
    init(from container: KeyedDecodingContainer<FactsKey>) throws {
        let clans = container.contains("clans") && (try? container.decodeNil(forKey: "clans")) != true
            ? try container.list("clans", of: MemberClan.self, missing: "list the community's clans")
            : []
        listed = clans.count
        learning = clans.count(where: \.learningClan)
        total = try container.total("totalClans", listed: listed, members: "clans", of: "the community")
    }

    /// The clan measures' values.
    var measured: [String: MeasuredValue] {
        [Self.learningClans: .share(learning, of: total), Self.learningClanCount: .count(learning)]
    }

    static let measures = [
        MeasureDefinition(
            id: learningClans, kind: .share,
            description: "Clans recognised as Learning Clans, as a share of all the community's clans (totalClans); "
                + "a clan not listed counts as not recognised; not applicable (full points) when the community has no clan",
            descriptionVi: "Tỷ lệ dòng họ được công nhận “Dòng họ học tập” trên tổng số dòng họ của cộng đồng; "
                + "dòng họ không có trong danh sách được tính là chưa được công nhận; "
                + "không áp dụng (được điểm tối đa) khi cộng đồng không có dòng họ nào"),
        MeasureDefinition(
            id: learningClanCount, kind: .count,
            description: "The number of the community's clans recognised as Learning Clans",
            descriptionVi: "Số dòng họ của cộng đồng được công nhận “Dòng họ học tập”"),
    ]
}
