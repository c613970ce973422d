import Foundation

/// Reads a rubric file (the format of `Plugins/rubric.schema.json`) and checks every field and
/// rule, reporting all problems at once with the field they are in.
///
/// ```swift
/// let document = try RubricFileReader.read(data, origin: "family-2022.json",
///                                          model: "family", measures: FamilyModel.measures)
/// ```
public enum RubricFileReader {
    /// Reads and checks a rubric. `model`, when given, is the model the rubric must be for;
    /// `measures`, when given, are those the model derives, which indicators may name (nil skips
    /// that check, for a check without the plugin at hand).
    public static func read(
        _ data: Data, origin: String, model: String? = nil, measures: [MeasureDefinition]? = nil
    ) throws(RubricFileError) -> RubricDocument {
        let tree: JSONTree
        // A file saved by Notepad starts with a byte order mark; it is not part of the JSON.
        let text = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
        do {
            tree = try FastJSONDecoder.decode(JSONTree.self, from: Data(text))
        } catch {
            throw RubricFileError(origin: origin, problems: [RubricProblem(field: "(file)", reason: "not valid JSON: \(describe(error, in: Data(text)))")])
        }
        var reader = FieldReader()
        let document = readDocument(tree, origin: origin, into: &reader)
        guard let document, reader.problems.isEmpty else {
            throw RubricFileError(origin: origin, problems: reader.problems)
        }
        let problems = RubricRules(document: document, model: model, measures: measures).problems()
        guard problems.isEmpty else { throw RubricFileError(origin: origin, problems: problems) }
        return document
    }

    private static func readDocument(_ tree: JSONTree, origin: String, into reader: inout FieldReader) -> RubricDocument? {
        guard let top = reader.object(
            tree, at: "", allowed: ["model", "version", "appliesFrom", "appliesUntil", "basis", "recognition", "variants"],
            required: ["model", "version", "basis", "recognition", "variants"])
        else { return nil }
        let model = reader.identifier(top, "model", at: "")
        let version = reader.identifier(top, "version", at: "")
        let appliesFrom = reader.integer(top, "appliesFrom", at: "")
        let appliesUntil = reader.integer(top, "appliesUntil", at: "")
        let basis = top["basis"].flatMap { readBasis($0, into: &reader) }
        let recognition = top["recognition"].flatMap { readRecognition($0, into: &reader) }
        let variants = reader.list(top, "variants", at: "")?.compactMap { readVariant($1, at: $0, into: &reader) }
        guard let model, let version, let basis, let recognition, let variants else { return nil }
        return RubricDocument(
            model: model, version: version, appliesFrom: appliesFrom, appliesUntil: appliesUntil, basis: basis,
            recognition: recognition, variants: variants, origin: origin)
    }

    private static func readBasis(_ tree: JSONTree, into reader: inout FieldReader) -> RubricBasis? {
        guard let basis = reader.object(
            tree, at: "basis", allowed: ["decision", "date", "status", "source", "note"],
            required: ["decision", "date", "status", "source"])
        else { return nil }
        let decision = reader.string(basis, "decision", at: "basis")
        let date = reader.string(basis, "date", at: "basis")
        let statusText = reader.string(basis, "status", at: "basis")
        let status = statusText.flatMap(RubricBasis.Status.init(rawValue:))
        if let statusText, status == nil {
            reader.problem("basis.status", "\"\(statusText)\" is neither \"official\" nor \"provisional\"")
        }
        let source = reader.string(basis, "source", at: "basis")
        let note = reader.string(basis, "note", at: "basis")
        guard let decision, let date, let status, let source else { return nil }
        return RubricBasis(decision: decision, date: date, status: status, source: source, note: note)
    }

    private static func readRecognition(_ tree: JSONTree, into reader: inout FieldReader) -> RecognitionRule? {
        let path = "recognition"
        guard let recognition = reader.object(
            tree, at: path, allowed: ["minimumTotal", "indicatorFloor", "grades"], required: ["minimumTotal"])
        else { return nil }
        let minimumTotal = reader.number(recognition, "minimumTotal", at: path)
        let floor = reader.number(recognition, "indicatorFloor", at: path)
        let grades = reader.list(recognition, "grades", at: path, nonEmpty: false)?.compactMap { field, grade -> GradeBand? in
            guard let members = reader.object(
                grade, at: field, allowed: ["id", "title", "titleVi", "minimumTotal"], required: ["id", "title", "titleVi", "minimumTotal"])
            else { return nil }
            guard let id = reader.identifier(members, "id", at: field), let title = reader.string(members, "title", at: field),
                  let titleVi = reader.string(members, "titleVi", at: field), let minimum = reader.number(members, "minimumTotal", at: field)
            else { return nil }
            return GradeBand(id: id, title: title, titleVi: titleVi, minimumTotal: minimum)
        }
        guard let minimumTotal else { return nil }
        return RecognitionRule(
            minimumTotal: minimumTotal, indicatorFloor: floor,
            grades: (grades ?? []).sorted { $0.minimumTotal > $1.minimumTotal })
    }

    private static func readVariant(_ tree: JSONTree, at path: String, into reader: inout FieldReader) -> RubricVariant? {
        guard let variant = reader.object(
            tree, at: path, allowed: ["id", "title", "titleVi", "criteria"], required: ["id", "title", "titleVi", "criteria"])
        else { return nil }
        let id = reader.identifier(variant, "id", at: path)
        let title = reader.string(variant, "title", at: path)
        let titleVi = reader.string(variant, "titleVi", at: path)
        let criteria = reader.list(variant, "criteria", at: path)?.compactMap { readCriterion($1, at: $0, into: &reader) }
        guard let id, let title, let titleVi, let criteria else { return nil }
        return RubricVariant(id: id, title: title, titleVi: titleVi, criteria: criteria)
    }

    private static func readCriterion(_ tree: JSONTree, at path: String, into reader: inout FieldReader) -> Criterion? {
        guard let criterion = reader.object(
            tree, at: path, allowed: ["id", "title", "titleVi", "floor", "indicators"], required: ["id", "title", "titleVi", "indicators"])
        else { return nil }
        let id = reader.identifier(criterion, "id", at: path)
        let title = reader.string(criterion, "title", at: path)
        let titleVi = reader.string(criterion, "titleVi", at: path)
        let floor = reader.number(criterion, "floor", at: path)
        let indicators = reader.list(criterion, "indicators", at: path)?.compactMap { readIndicator($1, at: $0, into: &reader) }
        guard let id, let title, let titleVi, let indicators else { return nil }
        return Criterion(id: id, title: title, titleVi: titleVi, floor: floor, indicators: indicators)
    }

    private static func readIndicator(_ tree: JSONTree, at path: String, into reader: inout FieldReader) -> Indicator? {
        guard let indicator = reader.object(
            tree, at: path,
            allowed: ["id", "title", "titleVi", "kind", "maxPoints", "floor", "gate", "thresholds", "measure"],
            required: ["id", "title", "titleVi", "maxPoints"])
        else { return nil }
        let id = reader.identifier(indicator, "id", at: path)
        let title = reader.string(indicator, "title", at: path)
        let titleVi = reader.string(indicator, "titleVi", at: path)
        let kindText = reader.string(indicator, "kind", at: path)
        let kind = kindText.map(IndicatorKind.init(rawValue:)) ?? .points
        if let kindText, kind == nil {
            reader.problem(FieldReader.path(path, "kind"), "\"\(kindText)\" is not a kind; use one of: points, met, share, count")
        }
        let maxPoints = reader.number(indicator, "maxPoints", at: path)
        let floor = reader.number(indicator, "floor", at: path)
        let gate = reader.bool(indicator, "gate", at: path) ?? false
        let measure = reader.identifier(indicator, "measure", at: path)
        let thresholds = reader.list(indicator, "thresholds", at: path)?.compactMap { field, step -> Threshold? in
            guard let members = reader.object(step, at: field, allowed: ["atLeast", "points"], required: ["atLeast", "points"]),
                  let atLeast = reader.number(members, "atLeast", at: field), let points = reader.number(members, "points", at: field)
            else { return nil }
            return Threshold(atLeast: atLeast, points: points)
        }
        guard let id, let title, let titleVi, let kind, let maxPoints else { return nil }
        return Indicator(
            id: id, title: title, titleVi: titleVi, kind: kind, maxPoints: maxPoints, floor: floor, gate: gate,
            thresholds: thresholds?.sorted { $0.atLeast > $1.atLeast }, measure: measure)
    }

    /// A JSON syntax error in words, with its line and column.
    private static func describe(_ error: any Error, in text: Data) -> String {
        guard case DecodingError.dataCorrupted(let context) = error, let syntax = context.underlyingError as? JSONSyntaxError else {
            return "\(error)"
        }
        let before = text.prefix(syntax.offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let column = before.count - (before.lastIndex(of: 0x0A).map { $0 - before.startIndex + 1 } ?? 0) + 1
        return "\(syntax.reason) at line \(line), column \(column)"
    }
}
