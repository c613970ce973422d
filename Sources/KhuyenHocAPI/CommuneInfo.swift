/// A commune as `vn.khuyenhoc.Registry` gives it (`Commune` in the interface).
public struct CommuneInfo: Codable, Sendable, Hashable {
    /// The 5-digit statistics code.
    public var code: String
    public var name: String
    /// `commune`, `ward` or `town`.
    public var kind: String
    /// YYYY-MM-DD, or nil when unknown.
    public var validFrom: String?
    /// YYYY-MM-DD, or nil while the commune exists.
    public var validUntil: String?
    public var mergedInto: CommuneReference?
    public var mergedOn: String?

    public init(
        code: String, name: String, kind: String, validFrom: String? = nil, validUntil: String? = nil,
        mergedInto: CommuneReference? = nil, mergedOn: String? = nil
    ) {
        self.code = code
        self.name = name
        self.kind = kind
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.mergedInto = mergedInto
        self.mergedOn = mergedOn
    }
}
