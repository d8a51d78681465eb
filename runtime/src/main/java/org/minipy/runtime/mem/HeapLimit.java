package org.minipy.runtime.mem;

/**
 * The {@code -X max-heap} budget shared by the two accounted allocators: bytes of live arenas
 * ({@link ObjectAllocator}) plus bytes of live raw blocks ({@link RawAllocator}).
 *
 * <p>An allocator calls {@link #tryReserve} before it asks the operating system for memory and
 * {@link #release} after it gives memory back, so {@link #used()} is always exactly the sum of
 * what is live.
 */
final class HeapLimit {
    /** 0 means unlimited. */
    private static long limit;
    private static long used;

    private HeapLimit() {
    }

    static void setLimit(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative heap limit: " + bytes);
        }
        limit = bytes;
    }

    static long limit() {
        return limit;
    }

    static long used() {
        return used;
    }

    /** Counts {@code n} more bytes as used and returns true, or returns false if the limit forbids. */
    static boolean tryReserve(long n) {
        if (limit != 0 && (n > limit || used > limit - n)) {
            return false;
        }
        used += n;
        return true;
    }

    static void release(long n) {
        used -= n;
    }
}
