import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// A plugin folder full of bad plugins: each is listed as failed with its reason, and the daemon
/// serves on with the good one.
@Suite struct PluginFailureEndToEndTests {
    @Test func reportsEveryBadPluginAndServesTheGoodOne() async throws {
        let build = try TemporaryDirectory()
        let random = build.url.appendingPathComponent("libKhuyenHocRandom.so")
        var generator = SystemRandomNumberGenerator()
        try Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) }).write(to: random)
        let truncated = build.url.appendingPathComponent("libKhuyenHocTruncated.so")
        try Data(try Data(contentsOf: BuildProducts.citizenPlugin).prefix(3000)).write(to: truncated)
        let noEntry = try await Self.compile(
            "int khuyenhoc_something_else(void) { return 1; }\n", to: build.url.appendingPathComponent("libKhuyenHocNoEntry.so"))
        let otherABI = try await Self.compile(
            """
            #include <stdint.h>
            struct manifest { uint32_t abi_version; const char *toolchain; const char *model_id; const void *table; };
            static const struct manifest m = { 99, "C 99", "otherAbi", 0 };
            const struct manifest *khuyenhoc_plugin_entry(void) { return &m; }
            """, to: build.url.appendingPathComponent("libKhuyenHocOtherAbi.so"))

        let daemon = try DaemonProcess(plugins: [BuildProducts.citizenPlugin, random, truncated, noEntry, otherABI])
        try await daemon.start()
        let client = try await daemon.client()
        let reply: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        let byID = Dictionary(uniqueKeysWithValues: reply.models.map { ($0.id, $0) })
        #expect(byID.count == 5)
        #expect(byID["citizen"]?.state == .loaded)
        #expect(byID["random"]?.state == .failed)
        #expect(byID["random"]?.error?.contains("not an ELF file") == true)
        #expect(byID["truncated"]?.error?.contains("truncated") == true)
        #expect(byID["noEntry"]?.error?.contains("no khuyenhoc_plugin_entry symbol") == true)
        #expect(byID["otherAbi"]?.error?.contains("ABI version 99") == true)
        #expect(byID["otherAbi"]?.abiVersion == 99)

        let status: ServiceStatus = try await client.call("vn.khuyenhoc.Service.GetStatus")
        #expect(status.plugins == PluginCounts(loaded: 1, failed: 4))
        let evaluation: EvaluateReply = try await client.call(
            "vn.khuyenhoc.Evaluation.Evaluate", EvaluateParameters(model: "citizen", facts: CitizenFacts.farmers(9)))
        #expect(evaluation.result.recognized)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    @Test func aPluginAddedLaterIsPickedUpOnSIGHUP() async throws {
        let daemon = try DaemonProcess(plugins: [])
        try await daemon.start()
        let client = try await daemon.client()
        let before: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
        #expect(before.models.isEmpty)
        try FileManager.default.copyItem(
            atPath: BuildProducts.citizenPlugin.path, toPath: "\(daemon.pluginDirectory)/libKhuyenHocCitizen.so")
        kill(daemon.process.processIdentifier, SIGHUP)
        var loaded = false
        for _ in 0..<200 where !loaded {
            let after: ListModelsReply = try await client.call("vn.khuyenhoc.Models.ListModels")
            loaded = after.models.first?.state == .loaded
            if !loaded { try await Task.sleep(for: .milliseconds(20)) }
        }
        #expect(loaded)
        await client.close()
        #expect(try await daemon.stop() == 0)
    }

    /// Builds a shared library from C source with the system compiler.
    static func compile(_ source: String, to library: URL) async throws -> URL {
        let file = library.deletingPathExtension().appendingPathExtension("c")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let result = try await ExternalCommand.run("cc", ["-shared", "-fPIC", "-o", library.path, file.path])
        try #require(result.status == 0, "cc failed: \(result.stderr)")
        return library
    }
}
