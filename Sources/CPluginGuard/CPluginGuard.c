#define _GNU_SOURCE
#include "CPluginGuard.h"

#include <dlfcn.h>
#include <errno.h>
#include <link.h>
#include <pthread.h>
#include <ucontext.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

_Thread_local const khuyenhoc_guard_site *khuyenhoc_guard_site_now = NULL;
_Thread_local int32_t khuyenhoc_guard_activity_now = 0;
_Thread_local int8_t khuyenhoc_guard_thread_ready = 0;

static const int guarded_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP, SIGSYS };
#define GUARDED_COUNT (sizeof guarded_signals / sizeof guarded_signals[0])
static struct sigaction previous_actions[GUARDED_COUNT];
static volatile int record_descriptor = -1;
static volatile sig_atomic_t crashing = 0;

/// Room for the handler, its write and fsync, and the backtracer it may chain to.
#define ALTERNATE_STACK_SIZE (128 * 1024)

static pthread_key_t stack_key;
static pthread_once_t stack_key_once = PTHREAD_ONCE_INIT;

static void release_stack(void *stack) {
    stack_t none = { .ss_flags = SS_DISABLE };
    sigaltstack(&none, NULL);
    munmap(stack, ALTERNATE_STACK_SIZE);
}

static void make_stack_key(void) { pthread_key_create(&stack_key, release_stack); }

void khuyenhoc_guard_prepare_thread(void) {
    khuyenhoc_guard_thread_ready = 1;
    stack_t current;
    // A stack someone else gave this thread (the Swift runtime's, say) is kept.
    if (sigaltstack(NULL, &current) == 0 && !(current.ss_flags & SS_DISABLE)) return;
    void *stack = mmap(NULL, ALTERNATE_STACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (stack == MAP_FAILED) return;
    stack_t alternate = { .ss_sp = stack, .ss_size = ALTERNATE_STACK_SIZE, .ss_flags = 0 };
    if (sigaltstack(&alternate, NULL) != 0) {
        munmap(stack, ALTERNATE_STACK_SIZE);
        return;
    }
    pthread_once(&stack_key_once, make_stack_key);
    // Freed when the thread ends, so that short-lived threads do not leak their stacks.
    pthread_setspecific(stack_key, stack);
}

const khuyenhoc_guard_site *khuyenhoc_guard_site_make(
    const char *model, uint64_t device, uint64_t inode, int64_t size, int64_t modified_seconds, int64_t modified_nanoseconds) {
    khuyenhoc_guard_site *site = calloc(1, sizeof *site);
    if (!site) return NULL;
    strncpy(site->model, model, sizeof site->model - 1);
    site->device = device;
    site->inode = inode;
    site->size = size;
    site->modified_seconds = modified_seconds;
    site->modified_nanoseconds = modified_nanoseconds;
    return site;
}

const char *khuyenhoc_guard_signal_name(int signal) {
    switch (signal) {
    case SIGSEGV: return "SIGSEGV";
    case SIGBUS: return "SIGBUS";
    case SIGILL: return "SIGILL";
    case SIGFPE: return "SIGFPE";
    case SIGABRT: return "SIGABRT";
    case SIGTRAP: return "SIGTRAP";
    case SIGSYS: return "SIGSYS";
    default: return "signal";
    }
}

/// The executable segments of every plugin loaded, for the handler to look a crashing
/// instruction up in; appended at load, never removed (no library is ever closed).
typedef struct {
    uintptr_t start;
    uintptr_t end;
    const khuyenhoc_guard_site *site;
} code_range;

#define MAXIMUM_RANGES 1024
static code_range code_ranges[MAXIMUM_RANGES];
static int range_count = 0;
static pthread_mutex_t range_lock = PTHREAD_MUTEX_INITIALIZER;

typedef struct {
    ElfW(Addr) base;
    const khuyenhoc_guard_site *site;
} map_search;

static int add_segments(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    map_search *search = data;
    if (info->dlpi_addr != search->base) return 0;
    for (ElfW(Half) index = 0; index < info->dlpi_phnum; index++) {
        const ElfW(Phdr) *header = &info->dlpi_phdr[index];
        if (header->p_type != PT_LOAD || !(header->p_flags & PF_X)) continue;
        int count = __atomic_load_n(&range_count, __ATOMIC_ACQUIRE);
        uintptr_t start = info->dlpi_addr + header->p_vaddr;
        // A library loaded again (dlopen gives the same one back, after a reload) is known already.
        int known = 0;
        for (int existing = 0; existing < count && !known; existing++) known = code_ranges[existing].start == start;
        if (known) continue;
        if (count >= MAXIMUM_RANGES) return 1;
        code_ranges[count].start = start;
        code_ranges[count].end = info->dlpi_addr + header->p_vaddr + header->p_memsz;
        code_ranges[count].site = search->site;
        // Published whole: the handler reads only entries below the count.
        __atomic_store_n(&range_count, count + 1, __ATOMIC_RELEASE);
    }
    return 1;
}

void khuyenhoc_guard_site_map(const khuyenhoc_guard_site *site, void *handle) {
    struct link_map *map = NULL;
    if (site == NULL || handle == NULL || dlinfo(handle, RTLD_DI_LINKMAP, &map) != 0 || map == NULL) return;
    map_search search = { map->l_addr, site };
    pthread_mutex_lock(&range_lock);
    dl_iterate_phdr(add_segments, &search);
    pthread_mutex_unlock(&range_lock);
}

static const khuyenhoc_guard_site *site_of_code(uintptr_t address) {
    int count = __atomic_load_n(&range_count, __ATOMIC_ACQUIRE);
    for (int index = 0; index < count; index++) {
        if (address >= code_ranges[index].start && address < code_ranges[index].end) return code_ranges[index].site;
    }
    return NULL;
}

static uintptr_t instruction_address(const void *context) {
    const ucontext_t *machine = context;
    if (machine == NULL) return 0;
#if defined(__x86_64__)
    return (uintptr_t)machine->uc_mcontext.gregs[REG_RIP];
#elif defined(__aarch64__)
    return (uintptr_t)machine->uc_mcontext.pc;
#else
    return 0;
#endif
}

static const char *activity_words(int32_t activity) {
    switch (activity) {
    case KHUYENHOC_GUARD_LOADING: return "loading";
    case KHUYENHOC_GUARD_DESCRIBING: return "describing itself";
    case KHUYENHOC_GUARD_EVALUATING: return "evaluating";
    case KHUYENHOC_GUARD_CONFIGURING: return "configuring";
    default: return "running a thread of its own";
    }
}

/// Appends `text` at `*at` in `line` (no snprintf: it is not async-signal-safe).
static void append(char *line, size_t capacity, size_t *at, const char *text) {
    while (*text && *at + 1 < capacity) line[(*at)++] = *text++;
}

static int index_of(int signal) {
    for (size_t index = 0; index < GUARDED_COUNT; index++) {
        if (guarded_signals[index] == signal) return (int)index;
    }
    return -1;
}

/// Whether the signal came from this process's own code (a fault, abort, a trap) rather than
/// from outside: `kill -SEGV` by someone else is not the plugin's doing.
static int raised_here(const siginfo_t *info) {
    return info == NULL || info->si_code > 0 || info->si_pid == getpid();
}

static void handle(int signal, siginfo_t *info, void *context) {
    int saved = errno;
    if (!raised_here(info)) {
        // Sent from outside: the default action, as the sender meant. Handed to the previous
        // action (Swift's backtracer), it was reported as a bad pointer and then returned, the
        // daemon living on with no handler left for the next real crash.
        struct sigaction fallback;
        memset(&fallback, 0, sizeof fallback);
        fallback.sa_handler = SIG_DFL;
        sigemptyset(&fallback.sa_mask);
        sigaction(signal, &fallback, NULL);
        raise(signal);
        errno = saved;
        return;
    }
    const khuyenhoc_guard_site *site = khuyenhoc_guard_site_now;
    int32_t activity = khuyenhoc_guard_activity_now;
    if (site == NULL) {
        site = site_of_code(instruction_address(context));
        activity = KHUYENHOC_GUARD_RUNNING;
    }
    // Only the first crash is recorded: a second thread faulting meanwhile must not overwrite it.
    if (site != NULL && !__atomic_exchange_n(&crashing, 1, __ATOMIC_SEQ_CST)) {
        khuyenhoc_guard_record record;
        memset(&record, 0, sizeof record);
        record.magic = KHUYENHOC_GUARD_MAGIC;
        record.site = *site;
        record.activity = activity;
        record.signal = signal;
        struct timespec now;
        if (clock_gettime(CLOCK_REALTIME, &now) == 0) {
            record.seconds = now.tv_sec;
            record.nanoseconds = now.tv_nsec;
        }
        int descriptor = record_descriptor;
        if (descriptor >= 0) {
            if (pwrite(descriptor, &record, sizeof record, 0) == (ssize_t)sizeof record) fsync(descriptor);
        }
        char line[256];
        size_t at = 0;
        append(line, sizeof line, &at, "khuyenhocd: plugin ");
        append(line, sizeof line, &at, site->model);
        append(line, sizeof line, &at, " crashed with ");
        append(line, sizeof line, &at, khuyenhoc_guard_signal_name(signal));
        append(line, sizeof line, &at, " while ");
        append(line, sizeof line, &at, activity_words(record.activity));
        append(line, sizeof line, &at, descriptor >= 0 ? "; it stays disabled at the next start\n" : "\n");
        ssize_t ignored = write(STDERR_FILENO, line, at);
        (void)ignored;
    }
    int index = index_of(signal);
    if (index >= 0) sigaction(signal, &previous_actions[index], NULL);
    // A fault the kernel raised comes again when the instruction runs again on return, now to the
    // previous action with its real siginfo; a signal sent (abort's, say) is sent again, and is
    // delivered to that action once this handler returns.
    if (info == NULL || info->si_code <= 0) raise(signal);
    errno = saved;
}

int khuyenhoc_guard_install(int record_fd) {
    static int installed = 0;
    record_descriptor = record_fd;
    // Installing again would keep this handler as its own previous action, and loop.
    if (installed) return 0;
    installed = 1;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = handle;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t index = 0; index < GUARDED_COUNT; index++) {
        if (sigaction(guarded_signals[index], &action, &previous_actions[index]) != 0) return -1;
    }
    return 0;
}
