import Foundation

/// One change of the improvement plan, in plain English and Vietnamese.
enum ImprovementText {
    static func improvement(_ indicator: Indicator, score: IndicatorScore, toPoints: Double) -> Improvement {
        let from = NumberText.points(score.points)
        let to = NumberText.points(toPoints)
        let notGiven = score.assessed ? "" : " (not given yet)"
        let notGivenVi = score.assessed ? "" : " (chưa có dữ liệu)"
        let name = "\(indicator.id) “\(indicator.title)”\(notGiven)"
        let nameVi = "chỉ số \(indicator.id) “\(indicator.titleVi)”\(notGivenVi)"
        var toValue: Double?
        let message: String
        let messageVi: String
        switch indicator.kind {
        case .points:
            message = "Raise \(name) from \(from) to \(to) points."
            messageVi = "Nâng \(nameVi) từ \(from) lên \(to) điểm."
        case .met where indicator.maxPoints == 0:
            message = "Meet \(name): the title needs it."
            messageVi = "Đạt \(nameVi): đây là điều kiện bắt buộc để được công nhận."
        case .met:
            message = "Meet \(name) (\(from) → \(to) points)."
            messageVi = "Đạt \(nameVi) (từ \(from) lên \(to) điểm)."
        case .share:
            let needed = indicator.value(forPoints: toPoints) ?? 100
            toValue = needed
            let now = score.value.map(NumberText.percent) ?? "0 %"
            // Members are counted, so the message says how many more it takes, not only the percent.
            let counts = score.of.map { total in
                let target = Int((needed * Double(total) / 100 - Indicator.tolerance).rounded(.up))
                let now = Int(((score.value ?? 0) * Double(total) / 100).rounded())
                return (target: target, total: total, more: max(target - now, 0))
            }
            let members = counts.map { " (\($0.target) of \($0.total), \($0.more) more)" } ?? ""
            let membersVi = counts.map { " (\($0.target)/\($0.total), thêm \($0.more))" } ?? ""
            message = "Raise \(name) from \(now) to at least \(NumberText.percent(needed))\(members), for \(to) points instead of \(from)."
            messageVi = "Nâng \(nameVi) từ \(now) lên ít nhất \(NumberText.percent(needed))\(membersVi), được \(to) điểm thay vì \(from)."
        case .count:
            let needed = indicator.value(forPoints: toPoints) ?? 0
            toValue = needed
            let now = NumberText.points(score.value ?? 0)
            message = "Raise \(name) from \(now) to at least \(NumberText.points(needed)), for \(to) points instead of \(from)."
            messageVi = "Nâng \(nameVi) từ \(now) lên ít nhất \(NumberText.points(needed)), được \(to) điểm thay vì \(from)."
        }
        return Improvement(
            indicator: indicator.id, fromPoints: score.points, toPoints: toPoints,
            fromValue: indicator.kind == .share || indicator.kind == .count ? score.value : nil, toValue: toValue,
            message: message, messageVi: messageVi)
    }
}
