/// Which subjects a progress count takes: the communes whose subjects count, each in the group it
/// is counted under (the commune that stood for it in the report's year), and the year.
///
/// ```swift
/// // Cao Xuân Dương (22) after the merge counts the villages of Cao Dương (19) and Xuân Dương (20).
/// let query = ProgressQuery(year: 2025, adultAge: 15, groups: [22: 22, 19: 22, 20: 22])
/// ```
public struct ProgressQuery: Sendable, Hashable {
    public var year: Int
    /// A person is an adult in `year` when `year - birthYear` is at least this.
    public var adultAge: Int
    /// The group of each commune whose subjects count, by commune id. A subject is counted once
    /// per group (a person on the staff of two units of one group, once).
    public var groups: [Int64: Int64]

    /// The years a report may ask for: those the registry holds evidence and results for.
    public static var years: ClosedRange<Int> { RegistryRules.evaluationYears }

    public init(year: Int, adultAge: Int, groups: [Int64: Int64]) {
        self.year = year
        self.adultAge = adultAge
        self.groups = groups
    }
}
