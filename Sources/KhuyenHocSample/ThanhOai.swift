/// Thanh Oai district, Hanoi (statistics code 278): its communes and the merge recorded among
/// them. **Real data** (DOMAIN.md §7); nothing here is generated.
public enum ThanhOai {
    /// The district's statistics code.
    public static let districtCode = "278"
    /// The district's name: "Thanh Oai" (huyện Thanh Oai).
    public static let districtName = "Thanh Oai"

    /// The 21 communes of 2022, the year of the seed (one thị trấn and 20 xã), in the order of
    /// their statistics codes. Hồng Dương's code is inferred from later lists (DOMAIN.md §7).
    /// Cao Dương and Xuân Dương carry the end of their period and their successor (`merge`).
    public static let communes2022: [Commune] = [
        Commune(code: "10114", name: "Kim Bài", kind: .township),
        Commune(code: "10120", name: "Cự Khê", kind: .commune),
        Commune(code: "10126", name: "Bích Hòa", kind: .commune),
        Commune(code: "10129", name: "Mỹ Hưng", kind: .commune),
        Commune(code: "10132", name: "Cao Viên", kind: .commune),
        Commune(code: "10135", name: "Bình Minh", kind: .commune),
        Commune(code: "10138", name: "Tam Hưng", kind: .commune),
        Commune(code: "10141", name: "Thanh Cao", kind: .commune),
        Commune(code: "10144", name: "Thanh Thùy", kind: .commune),
        Commune(code: "10147", name: "Thanh Mai", kind: .commune),
        Commune(code: "10150", name: "Thanh Văn", kind: .commune),
        Commune(code: "10153", name: "Đỗ Động", kind: .commune),
        Commune(code: "10156", name: "Kim An", kind: .commune),
        Commune(code: "10159", name: "Kim Thư", kind: .commune),
        Commune(code: "10162", name: "Phương Trung", kind: .commune),
        Commune(code: "10165", name: "Tân Ước", kind: .commune),
        Commune(code: "10168", name: "Dân Hòa", kind: .commune),
        Commune(code: "10171", name: "Liên Châu", kind: .commune),
        Commune(code: "10174", name: "Cao Dương", kind: .commune,
                validUntil: mergeDate.previousDay, mergedInto: caoXuanDuongCode),
        Commune(code: "10177", name: "Xuân Dương", kind: .commune,
                validUntil: mergeDate.previousDay, mergedInto: caoXuanDuongCode),
        Commune(code: "10180", name: "Hồng Dương", kind: .commune),
    ]

    /// Xã Cao Xuân Dương, formed from Cao Dương and Xuân Dương in 2024 (DOMAIN.md §7).
    ///
    /// Its code, 10174 (the former Cao Dương's), is not in DOMAIN.md: it is the code public lists
    /// of administrative units give the merged commune. Its first day is `mergeDate`, an
    /// assumption (see there).
    public static let caoXuanDuong = Commune(code: caoXuanDuongCode, name: "Cao Xuân Dương", kind: .commune, validFrom: mergeDate)

    /// The merge of Cao Dương (10174) and Xuân Dương (10177) into xã Cao Xuân Dương.
    public static let merge = CommuneMerge(
        predecessors: ["10174", "10177"],
        successor: caoXuanDuongCode,
        effective: mergeDate,
        effectiveDateAssumed: true,
        basis: "DOMAIN.md §7: Cao Dương and Xuân Dương were merged into xã Cao Xuân Dương in 2024. "
            + "Assumed: the day, 2024-12-01 (DOMAIN.md gives the year only; the Standing Committee's "
            + "resolution on Hanoi's 2023–2025 arrangement of units is taken to have applied from "
            + "1 December 2024), and the code 10174 of the new commune, as in public lists of "
            + "administrative units."
    )

    /// Every commune record: the 21 of 2022, then Cao Xuân Dương.
    public static var allCommunes: [Commune] { communes2022 + [caoXuanDuong] }

    /// The communes that existed on `date`: 21 before the merge, 20 from it on.
    public static func communes(on date: CalendarDate) -> [Commune] {
        allCommunes.filter { $0.exists(on: date) }
    }

    /// The first day of xã Cao Xuân Dương. **Assumption**: DOMAIN.md §7 gives only the year
    /// (2024); 1 December 2024 is taken as the day the resolution on Hanoi's arrangement of
    /// commune-level units for 2023–2025 applied. Correct it here if the decision says otherwise.
    public static let mergeDate = CalendarDate(2024, 12, 1)

    private static let caoXuanDuongCode = "10174"
}
