/// The name tables of the synthetic population. All text is NFC.
///
/// Family names follow the frequencies commonly cited for Vietnam (Nguyễn 38.4 %, Trần 12.1 %,
/// Lê 9.5 %, Phạm 7 %, Hoàng/Huỳnh 5.1 %, Phan 4.5 %, Vũ/Võ 3.9 %, Đặng 2.1 %, Bùi 2 %, Đỗ 1.4 %,
/// Hồ 1.3 %, Ngô 1.3 %, Dương 1 %, Lý 0.5 %), with Hoàng and Vũ, the northern forms, taking
/// nearly all of their shares as they do in Hanoi, and the remaining 9.9 % spread over other
/// names common in the Red River delta. Middle names depend on the generation: "Văn" and "Thị"
/// dominate among people born before 1995 and much less after.
enum VietnameseNames {
    /// Weights in tenths of a percent; they sum to 1,000.
    static let familyNames = WeightedTable<String>([
        ("Nguyễn", 384), ("Trần", 121), ("Lê", 95), ("Phạm", 70), ("Hoàng", 48), ("Huỳnh", 3),
        ("Phan", 45), ("Vũ", 36), ("Võ", 3), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
        ("Ngô", 13), ("Dương", 10), ("Lý", 5),
        ("Đinh", 15), ("Trịnh", 12), ("Đào", 12), ("Lương", 8), ("Mai", 8), ("Tạ", 8), ("Chu", 7),
        ("Cao", 7), ("Kiều", 6), ("Lưu", 6), ("Khuất", 5), ("Nghiêm", 5),
    ])

    static let olderMaleMiddleNames = WeightedTable<String>([
        ("Văn", 600), ("Đức", 80), ("Hữu", 60), ("Quang", 50), ("Minh", 50), ("Xuân", 40),
        ("Công", 40), ("Đình", 40), ("Ngọc", 20), ("Mạnh", 20),
    ])

    static let youngerMaleMiddleNames = WeightedTable<String>([
        ("Văn", 250), ("Đức", 120), ("Minh", 150), ("Quang", 80), ("Hữu", 50), ("Xuân", 40),
        ("Công", 40), ("Đình", 40), ("Gia", 80), ("Hoàng", 50), ("Anh", 60), ("Tuấn", 40),
    ])

    static let olderFemaleMiddleNames = WeightedTable<String>([
        ("Thị", 800), ("Thu", 40), ("Ngọc", 40), ("Thanh", 40), ("Hồng", 30), ("Minh", 20), ("Kim", 30),
    ])

    static let youngerFemaleMiddleNames = WeightedTable<String>([
        ("Thị", 350), ("Ngọc", 100), ("Thu", 80), ("Thanh", 70), ("Phương", 80), ("Minh", 80),
        ("Khánh", 60), ("Bảo", 50), ("Hà", 50),
    ])

    static let maleGivenNames = [
        "An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hùng", "Huy", "Khánh", "Kiên", "Long", "Mạnh",
        "Minh", "Nam", "Phúc", "Quang", "Quân", "Sơn", "Thắng", "Thành", "Toàn", "Trung", "Tuấn",
        "Việt", "Vinh", "Hiếu", "Hưng", "Lâm", "Nghĩa", "Phong", "Tài", "Thịnh", "Tú", "Đạt", "Duy",
        "Khoa", "Bảo", "Hoàng", "Hòa", "Tùng", "Chiến", "Dương", "Hiệp", "Lợi", "Tiến", "Trọng",
        "Vượng", "Khôi", "Nhật", "Đăng",
    ]

    static let femaleGivenNames = [
        "An", "Anh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa",
        "Hồng", "Huệ", "Huyền", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Ngọc",
        "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thơm", "Thu", "Thủy", "Trang", "Tuyết",
        "Vân", "Yến", "Nhàn", "My", "Vy", "Hân", "Trâm", "Xuân", "Ánh", "Diệp", "Hoài",
    ]

    /// A middle name and a given name for someone of `sex` born in `birthYear`; never the same
    /// word twice ("Ngọc Ngọc").
    static func middleAndGiven(_ sex: Sex, bornIn birthYear: Int, _ random: inout SampleRandom) -> (String, String) {
        let younger = birthYear >= 1995
        let middles = switch sex {
        case .male: younger ? youngerMaleMiddleNames : olderMaleMiddleNames
        case .female: younger ? youngerFemaleMiddleNames : olderFemaleMiddleNames
        }
        let givens = sex == .male ? maleGivenNames : femaleGivenNames
        let middle = middles.draw(&random)
        var given = random.element(of: givens)
        while given == middle { given = random.element(of: givens) }
        return (middle, given)
    }
}
