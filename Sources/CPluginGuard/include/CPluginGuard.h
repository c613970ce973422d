#ifndef C_PLUGIN_GUARD_H
#define C_PLUGIN_GUARD_H

// Knowing which plugin a crashing thread was inside (issue 6, item 4).
//
// A plugin runs in the daemon's process, so its crash is the daemon's. Every call into plugin code
// is bracketed by khuyenhoc_guard_enter / khuyenhoc_guard_leave, which only store to two thread-
// local variables; the handlers for the crash signals read them, and when the crashing thread was
// inside a plugin they write a fixed-size record into a file opened at start, then let the process
// die by the same signal.

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// What a thread was doing inside a plugin.
typedef enum {
    KHUYENHOC_GUARD_LOADING = 1,
    KHUYENHOC_GUARD_DESCRIBING = 2,
    KHUYENHOC_GUARD_EVALUATING = 3,
    KHUYENHOC_GUARD_CONFIGURING = 4,
    /// On a thread the plugin started itself, found by the crashing instruction's address.
    KHUYENHOC_GUARD_RUNNING = 5,
} khuyenhoc_guard_activity;

/// "KHCRASH1": the first bytes of a record, so that a torn or foreign file is not taken for one.
#define KHUYENHOC_GUARD_MAGIC 0x3148534152434b48ull

/// One plugin file as loaded: prepared before the first call, never freed (the library is never
/// closed either), read by the signal handler.
typedef struct {
    char model[64];
    uint64_t device;
    uint64_t inode;
    int64_t size;
    int64_t modified_seconds;
    int64_t modified_nanoseconds;
} khuyenhoc_guard_site;

/// The record the handler writes at offset 0 of the crash file.
typedef struct {
    uint64_t magic;
    khuyenhoc_guard_site site;
    int32_t activity;
    int32_t signal;
    int64_t seconds;
    int64_t nanoseconds;
} khuyenhoc_guard_record;

/// The plugin the calling thread is inside now, and what it does there; NULL outside.
/// Initial-exec: this code is linked into the executable, never dlopen'ed, so a store is one
/// instruction relative to the thread pointer instead of a call to __tls_get_addr.
#define KHUYENHOC_GUARD_TLS __attribute__((tls_model("initial-exec")))
extern _Thread_local const khuyenhoc_guard_site *khuyenhoc_guard_site_now KHUYENHOC_GUARD_TLS;
extern _Thread_local int32_t khuyenhoc_guard_activity_now KHUYENHOC_GUARD_TLS;
/// Whether this thread has its alternate signal stack (for a stack overflow in a plugin).
extern _Thread_local int8_t khuyenhoc_guard_thread_ready KHUYENHOC_GUARD_TLS;

/// Gives the calling thread an alternate signal stack, once.
void khuyenhoc_guard_prepare_thread(void);

/// A prepared site for the plugin serving `model`, from the identity of its file.
const khuyenhoc_guard_site *khuyenhoc_guard_site_make(
    const char *model, uint64_t device, uint64_t inode, int64_t size, int64_t modified_seconds, int64_t modified_nanoseconds);

/// Registers the executable segments of the library `handle` (just dlopen'ed) as `site`'s code:
/// a crash on a thread the plugin started itself, which never passed through enter, is still
/// the plugin's when the crashing instruction is in its code.
void khuyenhoc_guard_site_map(const khuyenhoc_guard_site *site, void *handle);

/// Installs the handlers (SA_SIGINFO | SA_ONSTACK, the previous actions kept to chain to), with
/// `record_fd` (-1 for none) as the file a crash record goes to. Call once, before any plugin loads.
int khuyenhoc_guard_install(int record_fd);

/// What was there before a call into a plugin, for khuyenhoc_guard_leave.
typedef struct {
    const khuyenhoc_guard_site *site;
    int32_t activity;
} khuyenhoc_guard_frame;

static inline __attribute__((always_inline)) khuyenhoc_guard_frame khuyenhoc_guard_enter(
    const khuyenhoc_guard_site *site, int32_t activity) {
    if (__builtin_expect(!khuyenhoc_guard_thread_ready, 0)) khuyenhoc_guard_prepare_thread();
    khuyenhoc_guard_frame previous = { khuyenhoc_guard_site_now, khuyenhoc_guard_activity_now };
    khuyenhoc_guard_site_now = site;
    khuyenhoc_guard_activity_now = activity;
    return previous;
}

static inline __attribute__((always_inline)) void khuyenhoc_guard_leave(khuyenhoc_guard_frame previous) {
    khuyenhoc_guard_site_now = previous.site;
    khuyenhoc_guard_activity_now = previous.activity;
}

/// "SIGSEGV" for SIGSEGV, and so on for the signals handled; "signal" for others.
const char *khuyenhoc_guard_signal_name(int signal);

#ifdef __cplusplus
}
#endif

#endif
