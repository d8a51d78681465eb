package org.minipy.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The pymalloc behaviours a program can observe: where blocks land, in which order they are
 * reused, when pools change lists and when arenas go back. The allocator is global and other
 * tests in this JVM may hold blocks, so each test frees what it allocates and does not assume
 * an empty heap.
 */
class ObjectAllocatorTest {
    private final List<Long> held = new ArrayList<>();

    @AfterEach
    void freeEverything() {
        for (long p : held) {
            ObjectAllocator.free(p);
        }
        held.clear();
        ObjectAllocator.setLimit(0);
        AllocatorVerifier.check();
    }

    private long malloc(long n) {
        long p = ObjectAllocator.malloc(n);
        held.add(p);
        return p;
    }

    private void free(long p) {
        assertTrue(held.remove(p), "freeing a block the test does not hold");
        ObjectAllocator.free(p);
    }

    /** Allocates blocks of nbytes until one is the first block of a freshly carved pool. */
    private long firstBlockOfFreshPool(int nbytes) {
        int size = SizeClass.size(SizeClass.indexOf(nbytes));
        for (int i = 0; i < 1_000_000; i++) {
            long p = malloc(nbytes);
            long pool = Pool.of(p);
            if (p == pool + Pool.OVERHEAD && Pool.count(pool) == 1
                    && Pool.nextoffset(pool) == Pool.OVERHEAD + 2 * size) {
                return p;
            }
        }
        throw new AssertionError("no fresh pool");
    }

    @Test
    void sizeClassesFollowCpython() {
        assertEquals(32, SizeClass.COUNT);
        assertEquals(0, SizeClass.indexOf(1));
        assertEquals(0, SizeClass.indexOf(16));
        assertEquals(1, SizeClass.indexOf(17));
        assertEquals(31, SizeClass.indexOf(512));
        assertEquals(512, SizeClass.size(31));
        assertEquals(1021, SizeClass.blocksPerPool(0));
        assertEquals(31, SizeClass.blocksPerPool(31));
        assertEquals(48, Pool.OVERHEAD);
        assertEquals(16 * 1024, Pool.SIZE);
        assertEquals(1024 * 1024, Arena.SIZE);
        assertEquals(64, Arena.MAX_POOLS);
    }

    @Test
    void poolHeaderIsLaidOutAsCpythonsStruct() {
        long p = malloc(64);
        long pool = Pool.of(p);
        assertEquals(Pool.count(pool), Memory.getInt(pool));
        assertEquals(Pool.freeblock(pool), Memory.getLong(pool + 8));
        assertEquals(Pool.nextpool(pool), Memory.getLong(pool + 16));
        assertEquals(Pool.prevpool(pool), Memory.getLong(pool + 24));
        assertEquals(Pool.arenaindex(pool), Memory.getInt(pool + 32));
        assertEquals(SizeClass.indexOf(64), Memory.getInt(pool + 36));
        assertEquals(Pool.nextoffset(pool), Memory.getInt(pool + 40));
        assertEquals(Pool.SIZE - 64, Memory.getInt(pool + 44));
        int arena = Memory.getInt(pool + 32);
        long first = Arena.firstPool(arena);
        assertEquals(0, first % Pool.SIZE);
        assertEquals((Arena.address[arena] % Pool.SIZE == 0) ? 64 : 63, Arena.ntotalpools[arena],
                "one pool fewer when malloc's arena is not pool-aligned");
    }

    @Test
    void blocksAreAlignedAndSpacedByTheirClass() {
        for (int n = 1; n <= 512; n++) {
            long p = malloc(n);
            assertEquals(0, p % 16, "block for " + n + " bytes not 16-aligned");
            assertTrue(ObjectAllocator.isPoolAddress(p));
            assertEquals(SizeClass.indexOf(n), Pool.szidx(Pool.of(p)));
            assertEquals(0, (p - Pool.of(p) - Pool.OVERHEAD) % SizeClass.size(SizeClass.indexOf(n)));
        }
    }

    @Test
    void freshPoolHandsOutConsecutiveBlocksFromPoolPlus48() {
        for (int nbytes : new int[] {8, 24, 100, 333, 512}) {
            int size = SizeClass.size(SizeClass.indexOf(nbytes));
            long first = firstBlockOfFreshPool(nbytes);
            long pool = Pool.of(first);
            assertEquals(pool + 48, first);
            long prev = first;
            for (int i = 1; i < SizeClass.blocksPerPool(SizeClass.indexOf(nbytes)); i++) {
                long p = malloc(nbytes);
                assertEquals(size, p - prev, "block " + i + " of class " + size);
                prev = p;
            }
            assertEquals(0, Pool.freeblock(pool), "pool should be full");
            AllocatorVerifier.check();
        }
    }

    @Test
    void freeThenMallocReturnsTheSameBlock() {
        long a = malloc(40);
        long b = malloc(40);
        free(a);
        long c = malloc(40);
        assertEquals(a, c);
        free(b);
        free(c);
        long d = malloc(33);
        long e = malloc(48);
        assertTrue(d == c || d == b);
        assertTrue(e == c || e == b);
        assertNotEquals(d, e);
    }

    @Test
    void freeInFullPoolMakesItUsedAgain() {
        int nbytes = 256;
        int sz = SizeClass.indexOf(nbytes);
        long first = firstBlockOfFreshPool(nbytes);
        long pool = Pool.of(first);
        List<Long> inPool = new ArrayList<>();
        inPool.add(first);
        while (Pool.freeblock(pool) != 0) {
            long p = malloc(nbytes);
            assertEquals(pool, Pool.of(p));
            inPool.add(p);
        }
        assertEquals(SizeClass.blocksPerPool(sz), Pool.count(pool));
        assertFalse(onUsedList(pool, sz), "a full pool is on no list");
        long victim = inPool.get(5);
        free(victim);
        assertTrue(onUsedList(pool, sz), "freeing in a full pool relinks it");
        assertEquals(pool, Pool.nextpool(ObjectAllocator.usedPoolsHead(sz)), "at the front");
        assertEquals(victim, malloc(nbytes), "the next block comes from that pool");
        AllocatorVerifier.check();
    }

    private static boolean onUsedList(long pool, int sz) {
        long head = ObjectAllocator.usedPoolsHead(sz);
        for (long p = Pool.nextpool(head); p != head; p = Pool.nextpool(p)) {
            if (p == pool) {
                return true;
            }
        }
        return false;
    }

    @Test
    void emptyPoolGoesToItsArenasFreepools() {
        long first = firstBlockOfFreshPool(480);
        long pool = Pool.of(first);
        int arena = Pool.arenaindex(pool);
        free(first);
        assertEquals(0, Pool.count(pool));
        assertEquals(pool, Arena.freepools[arena]);
        AllocatorVerifier.check();
    }

    @Test
    void wholyFreeArenasAreReleasedButOneIsKept() {
        long reclaimedBefore = Arena.ntimesArenaAllocated - Arena.narenasCurrentlyAllocated;
        java.util.Set<Long> arenasBefore = liveArenaAddresses();
        List<Long> blocks = new ArrayList<>();
        // first use up the free pools other tests left in partly used arenas (free-listed objects
        // of the object layer keep a few arenas alive), then four arenas' worth
        long pools = MallocStats.snapshot().unusedPools() + 4 * 64;
        for (long i = 0; i < pools * SizeClass.blocksPerPool(31); i++) {
            blocks.add(malloc(512));
        }
        java.util.Set<Long> created = liveArenaAddresses();
        created.removeAll(arenasBefore);
        assertTrue(created.size() >= 3, "expected new arenas, got " + created.size());
        AllocatorVerifier.check();
        for (long p : blocks) {
            free(p);
        }
        java.util.Set<Long> survivors = liveArenaAddresses();
        survivors.retainAll(created);
        assertTrue(survivors.size() <= 1, survivors.size() + " new arenas survived");
        long reclaimed = Arena.ntimesArenaAllocated - Arena.narenasCurrentlyAllocated - reclaimedBefore;
        assertTrue(reclaimed >= created.size() - 1, "reclaimed " + reclaimed);
        for (long a : created) {
            if (!survivors.contains(a)) {
                assertFalse(ObjectAllocator.isPoolAddress(a + Arena.SIZE / 2), "released arena still mapped");
            }
        }
        AllocatorVerifier.check();
    }

    private static java.util.Set<Long> liveArenaAddresses() {
        java.util.Set<Long> s = new java.util.HashSet<>();
        for (int a = 0; a < Arena.maxarenas; a++) {
            if (Arena.address[a] != 0) {
                s.add(Arena.address[a]);
            }
        }
        return s;
    }

    @Test
    void largeAndZeroRequestsGoRaw() {
        long big = malloc(513);
        long zero = malloc(0);
        long small = malloc(512);
        assertFalse(ObjectAllocator.isPoolAddress(big));
        assertFalse(ObjectAllocator.isPoolAddress(zero));
        assertTrue(ObjectAllocator.isPoolAddress(small));
        assertEquals(513, RawAllocator.sizeOf(big));
        assertEquals(1, RawAllocator.sizeOf(zero));
    }

    @Test
    void allocatedBlocksCountsPoolAndRawBlocks() {
        long before = ObjectAllocator.allocatedBlocks();
        malloc(10);
        malloc(200);
        malloc(5000);
        assertEquals(before + 3, ObjectAllocator.allocatedBlocks());
        free(held.get(2));
        assertEquals(before + 2, ObjectAllocator.allocatedBlocks());
    }

    @Test
    void callocZeroes() {
        long p = malloc(100);
        Memory.fill(p, 100, (byte) 0x5A);
        free(p);
        long q = ObjectAllocator.calloc(100);
        held.add(q);
        assertEquals(p, q);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, Memory.getByte(q + i));
        }
        long r = ObjectAllocator.calloc(3000);
        held.add(r);
        for (int i = 0; i < 3000; i++) {
            assertEquals(0, Memory.getByte(r + i));
        }
    }

    private static void pattern(long p, int n, int seed) {
        for (int i = 0; i < n; i++) {
            Memory.putByte(p + i, (byte) (seed * 31 + i));
        }
    }

    private static void assertPattern(long p, int n, int seed) {
        for (int i = 0; i < n; i++) {
            assertEquals((byte) (seed * 31 + i), Memory.getByte(p + i), "byte " + i);
        }
    }

    private long realloc(long p, long n) {
        long q = ObjectAllocator.realloc(p, n);
        held.remove(p);
        held.add(q);
        return q;
    }

    @Test
    void reallocWithinClassStaysPut() {
        long p = malloc(100);
        pattern(p, 100, 1);
        assertEquals(p, realloc(p, 112));
        assertEquals(p, realloc(p, 90), "shrinking by less than 25% keeps the block");
        assertPattern(p, 90, 1);
    }

    @Test
    void reallocAcrossClassesMovesAndPreserves() {
        long p = malloc(100);
        pattern(p, 100, 2);
        long q = realloc(p, 300);
        assertNotEquals(p, q);
        assertEquals(SizeClass.indexOf(300), Pool.szidx(Pool.of(q)));
        assertPattern(q, 100, 2);
        long r = realloc(q, 40);
        assertEquals(SizeClass.indexOf(40), Pool.szidx(Pool.of(r)), "shrinking by 25% or more moves");
        assertPattern(r, 40, 2);
    }

    @Test
    void reallocToAndFromRawPreserves() {
        long p = malloc(500);
        pattern(p, 500, 3);
        long q = realloc(p, 4000);
        assertFalse(ObjectAllocator.isPoolAddress(q));
        assertPattern(q, 500, 3);
        pattern(q, 4000, 4);
        long r = realloc(q, 100);
        assertFalse(ObjectAllocator.isPoolAddress(r), "a raw block stays raw, as in CPython");
        assertPattern(r, 100, 4);
        long s = realloc(r, 100_000);
        assertPattern(s, 100, 4);
        long t = realloc(0, 64);
        assertTrue(ObjectAllocator.isPoolAddress(t));
    }

    @Test
    void limitThrowsAndLeavesAllocatorConsistent() {
        ObjectAllocator.setLimit(ObjectAllocator.bytesInUse() + 3 * Arena.SIZE);
        long raw = 0;
        assertThrows(OutOfMemory.class, () -> ObjectAllocator.malloc(4 * Arena.SIZE));
        int n = 0;
        try {
            while (true) {
                malloc(200);
                n++;
            }
        } catch (OutOfMemory e) {
            assertTrue(n > 2 * 64 * SizeClass.blocksPerPool(SizeClass.indexOf(200)), "only " + n + " blocks");
        }
        AllocatorVerifier.check();
        long blocks = ObjectAllocator.allocatedBlocks();
        long used = ObjectAllocator.bytesInUse();
        assertThrows(OutOfMemory.class, () -> ObjectAllocator.malloc(200));
        assertThrows(OutOfMemory.class, () -> ObjectAllocator.malloc(2000));
        long last = held.get(held.size() - 1);
        Memory.putLong(last, 0x1234L);
        assertThrows(OutOfMemory.class, () -> ObjectAllocator.realloc(last, 100_000));
        assertEquals(0x1234L, Memory.getLong(last), "a failed realloc keeps the old block");
        assertEquals(blocks, ObjectAllocator.allocatedBlocks());
        assertEquals(used, ObjectAllocator.bytesInUse());
        AllocatorVerifier.check();
        free(last);
        assertEquals(last, malloc(200), "the freed block can be had again");
        assertEquals(0, raw);
    }

    @Test
    void usableArenasStaySortedByFreePools() {
        // Fill at least four new arenas with 512-byte blocks (31 per pool), grouped by pool.
        java.util.Map<Long, List<Long>> byPool = new java.util.LinkedHashMap<>();
        java.util.Set<Long> before = liveArenaAddresses();
        java.util.Set<Integer> fresh = new java.util.LinkedHashSet<>();
        while (fresh.size() < 4) {
            long p = malloc(512);
            byPool.computeIfAbsent(Pool.of(p), k -> new ArrayList<>()).add(p);
            int a = Pool.arenaindex(Pool.of(p));
            if (!before.contains(Arena.address[a])) {
                fresh.add(a);
            }
        }
        Integer[] arenas = fresh.toArray(new Integer[0]);
        // The first three new arenas are full; empty 5, 2 and 9 of their pools.
        int[] emptied = {5, 2, 9};
        for (int k = 0; k < 3; k++) {
            assertEquals(0, Arena.nfreepools[arenas[k]], "arena " + arenas[k] + " should be full");
            int left = emptied[k];
            for (java.util.Map.Entry<Long, List<Long>> e : byPool.entrySet()) {
                if (left > 0 && Pool.arenaindex(e.getKey()) == arenas[k] && !e.getValue().isEmpty()) {
                    for (long p : e.getValue()) {
                        free(p);
                    }
                    e.getValue().clear();
                    left--;
                }
            }
            AllocatorVerifier.check();
        }
        assertEquals(5, Arena.nfreepools[arenas[0]]);
        assertEquals(2, Arena.nfreepools[arenas[1]]);
        assertEquals(9, Arena.nfreepools[arenas[2]]);
        List<Integer> order = new ArrayList<>();
        for (int a = Arena.usableArenas; a != Arena.NONE; a = Arena.nextarena[a]) {
            if (a == arenas[0] || a == arenas[1] || a == arenas[2]) {
                order.add(a);
            }
        }
        assertEquals(List.of(arenas[1], arenas[0], arenas[2]), order, "sorted by nfreepools ascending");
        assertEquals(arenas[2], Arena.nfp2lasta[9]);
        assertEquals(arenas[1], Arena.nfp2lasta[2]);
    }

    @Test
    void smallRequestFallsBackToRawWhenNoArenaCanBeHad() {
        ObjectAllocator.setLimit(ObjectAllocator.bytesInUse() + 100_000);
        long rawBefore = ObjectAllocator.rawAllocatedBlocks();
        int raw = 0;
        try {
            while (true) {
                long p = malloc(512);
                if (!ObjectAllocator.isPoolAddress(p)) {
                    raw++;
                    assertEquals(512, RawAllocator.sizeOf(p));
                }
            }
        } catch (OutOfMemory e) {
            assertTrue(raw > 0, "pymalloc falls back to the raw allocator, as CPython's _PyObject_Malloc");
        }
        assertEquals(rawBefore + raw, ObjectAllocator.rawAllocatedBlocks());
        AllocatorVerifier.check();
    }

    @Test
    void freeOfNullIsIgnored() {
        ObjectAllocator.free(0);
        RawAllocator.free(0);
    }
}
