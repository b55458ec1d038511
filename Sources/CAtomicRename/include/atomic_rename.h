#ifndef HOTLINE_ROSTER_ATOMIC_RENAME_H
#define HOTLINE_ROSTER_ATOMIC_RENAME_H

/// Swaps two existing paths in one step (Linux renameat2 with RENAME_EXCHANGE).
/// Returns 0 on success, -1 with errno set otherwise (e.g. EINVAL where unsupported).
int hotline_exchange_paths(const char *first, const char *second);

#endif
