// The one thing Swift's Glibc module does not offer the tests: unshare(2) is declared only with
// _GNU_SOURCE. Used by TestSupport.runPlan to run a command in-process in another working folder.
#define _GNU_SOURCE
#include "ThreadFolder.h"

#ifdef __linux__
#include <sched.h>

int thread_folder_detach(void) {
    return unshare(CLONE_FS);
}
#else
int thread_folder_detach(void) {
    return -1;
}
#endif
