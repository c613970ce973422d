import Testing

@testable import khuyenhoc

@Suite struct DurationTextTests {
    @Test(arguments: [
        ("30d", 2_592_000), ("12h", 43_200), ("90m", 5_400), ("45s", 45), ("1d12h", 129_600), ("1d2h3m4s", 93_784), ("0s", 0),
        ("7d", 604_800),
    ] as [(String, Int64)])
    func readsDurations(_ text: String, _ seconds: Int64) {
        #expect(DurationText.seconds(text) == seconds)
    }

    @Test(arguments: ["", "12", "d", "1x", "12h1d", "1d1d", "-1d", "1.5d", " 1d", "1d ", "1D", "99999999999999999999d", "106751991167301d"])
    func refusesWhatIsNotADuration(_ text: String) {
        #expect(DurationText.seconds(text) == nil)
    }

    @Test(arguments: [2_592_000, 604_800, 86_400, 129_600, 5_400, 45, 93_784, 0] as [Int64])
    func writesWhatItReads(_ seconds: Int64) {
        #expect(DurationText.seconds(DurationText.text(seconds: seconds)) == seconds)
    }

    @Test func writesTheLargestUnitsFirst() {
        #expect(DurationText.text(seconds: 2_592_000) == "30d")
        #expect(DurationText.text(seconds: 129_600) == "1d12h")
        #expect(DurationText.text(seconds: 5_400) == "1h30m")
    }

    @Test func backoffDoublesFromOneSecondToAMinuteAndStartsOverAfterAReset() {
        var backoff = ReconnectBackoff()
        #expect((0..<8).map { _ in backoff.next() } == [1, 2, 4, 8, 16, 32, 60, 60])
        backoff.reset()
        #expect(backoff.next() == 1)
    }
}
