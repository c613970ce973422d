import Foundation
import KhuyenHocFuzzing

/// libFuzzer's entry: one input of ``RubricFuzzing``.
@_cdecl("LLVMFuzzerTestOneInput")
public func rubricFuzzerTestOneInput(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    RubricFuzzing.run(Data(bytes: data, count: size))
    return 0
}
