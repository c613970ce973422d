/// An organization while the district is generated; becomes an `Organization` at the end.
struct OrganizationDraft {
    var communeIndex: Int
    var kind: OrganizationKind
    var name: String
    var plannedStaff: Int
    var staff: [Int] = []
}
