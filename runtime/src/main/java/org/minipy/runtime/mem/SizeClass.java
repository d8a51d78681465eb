package org.minipy.runtime.mem;

/**
 * The small-request size classes of CPython 3.11 on 64-bit platforms: 32 classes in 16-byte
 * steps, class {@code i} serving requests of {@code 16*i+1 .. 16*(i+1)} bytes.
 */
public final class SizeClass {
    /** Every block is a multiple of this and aligned to it. */
    public static final int ALIGNMENT = 16;
    static final int ALIGNMENT_SHIFT = 4;
    /** Requests above this many bytes (or of 0 bytes) go to {@link RawAllocator}. */
    public static final int SMALL_REQUEST_THRESHOLD = 512;
    /** Number of size classes. */
    public static final int COUNT = SMALL_REQUEST_THRESHOLD / ALIGNMENT;

    private SizeClass() {
    }

    /** The class of a request of {@code 1 <= nbytes <= 512} bytes: {@code (nbytes - 1) >> 4}. */
    public static int indexOf(long nbytes) {
        return (int) ((nbytes - 1) >>> ALIGNMENT_SHIFT);
    }

    /** Block size of class {@code idx} ({@code INDEX2SIZE}). */
    public static int size(int idx) {
        return (idx + 1) << ALIGNMENT_SHIFT;
    }

    /** How many blocks of class {@code idx} fit in one pool ({@code NUMBLOCKS}). */
    public static int blocksPerPool(int idx) {
        return (Pool.SIZE - Pool.OVERHEAD) / size(idx);
    }
}
