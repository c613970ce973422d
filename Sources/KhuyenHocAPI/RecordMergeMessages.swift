/// `vn.khuyenhoc.Registry.RecordMerge` parameters.
public struct RecordMergeParameters: Codable, Sendable {
    /// The statistics codes of the communes merged away, as they were the day before the merge.
    public var communes: [String]
    /// The statistics code of the commune they become, as it is on the day of the merge.
    public var into: String
    /// The first day of the merge (YYYY-MM-DD).
    public var on: String

    public init(communes: [String], into: String, on: String) {
        self.communes = communes
        self.into = into
        self.on = on
    }
}

/// `vn.khuyenhoc.Registry.RecordMerge` reply.
public struct RecordMergeReply: Codable, Sendable {
    /// The communes merged, as now stored.
    public var merged: [CommuneInfo]
    /// The commune they were merged into, as now stored.
    public var into: CommuneInfo

    public init(merged: [CommuneInfo], into: CommuneInfo) {
        self.merged = merged
        self.into = into
    }
}
