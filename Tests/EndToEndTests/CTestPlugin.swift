import Foundation
import Testing

/// Model plugins written in C against the real `khuyenhoc_plugin.h`, compiled by the test: the
/// daemon's side of the ABI with plugins not built on ModelSDK, and plugins that misbehave.
enum CTestPlugin {
    /// Builds `libKhuyenHoc<Id>.so` in `folder`: a plugin serving `id` with one one-point rubric,
    /// whose `configure` answers `configureAnswer` with `configureStatus` (by default no
    /// verdicts at all) and which evaluates nothing.
    static func build(
        _ id: String, title: String, dependsOn: [String] = [], configureAnswer: String = #"{"files":[]}"#,
        configureStatus: String = "KHUYENHOC_STATUS_OK", in folder: URL
    ) async throws -> URL {
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
                return answer("\(configureAnswer.replacingOccurrences(of: "\"", with: "\\\""))", out, length, \(configureStatus));
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

    /// Builds `Tests/Fixtures/crashing-plugin.c` as `libKhuyenHoc<Id>.so` in `folder`: a plugin whose
    /// `evaluate` crashes when the facts ask for it (`{"crash":"segv"}`, `"abort"`, `"stack"`,
    /// `"trap"`; `"sleep"` sleeps 3 s, then answers) and otherwise gives a valid result, and whose
    /// `describe` crashes with `describeCrashes`, whose `evaluate_batch` crashes with
    /// `batchCrashes`, whose `configure` crashes with `configureCrashes`. Each `variant` is
    /// another file.
    static func buildCrashing(
        _ id: String, describeCrashes: Bool = false, batchCrashes: Bool = false, configureCrashes: Bool = false,
        variant: Int = 0, in folder: URL
    ) async throws -> URL {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let library = folder.appendingPathComponent("libKhuyenHoc" + id.prefix(1).uppercased() + id.dropFirst() + ".so")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try await ExternalCommand.run("cc", [
            "-shared", "-fPIC", "-O1", "-I", root.appendingPathComponent("Sources/KhuyenHocPluginABI/include").path,
            "-DMODEL_ID=\"\(id)\"", "-DDESCRIBE_CRASHES=\(describeCrashes ? 1 : 0)", "-DBATCH_CRASHES=\(batchCrashes ? 1 : 0)",
            "-DCONFIGURE_CRASHES=\(configureCrashes ? 1 : 0)",
            "-DVARIANT=\(variant)",
            "-o", library.path, root.appendingPathComponent("Tests/Fixtures/crashing-plugin.c").path,
        ])
        try #require(result.status == 0, "cc failed: \(result.stderr)")
        return library
    }
}
