/// glibc's `mallopt`, which its Swift module map leaves out.
@_silgen_name("mallopt")
private func mallopt(_ parameter: Int32, _ value: Int32) -> Int32

/// Makes glibc give large freed blocks back to the system at once.
///
/// By default glibc raises its mmap threshold each time a large block is freed, so that the
/// next large frames, exports and backups come from the heap, whose freed top it keeps: after
/// a burst of large calls the daemon stayed 14 MiB above where it started (khuyenhoc-hostile,
/// one run; +30 MiB after four). Fixed thresholds keep blocks of 128 KiB and more in their own
/// mappings, unmapped when freed, and trim the heap's free top beyond 128 KiB.
enum AllocatorLimits {
    static let mmapThreshold: Int32 = 128 * 1024
    static let trimThreshold: Int32 = 128 * 1024

    static func apply() {
        _ = mallopt(-3, mmapThreshold)  // M_MMAP_THRESHOLD
        _ = mallopt(-1, trimThreshold)  // M_TRIM_THRESHOLD
    }
}
