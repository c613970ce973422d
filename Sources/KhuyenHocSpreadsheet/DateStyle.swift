/// How an exported file writes dates.
public enum DateStyle: Sendable, Equatable {
    /// `2024-03-05`: Excel recognises it as a date whatever the computer's region.
    case iso
    /// `05/03/2024`, as Vietnam writes dates; an Excel set to US English swaps day and month.
    case dayMonthYear
}
