import Foundation
import KhuyenHocStore
import Testing
import KhuyenHocTransfer

/// Inputs the CSV fuzzer found crashing the importer (`Fuzz/regressions/spreadsheet`), through
/// the daemon's import path on an in-memory registry.
@Suite struct FuzzRegressionTests {
    static let regressions = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/regressions/spreadsheet")

    /// A header without a required column used to give out its rows all the same (the import
    /// checks every row after an issue), and the row mapper unwrapped the missing value: the
    /// daemon crashed on a households file without its village column.
    @Test func aFileWithoutARequiredColumnIsRefusedNamingIt() async throws {
        let fixture = try TransferFixture()
        try await fixture.households()
        let bytes = try [UInt8](Data(contentsOf: Self.regressions.appendingPathComponent("households-without-community-column.csv")))
        let outcome = try await fixture.importBytes(.households, bytes)
        let problems = fixture.problems(outcome)
        #expect(problems.map(\.field) == ["communityID"], "\(outcome)")
        #expect(problems.first?.reason.contains("Mã số thôn") == true, "\(problems)")
        await #expect(throws: RegistryError.self) { try await fixture.store.household(id: 2) }
    }

    /// Every table, with a header that has none of its required columns and a row under it.
    @Test(arguments: TransferTable.allCases)
    func everyTableRefusesAFileWithoutItsRequiredColumns(_ table: TransferTable) async throws {
        let fixture = try TransferFixture()
        try await fixture.households()
        let required = table.schema.columns.filter(\.isRequired).map(\.id)
        let outcome = try await fixture.importText(table, "Mã số,Ghi chú\r\n7,xin chào\r\n", dryRun: true)
        let problems = fixture.problems(outcome)
        #expect(Set(problems.compactMap(\.field)).isSuperset(of: required), "\(outcome)")
    }
}
