import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `<state>/spool`: the daemon's private folder (mode 0700, files 0600) for uploads being imported
/// and backups being sent. Emptied when the daemon starts, since whatever is there was left by a
/// daemon that stopped in the middle.
struct SpoolFolder: Sendable {
    let path: String

    /// Creates the folder if needed and removes what an earlier run left in it.
    init(stateDirectory: String) throws {
        path = stateDirectory + "/spool"
        if mkdir(path, 0o700) != 0 && errno != EEXIST {
            throw DaemonError.cannotCreateDirectory(path, String(cString: strerror(errno)))
        }
        // A planted link would have the emptying below delete the files of the folder it points to.
        if StateFileLinks.isSymbolicLink(path) { throw DaemonError.symbolicLink(path) }
        chmod(path, 0o700)
        for name in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] {
            unlink(path + "/" + name)
        }
    }

    func path(_ name: String) -> String { path + "/" + name }

    /// 32 random hex digits: an upload id no one can guess.
    static func randomName() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt32, radix: 16).leftPadded(8) }.joined()
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
