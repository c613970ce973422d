extension Phrase {
    /// What a plugin was doing when it crashed (`PluginCrash.during`), in English.
    static func duringEnglish(_ during: String) -> String {
        during == "describing" ? "describing itself" : during
    }

    /// … and in Vietnamese.
    static func duringVietnamese(_ during: String) -> String {
        switch during {
        case "loading": "đang nạp"
        case "describing": "đang tự mô tả"
        case "evaluating": "đang chấm điểm"
        case "configuring": "đang nhận bộ tiêu chí"
        default: during
        }
    }
}
