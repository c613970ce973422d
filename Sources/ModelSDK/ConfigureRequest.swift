/// `{"files": [{"file", "text"}…], "dryRun": bool?}`: rubric files for a plugin to put in force or check.
struct ConfigureRequest: Decodable {
    var files: [RubricFileInput]
    var dryRun: Bool?
}

/// `{"files": [verdict…]}`, in file name order.
struct ConfigureReply: Encodable {
    var files: [RubricFileVerdict]
}
