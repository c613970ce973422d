/// Made-up names for the synthetic communities and companies, composed from syllables common
/// in northern Vietnamese place and trade names (NFC). Any match with a real village or
/// company is a coincidence.
enum PlaceNames {
    static let villageFirst = [
        "An", "Bình", "Phú", "Phúc", "Hòa", "Yên", "Thượng", "Đông", "Văn", "Kim", "Cao", "Tân",
        "Đại", "Mỹ", "Xuân", "Vĩnh", "Thái", "Lạc", "Hưng", "Thanh",
    ]

    static let villageSecond = [
        "Lạc", "Thịnh", "Xá", "Lâm", "Khê", "Hòa", "Lộc", "Phong", "Thọ", "Trung", "Nội", "Sơn",
        "Đình", "Lương", "Hạ", "Thôn", "Dương", "Điền", "Quang", "Mỹ",
    ]

    /// `count` distinct village names for one commune.
    static func villageNames(_ count: Int, _ random: inout SampleRandom) -> [String] {
        var names: [String] = []
        names.reserveCapacity(count)
        while names.count < count {
            let first = random.element(of: villageFirst)
            let second = random.element(of: villageSecond)
            let name = first + " " + second
            if first != second && !names.contains(name) { names.append(name) }
        }
        return names
    }

    static let companyForms = WeightedTable<String>([("Công ty TNHH", 65), ("Công ty Cổ phần", 35)])

    static let companyTrades = [
        "Cơ khí", "May mặc", "Mây tre đan", "Đồ gỗ", "Xây dựng", "Thực phẩm", "Vật liệu xây dựng",
        "Thương mại và Dịch vụ", "Điện tử", "Bao bì", "Sản xuất nón lá", "Vận tải",
    ]

    static let companyFirst = [
        "An", "Minh", "Thành", "Hưng", "Phú", "Đức", "Hoàng", "Việt", "Tân", "Trường", "Kim", "Hải",
        "Đại", "Quang", "Thăng", "Gia",
    ]

    static let companySecond = [
        "Phát", "Long", "Thịnh", "Lộc", "Tiến", "Đạt", "Phong", "Quang", "Hưng", "Khang", "Anh", "Vượng",
    ]

    static let craftCooperativeTrades = ["Mây tre đan", "Nón lá", "Điêu khắc", "May", "Chăn nuôi", "Rau an toàn"]
}
