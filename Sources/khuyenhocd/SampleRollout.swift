import Foundation
import KhuyenHocStore

/// The sample district's rollout, as the seed describes it on 5 October 2022 (DOMAIN.md §1, §6):
/// the three communes that piloted the Learning Citizen model in 2021 move on to its mass rollout;
/// every other commune studies the citizen criteria; the other four models are to be piloted
/// first, everywhere, so every commune studies their criteria. Every row is marked `sample`, and
/// its note (in Vietnamese, as a secretary would write it) begins with “Dữ liệu mẫu” (sample data).
///
/// Made up, and labelled so: the seed does not name the three pilot communes (``citizenPilots`` is
/// a choice), nor the days of the 2021 pilot, nor any planned day (``citizenPlan``, ``modelPlan``
/// and, for Cao Xuân Dương, formed by the 2024 merge, ``mergedCommunePlan``).
enum SampleRollout {
    /// Kim Bài (the district's town), Thanh Thùy and Bình Minh: a sample choice, not the seed's.
    static let citizenPilots: Set<String> = ["10114", "10144", "10135"]
    /// The district's training day, when the plan was agreed (the seed).
    static let trainingDay = day("2022-10-05")
    /// The pilot communes' citizen steps in 2021 (assumed days).
    static let pilotSteps: [(RolloutPhase, CalendarDate)] = [
        (.studyingCriteria, day("2021-01-15")), (.pilot, day("2021-03-01")), (.pilotReview, day("2021-12-15")),
        (.massRollout, trainingDay),
    ]
    /// Citizen model, communes that did not pilot in 2021.
    static let citizenPlan: [RolloutPhase: CalendarDate] = [
        .pilot: day("2023-06-30"), .pilotReview: day("2023-12-15"), .massRollout: day("2024-12-15"),
    ]
    /// Family, clan, community and unit models: piloted first.
    static let modelPlan: [RolloutPhase: CalendarDate] = [
        .pilot: day("2023-12-31"), .pilotReview: day("2024-06-30"), .massRollout: day("2025-12-15"),
    ]
    /// A commune formed by a merge starts again by studying the criteria, every model.
    static let mergedCommunePlan: [RolloutPhase: CalendarDate] = [
        .pilot: day("2025-06-30"), .pilotReview: day("2025-12-15"), .massRollout: day("2026-12-15"),
    ]

    static func rows(communes: [Commune], by uid: UInt32, at instant: Date) -> (transitions: [PhaseTransition], deadlines: [PhaseDeadline]) {
        var transitions: [PhaseTransition] = []
        var deadlines: [PhaseDeadline] = []
        func step(_ commune: Commune, _ model: RegistryModel, _ from: RolloutPhase, _ to: RolloutPhase, _ on: CalendarDate, _ note: String) {
            transitions.append(PhaseTransition(
                communeID: commune.id!, model: model, from: from, phase: to, effectiveOn: on, note: note, madeBy: uid, madeAt: instant,
                sample: true))
        }
        func plan(_ commune: Commune, _ model: RegistryModel, _ days: [RolloutPhase: CalendarDate]) {
            for (phase, due) in days.sorted(by: { $0.key < $1.key }) {
                deadlines.append(PhaseDeadline(
                    communeID: commune.id!, model: model, phase: phase, due: due, setBy: uid, setAt: instant, sample: true))
            }
        }
        for commune in communes {
            if commune.existed(on: trainingDay) {
                if citizenPilots.contains(commune.statisticsCode) {
                    var from = RolloutPhase.notStarted
                    for (phase, on) in pilotSteps {
                        step(commune, .citizen, from, phase, on, phase == .massRollout
                            ? "Dữ liệu mẫu: đã thí điểm mô hình Công dân học tập năm 2021, triển khai đại trà từ buổi tập huấn của huyện ngày 05/10/2022"
                            : "Dữ liệu mẫu: thí điểm mô hình Công dân học tập năm 2021 (ngày giả định)")
                        from = phase
                    }
                } else {
                    step(commune, .citizen, .notStarted, .studyingCriteria, trainingDay,
                         "Dữ liệu mẫu: chưa thí điểm năm 2021, nghiên cứu tiêu chí (tập huấn ngày 05/10/2022)")
                    plan(commune, .citizen, citizenPlan)
                }
                for model in RegistryModel.allCases where model != .citizen {
                    step(commune, model, .notStarted, .studyingCriteria, trainingDay,
                         "Dữ liệu mẫu: thực hiện thí điểm trước, sau đó nhân rộng (tập huấn ngày 05/10/2022)")
                    plan(commune, model, modelPlan)
                }
            } else if let validFrom = commune.validFrom, validFrom > trainingDay {
                for model in RegistryModel.allCases {
                    step(commune, model, .notStarted, .studyingCriteria, validFrom,
                         "Dữ liệu mẫu: xã mới sau sáp nhập, nghiên cứu tiêu chí từ ngày đầu")
                    plan(commune, model, mergedCommunePlan)
                }
            }
        }
        return (transitions, deadlines)
    }

    private static func day(_ text: String) -> CalendarDate { CalendarDate(text)! }
}
