/// The stages of generation, each with its own random stream (`SampleRandom(seed:stream:)`).
/// The raw values are part of the output's identity: changing one changes every district.
enum SampleStream: UInt64 {
    case layout = 1
    case people = 2
    case organizations = 3
    case citizens = 4
    case clans = 5
    case families = 6
    case communities = 7
    case clanReports = 8
    case units = 9
}
