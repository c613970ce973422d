import Foundation
import KhuyenHocStore

/// glibc's `malloc_trim`, which its Swift module map leaves out.
@_silgen_name("malloc_trim")
private func mallocTrim(_ pad: Int) -> Int32

/// Gives memory back to the system after work that needed much of it for a while (a roll-up,
/// arming every deadline at start): glibc keeps freed pages in its arenas and SQLite its page
/// caches otherwise, and the daemon would idle at its peak.
enum MemoryRelease {
    /// Returns the heap's free pages to the system.
    static func trimHeap() {
        _ = mallocTrim(0)
    }

    /// Frees the registry's page caches, then the heap's free pages.
    static func releaseCaches(of registry: any RegistryStore) async {
        if let store = registry as? SQLiteRegistryStore { await store.releaseMemory() }
        trimHeap()
    }
}
