import Foundation
import Testing
import Varlink

/// Parses JSON text (a frame without its NUL) for comparisons in tests.
func jsonObject(_ text: String) throws -> [String: JSONValue] {
    try VarlinkJSON.decoder.decode([String: JSONValue].self, from: Data(text.utf8))
}

/// Parses a frame's bytes, NUL terminator included, for comparisons in tests.
func jsonObject(frame: Data) throws -> [String: JSONValue] {
    #expect(frame.last == 0, "a frame ends in NUL")
    return try VarlinkJSON.decoder.decode([String: JSONValue].self, from: frame.dropLast())
}
