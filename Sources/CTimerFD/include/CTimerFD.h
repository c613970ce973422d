#ifndef C_TIMER_FD_H
#define C_TIMER_FD_H

// timerfd, pipe2 and pthread_setname_np are not in Swift's Glibc module; these wrappers are all
// the scheduler's real clock needs.

/// A CLOCK_REALTIME timerfd (close-on-exec), or -1 with errno.
int khuyenhoc_timerfd_create(void);
/// Arms `fd` at the absolute CLOCK_REALTIME instant, cancelled (read fails with ECANCELED) when
/// the clock is set: TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET.
int khuyenhoc_timerfd_arm(int fd, long long seconds, long nanoseconds);
/// A close-on-exec, non-blocking pipe.
int khuyenhoc_pipe(int fds[2]);
/// Names the calling thread (at most 15 bytes show), as `ps -T` and `top -H` list it.
int khuyenhoc_name_this_thread(const char *name);

#endif
