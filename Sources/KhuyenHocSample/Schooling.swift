/// Where a person learns this year, if anywhere: the Vietnamese school system's levels.
public enum Schooling: String, Sendable, Hashable, CaseIterable {
    /// Not at a school, kindergarten, college or university this year.
    case notInSchool
    /// Kindergarten (mầm non), from age 3.
    case kindergarten
    /// Primary school (tiểu học), grades 1–5, ages 6–10.
    case primary
    /// Lower secondary school (trung học cơ sở), grades 6–9, ages 11–14.
    case lowerSecondary
    /// Upper secondary school (trung học phổ thông), grades 10–12, ages 15–17.
    case upperSecondary
    /// Vocational school or college (trung cấp, cao đẳng).
    case vocational
    /// University (đại học).
    case university

    /// At kindergarten, school, college or university this year (the family model's `inSchool`).
    public var inSchool: Bool { self != .notInSchool }

    /// A pupil or student with learning results this year (not a kindergarten child).
    public var hasResults: Bool { inSchool && self != .kindergarten }
}
