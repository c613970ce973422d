import Foundation

/// A subject whose inputs changed (or that has no result yet): its composed facts, waiting for
/// the plugin, and their digest, stored with the result.
struct PendingSubject: Sendable {
    var id: Int64
    var facts: Data
    var digest: String
}
