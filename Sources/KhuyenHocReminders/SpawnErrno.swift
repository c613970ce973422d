/// The errno `posix_spawn` returned, as an `Error` for `Result`.
struct SpawnErrno: Error {
    let code: Int32
}
