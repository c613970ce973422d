import Foundation
import KhuyenHocStore

/// glibc's `malloc_trim`, which its Swift module map leaves out.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// Gives memory back to the system after work that needed much of it for a while (creating the
/// sample district, a roll-up): glibc keeps freed pages in its arenas otherwise, and the daemon
/// would idle at its peak.
enum MemoryRelease {
    /// Returns the heap's free pages to the system.
    static func trimHeap() {
        _ = mallocTrim(0)
    }

    /// Frees the registry's page caches, then the heap's free pages.
    static func afterRollUp(_ registry: any RegistryStore) async {
        if let store = registry as? SQLiteRegistryStore { await store.releaseMemory() }
        trimHeap()
    }
}
