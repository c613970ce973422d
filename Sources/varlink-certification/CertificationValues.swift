import Foundation
import Varlink

/// The values the certification passes back and forth, as the Python reference
/// (`varlink/tests/test_certification.py`) defines them; shared by the client and the server.
enum CertificationValues {
    static let qualifiedPrefix = CertificationInterface.name + "."

    /// Test05's and Test06's string.
    static let string = "a lot of string"

    /// Test06's reply and Test07's parameter.
    static let structValue = json(#"{"bool": false, "int": 2, "float": 3.141592653589793, "string": "a lot of string"}"#)

    /// Test07's reply and Test08's parameter.
    static let map = json(#"{"foo": "Foo", "bar": "Bar"}"#)

    /// Test08's reply and Test09's parameter: a `[string]()` set.
    static let set = json(#"{"one": {}, "two": {}, "three": {}}"#)

    /// Test09's reply, its nullable members null.
    static let myType = json(#"""
        {
          "object": {"method": "org.varlink.certification.Test09", "parameters": {"map": {"foo": "Foo", "bar": "Bar"}}},
          "enum": "two",
          "struct": {"first": 1, "second": "2"},
          "array": ["one", "two", "three"],
          "dictionary": {"foo": "Foo", "bar": "Bar"},
          "stringset": {"one": {}, "two": {}, "three": {}},
          "nullable": null,
          "nullable_array_struct": null,
          "interface": {
            "foo": [null, {"foo": "foo", "bar": "bar"}, null, {"one": "foo", "two": "bar"}],
            "anon": {"foo": true, "bar": false}
          }
        }
        """#)

    /// The members of `MyType` that may be left out when null.
    static let nullableMembers = ["nullable", "nullable_array_struct"]

    /// `MyType` without its nullable members: what Test10 must receive once null ones are dropped.
    static var myTypeWithoutNullables: [String: JSONValue] {
        var members = myType.objectValue ?? [:]
        for name in nullableMembers { members[name] = nil }
        return members
    }

    /// How many replies Test10 streams.
    static let moreReplyCount = 10

    /// The text of Test10's reply number `index` (counting from 1).
    static func moreReply(_ index: Int) -> String { "Reply number \(index)" }

    /// Test10's replies in order, as Test11 must send them back.
    static var moreReplies: [JSONValue] { (1...moreReplyCount).map { .string(moreReply($0)) } }

    /// The fully qualified name of a certification method.
    static func method(_ member: String) -> String { qualifiedPrefix + member }

    /// Parses JSON text known to be valid.
    static func json(_ text: String) -> JSONValue {
        do {
            return try VarlinkJSON.decoder.decode(JSONValue.self, from: Data(text.utf8))
        } catch {
            preconditionFailure("invalid JSON constant: \(error)")
        }
    }
}
