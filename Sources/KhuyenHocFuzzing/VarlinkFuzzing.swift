import Foundation
import NIOCore
import NIOEmbedded
import Varlink

/// One input of the Varlink fuzzer: a byte stream as a client would send it, cut into reads at
/// points drawn from the input, decoded into frames by the server's `NULFrameDecoder` inside
/// NIO's `ByteToMessageHandler`; each frame read as a call, and its parameters decoded as the
/// called method's parameter type (``MethodParameterCatalog``).
public enum VarlinkFuzzing {
    /// Small, so that a fuzzed input can reach the limit (the daemon's is 8 MiB).
    public static let maximumFrameSize = 2048

    /// Runs one input; returns how many frames were calls whose parameters decoded.
    @discardableResult
    public static func run(_ bytes: UnsafeRawBufferPointer) -> Int {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(NULFrameDecoder(maximumFrameSize: maximumFrameSize)))
        var decoded = 0
        var cuts = ReadCuts(seed: bytes)
        var offset = 0
        feeding: while offset < bytes.count {
            let length = min(cuts.next(), bytes.count - offset)
            let buffer = channel.allocator.buffer(bytes: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + length]))
            offset += length
            do {
                try channel.writeInbound(buffer)
            } catch {
                // A frame over the limit: the server closes the connection here.
                break feeding
            }
            decoded += drain(channel)
        }
        // The client went away: whatever is left is read as the server would at end of input.
        _ = try? channel.finish(acceptAlreadyClosed: true)
        decoded += drain(channel)
        return decoded
    }

    /// Runs one input held in memory.
    @discardableResult
    public static func run(_ data: Data) -> Int {
        data.withUnsafeBytes { run($0) }
    }

    private static func drain(_ channel: EmbeddedChannel) -> Int {
        var decoded = 0
        while let frame = try? channel.readInbound(as: ByteBuffer.self) {
            if call(Data(buffer: frame, byteTransferStrategy: .copy)) { decoded += 1 }
        }
        return decoded
    }

    /// Reads one frame as the connection handler does; true when it is a call of a known method
    /// whose parameters decoded.
    public static func call(_ frame: Data) -> Bool {
        guard let request = try? VarlinkRequest(frame: frame, peer: nil) else { return false }
        _ = (request.header.interface, request.header.member, request.wantsMore)
        // The daemon's own scans of parameters (Evaluate's) go through these.
        if let raw = request.rawParameters, let members = JSONObjectMembers(raw) {
            for key in members.keys {
                _ = members[key]
                _ = members.string(key)
                _ = try? members.bool(key)
            }
        }
        guard let entry = MethodParameterCatalog.byMethod[request.header.method] else { return false }
        return decode(entry.type, request)
    }

    private static func decode<P: Decodable>(_ type: P.Type, _ request: VarlinkRequest) -> Bool {
        do {
            _ = try request.decodeParameters(type)
            return true
        } catch {
            // The declared error must name a parameter.
            precondition(error.name == VarlinkError.invalidParameter("").name, "undeclared error \(error.name)")
            return false
        }
    }
}
