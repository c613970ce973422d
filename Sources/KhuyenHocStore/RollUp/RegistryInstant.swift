import Foundation

/// How the registry writes an instant (`enteredAt`, `evaluatedAt`): UTC to the millisecond,
/// `2025-03-01T08:30:00.000Z`.
public enum RegistryInstant {
    public static func text(_ date: Date) -> String { Timestamp.string(from: date) }
}
