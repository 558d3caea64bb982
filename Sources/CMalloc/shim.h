// glibc's allocator settings (mallopt), part of the C library itself: nothing to link.
#if defined(__linux__)
#include <malloc.h>
#endif
