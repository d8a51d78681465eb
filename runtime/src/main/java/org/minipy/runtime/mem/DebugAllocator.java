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
 *       a freed object's type word reads 0xDDDDDDDDDDDDDDDD;</li>
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

    /** Remembers the type of an object about to be freed (for the message if it is used again). */
    public static void recordFree(long obj, String typeName) {
        FREED.put(obj, typeName);
    }

    /** Stops with a FatalError if obj lies in a freed pool block. */
    public static void checkLive(long obj) {
        if (ArenaMap.isUsed(obj) && Memory.getLong(obj + 8) == DEAD_WORD && isFree(obj)) {
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

    /** Calls visit with every pool block currently allocated, arena by arena. */
    public static void forEachAllocatedBlock(LongConsumer visit) {
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
