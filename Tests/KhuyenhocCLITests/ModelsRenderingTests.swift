import KhuyenHocAPI
import Testing
@testable import khuyenhoc

/// `khuyenhoc models` for plugins kept out after a crash, in both languages.
@Suite struct ModelsRenderingTests {
    static func model(state: ModelInfo.State, crash: PluginCrash?) -> ModelInfo {
        ModelInfo(
            id: "citizen", title: "citizen", titleVi: "citizen", state: state, error: "crashed", file: "/p/libKhuyenHocCitizen.so",
            abiVersion: nil, toolchain: nil, rubricVersion: nil, basis: nil, variants: [], dependsOn: [], crash: crash)
    }

    static let first = PluginCrash(signal: "SIGSEGV", during: "evaluating", at: "2026-11-29T08:00:00Z", inARow: 1, quarantined: false)
    static let second = PluginCrash(signal: "SIGABRT", during: "describing", at: "2026-11-29T09:00:00Z", inARow: 2, quarantined: true)

    @Test func aDisabledPluginSaysHowToBringItBack() {
        let english = ModelsListCommand.render([Self.model(state: .failed, crash: Self.first)], Samples.english)
        #expect(english.contains("DISABLED"))
        #expect(english.contains("crashed with SIGSEGV while evaluating on 2026-11-29T08:00:00Z"))
        #expect(english.contains("`khuyenhoc models release citizen`"))
        let vietnamese = ModelsListCommand.render([Self.model(state: .failed, crash: Self.first)], Samples.vietnamese)
        #expect(vietnamese.contains("ĐÃ TẮT"))
        #expect(vietnamese.contains("khi đang chấm điểm"))
    }

    @Test func aQuarantinedPluginSaysReplacingIsNotEnough() {
        let english = ModelsListCommand.render([Self.model(state: .failed, crash: Self.second)], Samples.english)
        #expect(english.contains("QUARANTINED"))
        #expect(english.contains("crashed 2 times in a row"))
        #expect(english.contains("while describing itself"))
        #expect(english.contains("replacing the file is not enough"))
        #expect(ModelsListCommand.render([Self.model(state: .failed, crash: Self.second)], Samples.vietnamese).contains("ĐÃ CÁCH LY"))
    }

    @Test func aPluginOnProbationIsLoadedWithANote() {
        let english = ModelsListCommand.render([Self.model(state: .loaded, crash: Self.first)], Samples.english)
        #expect(english.contains("loaded"))
        #expect(english.contains("on probation"))
        #expect(!english.contains("DISABLED"))
    }
}
