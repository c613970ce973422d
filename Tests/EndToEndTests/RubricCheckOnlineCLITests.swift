import Foundation
import Testing

/// `khuyenhoc rubric check FILE` with the daemon running: what only the model's plugin can check
/// (the measures it derives) is checked through `vn.khuyenhoc.Models.CheckRubric`.
@Suite struct RubricCheckOnlineCLITests {
    static let unitRubric = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Plugins/Unit/rubric.json")

    @Test func aMeasureTheModelDoesNotDeriveIsFoundByTheDaemon() async throws {
        let daemon = try DaemonProcess(plugins: [BuildProducts.directory.appendingPathComponent("libKhuyenHocUnit.so")])
        try await daemon.start()
        let socket = ["--socket", daemon.socket]

        let good = daemon.folder.path("unit.json")
        try FileManager.default.copyItem(atPath: Self.unitRubric.path, toPath: good)
        let valid = try await CLITests.khuyenhoc(["rubric", "check", good] + socket)
        #expect(valid.status == 0, "\(valid.stdout)\(valid.stderr)")
        #expect(!valid.stdout.contains("not checked"))

        // Valid offline (any measure name is well formed), refused by the unit plugin.
        let text = try String(contentsOf: Self.unitRubric, encoding: .utf8)
        let misspelt = text.replacing("\"measure\": \"staffTrained\"", with: "\"measure\": \"staffTraining\"", maxReplacements: 1)
        #expect(misspelt != text)
        let bad = daemon.folder.path("unit-bad.json")
        try Data(misspelt.utf8).write(to: URL(fileURLWithPath: bad))
        let offline = try await CLITests.khuyenhoc(["rubric", "check", bad, "--offline"])
        #expect(offline.status == 0)
        let online = try await CLITests.khuyenhoc(["rubric", "check", bad] + socket)
        #expect(online.status == 65, "\(online.stdout)\(online.stderr)")
        let output = online.stdout + online.stderr
        #expect(output.contains("\(bad): variants[0].criteria[1].indicators[1].measure:"), "\(output)")
        #expect(output.contains("staffTraining"))
        #expect(try await daemon.stop() == 0)
    }
}
