/// JSON text for right and wrong values of IDL types. Text, not values: `1e400` and 20-digit
/// numbers cannot be built with JSONSerialization, and they are the point.
struct ValueFactory {
    let types: [String: IDLType]

    /// Numbers no parameter can hold, and `-0`, which every numeric parameter must take as 0.
    static let hugeNumbers = [
        "1e400", "-1e400", "1e-400", "18446744073709551616", "9223372036854775808", "-9223372036854775809",
        "-0", "123456789012345678901234567890123456789012345678901234567890",
        String(repeating: "9", count: 10_000), "0." + String(repeating: "1", count: 5_000),
    ]

    /// A value of the type (the first case of an enum, every field of a struct).
    func plausible(_ type: IDLType, depth: Int = 0) -> String {
        switch type {
        case .string: return "\"x\""
        case .int: return "0"
        case .float: return "0.5"
        case .bool: return "false"
        case .object, .dictionary: return "{}"
        case .optional(let wrapped): return plausible(wrapped, depth: depth)
        case .array: return "[]"
        case .enumeration(let cases): return "\"\(cases.first ?? "x")\""
        case .named(let name):
            guard depth < 4, let declared = types[name] else { return "{}" }
            return plausible(declared, depth: depth + 1)
        case .structure(let fields):
            return object(fields.map { ($0.name, plausible($0.type, depth: depth + 1)) })
        }
    }

    /// Values that are not of the type; for a struct also the struct with each field wrong in turn.
    func wrong(_ type: IDLType, depth: Int = 0) -> [String] {
        switch type {
        case .string: return ["1", "true", "[]", "{}", "null"]
        case .int: return ["\"1\"", "1.5", "true", "[]", "{}", "null"]
        case .float: return ["\"1\"", "true", "[]", "{}", "null"]
        case .bool: return ["1", "\"true\"", "[]", "{}", "null"]
        case .object: return ["1", "\"x\"", "[]", "true"]
        case .optional(let wrapped): return wrong(wrapped, depth: depth).filter { $0 != "null" }
        case .array(let element):
            return ["1", "\"x\"", "{}", "true"] + wrong(element, depth: depth + 1).prefix(2).map { "[\($0)]" }
        case .dictionary(let element):
            return ["1", "\"x\"", "[]"] + wrong(element, depth: depth + 1).prefix(2).map { "{\"k\":\($0)}" }
        case .enumeration: return ["1", "true", "[]", "\"notACase\"", "null"]
        case .named(let name):
            guard depth < 3, let declared = types[name] else { return ["1", "\"x\"", "[]", "null"] }
            return wrong(declared, depth: depth + 1)
        case .structure(let fields):
            var values = ["1", "\"x\"", "[]", "true", "null"]
            guard depth < 3 else { return values }
            for (index, field) in fields.enumerated() {
                for bad in wrong(field.type, depth: depth + 1) {
                    values.append(object(fields.enumerated().map { other in
                        (other.element.name, other.offset == index ? bad : plausible(other.element.type, depth: depth + 1))
                    }))
                }
            }
            return values
        }
    }

    /// The type with each numeric place (a number, an array's element, a struct's field) set to
    /// each huge number in turn; empty when the type holds no number.
    func huge(_ type: IDLType, depth: Int = 0) -> [String] {
        switch type {
        case .int, .float: return Self.hugeNumbers
        case .optional(let wrapped): return huge(wrapped, depth: depth)
        case .array(let element): return huge(element, depth: depth + 1).map { "[\($0)]" }
        case .dictionary(let element): return huge(element, depth: depth + 1).map { "{\"k\":\($0)}" }
        case .named(let name):
            guard depth < 3, let declared = types[name] else { return [] }
            return huge(declared, depth: depth + 1)
        case .structure(let fields):
            guard depth < 3 else { return [] }
            var values: [String] = []
            for (index, field) in fields.enumerated() {
                for number in huge(field.type, depth: depth + 1) {
                    values.append(object(fields.enumerated().map { other in
                        (other.element.name, other.offset == index ? number : plausible(other.element.type, depth: depth + 1))
                    }))
                }
            }
            return values
        case .string, .bool, .object, .enumeration: return []
        }
    }

    /// The parameters object with every parameter plausible except `name`, which is `value`.
    func parameters(_ method: InterfaceDescription.Method, replacing name: String, with value: String) -> String {
        object(method.parameters.map { ($0.name, $0.name == name ? value : plausible($0.type)) })
    }

    func object(_ members: [(String, String)]) -> String {
        "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }
}
