import Foundation
import struct KhuyenHocSample.SplitMix64

/// Bad frames: random, truncated, without NUL, invalid UTF-8, deeply nested, oversized.
extension HostileSuite {
    /// Calls of methods that only read, as material to cut and mutate.
    static let templates = [
        #"{"method":"vn.khuyenhoc.Service.GetStatus"}"#,
        #"{"method":"vn.khuyenhoc.Registry.ListCommunes","parameters":{"query":"Thanh Mai","limit":5}}"#,
        #"{"method":"vn.khuyenhoc.Registry.GetCommune","parameters":{"code":"10222"}}"#,
        #"{"method":"vn.khuyenhoc.Models.GetRubric","parameters":{"model":"citizen","year":2025}}"#,
        #"{"method":"vn.khuyenhoc.Reminders.ListDeadlines","parameters":{"area":null}}"#,
        #"{"method":"org.varlink.service.GetInterfaceDescription","parameters":{"interface":"vn.khuyenhoc.Registry"}}"#,
    ]

    /// Sends frames one by one on a connection (a new one after each close) and counts each.
    /// `noteAnswered` lists the frames that turned out to be valid calls.
    func send(_ frames: [[UInt8]], into result: inout GroupResult, noteAnswered: Bool = false, label: (Int) -> String) throws {
        var connection = try UnixConnection(path: daemon.socket)
        for (index, frame) in frames.enumerated() {
            let outcome: Outcome = connection.send(frame + [0]) ? judge.outcome(of: connection) : .closed
            result.count(outcome, label(index))
            if case .declaredError = outcome { continue }
            if case .answered = outcome {
                if noteAnswered { result.notes.append("answered: \(String(decoding: frame.prefix(100), as: UTF8.self).debugDescription)") }
                continue
            }
            connection = try UnixConnection(path: daemon.socket)
        }
    }

    func randomFrames() {
        group("random/truncated frames (seed \(options.seed))") { result in
            var generator = SplitMix64(seed: options.seed)
            var frames: [[UInt8]] = []
            for _ in 0..<options.count(10_000, minimum: 2_000) {
                let template = Array(Self.templates.randomElement(using: &generator)!.utf8)
                var frame: [UInt8]
                switch Int.random(in: 0..<5, using: &generator) {
                case 0:
                    frame = (0..<Int.random(in: 0...512, using: &generator)).map { _ in UInt8.random(in: 1...255, using: &generator) }
                case 1:
                    frame = Array(template.prefix(Int.random(in: 0..<template.count, using: &generator)))
                case 2:
                    frame = template
                    for _ in 0...Int.random(in: 0...4, using: &generator) {
                        frame[Int.random(in: 0..<frame.count, using: &generator)] = UInt8.random(in: 1...255, using: &generator)
                    }
                case 3:
                    let values = ["1", "[]", "\"method\"", "null", "{\"method\":1}", "{\"method\":null}",
                                  "{\"parameters\":{}}", "{\"method\":\"\"}", "{\"method\":\"x\"}", "{\"method\":\"a.b.\"}",
                                  "{\"method\":\"vn.khuyenhoc.Nope.Nope\"}", "{\"method\":\"vn.khuyenhoc.Registry.Nope\"}",
                                  "{\"method\":\"vn.khuyenhoc.Service.GetStatus\",\"parameters\":[]}",
                                  "{\"method\":\"vn.khuyenhoc.Service.GetStatus\",\"more\":\"yes\"}",
                                  "{\"method\":\"vn.khuyenhoc.Service.GetStatus\"}{}", "{\"method\":\"vn.khuyenhoc.Service.GetStatus\",}",
                                  "{\"method\":\"vn.khuyenhoc.Service.GetStatus\",\"method\":\"vn.khuyenhoc.Service.Reload\"}"]
                    frame = Array(values.randomElement(using: &generator)!.utf8)
                default:
                    frame = template
                    frame.insert(contentsOf: [0xFF, 0xC0, 0x80].shuffled(using: &generator).prefix(2), at: Int.random(in: 0..<frame.count, using: &generator))
                }
                frames.append(frame.map { $0 == 0 ? 1 : $0 })
            }
            try send(frames, into: &result) { "frame \($0) of seed \(options.seed)" }
        }
    }

    func framesWithoutNUL() {
        group("frames without NUL, then close") { result in
            for index in 0..<options.count(200, minimum: 40) {
                let connection = try UnixConnection(path: daemon.socket)
                let template = Self.templates[index % Self.templates.count]
                connection.send(Array(template.utf8.prefix(max(1, template.utf8.count - index % 7))))
                if index.isMultiple(of: 2) {
                    // Half-close: the daemon sees the end of input with a frame cut off.
                    connection.shutdownOutput()
                    result.count(judge.outcome(of: connection), "frame without NUL \(index) (half-closed)")
                } else {
                    connection.close()
                    result.tried += 1
                    result.closed += 1
                }
            }
        }
    }

    func invalidUTF8() {
        group("invalid UTF-8") { result in
            let broken: [[UInt8]] = [[0xFF], [0xC3, 0x28], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80],
                                     [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xE1, 0xBB], [0x80], [0xFE, 0xFF]]
            let escapes = [#"\ud800"#, #"\udfff"#, #"\ud800\u0041"#, #"\u0000"#, #"\uZZZZ"#, #"\"#]
            var frames: [[UInt8]] = []
            for bytes in broken {
                frames.append(Array(#"{"method":"vn.khuyenhoc.Registry.ListCommunes","parameters":{"query":""#.utf8) + bytes + Array("\"}}".utf8))
                frames.append(Array(#"{"method":"vn.khuyenhoc.Registry.ListCommu"#.utf8) + bytes + Array("nes\"}".utf8))
                frames.append(Array(#"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"99999","name":"X"#.utf8) + bytes + Array("\"}}".utf8))
                frames.append(Array(#"{"#.utf8) + bytes + Array(#"":1,"method":"vn.khuyenhoc.Service.GetStatus"}"#.utf8))
                frames.append(bytes)
            }
            for escape in escapes {
                frames.append(Array(#"{"method":"vn.khuyenhoc.Registry.ListCommunes","parameters":{"query":"\#(escape)"}}"#.utf8))
                frames.append(Array(#"{"method":"vn.khuyenhoc.Registry.AddCommune","parameters":{"code":"99999","name":"\#(escape)"}}"#.utf8))
            }
            try send(frames.map { $0.map { $0 == 0 ? 1 : $0 } }, into: &result, noteAnswered: true) { "invalid UTF-8 frame \($0)" }
            let added = try RegistrySnapshot.sqlite(database, "SELECT count(*) FROM communes WHERE statistics_code = '99999';")
            if Int(added.trimmingCharacters(in: .whitespacesAndNewlines)) != 0 {
                result.notes.append("AddCommune with a broken name stored a commune 99999 (names checked by the store)")
            }
        }
    }

    func deepNesting() {
        group("deeply nested JSON") { result in
            let depth = 100_000
            let frames: [String] = [
                String(repeating: "[", count: depth),
                String(repeating: "{\"a\":", count: depth),
                String(repeating: "[", count: depth) + String(repeating: "]", count: depth),
                #"{"method":"vn.khuyenhoc.Evaluation.Evaluate","parameters":{"model":"citizen","facts":"# + String(repeating: "[", count: depth) + "}}",
                #"{"method":"vn.khuyenhoc.Evaluation.Evaluate","parameters":{"model":"citizen","facts":{"a":"# + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "}}}",
                #"{"method":"vn.khuyenhoc.Registry.PutEvidence","parameters":{"model":"citizen","subjectId":1,"year":2025,"facts":"# + String(repeating: "{\"a\":", count: 600) + "1" + String(repeating: "}", count: 600) + "}}",
                #"{"method":"vn.khuyenhoc.Service.GetStatus","parameters":{"x":"# + String(repeating: "[", count: 5_000) + String(repeating: "]", count: 5_000) + "}}",
            ]
            try send(frames.map { Array($0.utf8) }, into: &result) { "nested frame \($0)" }
        }
    }

    func oversizedFrames() {
        group("oversized frames (limit \(maximumFrameSize) B)") { result in
            let limit = maximumFrameSize
            let cases: [(String, [UInt8])] = [
                ("limit + 1 bytes with NUL", Array(repeating: UInt8(ascii: " "), count: limit + 1) + [0]),
                ("4 × limit without NUL", Array(repeating: UInt8(ascii: "a"), count: limit * 4)),
                ("a call with a string one byte too long", Array(#"{"method":"vn.khuyenhoc.Registry.ListCommunes","parameters":{"query":""#.utf8)
                    + Array(repeating: UInt8(ascii: "a"), count: limit) + Array("\"}}".utf8) + [0]),
            ]
            for (name, bytes) in cases {
                let connection = try UnixConnection(path: daemon.socket)
                _ = connection.send(bytes)
                let outcome = judge.outcome(of: connection)
                result.count(outcome, name)
                if case .declaredError(let error) = outcome, !error.hasSuffix("FrameTooLarge") {
                    result.fail("\(name): \(error) instead of FrameTooLarge")
                }
                if case .declaredError = outcome, !connection.isClosedByPeer(within: .seconds(5)) {
                    result.fail("\(name): the connection stayed open after FrameTooLarge")
                }
            }
            // Just under the limit is read as a call (a declared error, not a closed connection).
            let connection = try UnixConnection(path: daemon.socket)
            let filler = limit - 200
            connection.send(Array(#"{"method":"vn.khuyenhoc.Registry.ListCommunes","parameters":{"query":""#.utf8)
                + Array(repeating: UInt8(ascii: "a"), count: filler) + Array("\"}}".utf8) + [0])
            let outcome = judge.outcome(of: connection)
            result.count(outcome, "a frame just under the limit")
            if case .closed = outcome { result.fail("a frame just under the limit closed the connection") }
        }
    }
}
