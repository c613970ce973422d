import Foundation

/// A model seen through JSON only: what the C table's functions call.
struct ExportedModel: Sendable {
    let describe: @Sendable () throws -> Data
    let evaluate: @Sendable (Data) throws -> Data
    let evaluateBatch: @Sendable (Data) throws -> Data
    let configure: @Sendable (Data) throws -> Data

    init<Model: LearningModel>(_ runtime: ModelRuntime<Model>) {
        describe = { try runtime.describe() }
        evaluate = { try runtime.evaluate($0) }
        evaluateBatch = { try runtime.evaluateBatch($0) }
        configure = { try runtime.configure($0) }
    }
}
