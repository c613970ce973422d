import Foundation
import Varlink

/// `org.example.test`: the interface the in-process server tests call.
enum TestInterface {
    static let name = "org.example.test"

    static let description = """
        interface org.example.test

        method Echo(text: string, delay_ms: ?int) -> (text: string)
        method Count(count: int) -> (index: int)
        method Record(value: string) -> ()
        method Recorded() -> (values: []string)
        method Admin() -> (ok: bool)
        method Follow() -> (index: int)

        error FrameTooLarge (limit: int)
        error TooManyConnections (limit: int)
        error MalformedCall (reason: string)

        """

    struct EchoParameters: Codable, Sendable {
        var text: String
        var delay_ms: Int?
    }

    struct CountParameters: Codable, Sendable {
        var count: Int
    }

    struct IndexReply: Codable, Sendable, Equatable {
        var index: Int
    }

    struct RecordParameters: Codable, Sendable {
        var value: String
    }

    static func make(recorder: Recorder) -> VarlinkInterface {
        VarlinkInterface(name: name, description: description, methods: [
            .typed("Echo") { (parameters: EchoParameters, _) in
                if let delay = parameters.delay_ms { try await Task.sleep(for: .milliseconds(delay)) }
                return ["text": parameters.text]
            },
            VarlinkMethod("Count") { request, stream in
                guard request.wantsMore else { throw VarlinkError.expectedMore }
                let parameters = try request.decodeParameters(CountParameters.self)
                for index in 1..<max(parameters.count, 1) {
                    try await stream.yield(IndexReply(index: index))
                }
                return .value(IndexReply(index: parameters.count))
            },
            .typed("Record") { (parameters: RecordParameters, _) in
                await recorder.record(parameters.value)
                return NoParameters()
            },
            .typed("Recorded") { (_: NoParameters, _) in
                ["values": await recorder.values]
            },
            .typed("Admin", access: .privileged) { (_: NoParameters, _) in
                ["ok": true]
            },
            // A subscription: one reply, then it waits, endlessly, until its task is cancelled,
            // and records that it was.
            VarlinkMethod("Follow") { request, stream in
                guard request.wantsMore else { throw VarlinkError.expectedMore }
                try await stream.yield(IndexReply(index: 0))
                await withTaskCancellationHandler {
                    let (never, _) = AsyncStream.makeStream(of: Int.self)
                    for await _ in never {}
                } onCancel: {
                    Task { await recorder.record("follow cancelled") }
                }
                return .value(IndexReply(index: 1))
            },
        ])
    }
}
