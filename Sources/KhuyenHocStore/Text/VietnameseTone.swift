/// The six tones of Vietnamese, in the order a dictionary sorts them: ngang, huyền, hỏi, ngã, sắc,
/// nặng (Vũ Xuân Lương, Vietnam Lexicography Centre; see ``VietnameseText``).
public enum VietnameseTone: Int, Sendable, CaseIterable, Comparable {
    /// No mark (thanh ngang): `a`.
    case ngang
    /// Grave (thanh huyền): `à`.
    case huyen
    /// Hook above (thanh hỏi): `ả`.
    case hoi
    /// Tilde (thanh ngã): `ã`.
    case nga
    /// Acute (thanh sắc): `á`.
    case sac
    /// Dot below (thanh nặng): `ạ`.
    case nang

    public static func < (lhs: VietnameseTone, rhs: VietnameseTone) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The tone a combining mark writes, or nil when the mark is not a tone mark.
    init?(combiningMark scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x0300, 0x0340: self = .huyen  // U+0340 is the deprecated grave tone mark; NFC maps it to U+0300
        case 0x0309: self = .hoi
        case 0x0303: self = .nga
        case 0x0301, 0x0341: self = .sac
        case 0x0323: self = .nang
        default: return nil
        }
    }
}
