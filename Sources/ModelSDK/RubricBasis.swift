/// Which decision a rubric follows, and how sure we are of it.
public struct RubricBasis: Codable, Sendable, Equatable {
    /// Whether the rubric is the official text or a reconstruction.
    public enum Status: String, Codable, Sendable {
        case official
        case provisional
    }

    /// The decision or circular, e.g. "242/QĐ-KHVN".
    public var decision: String
    /// Its date, ISO 8601 (`2022-07-28`).
    public var date: String
    public var status: Status
    /// Where the rule was seen.
    public var source: String
    /// What is confirmed and what is not.
    public var note: String?

    public init(decision: String, date: String, status: Status, source: String, note: String? = nil) {
        self.decision = decision
        self.date = date
        self.status = status
        self.source = source
        self.note = note
    }
}
