/// The texts of `import`, `export` and `backup`, in English and Vietnamese.
enum TransferPhrase: Sendable {
    case imported(rows: Int, written: Int, table: String)
    case dryRun(rows: Int, written: Int, table: String)
    case rejected(file: String, count: Int, more: Bool)
    case exported(rows: Int, table: String, file: String)
    case backedUp(bytes: Int, file: String)
    case cannotRead(file: String, reason: String)
    case cannotWrite(file: String, reason: String)
    case badEncoding(String)

    var wording: (english: String, vietnamese: String) {
        switch self {
        case .imported(let rows, let written, let table):
            ("imported \(Self.rows(written)) into \(table) (\(rows) read)", "đã nhập \(written) dòng vào \(table) (đọc \(rows) dòng)")
        case .dryRun(let rows, let written, let table):
            ("dry run: \(Self.rows(rows)) read, \(written) would be imported into \(table); nothing was changed",
             "chạy thử: đọc \(rows) dòng, \(written) dòng sẽ được nhập vào \(table); chưa thay đổi gì")
        case .rejected(let file, let count, let more):
            ("\(file): rejected, nothing imported (\(count) error\(count == 1 ? "" : "s")\(more ? " shown, more not listed" : ""))",
             "\(file): bị từ chối, không nhập dòng nào (\(count) lỗi\(more ? " được liệt kê, còn lỗi khác" : ""))")
        case .exported(let rows, let table, let file):
            ("exported \(Self.rows(rows)) of \(table) to \(file)", "đã xuất \(rows) dòng của \(table) ra \(file)")
        case .backedUp(let bytes, let file):
            ("backup written to \(file) (\(bytes) bytes)", "đã sao lưu vào \(file) (\(bytes) byte)")
        case .cannotRead(let file, let reason): ("cannot read \(file): \(reason)", "không đọc được \(file): \(reason)")
        case .cannotWrite(let file, let reason): ("cannot write \(file): \(reason)", "không ghi được \(file): \(reason)")
        case .badEncoding(let name):
            ("unknown encoding \(name): use utf-8, utf-16le or utf-16be", "bảng mã \(name) không hợp lệ: dùng utf-8, utf-16le hoặc utf-16be")
        }
    }
}

extension TransferPhrase {
    private static func rows(_ count: Int) -> String { count == 1 ? "1 row" : "\(count) rows" }
}

extension Localizer {
    func callAsFunction(_ phrase: TransferPhrase) -> String {
        pick(phrase.wording.english, phrase.wording.vietnamese)
    }
}
