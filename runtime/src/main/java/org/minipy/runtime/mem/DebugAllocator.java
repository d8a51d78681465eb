package org.minipy.runtime.mem;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;

/**
 * The debug allocator ({@code -X dev}), in the spirit of CPython's debug hooks
 * ({@code PYTHONMALLOC=debug}, {@code _PyObject_IsFreed}):
 *
 * <ul>
 *   <li>a freed pool block is filled with {@link #DEAD_BYTE} (0xDD) after its free-list link, so
 *       a freed object's type word reads 0xDDDDDDDDDDDDDDDD; a freed raw block (over 512 bytes)
 *       is filled whole and held in a quarantine (up to 64 MiB, oldest given back first), so
 *       its memory stays readable and a use of it is caught too;</li>
 *   <li>{@link #checkLive} (called by the object layer on incref, decref and type lookup) sees
 *       that pattern and stops the program with a {@link FatalError} naming the address and the
 *       type the object had, instead of letting it corrupt memory;</li>
 *   <li>{@link #forEachAllocatedBlock} walks every block still allocated, for the leak report at
 *       exit.</li>
 * </ul>
 *
 * {@link #ENABLED} is a static final read once from the system property {@code minipy.dev},
 * which the command line sets before any allocation: with it false the JIT removes every check,
 * so the normal path pays nothing.
 */
public final class DebugAllocator {
    /** Whether -X dev is on; fixed when this class is initialised. */
    public static final boolean ENABLED = Boolean.getBoolean("minipy.dev");
    /** CPython's PYMEM_DEADBYTE. */
    public static final byte DEAD_BYTE = (byte) 0xDD;
    /** A word of dead bytes: what a freed object's type field holds. */
    public static final long DEAD_WORD = 0xDDDDDDDDDDDDDDDDL;

    /** Object address -> name of its type, for objects freed while ENABLED (cleared on reuse). */
    private static final Map<Long, String> FREED = new HashMap<>();
    /** Raw blocks (over 512 bytes) handed out by ObjectAllocator and still live. */
    private static final Set<Long> RAW_LIVE = new java.util.LinkedHashSet<>();
    /**
     * Freed raw blocks, poisoned and kept (not given back) for a while, oldest first, so that a
     * use of a freed big object is caught like a pool one: at most QUARANTINE_BYTES of them.
     */
    private static final java.util.ArrayDeque<Long> QUARANTINE = new java.util.ArrayDeque<>();
    private static final Set<Long> QUARANTINED = new HashSet<>();
    private static final long QUARANTINE_BYTES = 64L << 20;
    private static long quarantineBytes;

    private DebugAllocator() {}

    /** Called by ObjectAllocator.free for a pool block: poison all but the free-list link. */
    static void poison(long block, int size) {
        Memory.fill(block + 8, size - 8, DEAD_BYTE);
    }

    /** Called by ObjectAllocator.malloc: the block is live again. */
    static void reused(long block) {
        if (!FREED.isEmpty()) {
            FREED.remove(block);
            FREED.remove(block + 16);
        }
    }

    static void rawAllocated(long p) {
        RAW_LIVE.add(p);
        FREED.remove(p);
        FREED.remove(p + 16);
    }

    static long rawReallocated(long old, long moved) {
        RAW_LIVE.remove(old);
        RAW_LIVE.add(moved);
        return moved;
    }

    /** A raw block is freed: poison it and hold it back; give back the oldest past the budget. */
    static void quarantineRaw(long p) {
        RAW_LIVE.remove(p);
        long size = RawAllocator.sizeOf(p);
        Memory.fill(p, size, DEAD_BYTE);
        QUARANTINE.addLast(p);
        QUARANTINED.add(p);
        quarantineBytes += size;
        while (quarantineBytes > QUARANTINE_BYTES) {
            long old = QUARANTINE.removeFirst();
            QUARANTINED.remove(old);
            quarantineBytes -= RawAllocator.sizeOf(old);
            RawAllocator.free(old);
        }
    }

    /** Remembers the type of an object about to be freed (for the message if it is used again). */
    public static void recordFree(long obj, String typeName) {
        FREED.put(obj, typeName);
    }

    /** Stops with a FatalError if obj lies in a freed pool block. */
    public static void checkLive(long obj) {
        if (Memory.getLong(obj + 8) != DEAD_WORD) {
            return;
        }
        if (ArenaMap.isUsed(obj) ? isFree(obj) : QUARANTINED.contains(obj) || QUARANTINED.contains(obj - 16)) {
            String type = FREED.getOrDefault(obj, "unknown");
            throw new FatalError("use of freed object at 0x" + Long.toHexString(obj) + " (type '" + type + "')");
        }
    }

    /** Whether the block holding addr is on its pool's free list or not yet carved. */
    static boolean isFree(long addr) {
        long pool = Pool.of(addr);
        int size = SizeClass.size(Pool.szidx(pool));
        long block = pool + Pool.OVERHEAD + (addr - pool - Pool.OVERHEAD) / size * size;
        if (block >= pool + Pool.nextoffset(pool)) {
            return true;
        }
        for (long b = Pool.freeblock(pool); b != 0; b = Memory.getLong(b)) {
            if (b == block) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls visit with every block currently allocated: pool blocks arena by arena, then (with
     * -X dev on) the raw blocks ObjectAllocator handed out.
     */
    public static void forEachAllocatedBlock(LongConsumer visit) {
        for (long p : RAW_LIVE.toArray(new Long[0])) {
            visit.accept(p);
        }
        for (int a = 0; a < Arena.maxarenas; a++) {
            if (Arena.address[a] == 0) {
                continue;
            }
            for (long pool = Arena.firstPool(a); pool < Arena.poolAddress[a]; pool += Pool.SIZE) {
                if (Pool.count(pool) == 0) {
                    continue;
                }
                int size = SizeClass.size(Pool.szidx(pool));
                Set<Long> free = new HashSet<>();
                for (long b = Pool.freeblock(pool); b != 0; b = Memory.getLong(b)) {
                    free.add(b);
                }
                for (long b = pool + Pool.OVERHEAD; b < pool + Pool.nextoffset(pool) && b + size <= pool + Pool.SIZE;
                        b += size) {
                    if (!free.contains(b)) {
                        visit.accept(b);
                    }
                }
            }
        }
    }

    /** A fatal error of the debug allocator (CPython's Py_FatalError): the program cannot go on. */
    public static final class FatalError extends Error {
        private static final long serialVersionUID = 1L;

        public FatalError(String message) {
            super(message);
        }
    }
}
