/// The command line: `khuyenhoc-hostile [--short] [--seed N] [--rounds N] [--daemon PATH] [--keep] [--only PARTS]`.
struct HostileOptions {
    /// The bounded run `make test` does: fewer frames, shorter waits.
    var short = false
    var seed: UInt64 = UInt64.random(in: 1...UInt64(UInt32.max))
    var daemon: String?
    /// Leave the temporary folders (for a look at the daemon's log).
    var keep = false
    /// Runs the socket cases this many times on the same daemon: growth that goes on round
    /// after round is a leak, growth that stops is caches and the allocator keeping pages.
    var rounds = 1
    /// The parts to run (`--only socket,symlinks,kills,storage,plugins`); nil runs them all.
    var only: Set<String>?

    init(arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--short": short = true
            case "--keep": keep = true
            case "--seed":
                guard let value = rest.popFirst().flatMap({ UInt64($0) }) else { throw HostileError.failed("--seed needs a number") }
                seed = value
            case "--rounds":
                guard let value = rest.popFirst().flatMap({ Int($0) }), value > 0 else { throw HostileError.failed("--rounds needs a number above 0") }
                rounds = value
            case "--only":
                guard let value = rest.popFirst(), !value.isEmpty else { throw HostileError.failed("--only needs parts, e.g. socket,symlinks,kills,storage,plugins") }
                only = Set(value.split(separator: ",").map(String.init))
            case "--daemon":
                guard let value = rest.popFirst() else { throw HostileError.failed("--daemon needs a path") }
                daemon = value
            default:
                throw HostileError.failed("unknown argument \(argument); use [--short] [--seed N] [--rounds N] [--daemon PATH] [--keep]")
            }
        }
    }

    /// Whether the part named `part` runs: every part unless `--only` names others.
    func runs(_ part: String) -> Bool { only?.contains(part) ?? true }

    /// The full count, or a tenth (at least `minimum`) in a short run.
    func count(_ full: Int, minimum: Int = 1) -> Int { short ? max(minimum, full / 10) : full }
}
