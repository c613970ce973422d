/// A document the targets come from (`vn.khuyenhoc.Reports.Basis`).
public struct TargetBasis: Codable, Sendable, Hashable {
    /// The document's number: `387/QĐ-TTg`.
    public var id: String
    /// The day it was signed (YYYY-MM-DD), when known.
    public var date: String?
    public var title: String
    public var titleVi: String

    public init(id: String, date: String?, title: String, titleVi: String) {
        self.id = id
        self.date = date
        self.title = title
        self.titleVi = titleVi
    }
}
