import KhuyenHocFuzzing

/// libFuzzer's entry: one input of ``VarlinkFuzzing``.
@_cdecl("LLVMFuzzerTestOneInput")
public func varlinkFuzzerTestOneInput(_ data: UnsafeRawPointer, _ size: Int) -> CInt {
    VarlinkFuzzing.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}
