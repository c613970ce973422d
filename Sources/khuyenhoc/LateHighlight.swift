import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How late cells stand out: always a `!` after the cell (so that plain text and pipes show it),
/// and in bold red when stdout is a terminal and `NO_COLOR` is not set.
struct LateHighlight {
    let colour: Bool

    static var current: LateHighlight {
        LateHighlight(colour: isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty)
    }

    func mark(_ text: String, late: Bool) -> String {
        guard late else { return text }
        return colour ? "\u{1B}[1;31m\(text)!\u{1B}[0m" : "\(text)!"
    }
}
