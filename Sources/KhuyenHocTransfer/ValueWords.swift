import KhuyenHocStore

/// How the registry's coded values are written in a file: an export writes the Vietnamese word
/// (`thị trấn`, `nữ`), an import also takes the API's value (`town`, `female`) and ignores case
/// and diacritics.
enum ValueWords {
    static let communeKinds: [(CommuneKind, [String])] = [
        (.commune, ["xã", "commune"]), (.ward, ["phường", "ward"]), (.town, ["thị trấn", "town", "township"]),
    ]
    static let communityKinds: [(CommunityKind, [String])] = [
        (.village, ["thôn", "village", "làng", "xóm", "bản", "ấp"]),
        (.urbanBlock, ["tổ dân phố", "urbanBlock", "urban block", "khu phố"]),
    ]
    static let unitKinds: [(UnitKind, [String])] = [
        (.agency, ["cơ quan", "agency"]), (.school, ["trường học", "school"]), (.enterprise, ["doanh nghiệp", "enterprise"]),
        (.cooperative, ["hợp tác xã", "cooperative"]), (.other, ["khác", "other"]),
    ]
    static let sexes: [(Sex, [String])] = [(.female, ["nữ", "female", "f"]), (.male, ["nam", "male", "m"])]
    static let models: [(RegistryModel, [String])] = [
        (.citizen, ["citizen", "công dân học tập"]), (.family, ["family", "gia đình học tập"]),
        (.clan, ["clan", "dòng họ học tập"]), (.community, ["community", "cộng đồng học tập"]),
        (.unit, ["unit", "đơn vị học tập"]),
    ]

    static let communeKindIndex = WordIndex(communeKinds)
    static let communityKindIndex = WordIndex(communityKinds)
    static let unitKindIndex = WordIndex(unitKinds)
    static let sexIndex = WordIndex(sexes)
    static let modelIndex = WordIndex(models)

    /// The word an export writes for `value`.
    static func word<Value: Equatable>(_ value: Value, in table: [(Value, [String])]) -> String {
        table.first { $0.0 == value }?.1.first ?? ""
    }

    /// The accepted words, for messages: `xã, phường, thị trấn`.
    static func choices<Value>(_ table: [(Value, [String])]) -> String {
        table.map { $0.1[0] + " (\($0.1[1]))" }.joined(separator: ", ")
    }
}
