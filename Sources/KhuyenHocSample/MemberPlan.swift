/// One member of a household being composed: who they are to the head, and their age.
struct MemberPlan {
    var role: HouseholdRole
    var sex: Sex
    var age: Int
    /// Carries the household's line name (the head's or the children's family name).
    var ofLine: Bool
}
