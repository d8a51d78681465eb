package org.minipy.runtime.mem;

import java.util.function.LongConsumer;

/**
 * The allocator's view of a block, for the heap verifier: which blocks are allocated now, and
 * where an address lies. It reads allocator structures only (pool headers, free lists, the raw
 * allocator's block headers), as {@link AllocatorVerifier} does, and is used only by checks.
 */
public final class BlockScan {
    /** What {@link #stateOf} says about an address. */
    public enum State {
        /** In a live arena, in a carved block that is not on its pool's free list. */
        POOL_LIVE,
        /** In a live arena, in a block on its pool's free list or never carved. */
        POOL_FREE,
        /** At the start of a live raw block (its header says so). */
        RAW_LIVE,
        /** At the start of a raw block that was freed (its header says so). */
        RAW_FREED,
        /** Outside the arenas and not at a raw block: static data (the singletons, small ints, types). */
        OTHER
    }

    private BlockScan() {}

    /**
     * Calls visit with every allocated block: each pool block not on a free list, arena by arena,
     * then the raw blocks ObjectAllocator handed out when -X dev keeps a list of them.
     */
    public static void forEachAllocatedBlock(LongConsumer visit) {
        DebugAllocator.forEachAllocatedBlock(visit);
    }

    /** Whether -X dev keeps the list of raw blocks, so that {@link #forEachAllocatedBlock} sees them. */
    public static boolean seesRawBlocks() {
        return DebugAllocator.ENABLED;
    }

    /** The start of the pool block holding addr (addr must be a pool address). */
    public static long poolBlockOf(long addr) {
        long pool = Pool.of(addr);
        int size = SizeClass.size(Pool.szidx(pool));
        return pool + Pool.OVERHEAD + (addr - pool - Pool.OVERHEAD) / size * size;
    }

    /**
     * Where the block starting at block lies. A pool block is looked up on its pool's free list
     * (slow: meant for the few addresses a scan did not see); a raw block by its header's magic.
     */
    public static State stateOf(long block) {
        if (ArenaMap.isUsed(block)) {
            return DebugAllocator.isFree(block) ? State.POOL_FREE : State.POOL_LIVE;
        }
        long magic = Memory.getLong(block - RawAllocator.HEADER + 8);
        if (magic == RawAllocator.MAGIC_LIVE) {
            return State.RAW_LIVE;
        }
        return magic == RawAllocator.MAGIC_DEAD ? State.RAW_FREED : State.OTHER;
    }
}
