/// One measure of a progress report (`vn.khuyenhoc.Reports.Measure`): how many subjects the area
/// has, how far they got in the year, and the target they are measured against.
public struct MeasureProgress: Codable, Sendable, Hashable {
    /// `families`, `clans`, `communities`, `units`, `adultCitizens` or `staffCitizens`.
    public var id: String
    /// The model whose results count: `family`, `clan`, `community`, `unit` or `citizen`.
    public var model: String
    public var title: String
    public var titleVi: String
    /// Every subject in the area, registered or not.
    public var total: Int
    public var registered: Int
    public var evaluated: Int
    public var recognized: Int
    /// Recognised as a percentage of total; nil when the area has no such subject.
    public var share: Double?
    public var target2025: Double
    public var target2030: Double
    /// The target that applies to the report's year.
    public var target: TargetMilestone
    /// The applicable target minus the share, in percentage points: positive when behind; nil
    /// when share is.
    public var gap: Double?
    /// Share below the applicable target.
    public var behind: Bool

    public init(
        id: String, model: String, title: String, titleVi: String, total: Int, registered: Int, evaluated: Int,
        recognized: Int, share: Double?, target2025: Double, target2030: Double, target: TargetMilestone,
        gap: Double?, behind: Bool
    ) {
        self.id = id
        self.model = model
        self.title = title
        self.titleVi = titleVi
        self.total = total
        self.registered = registered
        self.evaluated = evaluated
        self.recognized = recognized
        self.share = share
        self.target2025 = target2025
        self.target2030 = target2030
        self.target = target
        self.gap = gap
        self.behind = behind
    }
}
