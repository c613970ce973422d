import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// The bottom-up order as ListModels shows it: plugins written in C against the real header,
/// one that depends on a model nobody serves and two that depend on each other, beside the
/// real citizen plugin.
@Suite struct ModelOrderEndToEndTests {
    @Test func listModelsWarnsOfMissingDependenciesAndCycles() async throws {
        let build = try TemporaryDirectory()
        let plugins = [
            BuildProducts.citizenPlugin,
            try await CTestPlugin.build("orphan", title: "Orphan", dependsOn: ["nowhere", "citizen"], in: build.url),
            try await CTestPlugin.build("hen", title: "Hen", dependsOn: ["egg"], in: build.url),
            try await CTestPlugin.build("egg", title: "Egg", dependsOn: ["hen"], in: build.url),
            try await CTestPlugin.build("nest", title: "Nest", dependsOn: ["citizen"], in: build.url),
        ]
        let daemon = try DaemonProcess(plugins: plugins)
        // A file for a plugin that gives no verdict is still listed, as rejected.
        try CitizenRubricFile.write(#"{"model": "nest", "version": "2"}"#, as: "nest.json", in: daemon.rubricDirectory)
        try await daemon.start()
        let client = try await daemon.client()

        let reply: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        let byID = Dictionary(uniqueKeysWithValues: reply.models.map { ($0.id, $0) })
        #expect(byID.values.allSatisfy { $0.state == .loaded }, "\(reply.models.map { "\($0.id): \($0.error ?? "")" })")
        #expect(byID["citizen"]?.warnings == [])
        #expect(byID["nest"]?.warnings == [])
        #expect(byID["nest"]?.dependsOn == ["citizen"])
        #expect(byID["orphan"]?.warnings == ["depends on \"nowhere\", which is not loaded; add the plugin to the plugin directory"])
        let cycle = "is in a dependency cycle egg → hen → egg; no order can evaluate it"
        #expect(byID["hen"]?.warnings == [cycle])
        #expect(byID["egg"]?.warnings == [cycle])
        #expect(byID["nest"]?.rubrics.map(\.origin) == ["built-in"])

        let files: ListRubricFilesReply = try await client.call("vn.khuyenhoc.Models.ListRubricFiles")
        #expect(files.files == [RubricFile.rejected("nest.json", model: "nest", [
            RubricProblem(field: "(file)", reason: "the nest plugin gave no verdict on it, so it is not in force"),
        ])])
        await client.close()
        #expect(try await daemon.stop() == 0)
        let log = daemon.log()
        #expect(log.contains("model cannot be ordered"))
        #expect(log.contains("model=orphan"))
    }
}
