import Foundation

extension EvaluationResult {
    /// The result as JSON, written directly: the same document `JSONEncoder` makes, faster.
    public func jsonData() -> Data {
        var writer = JSONWriter()
        writer.openObject()
        writer.field("model", model)
        writer.field("variant", variant)
        writer.field("rubricVersion", rubricVersion)
        writer.field("year", year)
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
            writer.openArray("indicators")
            for indicator in criterion.indicators {
                writer.openObject()
                writer.field("id", indicator.id)
                writer.field("points", indicator.points)
                writer.field("maxPoints", indicator.maxPoints)
                writer.field("floor", indicator.floor)
                writer.field("meetsFloor", indicator.meetsFloor)
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
            writer.field("missingPoints", reason.missingPoints)
            writer.field("message", reason.message)
            writer.field("messageVi", reason.messageVi)
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
        return writer.data
    }
}
