import KhuyenHocAPI

/// What `khuyenhoc rubric check` found, as `--json` prints it.
struct RubricCheckReport: Encodable {
    /// The file as the user named it (`(stdin)` for `-`).
    var file: String
    var valid: Bool
    var problems: [RubricProblem]
    /// The daemon checked what only the model's plugin knows: that the model is loaded and the
    /// measures indicators name are ones it derives.
    var checkedByDaemon: Bool
}
