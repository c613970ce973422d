import Foundation

/// The rubrics a model has in force: the plugin's built-in ones and those read from rubric files,
/// each with its scorers ready.
///
/// A file replaces the built-in rubric with the same version or the same first year; a file that
/// fails its checks is rejected, and what the same file gave before stays in force.
struct RubricSet: Sendable {
    /// One rubric in force and a scorer per variant.
    final class Entry: Sendable {
        let document: RubricDocument
        let scorers: [String: RubricScorer]

        init(_ document: RubricDocument) {
            self.document = document
            var scorers: [String: RubricScorer] = [:]
            for variant in document.variants {
                scorers[variant.id] = (try? document.rubric(variant: variant.id)).map(RubricScorer.init(rubric:))
            }
            self.scorers = scorers
        }
    }

    /// In force, oldest first.
    private(set) var entries: [Entry]
    private let builtIns: [Entry]
    /// The last accepted document of each file, by file name.
    private var files: [String: Entry] = [:]

    init(builtIns: [RubricDocument]) {
        self.builtIns = builtIns.map(Entry.init)
        entries = RubricSelection.sorted(builtIns).map(Entry.init)
    }

    var documents: [RubricDocument] { entries.map(\.document) }

    /// The rubric of evaluations that name neither a version nor a year.
    func active(asOf year: Int) -> Entry {
        entries.last { $0.document.applies(to: year) } ?? entries[entries.count - 1]
    }

    func entry(version: String?, year: Int?, asOf currentYear: Int) throws(InvalidFacts) -> Entry {
        if version == nil, year == nil { return active(asOf: currentYear) }
        return entries[try RubricSelection.index(in: documents, version: version, year: year, asOf: currentYear)]
    }

    /// Checks rubric files without installing them.
    static func check(_ inputs: [RubricFileInput], model: String, measures: [MeasureDefinition]) -> [RubricFileVerdict] {
        inputs.map { input in
            switch read(input, model: model, measures: measures) {
            case .success(let document):
                RubricFileVerdict(file: input.file, status: .loaded, version: document.version, keptPrevious: false, replaces: [], problems: [])
            case .failure(let error):
                RubricFileVerdict(file: input.file, status: .rejected, version: nil, keptPrevious: false, replaces: [], problems: error.problems)
            }
        }
    }

    /// Puts the given files in force in place of the previous ones (a file no longer given is
    /// dropped) and says what became of each, in file name order.
    mutating func install(_ inputs: [RubricFileInput], model: String, measures: [MeasureDefinition]) -> [RubricFileVerdict] {
        var accepted: [(file: String, entry: Entry)] = []
        var verdicts: [RubricFileVerdict] = []
        for input in inputs.sorted(by: { $0.file < $1.file }) {
            var problems: [RubricProblem] = []
            var candidate: Entry?
            switch Self.read(input, model: model, measures: measures) {
            case .success(let document):
                if let clash = accepted.first(where: { $0.entry.document.version == document.version }) {
                    problems.append(RubricProblem(field: "version", reason: "\"\(document.version)\" is already given by \(clash.file)"))
                } else if let clash = accepted.first(where: { $0.entry.document.appliesFrom == document.appliesFrom }) {
                    problems.append(RubricProblem(
                        field: "appliesFrom",
                        reason: "\(clash.file) applies from the same year (\(document.yearsDescription)); remove one or change its appliesFrom"))
                } else {
                    candidate = Entry(document)
                }
            case .failure(let error):
                problems = error.problems
            }
            let kept = candidate == nil ? files[input.file].flatMap { previous in
                accepted.contains { $0.entry.document.version == previous.document.version || $0.entry.document.appliesFrom == previous.document.appliesFrom }
                    ? nil : previous
            } : nil
            if let entry = candidate ?? kept { accepted.append((input.file, entry)) }
            verdicts.append(RubricFileVerdict(
                file: input.file, status: candidate == nil ? .rejected : .loaded,
                version: (candidate ?? kept)?.document.version, keptPrevious: kept != nil, replaces: [], problems: problems))
        }
        files = Dictionary(accepted.map { ($0.file, $0.entry) }, uniquingKeysWith: { first, _ in first })
        var inForce = accepted.map(\.entry)
        for builtIn in builtIns {
            let replacedBy = accepted.filter {
                $0.entry.document.version == builtIn.document.version || $0.entry.document.appliesFrom == builtIn.document.appliesFrom
            }
            if replacedBy.isEmpty {
                inForce.append(builtIn)
            } else {
                for replacement in replacedBy {
                    if let index = verdicts.firstIndex(where: { $0.file == replacement.file }) {
                        verdicts[index].replaces.append(builtIn.document.version)
                    }
                }
            }
        }
        let order = RubricSelection.sorted(inForce.map(\.document))
        entries = order.map { document in inForce.first { $0.document == document }! }
        return verdicts
    }

    private static func read(_ input: RubricFileInput, model: String, measures: [MeasureDefinition]) -> Result<RubricDocument, RubricFileError> {
        Result { () throws(RubricFileError) in
            try RubricFileReader.read(Data(input.text.utf8), origin: input.file, model: model, measures: measures)
        }
    }
}
