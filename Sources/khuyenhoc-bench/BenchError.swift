/// Why a benchmark could not run.
enum BenchError: Error, CustomStringConvertible {
    case echoServer(String)
    case daemon(String)
    case importBench(String)

    var description: String {
        switch self {
        case .echoServer(let reason): "echo server: \(reason)"
        case .daemon(let reason): "daemon: \(reason)"
        case .importBench(let reason): "import: \(reason)"
        }
    }
}
