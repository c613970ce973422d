/// One person of the household as the facts give them: an age and what they did this year.
/// Flags left out are false; data no person can have is refused while decoding, naming the field.
struct FamilyMember: Decodable, Sendable, Equatable {
    var name: String?
    var age: Int
    var inSchool = false
    var completedUniversalEducation = false
    var literate = false
    var studiedThisYear = false
    /// Recognised a Learning Citizen this year: the citizen model's result for this person.
    var learningCitizen = false
    var goodConduct = false
    var resultsAverageOrBetter = false

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, age, inSchool, completedUniversalEducation, literate, studiedThisYear, learningCitizen, goodConduct,
            resultsAverageOrBetter
    }

    /// The ages the measures group members by.
    static let schoolAge = 6...17
    static let adultAge = 15...
    static let literacyAge = 19...60
    static let ageRange = 0...120

    init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownFields(CodingKeys.self, of: "a member")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decodeIfPresent(String.self, forKey: .name)
        let age = try container.decode(Double.self, forKey: .age)
        guard age.rounded() == age, Double(Self.ageRange.lowerBound) <= age, age <= Double(Self.ageRange.upperBound) else {
            throw DecodingError.dataCorruptedError(
                forKey: .age, in: container,
                debugDescription: "\(Self.text(age)) is not an age: give the member's age in whole years, 0 to 120")
        }
        self.age = Int(age)
        func flag(_ key: CodingKeys) throws -> Bool { try container.decodeIfPresent(Bool.self, forKey: key) ?? false }
        inSchool = try flag(.inSchool)
        completedUniversalEducation = try flag(.completedUniversalEducation)
        literate = try flag(.literate)
        studiedThisYear = try flag(.studiedThisYear)
        learningCitizen = try flag(.learningCitizen)
        goodConduct = try flag(.goodConduct)
        resultsAverageOrBetter = try flag(.resultsAverageOrBetter)
        if let (key, reason) = impossibility {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: reason)
        }
    }

    /// The first flag that no one of this age can have, and why; nil when the member is possible.
    var impossibility: (CodingKeys, String)? {
        if learningCitizen && age < 15 {
            // The citizen forms are for working people (farmers, workers, officials): an assumption
            // that the title starts at 15, the age the family's adult measures start at.
            return (.learningCitizen, "a member aged \(age) cannot be a recognised Learning Citizen: the citizen model assesses people aged 15 and over; correct the age or leave learningCitizen out")
        }
        if inSchool && age < 3 {
            return (.inSchool, "a child aged \(age) cannot be in school: kindergarten starts at 3; correct the age or leave inSchool out")
        }
        if literate && age < 5 {
            return (.literate, "a child aged \(age) cannot be literate at level 1: literacy is counted from 5; correct the age or leave literate out")
        }
        if completedUniversalEducation && age < 10 {
            return (.completedUniversalEducation, "a child aged \(age) cannot have completed universal education: primary school (grades 1–5) ends at 10 at the earliest; correct the age or leave completedUniversalEducation out")
        }
        if resultsAverageOrBetter && !inSchool {
            return (.resultsAverageOrBetter, "school results count only for a member in school: set inSchool to true, or leave resultsAverageOrBetter out")
        }
        return nil
    }

    /// An age as it was written, without a trailing `.0`.
    private static func text(_ number: Double) -> String {
        number.rounded() == number && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }

    var isSchoolAge: Bool { Self.schoolAge.contains(age) }
    var isAdult: Bool { Self.adultAge.contains(age) }
    var isOfLiteracyAge: Bool { Self.literacyAge.contains(age) }
    /// A child of school age who is at school or has already completed universal education.
    var isInUniversalEducation: Bool { inSchool || completedUniversalEducation }
}
