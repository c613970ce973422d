import Foundation

extension EvaluationResult {
    /// The result as JSON, written directly: the same document `JSONEncoder` makes, faster.
    public func jsonData() -> Data {
        var writer = JSONWriter()
        write(to: &writer, key: nil)
        return writer.data
    }

    /// Writes the result as an object: the top-level value, an array element, or member `key`.
    func write(to writer: inout JSONWriter, key: StaticString?) {
        writer.openObject(key)
        writer.field("model", model)
        writer.field("variant", variant)
        writer.field("rubricVersion", rubricVersion)
        writer.field("year", year)
        writer.field("complete", complete)
        writer.field("recognized", recognized)
        writer.field("total", total)
        writer.field("maxTotal", maxTotal)
        writer.field("threshold", threshold)
        writer.field("grade", grade)
        writer.openArray("criteria")
        for criterion in criteria {
            writer.openObject()
            writer.field("id", criterion.id)
            writer.field("points", criterion.points)
            writer.field("maxPoints", criterion.maxPoints)
            writer.field("floor", criterion.floor)
            writer.field("meetsFloor", criterion.meetsFloor)
            writer.openArray("indicators")
            for indicator in criterion.indicators {
                writer.openObject()
                writer.field("id", indicator.id)
                writer.field("kind", indicator.kind.rawValue)
                writer.field("points", indicator.points)
                writer.field("maxPoints", indicator.maxPoints)
                writer.field("value", indicator.value)
                writer.field("of", indicator.of)
                writer.field("floor", indicator.floor)
                writer.field("meetsFloor", indicator.meetsFloor)
                writer.field("gate", indicator.gate)
                writer.field("assessed", indicator.assessed)
                writer.field("notApplicable", indicator.notApplicable)
                writer.closeObject()
            }
            writer.closeArray()
            writer.closeObject()
        }
        writer.closeArray()
        writer.openArray("reasons")
        for reason in reasons {
            writer.openObject()
            writer.field("code", reason.code)
            writer.field("indicator", reason.indicator)
            writer.field("criterion", reason.criterion)
            writer.field("missingPoints", reason.missingPoints)
            writer.field("message", reason.message)
            writer.field("messageVi", reason.messageVi)
            writer.closeObject()
        }
        writer.closeArray()
        writer.openArray("improvements")
        for improvement in improvements {
            writer.openObject()
            writer.field("indicator", improvement.indicator)
            writer.field("fromPoints", improvement.fromPoints)
            writer.field("toPoints", improvement.toPoints)
            writer.field("fromValue", improvement.fromValue)
            writer.field("toValue", improvement.toValue)
            writer.field("message", improvement.message)
            writer.field("messageVi", improvement.messageVi)
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
    }
}
