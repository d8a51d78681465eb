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
 * <p>The size word's top 16 bits hold the block's slack: how many bytes past the requested size
 * the native block has, because a {@link #realloc} to a size no larger than the block (and not
 * {@link #MAX_SLACK} or more smaller) keeps the block where it is, as glibc's realloc keeps a
 * chunk it can shrink or that already has room. Only the requested sizes are counted. So a list
 * emptied and refilled (list_resize's realloc to 0 and back, a raw block in CPython too) does not
 * go to the C library each time.
 *
 * <p>Not thread-safe: minipy has one interpreter thread. No Java allocation on any path.
 */
public final class RawAllocator {
    static final int HEADER = 16;
    static final long MAGIC_LIVE = 0x5241574C49564521L;   // "RAWLIVE!"
    static final long MAGIC_DEAD = 0x52415744454144L;     // "RAWDEAD"
    /** Requested sizes fit in the size word's low 48 bits; the slack is in the top 16. */
    private static final int SLACK_SHIFT = 48;
    private static final long SIZE_MASK = (1L << SLACK_SHIFT) - 1;
    /** A realloc that would leave this much slack or more goes to the C library. */
    static final long MAX_SLACK = 4096;

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
        if (size > SIZE_MASK || !HeapLimit.tryReserve(size)) {
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
        long word = Memory.getLong(base);
        long old = word & SIZE_MASK;
        long capacity = old + (word >>> SLACK_SHIFT);
        long size = n == 0 ? 1 : n;
        if (size > SIZE_MASK) {
            throw OutOfMemory.INSTANCE;
        }
        long grow = size - old;
        if (grow > 0 && !HeapLimit.tryReserve(grow)) {
            throw OutOfMemory.INSTANCE;
        }
        if (size <= capacity && capacity - size < MAX_SLACK) { // the block has room: it stays
            if (grow < 0) {
                HeapLimit.release(-grow);
            }
            Memory.putLong(base, size | (capacity - size) << SLACK_SHIFT);
            bytesInUse += grow;
            if (AddressMap.deterministic()) { // as Memory.reallocateNative records it
                AddressMap.freed(base);
                AddressMap.allocated(base, size + HEADER);
            }
            return a;
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
        long size = Memory.getLong(base) & SIZE_MASK;
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
        return Memory.getLong(header(a)) & SIZE_MASK;
    }

    private static long header(long a) {
        long base = a - HEADER;
        if (Memory.getLong(base + 8) != MAGIC_LIVE) {
            throw new IllegalStateException("not a live raw block: 0x" + Long.toHexString(a));
        }
        return base;
    }
}
