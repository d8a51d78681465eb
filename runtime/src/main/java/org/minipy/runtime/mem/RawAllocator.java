package org.minipy.runtime.mem;

/**
 * The raw domain ({@code PyMem_RawMalloc}): requests the object allocator does not serve
 * (more than 512 bytes, or 0 bytes) and buffers the runtime wants outside the pools.
 *
 * <p>Each block is one native allocation with a 16-byte header in front of the address handed
 * out: the requested size (so {@link #bytesInUse()} and the heap limit can count it) and a magic
 * word (so freeing something that is not a live raw block fails loudly instead of corrupting
 * the C heap). The address handed out is 16-byte aligned, like glibc's malloc. As in CPython,
 * a request of 0 bytes is served as a request of 1 byte.
 *
 * <p>Not thread-safe: minipy has one interpreter thread. No Java allocation on any path.
 */
public final class RawAllocator {
    static final int HEADER = 16;
    static final long MAGIC_LIVE = 0x5241574C49564521L;   // "RAWLIVE!"
    static final long MAGIC_DEAD = 0x52415744454144L;     // "RAWDEAD"

    private static long bytesInUse;
    private static long blocksInUse;

    private RawAllocator() {
    }

    /** {@code PyMem_RawMalloc(n)}; throws {@link OutOfMemory} if refused. */
    public static long malloc(long n) {
        if (n < 0) {
            throw OutOfMemory.INSTANCE;
        }
        long size = n == 0 ? 1 : n;
        if (size > Long.MAX_VALUE - HEADER || !HeapLimit.tryReserve(size)) {
            throw OutOfMemory.INSTANCE;
        }
        long base;
        try {
            base = Memory.allocateNative(size + HEADER);
        } catch (OutOfMemory e) {
            HeapLimit.release(size);
            throw e;
        }
        Memory.putLong(base, size);
        Memory.putLong(base + 8, MAGIC_LIVE);
        bytesInUse += size;
        blocksInUse++;
        return base + HEADER;
    }

    /** {@code PyMem_RawCalloc}: {@link #malloc} with the block zeroed. */
    public static long calloc(long n) {
        long p = malloc(n);
        Memory.fill(p, n, (byte) 0);
        return p;
    }

    /**
     * {@code PyMem_RawRealloc(a, n)}: {@code a == 0} allocates. On failure throws
     * {@link OutOfMemory} and the old block is still valid and unchanged.
     */
    public static long realloc(long a, long n) {
        if (a == 0) {
            return malloc(n);
        }
        if (n < 0) {
            throw OutOfMemory.INSTANCE;
        }
        long base = header(a);
        long old = Memory.getLong(base);
        long size = n == 0 ? 1 : n;
        if (size > Long.MAX_VALUE - HEADER) {
            throw OutOfMemory.INSTANCE;
        }
        long grow = size - old;
        if (grow > 0 && !HeapLimit.tryReserve(grow)) {
            throw OutOfMemory.INSTANCE;
        }
        long moved;
        try {
            moved = Memory.reallocateNative(base, size + HEADER);
        } catch (OutOfMemory e) {
            if (grow > 0) {
                HeapLimit.release(grow);
            }
            throw e;
        }
        if (grow < 0) {
            HeapLimit.release(-grow);
        }
        Memory.putLong(moved, size);
        bytesInUse += grow;
        return moved + HEADER;
    }

    /** {@code PyMem_RawFree(a)}; {@code a == 0} is ignored. */
    public static void free(long a) {
        if (a == 0) {
            return;
        }
        long base = header(a);
        long size = Memory.getLong(base);
        Memory.putLong(base + 8, MAGIC_DEAD);
        Memory.freeNative(base);
        HeapLimit.release(size);
        bytesInUse -= size;
        blocksInUse--;
    }

    /** Bytes requested by the raw blocks now live (a 0-byte request counts 1). */
    public static long bytesInUse() {
        return bytesInUse;
    }

    /** Number of raw blocks now live. */
    public static long blocksInUse() {
        return blocksInUse;
    }

    /** The size a live raw block was allocated with. */
    static long sizeOf(long a) {
        return Memory.getLong(header(a));
    }

    private static long header(long a) {
        long base = a - HEADER;
        if (Memory.getLong(base + 8) != MAGIC_LIVE) {
            throw new IllegalStateException("not a live raw block: 0x" + Long.toHexString(a));
        }
        return base;
    }
}
