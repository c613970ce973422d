import Foundation
import KhuyenHocAPI
import KhuyenHocFuzzing
import Testing

/// The Varlink fuzzer decodes each method's parameters as the catalog says: it must list every
/// method the IDL declares, with the type the daemon decodes.
@Suite struct MethodParameterCatalogTests {
    /// Every `method Name(` of every interface, fully qualified.
    static let declared: Set<String> = {
        var methods: Set<String> = []
        let pattern = try! Regex(#"(?m)^method\s+([A-Za-z0-9]+)\s*\("#)
        for (interface, text) in KhuyenHocInterfaces.descriptions {
            for match in text.matches(of: pattern) {
                methods.insert("\(interface).\(match.output[1].substring!)")
            }
        }
        return methods
    }()

    @Test func listsEveryDeclaredMethodAndNoOther() {
        #expect(Self.declared.count > 60)
        let listed = Set(MethodParameterCatalog.entries.map(\.method))
        #expect(listed.count == MethodParameterCatalog.entries.count, "a method listed twice")
        #expect(Self.declared.subtracting(listed).sorted() == [], "IDL methods the fuzzer does not decode")
        #expect(listed.subtracting(Self.declared).sorted() == [], "listed methods no IDL declares")
    }

    /// Scans the daemon's sources for the type each method decodes: `.typed("Name"…) { (p: Type, …`
    /// and `VarlinkMethod("Name"…` followed by `decodeParameters(Type.self)`.
    @Test func listsTheTypeTheDaemonDecodes() throws {
        let typed = try Regex(#"\.(?:typed|immediate)\("([A-Za-z0-9]+)"[^{]*\{\s*\((?:[A-Za-z_]+\s*)?:\s*([A-Za-z0-9]+)"#)
        let raw = try Regex(#"VarlinkMethod\("([A-Za-z0-9]+)"[^{]*\{[^}]*?decodeParameters\(([A-Za-z0-9]+)\.self\)"#)
        var found: [(member: String, type: String)] = []
        let files = try FileManager.default.contentsOfDirectory(atPath: FuzzFiles.daemonSources.path).filter { $0.hasSuffix(".swift") }
        for file in files {
            let text = try String(contentsOf: FuzzFiles.daemonSources.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: typed) { found.append((String(match.output[1].substring!), String(match.output[2].substring!))) }
            for match in text.matches(of: raw) { found.append((String(match.output[1].substring!), String(match.output[2].substring!))) }
        }
        // Every method but `Evaluate`, which scans its frame itself.
        #expect(found.count >= Self.declared.count - 1)
        let aliases = try Self.typeAliases()
        for (member, written) in found {
            let type = aliases[written] ?? written
            let entries = MethodParameterCatalog.entries.filter { $0.method.hasSuffix(".\(member)") }
            #expect(!entries.isEmpty, "the daemon serves \(member), the catalog does not list it")
            #expect(entries.contains { $0.typeName == type }, "the daemon decodes \(member) as \(written), the catalog says \(entries.map(\.typeName))")
        }
    }

    /// `typealias A = B` in the API's messages, as A: B (a name the runtime does not keep).
    static func typeAliases() throws -> [String: String] {
        let folder = FuzzFiles.daemonSources.deletingLastPathComponent().appendingPathComponent("KhuyenHocAPI")
        let pattern = try Regex(#"typealias\s+([A-Za-z0-9]+)\s*=\s*([A-Za-z0-9]+)"#)
        var aliases: [String: String] = [:]
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) { aliases[String(match.output[1].substring!)] = String(match.output[2].substring!) }
        }
        return aliases
    }

    /// The corpus holds a valid call of every method, and it decodes: the seeds are right and so
    /// is the catalog.
    @Test func corpusHoldsADecodingCallOfEveryMethod() throws {
        var decoded: Set<String> = []
        for file in FuzzFiles.corpus("varlink") {
            let stream = try Data(contentsOf: file)
            for frame in stream.split(separator: 0, omittingEmptySubsequences: true) where VarlinkFuzzing.call(Data(frame)) {
                if let method = try? JSONSerialization.jsonObject(with: Data(frame)) as? [String: Any], let name = method["method"] as? String {
                    decoded.insert(name)
                }
            }
        }
        #expect(Self.declared.subtracting(decoded).sorted() == [], "methods without a valid call in Fuzz/corpus/varlink")
    }
}
