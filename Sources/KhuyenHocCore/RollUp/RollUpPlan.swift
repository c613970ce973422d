import KhuyenHocStore

/// The subjects a roll-up covers, per model, each list in id order.
public struct RollUpPlan: Sendable, Equatable {
    public var subjects: [RegistryModel: [Int64]]

    public init(subjects: [RegistryModel: [Int64]]) {
        self.subjects = subjects
    }

    public func subjects(of model: RegistryModel) -> [Int64] { subjects[model] ?? [] }
}
