import Foundation

/// A model seen through JSON only: what the C table's functions call.
struct ExportedModel: Sendable {
    let describe: @Sendable () throws -> OwnedBytes
    let evaluate: @Sendable (Data) throws -> OwnedBytes
    let evaluateBatch: @Sendable (Data) throws -> OwnedBytes
    let configure: @Sendable (Data) throws -> OwnedBytes

    init<Model: LearningModel>(_ runtime: ModelRuntime<Model>) {
        describe = { OwnedBytes(copying: try runtime.describe()) }
        evaluate = { try runtime.evaluate($0) }
        evaluateBatch = { try runtime.evaluateBatch($0) }
        configure = { OwnedBytes(copying: try runtime.configure($0)) }
    }
}
