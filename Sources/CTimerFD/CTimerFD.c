#define _GNU_SOURCE
#include "CTimerFD.h"

#include <fcntl.h>
#include <pthread.h>
#include <stddef.h>
#include <sys/timerfd.h>
#include <time.h>
#include <unistd.h>

int khuyenhoc_timerfd_create(void) {
    return timerfd_create(CLOCK_REALTIME, TFD_CLOEXEC);
}

int khuyenhoc_timerfd_arm(int fd, long long seconds, long nanoseconds) {
    struct itimerspec spec = {0};
    spec.it_value.tv_sec = (time_t)seconds;
    spec.it_value.tv_nsec = nanoseconds;
    return timerfd_settime(fd, TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET, &spec, NULL);
}

int khuyenhoc_pipe(int fds[2]) {
    return pipe2(fds, O_CLOEXEC | O_NONBLOCK);
}

int khuyenhoc_name_this_thread(const char *name) {
    return pthread_setname_np(pthread_self(), name);
}
