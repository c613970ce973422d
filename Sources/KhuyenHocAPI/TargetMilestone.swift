/// A target share for a year (`vn.khuyenhoc.Reports.Target`): recognised subjects as a
/// percentage of all, by that year, and the document that sets it.
public struct TargetMilestone: Codable, Sendable, Hashable {
    public var year: Int
    public var percent: Double
    /// The id of the document in the report's basis: `387/QĐ-TTg`.
    public var basis: String

    public init(year: Int, percent: Double, basis: String) {
        self.year = year
        self.percent = percent
        self.basis = basis
    }
}
