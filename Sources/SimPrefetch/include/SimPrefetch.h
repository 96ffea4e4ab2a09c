#ifndef SIM_PREFETCH_H
#define SIM_PREFETCH_H

// A hint that the CPU should start loading the cache line holding `address` (docs/decisions/0021).
//
// Swift has no prefetch of its own; this is the one thing SimKernel needs from C. It changes no result:
// a prefetch cannot fault and writes nothing, so a wrong or stale address only wastes the load.
static inline __attribute__((always_inline)) void sim_prefetch(const void *address) {
    __builtin_prefetch(address, 0, 3);
}

#endif
