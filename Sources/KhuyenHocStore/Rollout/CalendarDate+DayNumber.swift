extension CalendarDate {
    /// Days since 1 January of year 1 (proleptic Gregorian), so that two dates' difference is
    /// the number of days between them.
    public var dayNumber: Int {
        // Counting years from March puts the leap day last, so months have a fixed day offset.
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 307
    }
}
