/// Sorting of large samples for their percentiles.
///
/// A national year collects one data age per delivered request, 24.8 million of them, and the standard
/// comparison sort took 3.8 s of the run's 55 to order them. Non-negative doubles order like the unsigned
/// integers of their bit patterns, so a radix sort (passes over 16-bit digits) gives exactly the array
/// `sorted()` gives, in linear time. Anything else (negative values, negative zero, NaN) and small samples
/// take the standard sort. Samples that are integers to begin with (milliseconds) sort as they are
/// (``sortInPlace(_:)``): their high digits are all zero, so half the passes are skipped
/// (docs/decisions/0016).
public enum SampleSort {
    /// The samples below this count go to the standard sort.
    public static let radixThreshold = 4_096

    /// `values` in ascending order: the same array as `values.sorted()`.
    public static func ascending(_ values: [Double]) -> [Double] {
        let n = values.count
        guard n >= radixThreshold, values.allSatisfy({ $0 > 0 || $0.bitPattern == 0 }) else {
            return values.sorted()
        }
        // Two buffers of doubles whose memory the passes read as bit patterns: the sorted one is returned
        // as it is, so the sort needs no third array.
        var sorted = values
        // Uninitialized: a pass writes all of it before it is read, and zeroing 200 MB cost a tenth of a second.
        var spare = [Double](unsafeUninitializedCapacity: n) { _, count in count = n }
        let endedInSpare = sorted.withUnsafeMutableBufferPointer { from in
            spare.withUnsafeMutableBufferPointer { to in
                from.withMemoryRebound(to: UInt64.self) { keys in
                    to.withMemoryRebound(to: UInt64.self) { spare in radixSort(keys, spare: spare) }
                }
            }
        }
        return endedInSpare ? spare : sorted
    }

    /// Sorts `keys` into ascending order where they are (the same array as `keys.sort()`), with one scratch
    /// array of the same size and no copy of `keys`: a sample held by its collector is sorted without a
    /// second copy of it (docs/decisions/0016).
    public static func sortInPlace(_ keys: inout [UInt64]) {
        let n = keys.count
        guard n >= radixThreshold else {
            keys.sort()
            return
        }
        var spare = [UInt64](unsafeUninitializedCapacity: n) { _, count in count = n }
        let endedInSpare = keys.withUnsafeMutableBufferPointer { keys in
            spare.withUnsafeMutableBufferPointer { spare in radixSort(keys, spare: spare) }
        }
        if endedInSpare { swap(&keys, &spare) }
    }

    /// Sorts `keys` by stable counting passes over its four 16-bit digits, lowest first, moving them back
    /// and forth between `keys` and `spare`. Returns whether the sorted keys ended in `spare`.
    private static func radixSort(
        _ keys: UnsafeMutableBufferPointer<UInt64>, spare: UnsafeMutableBufferPointer<UInt64>
    ) -> Bool {
        var counts = [Int](repeating: 0, count: 1 << 16)
        var inSpare = false
        counts.withUnsafeMutableBufferPointer { counts in
            for shift in stride(from: UInt64(0), to: 64, by: 16) {
                let (from, to) = inSpare ? (spare, keys) : (keys, spare)
                if pass(UnsafeBufferPointer(from), into: to, shift: shift, counts: counts) { inSpare.toggle() }
            }
        }
        return inSpare
    }

    /// One stable counting pass on the 16-bit digit at `shift`, from `keys` into `spare`. Returns `false`,
    /// having moved nothing, when every key has the same digit there (the high digits of most samples).
    private static func pass(
        _ keys: UnsafeBufferPointer<UInt64>, into spare: UnsafeMutableBufferPointer<UInt64>, shift: UInt64,
        counts: UnsafeMutableBufferPointer<Int>
    ) -> Bool {
        counts.update(repeating: 0)
        for key in keys { counts[Int((key &>> shift) & 0xFFFF)] &+= 1 }
        if counts[Int((keys[0] &>> shift) & 0xFFFF)] == keys.count { return false }
        var offset = 0
        for digit in counts.indices {
            let count = counts[digit]
            counts[digit] = offset
            offset &+= count
        }
        for key in keys {
            let digit = Int((key &>> shift) & 0xFFFF)
            spare[counts[digit]] = key
            counts[digit] &+= 1
        }
        return true
    }
}
