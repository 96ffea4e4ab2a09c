// What one dependent load costs on this machine, by working-set size (docs/decisions/0015).
//
// Usage: clang -O2 scripts/cache-latency.c -o /tmp/cache-latency && /tmp/cache-latency
//
// For each size, a cyclic random permutation of 64-byte lines is followed for 20 million loads, each address
// read from the line before, so no two loads overlap: the time per load is the latency of the level that
// holds the working set. A working set beyond what a level holds is served by the next one; on this guest
// the step from about 35 ns to over 100 ns comes between 8 and 32 MiB, far below the 260 MiB L3 `lscpu`
// reports. Timings move with the other guests' load, so compare sizes within one run.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static volatile size_t sink;

static double nanosecondsPerLoad(size_t bytes) {
    size_t lines = bytes / 64;
    uint64_t *memory = aligned_alloc(64, lines * 64);
    size_t *order = malloc(lines * sizeof(size_t));
    for (size_t i = 0; i < lines; i++) order[i] = i;
    srand(1);  // the same permutation in every run
    for (size_t i = lines - 1; i > 0; i--) {
        size_t j = ((size_t)rand() * RAND_MAX + (size_t)rand()) % (i + 1);
        size_t t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    // Each line holds the word index of the next line in the cycle.
    for (size_t i = 0; i < lines; i++) memory[order[i] * 8] = order[(i + 1) % lines] * 8;
    size_t p = 0;
    for (long i = 0; i < 1000000; i++) p = memory[p];  // warm up
    const long loads = 20000000;
    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    for (long i = 0; i < loads; i++) p = memory[p];
    clock_gettime(CLOCK_MONOTONIC, &end);
    sink += p;
    free(memory);
    free(order);
    return ((end.tv_sec - start.tv_sec) * 1e9 + (end.tv_nsec - start.tv_nsec)) / loads;
}

int main(void) {
    for (size_t kib = 256; kib <= 512 * 1024; kib *= 2) {
        printf("%8zu KiB  %6.1f ns per load\n", kib, nanosecondsPerLoad(kib * 1024));
    }
    return 0;
}
