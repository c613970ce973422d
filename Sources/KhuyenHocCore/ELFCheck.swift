import Foundation

/// Checks a plugin file's ELF structure before `dlopen` sees it.
///
/// `dlopen` of a truncated library maps pages past the end of the file and the process dies of
/// SIGBUS inside the loader, with no `dlerror` (ARCHITECTURE.md decision 3). This check reads the
/// headers and refuses any file whose segments or tables reach past its end.
public enum ELFCheck {
    /// Why a file cannot be a plugin for this machine, or nil when its structure is sound.
    public static func problem(with file: URL) -> String? {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return "the file cannot be read" }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd() else { return "the file cannot be read" }
        try? handle.seek(toOffset: 0)
        guard let header = try? handle.read(upToCount: 64), header.count == 64 else {
            return "not a shared library: the file is only \(size) bytes"
        }
        let bytes = [UInt8](header)
        guard bytes[0...3] == [0x7F, 0x45, 0x4C, 0x46] else { return "not a shared library: it is not an ELF file" }
        guard bytes[4] == 2, bytes[5] == 1 else { return "not a 64-bit little-endian ELF file" }
        guard read16(bytes, 16) == 3 else { return "not a shared library: the ELF file is not of type ET_DYN" }
        let machine = read16(bytes, 18)
        guard machine == hostMachine else { return "built for another processor (ELF machine \(machine), this host is \(hostMachine))" }
        let programHeaderOffset = read64(bytes, 32)
        let sectionHeaderOffset = read64(bytes, 40)
        let programHeaderSize = UInt64(read16(bytes, 54))
        let programHeaderCount = UInt64(read16(bytes, 56))
        let sectionHeaderSize = UInt64(read16(bytes, 58))
        let sectionHeaderCount = UInt64(read16(bytes, 60))
        let truncated = "truncated: the file is \(size) bytes but its headers describe more; it was probably copied incompletely"
        guard programHeaderSize >= 56, programHeaderCount > 0,
              programHeaderOffset.addingReportingOverflow(programHeaderSize * programHeaderCount).partialValue <= size
        else { return truncated }
        if sectionHeaderCount > 0, sectionHeaderOffset + sectionHeaderSize * sectionHeaderCount > size {
            return truncated
        }
        try? handle.seek(toOffset: programHeaderOffset)
        guard let table = try? handle.read(upToCount: Int(programHeaderSize * programHeaderCount)) else { return truncated }
        let entries = [UInt8](table)
        for index in 0..<Int(programHeaderCount) {
            let base = index * Int(programHeaderSize)
            let type = read32(entries, base)
            guard type == 1 || type == 2 else { continue }  // PT_LOAD, PT_DYNAMIC
            let (end, overflow) = read64(entries, base + 8).addingReportingOverflow(read64(entries, base + 32))
            if overflow || end > size { return truncated }
        }
        return nil
    }

    private static var hostMachine: UInt16 {
        #if arch(x86_64)
        62
        #elseif arch(arm64)
        183
        #else
        0
        #endif
    }

    private static func read16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    private static func read32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[offset + $1]) << (8 * $1) }
    }

    private static func read64(_ bytes: [UInt8], _ offset: Int) -> UInt64 {
        (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[offset + $1]) << (8 * $1) }
    }
}
