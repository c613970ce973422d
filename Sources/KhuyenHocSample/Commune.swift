/// A commune-level unit of Thanh Oai district (xã or thị trấn). **Real data**, not synthetic:
/// names and General Statistics Office codes as listed in DOMAIN.md §7.
///
/// A statistics code can outlive its commune: the merged xã Cao Xuân Dương carries 10174, the
/// code of the former xã Cao Dương. A commune is therefore identified by its code together with
/// `validFrom`, and the periods of two records with one code never overlap.
public struct Commune: SampleRecord, Hashable {
    /// The five-digit statistics code (mã đơn vị hành chính), e.g. `"10114"`.
    public let code: String
    /// The name without its kind, in NFC, e.g. `"Kim Bài"`.
    public let name: String
    public let kind: CommuneKind
    /// The statistics code of the district: `"278"`, Thanh Oai.
    public let districtCode: String
    /// The first day of the unit, or nil when it existed before every date the sample records.
    public let validFrom: CalendarDate?
    /// The last day of the unit, or nil while it exists.
    public let validUntil: CalendarDate?
    /// The code of the commune it was merged into, or nil.
    public let mergedInto: String?

    public init(code: String, name: String, kind: CommuneKind, districtCode: String = ThanhOai.districtCode,
                validFrom: CalendarDate? = nil, validUntil: CalendarDate? = nil, mergedInto: String? = nil) {
        self.code = code
        self.name = name
        self.kind = kind
        self.districtCode = districtCode
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.mergedInto = mergedInto
    }

    /// Real data: always `false`.
    public var synthetic: Bool { false }

    /// The name as written on documents: "Thị trấn Kim Bài", "Xã Cự Khê".
    public var fullName: String {
        let kind = kind.titleVi
        return kind.prefix(1).uppercased() + kind.dropFirst() + " " + name
    }

    /// Whether the unit existed on `date`.
    public func exists(on date: CalendarDate) -> Bool {
        (validFrom.map { $0 <= date } ?? true) && (validUntil.map { date <= $0 } ?? true)
    }
}
