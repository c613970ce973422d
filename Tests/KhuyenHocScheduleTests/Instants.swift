import Foundation
import KhuyenHocStore

/// `2026-12-15T01:00:00.000Z`-style instants for readable tests.
func at(_ text: String) -> Date {
    Timestamp.date(from: text)!
}

func stamp(_ date: Date) -> String {
    Timestamp.string(from: date)
}

let day: TimeInterval = 86_400
