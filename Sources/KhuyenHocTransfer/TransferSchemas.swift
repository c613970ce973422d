import KhuyenHocSpreadsheet

/// The columns of each table file. The first header name is the Vietnamese one an export writes;
/// the others (English, and the column id itself) are accepted on import, ignoring case and
/// diacritics.
enum TransferSchemas {
    static func schema(for table: TransferTable) -> TableSchema {
        switch table {
        case .communes: communes
        case .communities: communities
        case .households: households
        case .people: people
        case .clans: clans
        case .clanMembers: clanMembers
        case .units: units
        case .staff: staff
        case .evidence: evidence
        case .results: results
        }
    }

    private static let id = ColumnSpec("id", .wholeNumber, names: ["Mã số", "ID"])
    private static let name = ColumnSpec("name", .text, required: true, names: ["Tên", "Name", "Họ và tên", "Họ tên", "Full name"])
    private static let communeID = ColumnSpec("communeID", .wholeNumber, names: ["Mã số xã", "Commune ID"])
    private static let communeCode = ColumnSpec("communeCode", .text, names: ["Mã xã", "Commune code", "Statistics code"])
    private static let model = ColumnSpec("model", .text, required: true, names: ["Mô hình", "Model"])
    private static let subjectID = ColumnSpec("subjectID", .wholeNumber, required: true, names: ["Mã số đối tượng", "Subject ID"])
    private static let year = ColumnSpec("year", .wholeNumber, required: true, names: ["Năm", "Year"])

    static let communes = TableSchema(name: "communes", columns: [
        id,
        ColumnSpec("statisticsCode", .text, required: true, names: ["Mã xã", "Mã đơn vị hành chính", "Statistics code", "Code"]),
        name,
        ColumnSpec("kind", .text, names: ["Loại", "Kind"]),
        ColumnSpec("validFrom", .date, names: ["Hiệu lực từ", "Valid from"]),
        ColumnSpec("validUntil", .date, names: ["Hiệu lực đến", "Valid until"]),
        ColumnSpec("mergedInto", .wholeNumber, names: ["Sáp nhập vào", "Merged into"]),
        ColumnSpec("mergedOn", .date, names: ["Ngày sáp nhập", "Merged on"]),
    ])

    static let communities = TableSchema(name: "communities", columns: [
        id, communeID, communeCode, name,
        ColumnSpec("kind", .text, names: ["Loại", "Kind"]),
    ])

    static let households = TableSchema(name: "households", columns: [
        id,
        ColumnSpec("communityID", .wholeNumber, required: true, names: ["Mã số thôn", "Community ID"]),
        ColumnSpec("code", .text, names: ["Số hộ", "Household code", "Code"]),
        name,
    ])

    static let people = TableSchema(name: "people", columns: [
        id,
        ColumnSpec("householdID", .wholeNumber, names: ["Mã số hộ", "Household ID"]),
        name,
        ColumnSpec("birthYear", .wholeNumber, required: true, names: ["Năm sinh", "Birth year"]),
        ColumnSpec("sex", .text, names: ["Giới tính", "Sex"]),
        ColumnSpec("targetGroup", .text, names: ["Nhóm đối tượng", "Target group"]),
        ColumnSpec("inSchool", .boolean, names: ["Đang đi học", "In school"]),
        ColumnSpec("completedUniversalEducation", .boolean, names: ["Phổ cập giáo dục", "Completed universal education"]),
        ColumnSpec("literate", .boolean, names: ["Biết chữ", "Literate"]),
        ColumnSpec("studiedThisYear", .boolean, names: ["Học tập trong năm", "Studied this year"]),
        ColumnSpec("goodConduct", .boolean, names: ["Hạnh kiểm tốt", "Good conduct"]),
        ColumnSpec("resultsAverageOrBetter", .boolean, names: ["Học lực trung bình trở lên", "Results average or better"]),
        ColumnSpec("learningCitizen", .boolean, names: ["Công dân học tập", "Learning citizen"]),
    ])

    static let clans = TableSchema(name: "clans", columns: [id, communeID, communeCode, name])

    static let clanMembers = TableSchema(name: "clanMembers", columns: [
        ColumnSpec("clanID", .wholeNumber, required: true, names: ["Mã số dòng họ", "Clan ID"]),
        ColumnSpec("householdID", .wholeNumber, required: true, names: ["Mã số hộ", "Household ID"]),
    ])

    static let units = TableSchema(name: "units", columns: [
        id, communeID, communeCode, name,
        ColumnSpec("kind", .text, required: true, names: ["Loại", "Kind"]),
    ])

    static let staff = TableSchema(name: "staff", columns: [
        ColumnSpec("unitID", .wholeNumber, required: true, names: ["Mã số đơn vị", "Unit ID"]),
        ColumnSpec("personID", .wholeNumber, required: true, names: ["Mã số người", "Person ID"]),
        ColumnSpec("role", .text, names: ["Chức vụ", "Role"]),
        ColumnSpec("trainedThisYear", .boolean, names: ["Được bồi dưỡng trong năm", "Trained this year"]),
        ColumnSpec("digitalSkills", .boolean, names: ["Kỹ năng số", "Digital skills"]),
    ])

    static let evidence = TableSchema(name: "evidence", columns: [
        model, subjectID, year,
        ColumnSpec("facts", .text, required: true, names: ["Dữ liệu", "Facts"]),
        ColumnSpec("enteredBy", .wholeNumber, names: ["Người nhập", "Entered by"]),
        ColumnSpec("enteredAt", .text, names: ["Thời điểm nhập", "Entered at"]),
    ])

    static let results = TableSchema(name: "results", columns: [
        id, model, subjectID, year,
        ColumnSpec("rubricVersion", .text, required: true, names: ["Phiên bản tiêu chí", "Rubric version"]),
        ColumnSpec("recognized", .boolean, required: true, names: ["Được công nhận", "Recognized"]),
        ColumnSpec("total", .decimal, required: true, names: ["Tổng điểm", "Total"]),
        ColumnSpec("grade", .text, names: ["Xếp loại", "Grade"]),
        ColumnSpec("evaluatedAt", .text, required: true, names: ["Thời điểm đánh giá", "Evaluated at"]),
        ColumnSpec("result", .text, required: true, names: ["Kết quả", "Result"]),
    ])
}
