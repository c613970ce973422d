import Foundation
import KhuyenHocAPI
import KhuyenHocCore
import Varlink

/// `vn.khuyenhoc.Evaluation`: stateless scoring of one subject.
enum EvaluationInterface {
    static func make(_ context: DaemonContext) -> VarlinkInterface {
        VarlinkInterface(
            name: KhuyenHocInterfaces.evaluation,
            description: KhuyenHocInterfaces.descriptions[KhuyenHocInterfaces.evaluation]!,
            methods: [
                VarlinkMethod("Evaluate", immediate: { request in
                    // The hot path: the facts go to the plugin as raw JSON, and its result comes
                    // back into the reply unparsed; only the small parameters are decoded here.
                    let call = try EvaluateCall(request)
                    var reply = Data("{\"result\":".utf8)
                    reply.append(try context.host.evaluate(
                        model: call.model, facts: call.facts, year: call.year, rubricVersion: call.rubricVersion,
                        partial: call.partial))
                    reply.append(UInt8(ascii: "}"))
                    return .json(reply)
                }),
            ] + RollUpMethods.make(context))
    }
}

/// The parameters of one `Evaluate` call, read from their own bytes: `model`, `year`,
/// `rubricVersion` and `partial` decoded, `facts` kept raw.
struct EvaluateCall {
    var model: String
    var facts: Data
    var year: Int?
    var rubricVersion: String?
    var partial: Bool?

    init(_ request: VarlinkRequest) throws(VarlinkError) {
        guard let raw = request.rawParameters, let members = JSONObjectMembers(raw) else {
            throw .invalidParameter(request.rawParameters == nil ? "model" : "parameters")
        }
        guard let model = members.string("model") else { throw .invalidParameter("model") }
        guard let facts = members["facts"] else { throw .invalidParameter("facts") }
        self.model = model
        self.facts = facts
        switch members["year"].map({ String(decoding: $0, as: UTF8.self) }) {
        case nil, "null":
            year = nil
        case let text?:
            guard let value = Int(text) else { throw .invalidParameter("year") }
            year = value
        }
        switch members["rubricVersion"] {
        case nil:
            rubricVersion = nil
        case let raw? where raw.elementsEqual("null".utf8):
            rubricVersion = nil
        case _:
            guard let text = members.string("rubricVersion") else { throw .invalidParameter("rubricVersion") }
            rubricVersion = text
        }
        do {
            partial = try members.bool("partial")
        } catch {
            throw .invalidParameter("partial")
        }
    }
}
