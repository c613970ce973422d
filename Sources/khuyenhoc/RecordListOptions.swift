import ArgumentParser

/// What every registry list command takes: name words, the commune, and how many.
struct RecordListOptions: ParsableArguments {
    @Argument(help: "Words of the name, ignoring case and diacritics (\"nguyen van an\" finds Nguyễn Văn An).")
    var query: String?

    @Option(name: .customLong("commune"), help: ArgumentHelp("Only those of the commune with this statistics code.", valueName: "code"))
    var communeCode: String?

    @Option(help: "The most to list, 1 to 1000.")
    var limit = 100

    @Flag(help: "List every one, page after page, however many there are.")
    var all = false
}
