import Foundation

/// Sends the intermediate replies of a `more` call, each with `continues: true`.
///
/// The handler's return value is the last reply. `yield` waits until the reply is written, so a
/// client that stops reading slows the stream down instead of filling memory.
public struct VarlinkReplyStream: Sendable {
    private let sendFrame: @Sendable (Data) async throws -> Void

    public init(sendFrame: @escaping @Sendable (Data) async throws -> Void) {
        self.sendFrame = sendFrame
    }

    /// Sends one reply that more replies follow.
    public func yield(_ body: VarlinkReplyBody) async throws {
        try await sendFrame(VarlinkFrame.reply(body, continues: true))
    }

    /// Sends one reply encoded from a value that more replies follow.
    public func yield(_ value: some Encodable & Sendable) async throws {
        try await yield(.value(value))
    }
}
