import Testing
@testable import KhuyenHocCore

@Suite struct PluginLoaderTests {
    @Test(arguments: [
        ("libKhuyenHocCitizen.so", "citizen"),
        ("libKhuyenHocCommunity.so", "community"),
        ("libKhuyenHoc.so", nil),
        ("libOther.so", nil),
        ("libKhuyenHocCitizen.so.bak", nil),
    ] as [(String, String?)])
    func derivesTheModelIDFromTheFileName(name: String, id: String?) {
        #expect(PluginLoader.modelID(forFileName: name) == id)
    }
}
