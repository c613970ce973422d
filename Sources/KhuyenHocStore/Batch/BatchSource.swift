/// Where a batch's rows come from when the source itself may find, partway through, that nothing
/// must be written: a spreadsheet with a bad cell near its end has already handed out the rows
/// before it. The batch reads rows until ``next()`` returns nil, then rolls back if ``failed``.
public protocol BatchSource: AnyObject {
    /// The next row, or nil after the last (also after the source failed).
    func next() -> RegistryRow?
    /// True once the source found a reason to write nothing.
    var failed: Bool { get }
    /// The next row prepared (``PreparedRow``); a source reading on a thread of its own prepares
    /// its rows there. By default the row of ``next()``, prepared by the writer.
    func nextPrepared() -> PreparedRow?
}

extension BatchSource {
    public func nextPrepared() -> PreparedRow? { next().map(PreparedRow.init) }
}
