import Foundation
import KhuyenHocAPI
import Testing
import Varlink

/// The bottom-up order as ListModels shows it: plugins written in C against the real header,
/// one that depends on a model nobody serves and two that depend on each other, beside the
/// real citizen plugin.
@Suite struct ModelOrderEndToEndTests {
    /// A minimal plugin serving `id` with one one-point rubric; it takes no rubric files (its
    /// `configure` gives no verdicts) and evaluates nothing.
    static func plugin(_ id: String, title: String, dependsOn: [String], in folder: URL) async throws -> URL {
        let depends = dependsOn.map { "\\\"\($0)\\\"" }.joined(separator: ",")
        let description = """
            {\\"id\\":\\"\(id)\\",\\"title\\":\\"\(title)\\",\\"titleVi\\":\\"\(title)\\",\\"dependsOn\\":[\(depends)],\
            \\"measures\\":[],\\"activeVersion\\":\\"1\\",\\"rubrics\\":[{\\"model\\":\\"\(id)\\",\\"version\\":\\"1\\",\
            \\"basis\\":{\\"decision\\":\\"test\\",\\"date\\":\\"2024-01-01\\",\\"status\\":\\"provisional\\",\\"source\\":\\"test\\"},\
            \\"recognition\\":{\\"minimumTotal\\":1,\\"grades\\":[]},\\"variants\\":[{\\"id\\":\\"only\\",\\"title\\":\\"Only\\",\
            \\"titleVi\\":\\"Duy nhất\\",\\"criteria\\":[{\\"id\\":\\"c\\",\\"title\\":\\"C\\",\\"titleVi\\":\\"C\\",\\"indicators\\":\
            [{\\"id\\":\\"i\\",\\"title\\":\\"I\\",\\"titleVi\\":\\"I\\",\\"kind\\":\\"points\\",\\"maxPoints\\":1,\\"gate\\":false}]}]}],\
            \\"origin\\":\\"built-in\\"}]}
            """
        let source = """
            #include "khuyenhoc_plugin.h"
            #include <stdlib.h>
            #include <string.h>
            static int32_t answer(const char *text, char **out, size_t *length, int32_t status) {
                size_t n = strlen(text);
                *out = malloc(n);
                memcpy(*out, text, n);
                *length = n;
                return status;
            }
            static int32_t describe(char **out, size_t *length) {
                return answer("\(description)", out, length, KHUYENHOC_STATUS_OK);
            }
            static int32_t evaluate(const char *input, size_t input_length, char **out, size_t *length) {
                return answer("{\\"reason\\":\\"this test plugin evaluates nothing\\"}", out, length, KHUYENHOC_STATUS_INTERNAL_ERROR);
            }
            static int32_t configure(const char *input, size_t input_length, char **out, size_t *length) {
                return answer("{\\"files\\":[]}", out, length, KHUYENHOC_STATUS_OK);
            }
            static void free_buffer(char *buffer) { free(buffer); }
            static const khuyenhoc_model_table_v2 table = { describe, evaluate, evaluate, configure, free_buffer };
            static const khuyenhoc_plugin_manifest manifest = { KHUYENHOC_PLUGIN_ABI_VERSION, "C", "\(id)", &table };
            const khuyenhoc_plugin_manifest *khuyenhoc_plugin_entry(void) { return &manifest; }
            """
        let name = "libKhuyenHoc" + id.prefix(1).uppercased() + id.dropFirst() + ".so"
        let file = folder.appendingPathComponent("\(id).c")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let header = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/KhuyenHocPluginABI/include")
        let library = folder.appendingPathComponent(name)
        let result = try await ExternalCommand.run("cc", ["-shared", "-fPIC", "-I", header.path, "-o", library.path, file.path])
        try #require(result.status == 0, "cc failed: \(result.stderr)")
        return library
    }

    @Test func listModelsWarnsOfMissingDependenciesAndCycles() async throws {
        let build = try TemporaryDirectory()
        let plugins = [
            BuildProducts.citizenPlugin,
            try await Self.plugin("orphan", title: "Orphan", dependsOn: ["nowhere", "citizen"], in: build.url),
            try await Self.plugin("hen", title: "Hen", dependsOn: ["egg"], in: build.url),
            try await Self.plugin("egg", title: "Egg", dependsOn: ["hen"], in: build.url),
            try await Self.plugin("nest", title: "Nest", dependsOn: ["citizen"], in: build.url),
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
