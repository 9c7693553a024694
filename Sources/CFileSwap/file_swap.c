// Swift's Glibc module leaves out `renameat2`, which glibc declares only
// under _GNU_SOURCE, so Briefing reaches it through this one function.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "file_swap.h"

int briefing_swap_files(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    errno = ENOSYS;
    return -1;
#endif
}
