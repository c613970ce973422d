/// A record of the sample district, which says whether it is real or made up.
///
/// The communes and their statistics codes are real; every other record — communities,
/// households, people, clans, organizations, scores — is synthetic and says so, so that nothing
/// built on the sample can pass it off as data about real people.
public protocol SampleRecord: Sendable {
    /// `true` for generated records, `false` for real ones.
    var synthetic: Bool { get }
}
