package org.minipy.runtime.mem;

/**
 * CPython 3.11's arena map ({@code WITH_PYMALLOC_RADIX_TREE}): a three-level radix tree over
 * address bits that answers "does this address lie inside a live arena?" in O(1) without reading
 * the memory at the address, which may not be mapped.
 *
 * <p>As in CPython 3.11's 64-bit build ({@code IGNORE_BITS} 0), all 64 address bits are used:
 * bits 63..49 index the root, 48..34 a mid node, 33..20 a bottom node; bits 19..0 are the
 * offset within a 1 MiB arena-sized slot. An arena that is not aligned
 * to 1 MiB covers the tail of one slot and the head of the next, so each bottom entry keeps two
 * offsets: {@code tail_hi} (the arena starting in this slot begins at that offset; -1 for an
 * aligned arena) and {@code tail_lo} (the arena from the previous slot ends before that offset).
 * Address {@code p} with slot offset {@code t} is inside an arena iff
 * {@code t < tail_lo || (t >= tail_hi && tail_hi != 0)}.
 *
 * <p>Nodes are Java arrays created when an arena first lands in their range and never freed,
 * as CPython never frees its nodes. A bottom node stores {@code tail_hi} at {@code 2*i} and
 * {@code tail_lo} at {@code 2*i+1}.
 */
final class ArenaMap {
    static final int ADDRESS_BITS = 64;
    private static final int INTERIOR_BITS = (ADDRESS_BITS - Arena.BITS + 2) / 3;
    static final int TOP_BITS = INTERIOR_BITS;
    static final int MID_BITS = INTERIOR_BITS;
    static final int BOT_BITS = ADDRESS_BITS - Arena.BITS - 2 * INTERIOR_BITS;
    private static final int BOT_SHIFT = Arena.BITS;
    private static final int MID_SHIFT = BOT_BITS + BOT_SHIFT;
    private static final int TOP_SHIFT = MID_BITS + MID_SHIFT;
    private static final int TOP_MASK = (1 << TOP_BITS) - 1;
    private static final int MID_MASK = (1 << MID_BITS) - 1;
    private static final int BOT_MASK = (1 << BOT_BITS) - 1;

    private static final int[][][] ROOT = new int[1 << TOP_BITS][][];
    private static int midCount;
    private static int botCount;

    private ArenaMap() {
    }

    private static int[] get(long p, boolean create) {
        int i1 = (int) (p >>> TOP_SHIFT) & TOP_MASK;
        int[][] mid = ROOT[i1];
        if (mid == null) {
            if (!create) {
                return null;
            }
            mid = new int[1 << MID_BITS][];
            ROOT[i1] = mid;
            midCount++;
            missKey = -1;
        }
        int i2 = (int) (p >>> MID_SHIFT) & MID_MASK;
        int[] bot = mid[i2];
        if (bot == null) {
            if (!create) {
                return null;
            }
            bot = new int[2 << BOT_BITS];
            mid[i2] = bot;
            botCount++;
            missKey = -1;
        }
        return bot;
    }

    /**
     * The bottom node last looked up and its key (the address bits above it). Nodes are never
     * removed, so the cache never goes stale; a program's arenas almost always share one bottom
     * node (it spans 16 GiB), so free() mostly skips the two upper levels.
     */
    private static long cachedKey = -1;
    private static int[] cachedBot;

    /**
     * The key of the last lookup that found no bottom node (-1: none): raw blocks from the C
     * heap usually lie in one range without arenas, so realloc and free of them skip the upper
     * levels too. Forgotten whenever a node is created.
     */
    private static long missKey = -1;

    private static int[] lookup(long p) {
        long key = p >>> MID_SHIFT;
        if (key == missKey) {
            return null;
        }
        int[] bot = get(p, false);
        if (bot != null) {
            cachedKey = key;
            cachedBot = bot;
        } else {
            missKey = key;
        }
        return bot;
    }

    private static int botIndex(long p) {
        return (int) (p >>> BOT_SHIFT) & BOT_MASK;
    }

    /** Records that the arena at {@code arenaBase} is live ({@code used}) or gone. */
    static void markUsed(long arenaBase, boolean used) {
        int[] hi = get(arenaBase, used);
        int i3 = botIndex(arenaBase);
        int tail = (int) (arenaBase & Arena.SIZE_MASK);
        if (tail == 0) {
            hi[2 * i3] = used ? -1 : 0;
        } else {
            hi[2 * i3] = used ? tail : 0;
            long next = arenaBase + Arena.SIZE;
            int[] lo = get(next, used);
            lo[2 * botIndex(next) + 1] = used ? tail : 0;
        }
    }

    /** Whether {@code p} lies inside a live arena ({@code arena_map_is_used}). */
    static boolean isUsed(long p) {
        int[] bot = (p >>> MID_SHIFT) == cachedKey ? cachedBot : lookup(p);
        if (bot == null) {
            return false;
        }
        int i3 = botIndex(p);
        int hi = bot[2 * i3];
        int lo = bot[2 * i3 + 1];
        int tail = (int) (p & Arena.SIZE_MASK);
        return tail < lo || (tail >= hi && hi != 0);
    }

    static int midCount() {
        return midCount;
    }

    static int botCount() {
        return botCount;
    }

    /** Bytes CPython's nodes would take: the root (one pointer per slot). */
    static long rootBytes() {
        return 8L << TOP_BITS;
    }

    static long midBytes() {
        return 8L << MID_BITS;
    }

    static long botBytes() {
        return 8L << BOT_BITS;
    }
}
