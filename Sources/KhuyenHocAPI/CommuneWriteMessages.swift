/// `vn.khuyenhoc.Registry.AddCommune` parameters.
public struct AddCommuneParameters: Codable, Sendable {
    /// The 5-digit statistics code.
    public var code: String
    public var name: String
    /// `commune` (the default), `ward` or `town`.
    public var kind: String?
    /// YYYY-MM-DD.
    public var validFrom: String?
    /// YYYY-MM-DD.
    public var validUntil: String?

    public init(code: String, name: String, kind: String? = nil, validFrom: String? = nil, validUntil: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.validFrom = validFrom
        self.validUntil = validUntil
    }
}

/// `vn.khuyenhoc.Registry.UpdateCommune` parameters: the commune that `code` and `asOf` name, and
/// its new values.
public struct UpdateCommuneParameters: Codable, Sendable {
    public var code: String
    public var asOf: String?
    /// The corrected statistics code, when it changes.
    public var newCode: String?
    public var name: String
    public var kind: String?
    public var validFrom: String?
    public var validUntil: String?

    public init(
        code: String, asOf: String? = nil, newCode: String? = nil, name: String, kind: String? = nil,
        validFrom: String? = nil, validUntil: String? = nil
    ) {
        self.code = code
        self.asOf = asOf
        self.newCode = newCode
        self.name = name
        self.kind = kind
        self.validFrom = validFrom
        self.validUntil = validUntil
    }
}

/// The reply of `AddCommune` and `UpdateCommune`: the commune as stored.
public struct CommuneReply: Codable, Sendable {
    public var commune: CommuneInfo

    public init(commune: CommuneInfo) {
        self.commune = commune
    }
}
