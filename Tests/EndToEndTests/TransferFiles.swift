import Foundation

/// Small registry files for the import tests, in the forms Excel writes.
enum TransferFiles {
    /// Two communes: UTF-8 with BOM, `;`, CRLF, Vietnamese headers.
    static let communes = bom + Array("Mã số;Mã xã;Tên;Loại\r\n1;10144;Thanh Thùy;xã\r\n2;10150;Kim Bài;thị trấn\r\n".utf8)

    /// Two villages: UTF-16 little-endian with its BOM (Excel's "Unicode Text"), tab-separated.
    static let communities = utf16LE("ID\tCommune code\tName\tKind\r\n1\t10144\tThôn Đông\tthôn\r\n2\t10150\tTổ dân phố 3\ttổ dân phố\r\n", bom: true)

    /// `count` households in village 1: plain UTF-8, `,`, LF.
    static func households(_ count: Int) -> [UInt8] {
        var text = "id,communityID,code,name\n"
        for id in 1...count { text += "\(id),1,\(id),Hộ số \(id)\n" }
        return Array(text.utf8)
    }

    /// `count` people spread over `households` households, with NFD names, a decimal comma and
    /// booleans in Vietnamese; `last` replaces the final row.
    static func people(_ count: Int, households: Int, last: String? = nil) -> [UInt8] {
        var text = "Mã số;Mã số hộ;Họ và tên;Năm sinh;Giới tính;Biết chữ;Đang đi học\r\n"
        text.reserveCapacity(count * 60)
        let name = "Nguyễn Thị Hoà".decomposedStringWithCanonicalMapping
        for id in 1...count {
            if id == count, let last {
                text += last + "\r\n"
            } else {
                text += "\(id);\(id % households + 1);\(name) \(id);\(1950 + id % 60),0;\(id % 2 == 0 ? "nữ" : "nam");có;\(id % 3 == 0 ? "x" : "")\r\n"
            }
        }
        return Array(text.utf8)
    }

    static let bom: [UInt8] = [0xEF, 0xBB, 0xBF]

    static func utf16LE(_ text: String, bom: Bool) -> [UInt8] {
        var bytes: [UInt8] = bom ? [0xFF, 0xFE] : []
        for unit in text.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        return bytes
    }
}
