package org.minipy.runtime.mem;

/**
 * The arena table: CPython's {@code struct arena_object} array held as parallel primitive arrays,
 * indexed by arena index, with {@link #NONE} for a NULL link.
 *
 * <p>An arena is one native allocation of {@link #SIZE} bytes. Its pools start at the first
 * 16 KiB boundary inside it; when the allocation is not pool-aligned that costs one pool
 * (63 instead of 64). Pools are carved from {@code poolAddress} upwards on demand; pools that
 * become empty are kept on the arena's singly linked {@code freepools} list.
 *
 * <p>An arena object is either <em>unused</em> ({@code address == 0}, on the
 * {@code unusedArenaObjects} list, linked through {@code nextarena}) or <em>allocated</em>. An
 * allocated arena with {@code nfreepools > 0} is on {@code usableArenas}, doubly linked and sorted
 * by {@code nfreepools} ascending; one with no free pool is on no list. See
 * {@link ObjectAllocator} for how the lists change.
 */
final class Arena {
    static final int BITS = 20;
    static final int SIZE = 1 << BITS;
    static final long SIZE_MASK = SIZE - 1;
    static final int MAX_POOLS = SIZE / Pool.SIZE;
    static final int INITIAL_ARENA_OBJECTS = 16;
    static final int NONE = -1;

    // struct arena_object, one slot per index
    static long[] address = new long[0];
    static long[] poolAddress = new long[0];
    static int[] nfreepools = new int[0];
    static int[] ntotalpools = new int[0];
    static long[] freepools = new long[0];
    static int[] nextarena = new int[0];
    static int[] prevarena = new int[0];
    /** Whether the arena object's memory was given back and it has not been reused since (heap maps). */
    static boolean[] released = new boolean[0];

    /** Number of arena objects ({@code maxarenas}). */
    static int maxarenas;
    /** Head of the singly linked list of unused arena objects. */
    static int unusedArenaObjects = NONE;
    /** Head of the doubly linked list of arenas with free pools, sorted by nfreepools ascending. */
    static int usableArenas = NONE;
    /** {@code nfp2lasta[n]}: the last arena in usableArenas with n free pools, or NONE. */
    static final int[] nfp2lasta = new int[MAX_POOLS + 1];

    static long narenasCurrentlyAllocated;
    static long ntimesArenaAllocated;
    static long narenasHighwater;

    static {
        java.util.Arrays.fill(nfp2lasta, NONE);
    }

    private Arena() {
    }

    /**
     * {@code new_arena()}: takes an unused arena object (doubling the table if none is left),
     * allocates its memory and marks it in the arena map. Returns its index, or NONE if the heap
     * limit or the operating system refuses (the object then goes back on the unused list). Does
     * not link the arena into usableArenas.
     */
    static int newArena() {
        if (unusedArenaObjects == NONE) {
            growTable();
        }
        int a = unusedArenaObjects;
        if (!HeapLimit.tryReserve(SIZE)) {
            return NONE;
        }
        long base;
        try {
            base = Memory.allocateNative(SIZE);
        } catch (OutOfMemory e) {
            HeapLimit.release(SIZE);
            return NONE;
        }
        unusedArenaObjects = nextarena[a];
        ArenaMap.markUsed(base, true);
        address[a] = base;
        released[a] = false;
        narenasCurrentlyAllocated++;
        ntimesArenaAllocated++;
        if (narenasCurrentlyAllocated > narenasHighwater) {
            narenasHighwater = narenasCurrentlyAllocated;
        }
        freepools[a] = 0;
        poolAddress[a] = base;
        nfreepools[a] = MAX_POOLS;
        long excess = base & Pool.SIZE_MASK;
        if (excess != 0 || AddressMap.deterministic()) {
            // -X deterministic-ids: 63 pools whatever malloc's alignment, as an mmap'd arena has
            nfreepools[a]--;
            poolAddress[a] = firstPool(a);
        }
        ntotalpools[a] = nfreepools[a];
        return a;
    }

    /** Doubles the arena table and puts the new objects on the unused list, in index order. */
    private static void growTable() {
        int n = maxarenas == 0 ? INITIAL_ARENA_OBJECTS : maxarenas << 1;
        if (n <= maxarenas) {
            throw OutOfMemory.INSTANCE;
        }
        address = java.util.Arrays.copyOf(address, n);
        poolAddress = java.util.Arrays.copyOf(poolAddress, n);
        nfreepools = java.util.Arrays.copyOf(nfreepools, n);
        ntotalpools = java.util.Arrays.copyOf(ntotalpools, n);
        freepools = java.util.Arrays.copyOf(freepools, n);
        nextarena = java.util.Arrays.copyOf(nextarena, n);
        prevarena = java.util.Arrays.copyOf(prevarena, n);
        released = java.util.Arrays.copyOf(released, n);
        for (int i = maxarenas; i < n; i++) {
            address[i] = 0;
            nextarena[i] = i < n - 1 ? i + 1 : NONE;
            prevarena[i] = NONE;
        }
        unusedArenaObjects = maxarenas;
        maxarenas = n;
    }

    /**
     * Gives arena {@code a}'s memory back to the operating system and puts its object on the
     * unused list. The caller has already unlinked it from usableArenas.
     */
    static void release(int a) {
        nextarena[a] = unusedArenaObjects;
        unusedArenaObjects = a;
        ArenaMap.markUsed(address[a], false);
        Memory.freeNative(address[a]);
        HeapLimit.release(SIZE);
        address[a] = 0;
        released[a] = true;
        narenasCurrentlyAllocated--;
    }

    /** First pool-aligned address in arena {@code a}. */
    static long firstPool(int a) {
        return (address[a] + Pool.SIZE_MASK) & ~Pool.SIZE_MASK;
    }
}
