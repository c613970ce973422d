/// One row of the report: a group of hostile cases and what they came to.
struct GroupResult {
    var name: String
    var tried = 0
    var declared = 0
    var closed = 0
    /// Calls that turned out valid and were answered (mutated frames, `-0`).
    var answered = 0
    /// Undeclared error names, hangs, garbage replies, rules broken: each is a failure.
    var failures: [String] = []
    var crashes = 0
    var dataLost = 0
    var rssBefore: Int?
    var rssAfter: Int?
    var latencyBefore: Duration?
    var latencyAfter: Duration?
    /// Skipped, with the reason, instead of run.
    var skipped: String?
    /// What the reader should know: error names seen, counts that are not failures.
    var notes: [String] = []
    var errorNames: [String: Int] = [:]
    /// A row about the whole run, left out of the totals.
    var isSummary = false

    init(_ name: String) { self.name = name }

    /// Counts one outcome; `what` names the case in a failure.
    mutating func count(_ outcome: Outcome, _ what: @autoclosure () -> String) {
        tried += 1
        switch outcome {
        case .declaredError(let name):
            declared += 1
            errorNames[name, default: 0] += 1
        case .closed: closed += 1
        case .answered: answered += 1
        case .undeclaredError(let name): fail("\(what()): undeclared error \(name)")
        case .hang: fail("\(what()): no reply in time")
        case .garbage: fail("\(what()): a reply that is not JSON")
        }
    }

    mutating func fail(_ reason: String) { failures.append(reason) }

    var passed: Bool { failures.isEmpty && crashes == 0 && dataLost == 0 }
}
