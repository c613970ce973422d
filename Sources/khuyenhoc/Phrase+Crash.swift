extension Phrase {
    /// What a plugin was doing when it crashed (`PluginCrash.during`), in English.
    static func duringEnglish(_ during: String) -> String {
        switch during {
        case "describing": "describing itself"
        case "running": "running a thread of its own"
        default: during
        }
    }

    /// … and in Vietnamese.
    static func duringVietnamese(_ during: String) -> String {
        switch during {
        case "loading": "đang nạp"
        case "describing": "đang tự mô tả"
        case "evaluating": "đang chấm điểm"
        case "configuring": "đang nhận bộ tiêu chí"
        case "running": "đang chạy luồng riêng của nó"
        default: during
        }
    }
}
