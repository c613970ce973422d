/// Thrown by a ``TableReader/read(_:each:)`` callback to refuse a row it cannot take (an unknown
/// commune code, a household already listed): it is reported with the row's place like any
/// other issue, and reading goes on to find the rest.
public struct RowRejection: Error, Sendable {
    /// The schema column at fault, if one is.
    public var columnID: String?
    public var reason: String
    public var reasonVi: String

    public init(columnID: String? = nil, reason: String, reasonVi: String) {
        self.columnID = columnID
        self.reason = reason
        self.reasonVi = reasonVi
    }
}
