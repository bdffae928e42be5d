#ifndef THREAD_FOLDER_H
#define THREAD_FOLDER_H

/// Gives the calling thread a working folder of its own (Linux: unshare(CLONE_FS)), so that a later
/// chdir on it changes no other thread's. Returns 0 on success, -1 where that is not possible (other
/// systems, or a sandbox that forbids it): the caller then runs a real process instead.
int thread_folder_detach(void);

#endif
