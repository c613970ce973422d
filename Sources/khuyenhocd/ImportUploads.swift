import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The files being uploaded for import, each in the spool folder and owned by the uid that began
/// it. Bounded: a file's size, the uploads a caller and the daemon may have open; an upload left
/// without a call for ``idleLimit`` is removed at the next call.
actor ImportUploads {
    struct Upload {
        let id: String
        let owner: UInt32
        let table: String
        let separator: String?
        let decimalMark: String?
        let path: String
        let fd: Int32
        var size: Int
        var touched: ContinuousClock.Instant
    }

    /// Why an upload call was refused.
    enum Refusal: Error {
        case notFound
        case tooLarge(limit: Int, what: String)
        case diskFull
        case failed(String)
    }

    static let maxBytes = 1 << 30
    static let maxChunkBytes = 4 << 20
    static let maxPerPeer = 4
    static let maxOpen = 16
    static let idleLimit = Duration.seconds(15 * 60)

    private let spool: SpoolFolder
    private var uploads: [String: Upload] = [:]

    init(spool: SpoolFolder) {
        self.spool = spool
    }

    func begin(owner: UInt32, table: String, separator: String?, decimalMark: String?) throws(Refusal) -> String {
        expire()
        guard uploads.count < Self.maxOpen else { throw .tooLarge(limit: Self.maxOpen, what: "the daemon has \(Self.maxOpen) uploads open") }
        guard uploads.values.filter({ $0.owner == owner }).count < Self.maxPerPeer else {
            throw .tooLarge(limit: Self.maxPerPeer, what: "you have \(Self.maxPerPeer) uploads open; finish or cancel one")
        }
        let id = SpoolFolder.randomName()
        let path = spool.path("upload-\(id).csv")
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            let failure = errno
            if failure == ENOSPC || failure == EDQUOT { throw .diskFull }
            throw .failed("the state folder cannot take the upload: cannot create \(path): \(String(cString: strerror(failure))); nothing was written")
        }
        uploads[id] = Upload(id: id, owner: owner, table: table, separator: separator, decimalMark: decimalMark, path: path, fd: fd,
                             size: 0, touched: .now)
        return id
    }

    func append(id: String, owner: UInt32, bytes: [UInt8]) throws(Refusal) -> Int {
        expire()
        guard var upload = uploads[id], upload.owner == owner else { throw .notFound }
        guard upload.size + bytes.count <= Self.maxBytes else {
            discard(id)
            throw .tooLarge(limit: Self.maxBytes, what: "a file may have at most \(Self.maxBytes) bytes; the upload was discarded")
        }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(upload.fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure != 0 {
            discard(id)
            if failure == ENOSPC || failure == EDQUOT { throw .diskFull }
            throw .failed(String(cString: strerror(failure)))
        }
        upload.size += bytes.count
        upload.touched = .now
        uploads[id] = upload
        return upload.size
    }

    /// Takes the upload out of the list (so it is imported once) and closes its file; the caller
    /// removes the file when done with it.
    func take(id: String, owner: UInt32) throws(Refusal) -> Upload {
        expire()
        guard let upload = uploads[id], upload.owner == owner else { throw .notFound }
        uploads[id] = nil
        close(upload.fd)
        return upload
    }

    func cancel(id: String, owner: UInt32) throws(Refusal) {
        guard let upload = uploads[id], upload.owner == owner else { throw .notFound }
        discard(upload.id)
    }

    private func discard(_ id: String) {
        guard let upload = uploads.removeValue(forKey: id) else { return }
        close(upload.fd)
        unlink(upload.path)
    }

    private func expire() {
        let now = ContinuousClock.now
        for upload in uploads.values where now - upload.touched > Self.idleLimit { discard(upload.id) }
    }
}
