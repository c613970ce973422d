/// Reads one cell's text as a type: numbers with a decimal comma or point, yes/no in Vietnamese
/// and English, dates as Vietnam writes them. Errors carry the cell's text; ``TableReader``
/// adds the row and column.
public struct CellReader: Sendable {
    /// The file's decimal mark when known; it decides `1,234` and `1.234`, which are otherwise
    /// refused as ambiguous.
    public var decimalMark: DecimalMark?

    public init(decimalMark: DecimalMark? = nil) {
        self.decimalMark = decimalMark
    }

    /// `text` read as `type`. A blank cell is ``CellValue/empty``, except for a boolean, where it is no.
    public func value(_ text: String, as type: CellType) throws(SpreadsheetProblem) -> CellValue {
        let text = CellText.trimmed(text)
        if text.isEmpty { return type == .boolean ? .boolean(false) : .empty }
        switch type {
        case .text: return .text(text)
        case .wholeNumber: return .wholeNumber(try wholeNumber(text))
        case .decimal: return .decimal(try decimal(text))
        case .boolean: return .boolean(try boolean(text))
        case .date: return .date(try date(text))
        }
    }

    /// `1985`, `-3`, `+3`; `8,0` and `8.00` (a zero fraction); `1.234.567` or `1,234,567`.
    public func wholeNumber(_ text: String) throws(SpreadsheetProblem) -> Int {
        let text = CellText.trimmed(text)
        let number: Parsed
        do {
            number = try parse(text)
        } catch .notNumber {
            throw .notWholeNumber(text)
        }
        let fraction = number.digits[number.wholeCount...]
        guard fraction.allSatisfy({ $0 == zero }) else { throw .notWholeNumber(text) }
        var value = 0
        for digit in number.digits[..<number.wholeCount] {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(Int(digit - zero))
            guard !overflow && !carry else { throw .notWholeNumber(text) }
            value = sum
        }
        return number.negative ? -value : value
    }

    /// `8,5`, `8.5`, `-0,25`, `,5`, `1.234,5`, `1,234.5`.
    public func decimal(_ text: String) throws(SpreadsheetProblem) -> Double {
        let text = CellText.trimmed(text)
        var number = try parse(text)
        if number.wholeCount == 0 {
            number.digits.insert(zero, at: 0)
            number.wholeCount = 1
        }
        number.digits.insert(point, at: number.wholeCount)
        guard let value = Double(String(decoding: number.digits, as: UTF8.self)), value.isFinite else { throw .notNumber(text) }
        return number.negative ? -value : value
    }

    /// Yes: có, x, đạt, đúng, yes, y, true, 1. No: blank, không, không đạt, chưa đạt, sai, no,
    /// n, false, 0. Case, diacritics and spaces do not matter (`KHONG DAT` is no).
    public func boolean(_ text: String) throws(SpreadsheetProblem) -> Bool {
        let text = CellText.trimmed(text)
        // The usual spellings first, byte for byte (hashing a String normalizes it), then in
        // lower case: folding diacritics is the slow part.
        let bytes = text.utf8
        if Self.yesBytes.contains(where: { $0.elementsEqual(bytes) }) { return true }
        if Self.noBytes.contains(where: { $0.elementsEqual(bytes) }) { return false }
        let lower = text.lowercased()
        if Self.yesAsWritten.contains(lower) { return true }
        if Self.noAsWritten.contains(lower) { return false }
        let key = CellText.key(text, keepingPunctuation: true)
        if Self.yes.contains(key) { return true }
        if Self.no.contains(key) { return false }
        throw .notBoolean(text)
    }

    /// `dd/mm/yyyy` (one-digit day and month too) or `yyyy-mm-dd`.
    public func date(_ text: String) throws(SpreadsheetProblem) -> CalendarDate {
        let text = CellText.trimmed(text)
        var values = (0, 0, 0)
        var lengths = (0, 0, 0)
        var part = 0
        var separator: UInt8 = 0
        for byte in text.utf8 {
            if isDigit(byte) {
                let digit = Int(byte - zero)
                switch part {
                case 0: values.0 = values.0 * 10 + digit; lengths.0 += 1
                case 1: values.1 = values.1 * 10 + digit; lengths.1 += 1
                default: values.2 = values.2 * 10 + digit; lengths.2 += 1
                }
                guard lengths.0 <= 4 && lengths.1 <= 4 && lengths.2 <= 4 else { throw .notDate(text) }
            } else if (byte == slash || byte == minus) && part < 2 && (separator == 0 || separator == byte) {
                separator = byte
                part += 1
            } else {
                throw .notDate(text)
            }
        }
        let short = 1...2
        let (year, month, day): (Int, Int, Int)
        if part == 2 && separator == minus && lengths.0 == 4 && short.contains(lengths.1) && short.contains(lengths.2) {
            (year, month, day) = (values.0, values.1, values.2)
        } else if part == 2 && separator == slash && short.contains(lengths.0) && short.contains(lengths.1) && lengths.2 == 4 {
            (year, month, day) = (values.2, values.1, values.0)
        } else {
            throw .notDate(text)
        }
        guard let date = CalendarDate(year: year, month: month, day: day) else { throw .impossibleDate(text) }
        return date
    }

    // MARK: - Numbers

    private static let yesAsWritten: Set<String> = ["có", "x", "đạt", "đúng", "yes", "true", "1"]
    private static let yesBytes = yesAsWritten.map { Array($0.utf8) }
    private static let noBytes = noAsWritten.map { Array($0.utf8) }
    private static let noAsWritten: Set<String> = ["", "không", "không đạt", "chưa đạt", "sai", "no", "false", "0"]
    private static let yes: Set<String> = ["co", "x", "dat", "dung", "yes", "y", "true", "1"]
    private static let no: Set<String> = ["", "khong", "khongdat", "chuadat", "sai", "no", "n", "false", "0"]

    /// A number's digits, whole part then fraction, without marks or sign.
    private struct Parsed {
        var negative: Bool
        var digits: [UInt8]
        var wholeCount: Int
    }

    /// Splits a number's text into sign and digits, deciding which mark (if any) is the decimal
    /// mark and which groups thousands.
    private func parse(_ text: String) throws(SpreadsheetProblem) -> Parsed {
        let bytes = Array(text.utf8)
        var start = 0
        var negative = false
        if let sign = bytes.first, sign == minus || sign == plus {
            negative = sign == minus
            start = 1
        }
        var points = 0, commas = 0, lastPoint = -1, lastComma = -1, anyDigit = false
        for index in start..<bytes.count {
            switch bytes[index] {
            case point: points += 1; lastPoint = index
            case comma: commas += 1; lastComma = index
            case let byte where isDigit(byte): anyDigit = true
            default: throw .notNumber(text)
            }
        }
        guard anyDigit else { throw .notNumber(text) }
        // Where the decimal mark is (bytes.count: none), and the character grouping thousands.
        let decimalAt: Int
        var group: UInt8?
        switch (points, commas) {
        case (0, 0):
            decimalAt = bytes.count
        case (1..., 1...):
            // Both: the last one is the decimal mark, the other groups thousands (1.234,5 or 1,234.5).
            let markIsPoint = lastPoint > lastComma
            guard (markIsPoint ? points : commas) == 1 else { throw .notNumber(text) }
            decimalAt = markIsPoint ? lastPoint : lastComma
            group = markIsPoint ? comma : point
        case (2..., 0), (0, 2...):
            // The same mark twice can only group thousands: 1.234.567.
            decimalAt = bytes.count
            group = points > 0 ? point : comma
        default:
            let at = points > 0 ? lastPoint : lastComma
            let wholeCount = at - start
            let fractionCount = bytes.count - at - 1
            let couldGroup = (1...3).contains(wholeCount) && bytes[start] != zero && fractionCount == 3
            if !couldGroup || decimalMark?.byte == bytes[at] {
                decimalAt = at
            } else if decimalMark != nil {
                decimalAt = bytes.count
                group = bytes[at]
            } else {
                throw .ambiguousNumber(text)
            }
        }
        if decimalAt < bytes.count && decimalAt == bytes.count - 1 { throw .notNumber(text) }
        if let group, !Self.groupsThousands(bytes[start..<decimalAt], by: group) { throw .notNumber(text) }
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count)
        for byte in bytes[start..<decimalAt] where isDigit(byte) { digits.append(byte) }
        let wholeCount = digits.count
        if decimalAt < bytes.count { digits.append(contentsOf: bytes[(decimalAt + 1)...]) }
        return Parsed(negative: negative, digits: digits, wholeCount: wholeCount)
    }

    /// True when `digits` is one to three digits followed by groups of exactly three, each
    /// after one `mark`: `1.234.567`.
    private static func groupsThousands(_ digits: ArraySlice<UInt8>, by mark: UInt8) -> Bool {
        var length = 0
        var first = true
        for byte in digits {
            if byte == mark {
                guard first ? (1...3).contains(length) : length == 3 else { return false }
                first = false
                length = 0
            } else if isDigit(byte) {
                length += 1
            } else {
                return false
            }
        }
        return first ? length > 0 : length == 3
    }
}

private let zero = UInt8(ascii: "0")
private let point = UInt8(ascii: ".")
private let comma = UInt8(ascii: ",")
private let minus = UInt8(ascii: "-")
private let slash = UInt8(ascii: "/")
private let plus = UInt8(ascii: "+")

private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
