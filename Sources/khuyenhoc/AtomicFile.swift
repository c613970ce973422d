import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file written in full or not at all: the bytes go to a temporary file beside the target
/// (same folder, so same file system), which is flushed to disk and then renamed over it. A
/// command that fails or is killed halfway leaves the target as it was.
final class AtomicFile {
    let path: String
    private let temporary: String
    private var fd: Int32

    struct Failure: Error {
        var reason: String
    }

    init(path: String, mode: mode_t = 0o600) throws(Failure) {
        self.path = path
        let url = URL(fileURLWithPath: path)
        temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
        fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode)
        guard fd >= 0 else { throw Failure(reason: String(cString: strerror(errno))) }
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(temporary)
        }
    }

    func write(_ bytes: some DataProtocol) throws(Failure) {
        let data = Data(bytes)
        var written = 0
        var failure: Int32 = 0
        data.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if failure != 0 { throw Failure(reason: String(cString: strerror(failure))) }
    }

    /// Flushes the file to disk and puts it in place.
    func commit() throws(Failure) {
        guard fsync(fd) == 0 else { throw Failure(reason: String(cString: strerror(errno))) }
        close(fd)
        fd = -1
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw Failure(reason: reason)
        }
        // The rename itself is durable once the folder is flushed.
        let folder = open(URL(fileURLWithPath: path).deletingLastPathComponent().path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folder >= 0 {
            fsync(folder)
            close(folder)
        }
    }
}
