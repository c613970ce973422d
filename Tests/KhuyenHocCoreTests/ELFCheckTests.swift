import Foundation
import Testing
@testable import KhuyenHocCore

/// The ELF check refuses what would crash `dlopen` and passes real libraries.
@Suite struct ELFCheckTests {
    static var realLibrary: URL {
        // libc is on every Linux machine and is a sound ELF shared object.
        for path in ["/lib/x86_64-linux-gnu/libc.so.6", "/lib/aarch64-linux-gnu/libc.so.6", "/usr/lib/libc.so.6"]
        where FileManager.default.fileExists(atPath: path) {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: "/lib/x86_64-linux-gnu/libc.so.6")
    }

    func write(_ data: Data) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("elfcheck-\(UUID().uuidString).so")
        try data.write(to: url)
        return url
    }

    @Test func acceptsARealSharedLibrary() {
        #expect(ELFCheck.problem(with: Self.realLibrary) == nil)
    }

    @Test(arguments: [3000, 64, 200, 100_000])
    func refusesATruncatedCopy(length: Int) throws {
        let file = try write(Data(try Data(contentsOf: Self.realLibrary).prefix(length)))
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(ELFCheck.problem(with: file)?.contains("truncated") == true)
    }

    @Test func refusesTextAndEmptyFilesAndExecutables() throws {
        let text = try write(Data("hello, this is not a library at all, just words".utf8 + Array(repeating: 32, count: 64)))
        let empty = try write(Data())
        defer {
            try? FileManager.default.removeItem(at: text)
            try? FileManager.default.removeItem(at: empty)
        }
        #expect(ELFCheck.problem(with: text)?.contains("not an ELF file") == true)
        #expect(ELFCheck.problem(with: empty)?.contains("only 0 bytes") == true)
        #expect(ELFCheck.problem(with: URL(fileURLWithPath: "/nonexistent/lib.so")) == "the file cannot be read")
    }

    @Test func refusesAnotherProcessorsLibrary() throws {
        var bytes = [UInt8](try Data(contentsOf: Self.realLibrary))
        bytes[18] = 0x28  // EM_ARM
        bytes[19] = 0
        let file = try write(Data(bytes))
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(ELFCheck.problem(with: file)?.contains("another processor") == true)
    }
}
