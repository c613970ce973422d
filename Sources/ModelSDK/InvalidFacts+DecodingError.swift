extension InvalidFacts {
    /// The field and reason of a decoding error, in words. The path below `base` is kept, without
    /// the host's envelope key `facts`, so fields read as the facts' own (`scores.sl2`).
    init(decodingError error: DecodingError, below base: [any CodingKey] = []) {
        func path(_ keys: [any CodingKey]) -> String {
            var names = keys.dropFirst(base.count).map { $0.intValue.map(String.init) ?? $0.stringValue }
            if names.first == "facts" { names.removeFirst() }
            return names.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = path(context.codingPath)
            self.init(field: parent.isEmpty ? key.stringValue : "\(parent).\(key.stringValue)", reason: "missing")
        case .typeMismatch(let type, let context):
            self.init(field: path(context.codingPath).ifEmpty("facts"), reason: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(field: path(context.codingPath).ifEmpty("facts"), reason: "expected \(Self.describe(type)), got null")
        case .dataCorrupted(let context):
            self.init(field: path(context.codingPath).ifEmpty("facts"), reason: context.debugDescription)
        @unknown default:
            self.init(field: "facts", reason: "\(error)")
        }
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Double.Type, is Int.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        case is IndicatorValue.Type: "a number, or true or false"
        default: "an object"
        }
    }
}

extension String {
    fileprivate func ifEmpty(_ replacement: String) -> String { isEmpty ? replacement : self }
}
