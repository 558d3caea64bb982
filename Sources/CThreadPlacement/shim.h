// Keeping a thread on one core (Linux), for replay's two threads: the system's own placement
// put both on one core while the other sat idle. Part of the C library: nothing to link.
// Elsewhere the functions say that no core can be chosen.
#include <stddef.h>
#if defined(__linux__)
#include <sched.h>
#include <pthread.h>
#include <sys/types.h>

// glibc declares these only for _GNU_SOURCE, which the Swift overlay of the C library is not
// built with; the declarations are glibc's own.
extern int sched_getcpu(void);
extern int sched_getaffinity(pid_t pid, size_t size, cpu_set_t *set);
extern int pthread_setaffinity_np(pthread_t thread, size_t size, const cpu_set_t *set);

typedef cpu_set_t palpate_core_set;

/// The cores this process may run on.
static inline int palpate_allowed_cores(palpate_core_set *set) {
    return sched_getaffinity(0, sizeof(cpu_set_t), set);
}

/// Whether `core` is in `set`.
static inline int palpate_core_set_has(const palpate_core_set *set, int core) {
    if (core < 0 || core >= __CPU_SETSIZE) return 0;
    return (set->__bits[core / (8 * sizeof(__cpu_mask))] >> (core % (8 * sizeof(__cpu_mask)))) & 1;
}

/// The core the calling thread runs on now, or -1.
static inline int palpate_current_core(void) { return sched_getcpu(); }

/// Keeps the calling thread on `set`'s cores; 0 on success.
static inline int palpate_keep_thread_on(const palpate_core_set *set) {
    return pthread_setaffinity_np(pthread_self(), sizeof(cpu_set_t), set);
}

/// Keeps the calling thread on core `core` alone; 0 on success.
static inline int palpate_keep_thread_on_core(int core) {
    cpu_set_t set;
    __builtin_memset(&set, 0, sizeof set);
    if (core < 0 || core >= __CPU_SETSIZE) return -1;
    set.__bits[core / (8 * sizeof(__cpu_mask))] |= (__cpu_mask)1 << (core % (8 * sizeof(__cpu_mask)));
    return palpate_keep_thread_on(&set);
}
#else
typedef struct { int unused; } palpate_core_set;
static inline int palpate_allowed_cores(palpate_core_set *set) { (void)set; return -1; }
static inline int palpate_core_set_has(const palpate_core_set *set, int core) { (void)set; (void)core; return 0; }
static inline int palpate_current_core(void) { return -1; }
static inline int palpate_keep_thread_on(const palpate_core_set *set) { (void)set; return -1; }
static inline int palpate_keep_thread_on_core(int core) { (void)core; return -1; }
#endif

/// How many bits a core set holds (the highest core number it can name, plus one).
static inline int palpate_core_set_size(void) {
#if defined(__linux__)
    return __CPU_SETSIZE;
#else
    return 0;
#endif
}
