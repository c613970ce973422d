import NIOCore
import Testing
import Varlink

@Suite("NULFrameDecoder", .timeLimit(.minutes(1)))
struct NULFrameDecoderTests {
    @Test("splits a read at every NUL and keeps the unfinished tail")
    func splitsAtNUL() async throws {
        let harness = try await DecoderHarness.make(maximumFrameSize: 1024)
        try await harness.feed("{\"a\":1}\0{\"b\":2}\0{\"c\"")
        #expect(harness.collector.frames == [#"{"a":1}"#, #"{"b":2}"#])
        try await harness.feed(":3}\0")
        #expect(harness.collector.frames == [#"{"a":1}"#, #"{"b":2}"#, #"{"c":3}"#])
        #expect(harness.collector.errors.isEmpty)
        await harness.close()
    }

    @Test("assembles a frame that arrives a byte at a time")
    func partialFrames() async throws {
        let harness = try await DecoderHarness.make(maximumFrameSize: 1024)
        let frame = #"{"method":"org.example.test.Echo","parameters":{"text":"hi"}}"#
        for character in frame {
            try await harness.feed(String(character))
            #expect(harness.collector.frames.isEmpty)
        }
        try await harness.feed("\0")
        #expect(harness.collector.frames == [frame])
        await harness.close()
    }

    @Test("passes a frame of exactly the limit and an empty frame")
    func frameAtLimit() async throws {
        let harness = try await DecoderHarness.make(maximumFrameSize: 16)
        let frame = String(repeating: "x", count: 16)
        try await harness.feed(frame + "\0\0")
        #expect(harness.collector.frames == [frame, ""])
        #expect(harness.collector.errors.isEmpty)
        await harness.close()
    }

    @Test("refuses a complete frame over the limit")
    func oversizeWithNUL() async throws {
        let harness = try await DecoderHarness.make(maximumFrameSize: 16)
        try await harness.feed(String(repeating: "x", count: 17) + "\0")
        #expect(harness.collector.frames.isEmpty)
        let error = try #require(harness.collector.errors.first as? NULFrameDecoder.FrameTooLarge)
        #expect(error.limit == 16)
        await harness.close()
    }

    @Test("refuses a frame that grows over the limit before its NUL arrives")
    func oversizeWithoutNUL() async throws {
        let harness = try await DecoderHarness.make(maximumFrameSize: 16)
        try await harness.feed("{\"ok\":1}\0" + String(repeating: "y", count: 10))
        #expect(harness.collector.errors.isEmpty)
        try await harness.feed(String(repeating: "y", count: 10))
        #expect(harness.collector.frames == [#"{"ok":1}"#])
        #expect(harness.collector.errors.first is NULFrameDecoder.FrameTooLarge)
        await harness.close()
    }
}
