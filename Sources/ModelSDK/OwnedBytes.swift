import Foundation
import KhuyenHocThreads
#if canImport(Glibc)
import Glibc
#endif

/// A malloc'd buffer of JSON on its way to the host, which frees it with the table's `free_buffer`.
struct OwnedBytes {
    let pointer: UnsafeMutablePointer<UInt8>
    let count: Int

    init(pointer: UnsafeMutablePointer<UInt8>, count: Int) {
        self.pointer = pointer
        self.count = count
    }

    /// A malloc'd copy of `data`, for the small answers `JSONEncoder` writes.
    init(copying data: Data) {
        pointer = malloc(max(data.count, 1))!.assumingMemoryBound(to: UInt8.self)
        count = data.count
        data.withUnsafeBytes { bytes in
            if let source = bytes.baseAddress { memcpy(pointer, source, data.count) }
        }
    }

    /// One buffer of `prefix`, the parts' bytes (each without its first and last byte, the
    /// brackets `JSONWriter.openElements` wrote) joined by `separator`, and `suffix`. The parts
    /// are copied in on every core and freed.
    static func joining(_ parts: [OwnedBytes], prefix: StaticString, separator: StaticString, suffix: StaticString) -> OwnedBytes {
        let bodies = parts.filter { $0.count > 2 }
        var offsets: [Int] = []
        var total = prefix.utf8CodeUnitCount
        for body in bodies {
            if !offsets.isEmpty { total += separator.utf8CodeUnitCount }
            offsets.append(total)
            total += body.count - 2
        }
        total += suffix.utf8CodeUnitCount
        let joined = malloc(total)!.assumingMemoryBound(to: UInt8.self)
        memcpy(joined, prefix.utf8Start, prefix.utf8CodeUnitCount)
        nonisolated(unsafe) let target = joined
        nonisolated(unsafe) let sources = bodies
        let starts = offsets
        ParallelLoop.perform(iterations: sources.count) { index in
            let offset = starts[index]
            if index > 0 { memcpy(target + offset - separator.utf8CodeUnitCount, separator.utf8Start, separator.utf8CodeUnitCount) }
            memcpy(target + offset, sources[index].pointer + 1, sources[index].count - 2)
        }
        memcpy(joined + total - suffix.utf8CodeUnitCount, suffix.utf8Start, suffix.utf8CodeUnitCount)
        for part in parts { free(part.pointer) }
        return OwnedBytes(pointer: joined, count: total)
    }
}
