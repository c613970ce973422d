import Foundation
import struct KhuyenHocSample.SplitMix64
import KhuyenHocStore
import Testing

@Suite("Vietnamese text: NFC storage, folded search keys, dictionary order")
struct VietnameseTextTests {
    private static func nfd(_ text: String) -> String { text.decomposedStringWithCanonicalMapping }

    @Test("normalized text is NFC with white space tidied", arguments: [
        (nfd("Thanh Thùy"), "Thanh Thùy"),
        ("  Kim   Bài\t", "Kim Bài"),
        ("Nguyễn\u{00A0}Văn An", "Nguyễn Văn An"),
        ("\u{FEFF}Cự Khê", "Cự Khê"),
        (nfd("Đỗ Động"), "Đỗ Động"),
        ("", ""),
    ])
    func normalized(input: String, expected: String) {
        let result = VietnameseText.normalized(input)
        #expect(Array(result.unicodeScalars) == Array(expected.precomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(Array(result.utf8) == Array(expected.precomposedStringWithCanonicalMapping.utf8))
    }

    @Test("search keys fold case, tone and vowel marks, đ, spacing and punctuation", arguments: [
        ("Thanh Thùy", "thanh thuy"),
        ("THANH THUY", "thanh thuy"),
        (nfd("thanh thùy"), "thanh thuy"),
        ("Đỗ Động", "do dong"),
        ("đ Đ", "d d"),
        ("Ðỗ Ðộng", "do dong"),  // Ð/ð (eth), which legacy encodings leave in place of Đ/đ
        ("  Nguyễn\u{00A0}Văn   An ", "nguyen van an"),
        ("Bích Hòa", "bich hoa"),
        ("Bích Hoà", "bich hoa"),  // the older tone placement
        ("Ăn Ân Êm Ôm Ơn Ưu", "an an em om on uu"),
        ("Tổ dân phố 3", "to dan pho 3"),
        ("H'Hen Niê", "h hen nie"),
        ("Nguyễn-Văn", "nguyen van"),
        ("José Müller", "jose muller"),
    ])
    func searchKey(input: String, expected: String) {
        #expect(VietnameseText.searchKey(input) == expected)
    }

    @Test("NFC and NFD spellings of a name have one search key and one sort key", arguments: [
        "Thanh Thùy", "Nguyễn Thị Ngọc Ánh", "Đỗ Động", "Trường Tiểu học Tân Ước", "Hồng Dương",
    ])
    func nfcEqualsNFD(name: String) {
        #expect(VietnameseText.searchKey(Self.nfd(name)) == VietnameseText.searchKey(name))
        #expect(VietnameseText.sortKey(Self.nfd(name)) == VietnameseText.sortKey(name))
        #expect(VietnameseText.personSortKey(Self.nfd(name)) == VietnameseText.personSortKey(name))
    }

    /// Each list is in Vietnamese dictionary order; sorting any shuffle of it by sort key gives it back.
    @Test("sort keys give Vietnamese dictionary order", arguments: [
        // The 29 letters (DOMAIN.md §8).
        ["a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "g", "h", "i", "k", "l", "m", "n", "o", "ô", "ơ",
         "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y"],
        // Tones: ngang, huyền, hỏi, ngã, sắc, nặng.
        ["ma", "mà", "mả", "mã", "má", "mạ"],
        ["ba", "bà", "bả", "bã", "bá", "bạ", "bă", "bằ", "bẳ", "bẵ", "bắ", "bặ", "bâ", "bầ", "bẩ", "bẫ", "bấ", "bậ"],
        // Letters decide before tones: ang < anh and ac < ach whatever the marks.
        ["áng", "anh"],
        ["ạc", "ach"],
        ["hai", "hài", "hại"],
        // A shorter syllable before a longer one it begins; one word before two.
        ["cha", "chan"],
        ["Nguyễn", "Nguyễn Văn"],
        // Syllable by syllable: the first syllable's tone before the second syllable's letters.
        ["ba x", "bà a"],
        // Lowercase before uppercase when nothing else differs.
        ["an", "An", "AN"],
        // Numbers by value, before letters.
        ["Thôn 1", "Thôn 2", "Thôn 10", "Thôn Đông"],
        // Thanh Oai's communes (DOMAIN.md §7).
        ["Bích Hòa", "Bình Minh", "Cao Dương", "Cao Viên", "Cự Khê", "Dân Hòa", "Đỗ Động", "Hồng Dương",
         "Kim An", "Kim Bài", "Kim Thư", "Liên Châu", "Mỹ Hưng", "Phương Trung", "Tam Hưng", "Tân Ước",
         "Thanh Cao", "Thanh Mai", "Thanh Thùy", "Thanh Văn", "Xuân Dương"],
    ])
    func dictionaryOrder(ordered: [String]) {
        var generator = SplitMix64(seed: UInt64(ordered.count))
        for _ in 0..<5 {
            let shuffled = ordered.shuffled(using: &generator)
            #expect(shuffled.sorted { VietnameseText.sortKey($0) < VietnameseText.sortKey($1) } == ordered)
        }
        #expect(Set(ordered.map(VietnameseText.sortKey)).count == ordered.count, "every key distinct")
    }

    @Test("every vowel takes the six tones in dictionary order", arguments: ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"])
    func tonesOfEveryVowel(vowel: String) {
        // Grave, hook above, tilde, acute, dot below: huyền, hỏi, ngã, sắc, nặng.
        let marks = ["", "\u{0300}", "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}"]
        let toned = marks.map { (vowel + $0).precomposedStringWithCanonicalMapping }
        let keys = toned.map(VietnameseText.sortKey)
        #expect(keys == keys.sorted())
        #expect(Set(keys).count == 6)
        #expect(Set(toned.map(VietnameseText.searchKey)).count == 1)
    }

    @Test("people sort by given name, then family and middle names")
    func personOrder() {
        let people = ["Trần Thị Bình", "Nguyễn Văn An", "Lê Văn An", "Đỗ Thị Ánh", "Phạm Văn Cường"]
        let sorted = people.sorted { VietnameseText.personSortKey($0) < VietnameseText.personSortKey($1) }
        #expect(sorted == ["Lê Văn An", "Nguyễn Văn An", "Đỗ Thị Ánh", "Trần Thị Bình", "Phạm Văn Cường"])
        #expect(VietnameseText.personSortKey("An") == VietnameseText.sortKey("An"))
    }

    @Test("tone values are ordered as dictionaries order them")
    func toneOrder() {
        #expect(VietnameseTone.allCases == [.ngang, .huyen, .hoi, .nga, .sac, .nang])
        #expect(VietnameseTone.allCases == VietnameseTone.allCases.sorted())
    }
}
