import Varlink

/// `vn.khuyenhoc.Registry.PutEvidence` parameters.
public struct PutEvidenceParameters: Codable, Sendable {
    public var model: String
    public var subjectId: Int64
    public var year: Int
    /// The model's evidence object (see the interface's comments).
    public var facts: JSONValue

    public init(model: String, subjectId: Int64, year: Int, facts: JSONValue) {
        self.model = model
        self.subjectId = subjectId
        self.year = year
        self.facts = facts
    }
}

/// `vn.khuyenhoc.Registry.GetEvidence` parameters.
public struct GetEvidenceParameters: Codable, Sendable {
    public var model: String
    public var subjectId: Int64
    public var year: Int

    public init(model: String, subjectId: Int64, year: Int) {
        self.model = model
        self.subjectId = subjectId
        self.year = year
    }
}

/// `vn.khuyenhoc.Registry.PutEvidence` and `GetEvidence` reply.
public struct EvidenceReply: Codable, Sendable {
    public var evidence: EvidenceInfo

    public init(evidence: EvidenceInfo) {
        self.evidence = evidence
    }
}

/// `vn.khuyenhoc.Registry.ListResults` parameters.
public struct ListResultsParameters: Codable, Sendable {
    public var model: String
    public var subjectId: Int64
    public var year: Int?

    public init(model: String, subjectId: Int64, year: Int? = nil) {
        self.model = model
        self.subjectId = subjectId
        self.year = year
    }
}

/// `vn.khuyenhoc.Registry.ListResults` reply.
public struct ListResultsReply: Codable, Sendable {
    /// Newest first.
    public var results: [StoredResultInfo]

    public init(results: [StoredResultInfo]) {
        self.results = results
    }
}
