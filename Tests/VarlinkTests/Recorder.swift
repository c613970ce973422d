/// Collects what `oneway` calls to the test interface leave behind.
actor Recorder {
    private(set) var values: [String] = []

    func record(_ value: String) {
        values.append(value)
    }
}
