import Foundation

/// The JSON coders every part of the protocol shares, configured once.
public enum VarlinkJSON {
    /// Encodes without escaping `/` and with sorted keys, so frames are stable byte for byte.
    public static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    public static var decoder: JSONDecoder { JSONDecoder() }
}
