/// The reasons a title is not granted, in plain English and Vietnamese.
enum ShortfallText {
    static func belowFloor(_ indicator: Indicator, score: IndicatorScore, floor: Double) -> Shortfall {
        let missing = floor - score.points
        let value = valueNote(indicator, score)
        return Shortfall(
            code: "belowFloor", indicator: indicator.id, criterion: nil, missingPoints: missing,
            message: "Indicator \(indicator.id) “\(indicator.title)” has \(NumberText.points(score.points)) points\(value), "
                + "\(NumberText.points(missing)) under its floor of \(NumberText.points(floor)).",
            messageVi: "Chỉ số \(indicator.id) “\(indicator.titleVi)” đạt \(NumberText.points(score.points)) điểm\(value), "
                + "thiếu \(NumberText.points(missing)) điểm so với mức tối thiểu \(NumberText.points(floor)).")
    }

    static func gateFailed(_ indicator: Indicator) -> Shortfall {
        Shortfall(
            code: "gateFailed", indicator: indicator.id, criterion: nil, missingPoints: 0,
            message: "Indicator \(indicator.id) “\(indicator.title)” is not met; the title needs it whatever the total.",
            messageVi: "Chỉ số \(indicator.id) “\(indicator.titleVi)” chưa đạt; đây là điều kiện bắt buộc để được công nhận, dù tổng điểm bao nhiêu.")
    }

    static func criterionBelowFloor(_ criterion: Criterion, points: Double, floor: Double) -> Shortfall {
        let missing = floor - points
        return Shortfall(
            code: "criterionBelowFloor", indicator: nil, criterion: criterion.id, missingPoints: missing,
            message: "Criterion \(criterion.id) “\(criterion.title)” has \(NumberText.points(points)) points, "
                + "\(NumberText.points(missing)) under its floor of \(NumberText.points(floor)).",
            messageVi: "Tiêu chí \(criterion.id) “\(criterion.titleVi)” đạt \(NumberText.points(points)) điểm, "
                + "thiếu \(NumberText.points(missing)) điểm so với mức tối thiểu \(NumberText.points(floor)).")
    }

    static func belowThreshold(total: Double, threshold: Double) -> Shortfall {
        let missing = threshold - total
        return Shortfall(
            code: "belowThreshold", indicator: nil, criterion: nil, missingPoints: missing,
            message: "The total of \(NumberText.points(total)) points is \(NumberText.points(missing)) short of the "
                + "\(NumberText.points(threshold)) the title needs.",
            messageVi: "Tổng \(NumberText.points(total)) điểm, còn thiếu \(NumberText.points(missing)) điểm so với mức "
                + "\(NumberText.points(threshold)) điểm để được công nhận.")
    }

    static func incomplete(_ missing: [String]) -> Shortfall {
        let list = missing.joined(separator: ", ")
        return Shortfall(
            code: "incomplete", indicator: nil, criterion: nil, missingPoints: 0,
            message: "\(missing.count) indicator\(missing.count == 1 ? " was" : "s were") not given (\(list)): "
                + "this partial result is scored as if they earned 0 points and cannot grant the title.",
            messageVi: "Chưa có dữ liệu \(missing.count) chỉ số (\(list)): kết quả chưa đầy đủ, các chỉ số này "
                + "được tính 0 điểm và chưa thể công nhận.")
    }

    /// ` (60 %)` or ` (count 2)` after the points of a share or count indicator.
    private static func valueNote(_ indicator: Indicator, _ score: IndicatorScore) -> String {
        guard let value = score.value else { return "" }
        switch indicator.kind {
        case .share: return " (\(NumberText.percent(value)))"
        case .count: return " (\(NumberText.points(value)))"
        case .points, .met: return ""
        }
    }
}
