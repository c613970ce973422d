/// `vn.khuyenhoc.Registry.BeginImport` parameters.
public struct BeginImportParameters: Codable, Sendable {
    /// communes, communities, households, people, clans, clanMembers, units, staff, evidence, results.
    public var table: String
    /// "," or ";" (or "\t"); nil to detect it from the header row.
    public var separator: String?
    /// "," or "."; nil for the mark that goes with the separator (a comma with ";").
    public var decimalMark: String?

    public init(table: String, separator: String? = nil, decimalMark: String? = nil) {
        self.table = table
        self.separator = separator
        self.decimalMark = decimalMark
    }
}

/// `vn.khuyenhoc.Registry.BeginImport` reply.
public struct BeginImportReply: Codable, Sendable {
    public var importId: String
    /// The most bytes the upload may have.
    public var maxBytes: Int

    public init(importId: String, maxBytes: Int) {
        self.importId = importId
        self.maxBytes = maxBytes
    }
}

/// `vn.khuyenhoc.Registry.AppendImport` parameters.
public struct AppendImportParameters: Codable, Sendable {
    public var importId: String
    /// The next bytes of the file, base64.
    public var data: String

    public init(importId: String, data: String) {
        self.importId = importId
        self.data = data
    }
}

/// `vn.khuyenhoc.Registry.AppendImport` reply.
public struct AppendImportReply: Codable, Sendable {
    /// Bytes received so far.
    public var received: Int

    public init(received: Int) {
        self.received = received
    }
}

/// `vn.khuyenhoc.Registry.FinishImport` parameters.
public struct FinishImportParameters: Codable, Sendable {
    public var importId: String
    public var dryRun: Bool?
    /// The most errors reported, 1 to 1000 (default 100).
    public var maxErrors: Int?

    public init(importId: String, dryRun: Bool? = nil, maxErrors: Int? = nil) {
        self.importId = importId
        self.dryRun = dryRun
        self.maxErrors = maxErrors
    }
}

/// What an accepted import read and wrote.
public struct ImportReport: Codable, Sendable {
    public var table: String
    public var dryRun: Bool
    /// Data rows read.
    public var rows: Int
    /// Records written (for a dry run: that would have been).
    public var written: Int
    /// utf8, utf8WithBOM, utf16LittleEndian, utf16BigEndian.
    public var encoding: String?
    public var separator: String?

    public init(table: String, dryRun: Bool, rows: Int, written: Int, encoding: String?, separator: String?) {
        self.table = table
        self.dryRun = dryRun
        self.rows = rows
        self.written = written
        self.encoding = encoding
        self.separator = separator
    }
}

/// `vn.khuyenhoc.Registry.FinishImport` reply.
public struct FinishImportReply: Codable, Sendable {
    public var report: ImportReport

    public init(report: ImportReport) {
        self.report = report
    }
}

/// One reason an import was refused (the `ImportError` of the IDL).
public struct ImportErrorInfo: Codable, Sendable, Hashable {
    /// The line of the file the row starts on; nil for the file as a whole.
    public var line: Int?
    /// The row as a spreadsheet shows it (header = 1).
    public var row: Int?
    /// The column, from 1.
    public var column: Int?
    /// The column's header as written in the file.
    public var columnName: String?
    /// The field as the API names it.
    public var field: String?
    public var reason: String
    public var reasonVi: String?

    public init(line: Int?, row: Int?, column: Int?, columnName: String?, field: String?, reason: String, reasonVi: String?) {
        self.line = line
        self.row = row
        self.column = column
        self.columnName = columnName
        self.field = field
        self.reason = reason
        self.reasonVi = reasonVi
    }
}

/// `vn.khuyenhoc.Registry.CancelImport` parameters.
public struct CancelImportParameters: Codable, Sendable {
    public var importId: String

    public init(importId: String) {
        self.importId = importId
    }
}

/// `vn.khuyenhoc.Registry.Export` parameters.
public struct ExportParameters: Codable, Sendable {
    public var table: String
    /// "," (default) or ";".
    public var separator: String?
    /// Start with the UTF-8 byte order mark (default true).
    public var bom: Bool?

    public init(table: String, separator: String? = nil, bom: Bool? = nil) {
        self.table = table
        self.separator = separator
        self.bom = bom
    }
}

/// One reply of `vn.khuyenhoc.Registry.Export` or `Backup`: the next bytes of the file; the last
/// reply (without `continues`) also says how many rows or bytes there were.
public struct TransferChunk: Codable, Sendable {
    /// The next bytes, base64.
    public var data: String
    /// Export, last reply: rows written.
    public var rows: Int?
    /// Backup, last reply: bytes of the database copy.
    public var bytes: Int?

    public init(data: String, rows: Int? = nil, bytes: Int? = nil) {
        self.data = data
        self.rows = rows
        self.bytes = bytes
    }
}
