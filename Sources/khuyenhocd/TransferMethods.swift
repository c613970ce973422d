import Foundation
import KhuyenHocAPI
import KhuyenHocSpreadsheet
import KhuyenHocStore
import KhuyenHocTransfer
import Varlink
#if canImport(Glibc)
import Glibc
#endif

/// The import, export and backup methods of `vn.khuyenhoc.Registry`. The daemon never opens a
/// caller's file (it may run as another user, with `ProtectHome=`): the CLI uploads the bytes,
/// which are spooled to a private file and imported from there with a streaming read.
enum TransferMethods {
    /// Bytes of the database copy per Backup reply.
    static let backupChunk = 1 << 20

    static func make(_ context: DaemonContext, spool: SpoolFolder) -> [VarlinkMethod] {
        let registry = context.registry
        let uploads = ImportUploads(spool: spool)
        return [
            .typed("BeginImport", access: .privileged) { (parameters: BeginImportParameters, request) in
                _ = try table(parameters.table)
                _ = try separator(parameters.separator)
                _ = try decimalMark(parameters.decimalMark)
                let id = try await refusing {
                    try await uploads.begin(owner: caller(request), table: parameters.table, separator: parameters.separator,
                                            decimalMark: parameters.decimalMark)
                }
                return BeginImportReply(importId: id, maxBytes: ImportUploads.maxBytes)
            },
            .typed("AppendImport", access: .privileged) { (parameters: AppendImportParameters, request) in
                guard let data = Data(base64Encoded: parameters.data) else {
                    throw KhuyenHocErrors.invalidValue(field: "data", reason: "must be base64")
                }
                guard data.count <= ImportUploads.maxChunkBytes else {
                    throw KhuyenHocErrors.invalidValue(field: "data", reason: "must hold at most \(ImportUploads.maxChunkBytes) bytes per call")
                }
                let received = try await refusing(importId: parameters.importId) {
                    try await uploads.append(id: parameters.importId, owner: caller(request), bytes: [UInt8](data))
                }
                return AppendImportReply(received: received)
            },
            .typed("FinishImport", access: .privileged) { (parameters: FinishImportParameters, request) in
                let maxErrors = parameters.maxErrors ?? 100
                guard (1...1000).contains(maxErrors) else {
                    throw KhuyenHocErrors.invalidValue(field: "maxErrors", reason: "must be from 1 to 1000")
                }
                let uid = caller(request)
                let upload = try await refusing(importId: parameters.importId) { try await uploads.take(id: parameters.importId, owner: uid) }
                defer { unlink(upload.path) }
                let importer = TableImporter(
                    table: try table(upload.table), separator: try separator(upload.separator),
                    decimalMark: try decimalMark(upload.decimalMark), maxErrors: maxErrors, importer: uid)
                let dryRun = parameters.dryRun ?? false
                let outcome: ImportOutcome
                do {
                    outcome = try await importer.run(file: upload.path, into: registry, dryRun: dryRun)
                } catch let error as RegistryError {
                    throw RegistryCall.varlinkError(error)
                }
                switch outcome {
                case .accepted(let summary):
                    return FinishImportReply(report: ImportReport(
                        table: summary.table.rawValue, dryRun: summary.dryRun, rows: summary.rows, written: summary.written,
                        encoding: summary.encoding?.rawValue, separator: summary.separator?.rawValue))
                case .rejected(let problems, let more):
                    throw KhuyenHocErrors.importRejected(errors: problems.map {
                        ImportErrorInfo(line: $0.line, row: $0.row != $0.line ? $0.row : nil, column: $0.column, columnName: $0.columnName,
                                        field: $0.field, reason: $0.reason, reasonVi: $0.reasonVi)
                    }, more: more)
                }
            },
            .typed("CancelImport", access: .privileged) { (parameters: CancelImportParameters, request) in
                try await refusing(importId: parameters.importId) { try await uploads.cancel(id: parameters.importId, owner: caller(request)) }
                return NoParameters()
            },
            VarlinkMethod("Export") { request, stream in
                let parameters = try request.decodeParameters(ExportParameters.self)
                guard request.wantsMore else { throw VarlinkError.expectedMore }
                let exported = try table(parameters.table)
                let separator = try separator(parameters.separator) ?? .comma
                let exporter = TableExporter(
                    table: exported, options: WriterOptions(separator: separator, byteOrderMark: parameters.bom ?? true))
                // Each chunk goes out as soon as the next one is ready, so the last goes in the final reply.
                var held: [UInt8]?
                let rows: Int
                do {
                    rows = try await exporter.run(from: registry) { chunk in
                        if let previous = held { try await stream.yield(TransferChunk(data: Data(previous).base64EncodedString())) }
                        held = chunk
                    }
                } catch let error as RegistryError {
                    throw RegistryCall.varlinkError(error)
                } catch let error as SpreadsheetWriteError {
                    throw KhuyenHocErrors.storageFailed(error.description)
                }
                return .value(TransferChunk(data: Data(held ?? []).base64EncodedString(), rows: rows))
            },
            VarlinkMethod("Backup", access: .privileged) { request, stream in
                _ = try request.decodeParameters(NoParameters.self)
                guard request.wantsMore else { throw VarlinkError.expectedMore }
                let path = spool.path("backup-\(SpoolFolder.randomName()).sqlite")
                defer { unlink(path) }
                do {
                    try await registry.backup(to: path)
                } catch let error as RegistryError {
                    throw RegistryCall.varlinkError(error)
                }
                chmod(path, 0o600)
                let fd = open(path, O_RDONLY | O_CLOEXEC)
                guard fd >= 0 else { throw KhuyenHocErrors.storageFailed("cannot read the backup: \(String(cString: strerror(errno)))") }
                defer { close(fd) }
                var buffer = [UInt8](repeating: 0, count: backupChunk)
                var held: [UInt8]?
                var total = 0
                while true {
                    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, backupChunk) }
                    guard count >= 0 else {
                        if errno == EINTR { continue }
                        throw KhuyenHocErrors.storageFailed("cannot read the backup: \(String(cString: strerror(errno)))")
                    }
                    if count == 0 { break }
                    if let previous = held { try await stream.yield(TransferChunk(data: Data(previous).base64EncodedString())) }
                    held = Array(buffer[0..<count])
                    total += count
                }
                return .value(TransferChunk(data: Data(held ?? []).base64EncodedString(), bytes: total))
            },
        ]
    }

    /// The uid on the call's peer credentials; a privileged call always has them.
    static func caller(_ request: VarlinkRequest) -> UInt32 { request.peer?.uid ?? UInt32.max }

    static func table(_ name: String) throws(VarlinkError) -> TransferTable {
        guard let table = TransferTable(rawValue: name) else {
            throw KhuyenHocErrors.invalidValue(field: "table", reason: "must be one of \(TransferTable.names)")
        }
        return table
    }

    static func separator(_ text: String?) throws(VarlinkError) -> FieldSeparator? {
        guard let text else { return nil }
        guard let separator = FieldSeparator(rawValue: text) else {
            throw KhuyenHocErrors.invalidValue(field: "separator", reason: "must be \",\", \";\" or a tab")
        }
        return separator
    }

    static func decimalMark(_ text: String?) throws(VarlinkError) -> DecimalMark? {
        guard let text else { return nil }
        guard let mark = DecimalMark(rawValue: text) else {
            throw KhuyenHocErrors.invalidValue(field: "decimalMark", reason: "must be \",\" or \".\"")
        }
        return mark
    }

    /// Runs an upload call, reading its refusal as the interface's errors.
    static func refusing<T>(importId: String = "", _ body: () async throws -> T) async throws(VarlinkError) -> T {
        do {
            return try await body()
        } catch {
            guard let error = error as? ImportUploads.Refusal else { throw KhuyenHocErrors.storageFailed("\(error)") }
            switch error {
            case .notFound: throw KhuyenHocErrors.importNotFound(importId)
            case .tooLarge(let limit, let what): throw KhuyenHocErrors.uploadTooLarge(limit: limit, what: what)
            case .diskFull: throw KhuyenHocErrors.storageFull(RegistryError.diskFull.description)
            case .failed(let reason): throw KhuyenHocErrors.storageFailed(reason)
            }
        }
    }
}
