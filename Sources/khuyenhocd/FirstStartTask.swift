import ArgumentParser

/// Work that a new registry needs once, done by a short-lived copy of the daemon
/// (`khuyenhocd --first-start-task …`, started by ``HelperProcess``) rather than by the daemon
/// itself: the code it runs and the heap it grows go away with that process, instead of staying
/// resident in a daemon that then idles for weeks (measured: 6 MiB of the daemon's 45 MiB after
/// a first start).
enum FirstStartTask: String, ExpressibleByArgument {
    /// Generates the sample district and writes it into `registry.sqlite.loading` in the state
    /// folder, which the daemon moves into place once the helper succeeded.
    case createSample = "create-sample"
    /// Evaluates the new sample registry once, bottom-up, for the sample's year.
    case evaluateSample = "evaluate-sample"
}
