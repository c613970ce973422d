import Foundation
import KhuyenHocFuzzing
import Testing

/// Every seed and every input that once crashed a fuzzer, run through the fuzzer's code without
/// the fuzzer: a crash here is a crash of the test run.
@Suite struct FuzzCorpusTests {
    @Test func varlinkCorpusAndRegressions() throws {
        let files = FuzzFiles.corpus("varlink") + FuzzFiles.regressions("varlink")
        #expect(!files.isEmpty)
        var decoded = 0
        for file in files { decoded += VarlinkFuzzing.run(try Data(contentsOf: file)) }
        // However the reads are cut, the seeds' calls come through whole.
        #expect(decoded >= MethodParameterCatalogTests.declared.count)
    }

    @Test func builtInRubricsAreValidSeeds() throws {
        let files = FuzzFiles.corpus("rubric").filter { $0.lastPathComponent.hasPrefix("builtin-") }
        #expect(files.count >= 6)
        for file in files { #expect(RubricFuzzing.run(try Data(contentsOf: file)), "\(file.lastPathComponent)") }
    }

    @Test func rubricCorpusAndRegressions() throws {
        for file in FuzzFiles.corpus("rubric") + FuzzFiles.regressions("rubric") { RubricFuzzing.run(try Data(contentsOf: file)) }
    }

    /// The sample's exports are imported whole (each by its own table).
    @Test func spreadsheetCorpusAndRegressions() throws {
        let files = FuzzFiles.corpus("spreadsheet") + FuzzFiles.regressions("spreadsheet")
        var taken = 0
        for file in files { taken += SpreadsheetFuzzing.run(try Data(contentsOf: file)) }
        #expect(taken > 50)
    }
}
