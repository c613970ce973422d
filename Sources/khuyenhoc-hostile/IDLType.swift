/// A Varlink IDL type, as far as the suite needs it to make right and wrong values.
indirect enum IDLType {
    case string, int, float, bool, object
    case optional(IDLType)
    case array(IDLType)
    case dictionary(IDLType)
    /// A type declared with `type Name (...)` in the same interface.
    case named(String)
    case enumeration([String])
    case structure([IDLField])

    /// Reads a type from its IDL text (comments already removed).
    static func parse(_ text: Substring) -> IDLType {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)[...]
        if text.hasPrefix("?") { return .optional(parse(text.dropFirst())) }
        if text.hasPrefix("[]") { return .array(parse(text.dropFirst(2))) }
        if text.hasPrefix("[string]") { return .dictionary(parse(text.dropFirst(8))) }
        if text.hasPrefix("("), text.hasSuffix(")") {
            let inner = text.dropFirst().dropLast()
            let parts = IDLText.splitTopLevel(inner)
            if parts.allSatisfy({ !$0.contains(":") }) {
                return .enumeration(parts.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) })
            }
            return .structure(parts.compactMap(IDLField.parse))
        }
        switch text {
        case "string": return .string
        case "int": return .int
        case "float": return .float
        case "bool": return .bool
        case "object": return .object
        default: return .named(String(text))
        }
    }

    /// The type without its optional mark.
    var required: IDLType {
        if case .optional(let wrapped) = self { return wrapped.required }
        return self
    }
}
