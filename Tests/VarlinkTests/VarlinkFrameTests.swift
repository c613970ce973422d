import Foundation
import Testing
import Varlink

@Suite("VarlinkFrame")
struct VarlinkFrameTests {
    struct Point: Encodable, Sendable {
        var x: Int
        var y: Double
    }

    @Test("a call without parameters has no parameters key")
    func callWithoutParameters() throws {
        let header = VarlinkCallHeader(method: "org.example.test.Recorded")
        for body in [VarlinkReplyBody.empty, .value(NoParameters()), .value([String: Int]()), .json(Data("{}".utf8))] {
            let frame = try VarlinkFrame.call(header, parameters: body)
            #expect(frame == Data(#"{"method":"org.example.test.Recorded"}"#.utf8) + [0])
        }
    }

    @Test("a call carries its parameters and only the flags that are set")
    func callWithFlags() throws {
        let frame = try VarlinkFrame.call(
            VarlinkCallHeader(method: "org.example.test.Count", oneway: false, more: true),
            parameters: .value(["count": 3]))
        #expect(try jsonObject(frame: frame) == [
            "method": .string("org.example.test.Count"), "parameters": .object(["count": .number(3)]), "more": .bool(true),
        ])
        let oneway = try VarlinkFrame.call(VarlinkCallHeader(method: "a.b.C", oneway: true), parameters: .empty)
        #expect(oneway == Data(#"{"method":"a.b.C","oneway":true}"#.utf8) + [0])
    }

    @Test("a reply without parameters is an empty object")
    func emptyReply() throws {
        #expect(try VarlinkFrame.reply(.empty) == Data("{}".utf8) + [0])
        #expect(try VarlinkFrame.reply(.value(NoParameters())) == Data("{}".utf8) + [0])
        #expect(try VarlinkFrame.reply(.empty, continues: true) == Data(#"{"continues":true}"#.utf8) + [0])
    }

    @Test("a reply carries parameters and continues")
    func replyWithContinues() throws {
        let frame = try VarlinkFrame.reply(.value(Point(x: 1, y: 2.5)), continues: true)
        #expect(try jsonObject(frame: frame) == [
            "parameters": .object(["x": .number(1), "y": .number(2.5)]), "continues": .bool(true),
        ])
        let last = try VarlinkFrame.reply(.value(Point(x: 1, y: 2.5)))
        #expect(try jsonObject(frame: last)["continues"] == nil)
    }

    @Test("an error reply has its name and only non-empty parameters")
    func errorReply() throws {
        #expect(try VarlinkFrame.error(.permissionDenied)
            == Data(#"{"error":"org.varlink.service.PermissionDenied"}"#.utf8) + [0])
        let frame = try VarlinkFrame.error(.invalidParameter("text"))
        #expect(try jsonObject(frame: frame) == [
            "error": .string("org.varlink.service.InvalidParameter"), "parameters": .object(["parameter": .string("text")]),
        ])
    }

    @Test("floats keep their value and null stays null")
    func floatsAndNull() throws {
        let value: [String: JSONValue] = ["pi": .number(.pi), "one": .number(1), "half": .number(0.5), "none": .null]
        let frame = try VarlinkFrame.reply(.value(value))
        let parsed = try jsonObject(frame: frame)
        #expect(parsed["parameters"] == .object(value))
        #expect(String(decoding: frame, as: UTF8.self).contains("3.141592653589793"))
        #expect(String(decoding: frame, as: UTF8.self).contains(#""none":null"#))
    }
}
