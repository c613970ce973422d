@_exported import ModelSDK

/// One plugin file and what became of it (`vn.khuyenhoc.Models.ModelInfo`).
public struct ModelInfo: Codable, Sendable, Equatable {
    /// Whether the plugin serves.
    public enum State: String, Codable, Sendable {
        case loaded
        case failed
    }

    public var id: String
    public var title: String
    public var titleVi: String
    public var state: State
    public var error: String?
    public var file: String
    public var abiVersion: Int?
    public var toolchain: String?
    public var rubricVersion: String?
    public var basis: RubricBasis?
    public var variants: [VariantInfo]
    public var dependsOn: [String]
    /// Every rubric in force, built-in or from a file, oldest first.
    public var rubrics: [RubricSummary]
    /// What the plugin derives from the facts, for rubric indicators to score (`measure`).
    public var measures: [MeasureDefinition]
    /// Why the model cannot take its place in the bottom-up order: a dependency cycle, or a model
    /// it depends on that is not loaded.
    public var warnings: [String]
    /// The plugin's last crash: it is disabled (failed) until its file is replaced, quarantined,
    /// or loaded on probation until its first successful evaluation; nil when it has none.
    public var crash: PluginCrash?

    public init(
        id: String, title: String, titleVi: String, state: State, error: String?, file: String,
        abiVersion: Int?, toolchain: String?, rubricVersion: String?, basis: RubricBasis?,
        variants: [VariantInfo], dependsOn: [String], rubrics: [RubricSummary] = [],
        measures: [MeasureDefinition] = [], warnings: [String] = [], crash: PluginCrash? = nil
    ) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
        self.state = state
        self.error = error
        self.file = file
        self.abiVersion = abiVersion
        self.toolchain = toolchain
        self.rubricVersion = rubricVersion
        self.basis = basis
        self.variants = variants
        self.dependsOn = dependsOn
        self.rubrics = rubrics
        self.measures = measures
        self.warnings = warnings
        self.crash = crash
    }
}

/// One form of a rubric (`vn.khuyenhoc.Models.Variant`).
public struct VariantInfo: Codable, Sendable, Equatable {
    public var id: String
    public var title: String
    public var titleVi: String

    public init(id: String, title: String, titleVi: String) {
        self.id = id
        self.title = title
        self.titleVi = titleVi
    }
}
