import Foundation

/// Builds the bytes of Varlink messages: JSON objects, each ended by a NUL byte.
public enum VarlinkFrame {
    /// A reply; `continues` marks one that more replies follow.
    public static func reply(_ body: VarlinkReplyBody, continues: Bool = false) throws -> Data {
        var frame = Data()
        frame.reserveCapacity(128)
        frame.append(contentsOf: Array("{".utf8))
        var separator = false
        if let parameters = try body.encodedObject() {
            frame.append(contentsOf: Array("\"parameters\":".utf8))
            frame.append(parameters)
            separator = true
        }
        if continues {
            if separator { frame.append(UInt8(ascii: ",")) }
            frame.append(contentsOf: Array("\"continues\":true".utf8))
        }
        frame.append(contentsOf: [UInt8(ascii: "}"), 0])
        return frame
    }

    /// An error reply.
    public static func error(_ error: VarlinkError) throws -> Data {
        var frame = Data("{\"error\":".utf8)
        frame.append(try VarlinkJSON.encoder.encode(error.name))
        if !error.parameters.isEmpty {
            frame.append(contentsOf: Array(",\"parameters\":".utf8))
            frame.append(try VarlinkJSON.encoder.encode(error.parameters))
        }
        frame.append(contentsOf: [UInt8(ascii: "}"), 0])
        return frame
    }

    /// A call.
    public static func call(_ header: VarlinkCallHeader, parameters: VarlinkReplyBody) throws -> Data {
        var frame = Data("{\"method\":".utf8)
        frame.append(try VarlinkJSON.encoder.encode(header.method))
        if let parameters = try parameters.encodedObject() {
            frame.append(contentsOf: Array(",\"parameters\":".utf8))
            frame.append(parameters)
        }
        if header.oneway == true { frame.append(contentsOf: Array(",\"oneway\":true".utf8)) }
        if header.more == true { frame.append(contentsOf: Array(",\"more\":true".utf8)) }
        if header.upgrade == true { frame.append(contentsOf: Array(",\"upgrade\":true".utf8)) }
        frame.append(contentsOf: [UInt8(ascii: "}"), 0])
        return frame
    }
}
