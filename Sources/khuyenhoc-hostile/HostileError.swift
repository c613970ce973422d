#if canImport(Glibc)
import Glibc
#endif

/// Why the suite itself could not go on (not a finding about the daemon).
enum HostileError: Error, CustomStringConvertible {
    case system(String, Int32)
    case failed(String)

    var description: String {
        switch self {
        case .system(let call, let code): "\(call): \(String(cString: strerror(code)))"
        case .failed(let reason): reason
        }
    }
}
