#ifndef BRIEFING_FILE_SWAP_H
#define BRIEFING_FILE_SWAP_H

/// Swaps what the two paths name, in one step (Linux `renameat2` with
/// `RENAME_EXCHANGE`). Returns 0, or -1 with `errno` set: `ENOENT` when
/// either does not exist, `EINVAL` or `ENOSYS` where the system or the
/// file system cannot exchange.
int briefing_swap_files(const char *first, const char *second);

#endif
