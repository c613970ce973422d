import Foundation
import KhuyenHocFuzzing

/// libFuzzer's entry: one input of ``SpreadsheetFuzzing``.
@_cdecl("LLVMFuzzerTestOneInput")
public func spreadsheetFuzzerTestOneInput(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    SpreadsheetFuzzing.run(Data(bytes: data, count: size))
    return 0
}
