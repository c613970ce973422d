import CPluginGuard
import Foundation
import KhuyenHocPluginABI

/// A loaded plugin's function table, called with JSON in and JSON out.
///
/// The library is never closed (ARCHITECTURE.md decision 3), so the table stays valid for the
/// life of the process; the table's functions are reentrant. Every call is made inside the crash
/// guard (`CPluginGuard`), so that a crash in it is recorded against this plugin's file.
public struct ModelPlugin: @unchecked Sendable {
    private let table: khuyenhoc_model_table_v2
    /// The plugin's file as the crash guard records it.
    let site: UnsafePointer<khuyenhoc_guard_site>?
    /// Set while the plugin is on probation after a crash.
    var probation: ProbationWatch?

    init(table: khuyenhoc_model_table_v2, site: UnsafePointer<khuyenhoc_guard_site>?) {
        self.table = table
        self.site = site
    }

    /// The plugin's `ModelDescription` JSON.
    func describe() -> PluginOutcome {
        call(KHUYENHOC_GUARD_DESCRIBING) { out, length in table.describe?(out, length) ?? -1 }
    }

    /// Evaluates one subject: `{"facts": …, "year": …}`.
    public func evaluate(_ input: Data) -> PluginOutcome {
        let outcome = withInput(input, KHUYENHOC_GUARD_EVALUATING) { pointer, count, out, length in
            table.evaluate?(pointer, count, out, length) ?? -1
        }
        if let probation, case .success = outcome { probation.succeeded() }
        return outcome
    }

    /// Evaluates many subjects in one crossing: `{"subjects": [{"facts", "year"}…]}`.
    public func evaluateBatch(_ input: Data) -> PluginOutcome {
        let outcome = withInput(input, KHUYENHOC_GUARD_EVALUATING) { pointer, count, out, length in
            table.evaluate_batch?(pointer, count, out, length) ?? -1
        }
        if let probation, case .success = outcome { probation.succeeded() }
        return outcome
    }

    /// Puts rubric files in force, or checks them: `{"files": [{"file", "text"}…], "dryRun": bool?}`.
    public func configure(_ input: Data) -> PluginOutcome {
        withInput(input, KHUYENHOC_GUARD_CONFIGURING) { pointer, count, out, length in
            table.configure?(pointer, count, out, length) ?? -1
        }
    }

    private func withInput(
        _ input: Data, _ activity: khuyenhoc_guard_activity,
        _ body: (UnsafePointer<CChar>, Int, UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Int>) -> Int32
    ) -> PluginOutcome {
        input.withUnsafeBytes { raw in
            let pointer = raw.baseAddress?.assumingMemoryBound(to: CChar.self) ?? UnsafePointer(bitPattern: 1)!
            return call(activity) { out, length in body(pointer, raw.count, out, length) }
        }
    }

    private func call(
        _ activity: khuyenhoc_guard_activity,
        _ body: (UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, UnsafeMutablePointer<Int>) -> Int32
    ) -> PluginOutcome {
        var out: UnsafeMutablePointer<CChar>?
        var length = 0
        let previous = khuyenhoc_guard_enter(site, Int32(bitPattern: activity.rawValue))
        let status = body(&out, &length)
        khuyenhoc_guard_leave(previous)
        var data = Data()
        if let out {
            // The plugin's buffer becomes the Data as it is (a batch's answer can be hundreds of
            // megabytes); the plugin frees it when the Data goes.
            let free = table.free_buffer
            let site = site
            let guarded = Int32(bitPattern: activity.rawValue)
            data = Data(bytesNoCopy: out, count: length, deallocator: .custom { pointer, _ in
                // Plugin code too: a heap it corrupted may fail right here, in its free.
                let previous = khuyenhoc_guard_enter(site, guarded)
                free?(pointer.assumingMemoryBound(to: CChar.self))
                khuyenhoc_guard_leave(previous)
            })
        }
        switch UInt32(bitPattern: status) {
        case KHUYENHOC_STATUS_OK.rawValue: return .success(data)
        case KHUYENHOC_STATUS_INVALID_INPUT.rawValue: return .invalidInput(data)
        default: return .failure(data)
        }
    }
}
