import KhuyenHocStore

/// What became of one chunk of a roll-up once the plugin evaluated it and its results were
/// stored: each subject's outcome (recognised, or refused with the plugin's reason), or the error
/// that kept the chunk's results out of the registry (none of them stored).
struct StoredChunk: Sendable {
    enum Outcome: Sendable {
        case evaluated(recognized: Bool)
        case refused(CompositionProblem)
    }

    var outcomes: [(id: Int64, outcome: Outcome)] = []
    var failure: RegistryError?
}
