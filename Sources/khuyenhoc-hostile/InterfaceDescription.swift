/// One interface as the daemon describes it (`org.varlink.service.GetInterfaceDescription`):
/// its methods with their parameters, its types and its declared errors.
struct InterfaceDescription {
    /// A method and its input parameters.
    struct Method {
        var name: String
        var parameters: [IDLField]
    }

    var name: String
    var methods: [Method] = []
    var types: [String: IDLType] = [:]
    /// Fully qualified: `interface.Error`.
    var errors: Set<String> = []
    /// Each method's doc comment (the `#` lines right above it).
    var documentation: [String: String] = [:]

    init(text: String) {
        var comment: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0.isWhitespace }
            if trimmed.hasPrefix("#") {
                comment.append(trimmed.dropFirst())
            } else if trimmed.hasPrefix("method ") {
                let name = trimmed.dropFirst(7).prefix { $0 != "(" && !$0.isWhitespace }
                documentation[String(name)] = comment.joined(separator: " ")
                comment = []
            } else {
                comment = []
            }
        }
        let source = IDLText.withoutComments(text)[...]
        name = ""
        var index = source.startIndex
        while index < source.endIndex {
            let rest = source[index...]
            let trimmed = rest.drop { $0.isWhitespace }
            let word = trimmed.prefix { !$0.isWhitespace && $0 != "(" }
            guard !word.isEmpty else { break }
            let afterWord = trimmed[word.endIndex...]
            switch word {
            case "interface":
                let value = afterWord.drop { $0.isWhitespace }.prefix { !$0.isWhitespace }
                name = String(value)
                index = value.endIndex
            case "method", "type", "error":
                let declared = afterWord.drop { $0.isWhitespace }.prefix { !$0.isWhitespace && $0 != "(" }
                guard let open = source[declared.endIndex...].firstIndex(of: "("),
                      let (body, end) = IDLText.group(in: source, from: open) else { return }
                index = end
                switch word {
                case "method":
                    methods.append(Method(
                        name: String(declared), parameters: IDLText.splitTopLevel(body).compactMap(IDLField.parse)))
                    // Skip the output group.
                    if let arrow = source[end...].range(of: "->"),
                       let outOpen = source[arrow.upperBound...].firstIndex(of: "("),
                       let (_, outEnd) = IDLText.group(in: source, from: outOpen) {
                        index = outEnd
                    }
                case "type":
                    types[String(declared)] = IDLType.parse("(" + body + ")")
                default:
                    errors.insert("\(name).\(declared)")
                }
            default:
                // Not a keyword: skip the word.
                index = word.endIndex
            }
        }
    }
}
