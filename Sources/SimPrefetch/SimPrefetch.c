// SimPrefetch's one function is `static inline` in include/SimPrefetch.h; SwiftPM wants a source file.
#include "SimPrefetch.h"
