package org.minipy.runtime.mem;

/**
 * A pool: 16 KiB inside an arena holding blocks of one size class, its header in its first
 * 48 bytes laid out as CPython 3.11's {@code struct pool_header} on 64-bit platforms:
 *
 * <pre>
 *  offset  field          C type                 meaning
 *  ------  -------------  ---------------------  ------------------------------------------
 *    0     ref.count      uint (in a pointer-    number of allocated blocks
 *                         sized union)
 *    8     freeblock      block *                head of the free list (NULL when full)
 *   16     nextpool       pool_header *          next pool in usedpools[] or freepools
 *   24     prevpool       pool_header *          previous pool in usedpools[]
 *   32     arenaindex     uint                   index of the arena's arena_object
 *   36     szidx          uint                   size class of the blocks
 *   40     nextoffset     uint                   offset of the next never-used block
 *   44     maxnextoffset  uint                   largest valid nextoffset
 *   48     first block    (POOL_OVERHEAD = 48, a multiple of ALIGNMENT)
 * </pre>
 *
 * A free block holds, in its first 8 bytes, the address of the next free block (0 at the end).
 */
final class Pool {
    static final int BITS = 14;
    static final int SIZE = 1 << BITS;
    static final long SIZE_MASK = SIZE - 1;
    /** sizeof(struct pool_header) rounded up to ALIGNMENT. */
    static final int OVERHEAD = 48;
    /** szidx of a pool carved but not yet given a size class. */
    static final int DUMMY_SIZE_IDX = 0xffff;

    static final int REF_COUNT = 0;
    static final int FREEBLOCK = 8;
    static final int NEXTPOOL = 16;
    static final int PREVPOOL = 24;
    static final int ARENAINDEX = 32;
    static final int SZIDX = 36;
    static final int NEXTOFFSET = 40;
    static final int MAXNEXTOFFSET = 44;

    private Pool() {
    }

    /** The pool holding address {@code p} ({@code POOL_ADDR}). */
    static long of(long p) {
        return p & ~SIZE_MASK;
    }

    static int count(long pool) {
        return Memory.getInt(pool + REF_COUNT);
    }

    static void setCount(long pool, int v) {
        Memory.putInt(pool + REF_COUNT, v);
    }

    static long freeblock(long pool) {
        return Memory.getLong(pool + FREEBLOCK);
    }

    static void setFreeblock(long pool, long v) {
        Memory.putLong(pool + FREEBLOCK, v);
    }

    static long nextpool(long pool) {
        return Memory.getLong(pool + NEXTPOOL);
    }

    static void setNextpool(long pool, long v) {
        Memory.putLong(pool + NEXTPOOL, v);
    }

    static long prevpool(long pool) {
        return Memory.getLong(pool + PREVPOOL);
    }

    static void setPrevpool(long pool, long v) {
        Memory.putLong(pool + PREVPOOL, v);
    }

    static int arenaindex(long pool) {
        return Memory.getInt(pool + ARENAINDEX);
    }

    static void setArenaindex(long pool, int v) {
        Memory.putInt(pool + ARENAINDEX, v);
    }

    static int szidx(long pool) {
        return Memory.getInt(pool + SZIDX);
    }

    static void setSzidx(long pool, int v) {
        Memory.putInt(pool + SZIDX, v);
    }

    static int nextoffset(long pool) {
        return Memory.getInt(pool + NEXTOFFSET);
    }

    static void setNextoffset(long pool, int v) {
        Memory.putInt(pool + NEXTOFFSET, v);
    }

    static int maxnextoffset(long pool) {
        return Memory.getInt(pool + MAXNEXTOFFSET);
    }

    static void setMaxnextoffset(long pool, int v) {
        Memory.putInt(pool + MAXNEXTOFFSET, v);
    }
}
