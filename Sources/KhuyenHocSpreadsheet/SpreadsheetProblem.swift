/// What is wrong with a file, a header, a row or a cell, independent of where it is
/// (``SpreadsheetIssue`` adds the place). ``reason`` and ``reasonVi`` say it in words a
/// secretary can act on.
public enum SpreadsheetProblem: Error, Sendable, Equatable {
    // The file.
    case cannotOpen(reason: String)
    case cannotRead(reason: String)
    /// An `.xlsx` or `.xls` workbook given where a CSV file was expected.
    case workbookNotCSV(format: String)
    case unsupportedEncoding(name: String)
    /// A byte that cannot start or continue a UTF-8 character.
    case invalidUTF8(byte: UInt8)
    /// A UTF-16 surrogate without its partner, or a file cut in the middle of a character.
    case invalidUTF16
    /// A quoted cell whose closing quote never comes.
    case unterminatedQuote
    case cellTooLong(limitBytes: Int)
    case tooManyCells(limit: Int)
    case ambiguousSeparator(candidates: [FieldSeparator])
    case noHeader
    // The header.
    case unknownColumn(name: String, known: [String])
    case missingColumn(names: [String])
    case duplicateColumn(name: String, firstColumn: String)
    // A row.
    case textAfterClosingQuote
    case valueWithoutHeader(value: String)
    case extraCells(count: Int, expected: Int, separator: FieldSeparator)
    // A cell.
    case missingValue
    case notWholeNumber(String)
    case notNumber(String)
    case ambiguousNumber(String)
    case notBoolean(String)
    case notDate(String)
    case impossibleDate(String)
    /// Refused by the importer (``RowRejection``).
    case rejected(reason: String, reasonVi: String)
}

extension SpreadsheetProblem {
    /// The problem in English.
    public var reason: String {
        switch self {
        case .cannotOpen(let why): "cannot open the file: \(why)"
        case .cannotRead(let why): "cannot read the file: \(why)"
        case .workbookNotCSV(let format):
            "this is an Excel workbook (\(format)), not a CSV file: in Excel choose File › Save As › “CSV UTF-8 (Comma delimited)”"
        case .unsupportedEncoding(let name):
            "the file is \(name), which cannot be read: in Excel save it as “CSV UTF-8 (Comma delimited)” or “Unicode Text”"
        case .invalidUTF8(let byte):
            "the file is not UTF-8 (byte \(hex(byte)) here); it may be TCVN3, VNI or Windows-1258: in Excel save it as “CSV UTF-8 (Comma delimited)”"
        case .invalidUTF16:
            "broken UTF-16 text here (half of a character, or the file is cut off): save the file again"
        case .unterminatedQuote:
            "a cell opened with a quote (\") here is never closed: close it, or double every quote inside a cell"
        case .cellTooLong(let limit):
            "a cell is longer than \(limit) bytes (Excel itself allows 32,767 characters); usually a quote that is never closed"
        case .tooManyCells(let limit):
            "a row has more than \(limit) cells, more than Excel allows"
        case .ambiguousSeparator(let candidates):
            "cannot tell the separator from the header row: it has as many \(candidates.map(\.shown).joined(separator: " as ")); say which one the file uses"
        case .noHeader:
            "the file is empty: its first row must name the columns"
        case .unknownColumn(let name, let known):
            "unknown column “\(name)”; the columns are: \(known.joined(separator: ", "))"
        case .missingColumn(let names):
            "the column “\(names[0])”\(alsoNamed(names, "also")) is required but missing"
        case .duplicateColumn(let name, let first):
            "the column “\(name)” appears twice (first in column \(first)); keep one"
        case .textAfterClosingQuote:
            "text follows the closing quote of a quoted cell: quote the whole cell and double every quote inside it"
        case .valueWithoutHeader(let value):
            "“\(value)” is in a column without a header: name the column or clear it"
        case .extraCells(let count, let expected, let separator):
            "the row has \(count) cells but the header only \(expected)"
                + (separator == .comma ? "; a decimal comma (8,5) in a comma-separated file must be quoted, or save with ‘;’" : "")
        case .missingValue:
            "a value is required here"
        case .notWholeNumber(let text):
            "“\(text)” is not a whole number"
        case .notNumber(let text):
            "“\(text)” is not a number: write it as 8,5 or 8.5"
        case .ambiguousNumber(let text):
            "“\(text)” is ambiguous: it may be a decimal or a number with a thousands separator; write it without the thousands separator"
        case .notBoolean(let text):
            "“\(text)” is not yes or no: write có/không, x/blank, đạt/không đạt, yes/no or 1/0"
        case .notDate(let text):
            "“\(text)” is not a date: write it as dd/mm/yyyy or yyyy-mm-dd"
        case .impossibleDate(let text):
            "“\(text)” is not a day of the calendar"
        case .rejected(let reason, _): reason
        }
    }

    /// The problem in Vietnamese.
    public var reasonVi: String {
        switch self {
        case .cannotOpen(let why): "không mở được tệp: \(why)"
        case .cannotRead(let why): "không đọc được tệp: \(why)"
        case .workbookNotCSV(let format):
            "đây là sổ làm việc Excel (\(format)), không phải tệp CSV: trong Excel chọn Tệp › Lưu Như › “CSV UTF-8 (Comma delimited)”"
        case .unsupportedEncoding(let name):
            "tệp được mã hoá \(name), không đọc được: trong Excel hãy lưu dạng “CSV UTF-8 (Comma delimited)” hoặc “Unicode Text”"
        case .invalidUTF8(let byte):
            "tệp không phải UTF-8 (byte \(hex(byte)) ở đây); có thể là TCVN3, VNI hoặc Windows-1258: trong Excel hãy lưu dạng “CSV UTF-8 (Comma delimited)”"
        case .invalidUTF16:
            "văn bản UTF-16 bị hỏng ở đây (nửa ký tự, hoặc tệp bị cắt cụt): hãy lưu lại tệp"
        case .unterminatedQuote:
            "ô mở bằng dấu ngoặc kép (\") ở đây không được đóng: hãy đóng lại, hoặc viết đôi mọi dấu ngoặc kép bên trong ô"
        case .cellTooLong(let limit):
            "một ô dài hơn \(limit) byte (Excel chỉ cho 32.767 ký tự); thường do một dấu ngoặc kép không được đóng"
        case .tooManyCells(let limit):
            "một hàng có hơn \(limit) ô, nhiều hơn Excel cho phép"
        case .ambiguousSeparator(let candidates):
            "không xác định được dấu phân cách từ hàng tiêu đề: số \(candidates.map(\.shown).joined(separator: " và số ")) bằng nhau; hãy chỉ rõ tệp dùng dấu nào"
        case .noHeader:
            "tệp trống: hàng đầu tiên phải ghi tên các cột"
        case .unknownColumn(let name, let known):
            "cột “\(name)” không được nhận biết; các cột là: \(known.joined(separator: ", "))"
        case .missingColumn(let names):
            "thiếu cột bắt buộc “\(names[0])”\(alsoNamed(names, "hoặc"))"
        case .duplicateColumn(let name, let first):
            "cột “\(name)” xuất hiện hai lần (lần đầu ở cột \(first)); hãy giữ một"
        case .textAfterClosingQuote:
            "có chữ sau dấu ngoặc kép đóng ô: hãy đặt cả ô trong ngoặc kép và viết đôi mọi dấu ngoặc kép bên trong"
        case .valueWithoutHeader(let value):
            "“\(value)” nằm trong cột không có tiêu đề: hãy đặt tên cột hoặc xoá giá trị"
        case .extraCells(let count, let expected, let separator):
            "hàng có \(count) ô nhưng tiêu đề chỉ có \(expected)"
                + (separator == .comma ? "; số có dấu phẩy thập phân (8,5) trong tệp phân cách bằng dấu phẩy phải đặt trong ngoặc kép, hoặc lưu với dấu ‘;’" : "")
        case .missingValue:
            "ô này bắt buộc phải có giá trị"
        case .notWholeNumber(let text):
            "“\(text)” không phải số nguyên"
        case .notNumber(let text):
            "“\(text)” không phải số: hãy viết 8,5 hoặc 8.5"
        case .ambiguousNumber(let text):
            "“\(text)” không rõ nghĩa: có thể là số thập phân hoặc số có dấu phân cách hàng nghìn; hãy viết không có dấu phân cách hàng nghìn"
        case .notBoolean(let text):
            "“\(text)” không phải có hay không: hãy viết có/không, x/để trống, đạt/không đạt, yes/no hoặc 1/0"
        case .notDate(let text):
            "“\(text)” không phải ngày: hãy viết dd/mm/yyyy hoặc yyyy-mm-dd"
        case .impossibleDate(let text):
            "“\(text)” không phải một ngày có thật"
        case .rejected(_, let reasonVi): reasonVi
        }
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count < 2 ? "0" + digits : digits)
}

private func alsoNamed(_ names: [String], _ word: String) -> String {
    names.count < 2 ? "" : " (\(word) " + names.dropFirst().map { "“\($0)”" }.joined(separator: ", ") + ")"
}
