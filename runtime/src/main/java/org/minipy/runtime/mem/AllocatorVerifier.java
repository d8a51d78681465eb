package org.minipy.runtime.mem;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;

/**
 * The heap checker for {@link ObjectAllocator}, in the spirit of Lua's {@code lua_checkmemory}:
 * walks every arena and pool and checks the invariants stated at the top of
 * {@code ObjectAllocator.java}, throwing {@link IllegalStateException} naming the arena, pool or
 * block at fault. It reads only allocator memory (headers and free blocks), never live blocks.
 *
 * <p>Meant for tests and debug modes: it allocates on the Java heap and takes time proportional
 * to the number of pools and free blocks.
 */
public final class AllocatorVerifier {
    private AllocatorVerifier() {
    }

    /** Checks all invariants; throws IllegalStateException on the first violation. */
    public static void check() {
        new Walk().run();
    }

    private static final class Walk {
        private final int[] usedPoolsPerClass = new int[SizeClass.COUNT];
        private final Set<Long> freePools = new HashSet<>();
        private final BitSet seen = new BitSet();
        private long liveArenas;

        void run() {
            checkUnusedList();
            for (int a = 0; a < Arena.maxarenas; a++) {
                if (Arena.address[a] != 0) {
                    liveArenas++;
                    checkArena(a);
                }
            }
            expect(liveArenas == Arena.narenasCurrentlyAllocated, "narenasCurrentlyAllocated is "
                    + Arena.narenasCurrentlyAllocated + " but " + liveArenas + " arenas are allocated");
            expect(Arena.narenasHighwater >= liveArenas && Arena.ntimesArenaAllocated >= Arena.narenasHighwater,
                    "arena counters out of order: total " + Arena.ntimesArenaAllocated + ", highwater "
                            + Arena.narenasHighwater + ", current " + liveArenas);
            checkUsableArenas();
            for (int sz = 0; sz < SizeClass.COUNT; sz++) {
                checkUsedPools(sz);
            }
            long accounted = liveArenas * Arena.SIZE + RawAllocator.bytesInUse();
            expect(HeapLimit.used() == accounted, "heap limit counts " + HeapLimit.used()
                    + " bytes but arenas + raw blocks are " + accounted);
            expect(ObjectAllocator.rawAllocatedBlocks() >= 0 && ObjectAllocator.rawAllocatedBlocks() <= RawAllocator.blocksInUse(),
                    "raw_allocated_blocks " + ObjectAllocator.rawAllocatedBlocks() + " but RawAllocator has "
                            + RawAllocator.blocksInUse() + " live blocks");
        }

        private void checkUnusedList() {
            int n = 0;
            for (int a = Arena.unusedArenaObjects; a != Arena.NONE; a = Arena.nextarena[a]) {
                expect(a >= 0 && a < Arena.maxarenas, "unused arena list holds bad index " + a);
                expect(Arena.address[a] == 0, "arena " + a + " is on the unused list but has memory");
                expect(++n <= Arena.maxarenas, "unused arena list has a cycle");
            }
            int unused = 0;
            for (int a = 0; a < Arena.maxarenas; a++) {
                if (Arena.address[a] == 0) {
                    unused++;
                }
            }
            expect(n == unused, unused + " arena objects are unused but " + n + " are on the unused list");
        }

        private void checkArena(int a) {
            long base = Arena.address[a];
            long first = Arena.firstPool(a);
            int total = (base & Pool.SIZE_MASK) == 0 && !AddressMap.deterministic() ? Arena.MAX_POOLS : Arena.MAX_POOLS - 1;
            String name = "arena " + a + " at 0x" + Long.toHexString(base);
            expect(Arena.ntotalpools[a] == total, name + ": ntotalpools " + Arena.ntotalpools[a] + ", expected " + total);
            long next = Arena.poolAddress[a];
            expect((next & Pool.SIZE_MASK) == 0 && next >= first && next <= first + (long) total * Pool.SIZE,
                    name + ": pool_address 0x" + Long.toHexString(next) + " outside its pools");
            expect(ArenaMap.isUsed(base) && ArenaMap.isUsed(base + Arena.SIZE - 1),
                    name + ": not marked in the arena map");
            expect(!ArenaMap.isUsed(base - 1) || isOtherArena(base - 1, a),
                    name + ": arena map claims the byte before the arena");
            expect(!ArenaMap.isUsed(base + Arena.SIZE) || isOtherArena(base + Arena.SIZE, a),
                    name + ": arena map claims the byte after the arena");
            int carved = (int) ((next - first) / Pool.SIZE);

            // freepools: empty pools of this arena, each once
            int onList = 0;
            for (long pool = Arena.freepools[a]; pool != 0; pool = Pool.nextpool(pool)) {
                expect(pool >= first && pool < next && ((pool - first) & Pool.SIZE_MASK) == 0,
                        name + ": freepools holds 0x" + Long.toHexString(pool) + ", not a carved pool of it");
                expect(freePools.add(pool), name + ": pool 0x" + Long.toHexString(pool) + " twice on freepools");
                expect(Pool.count(pool) == 0, name + ": pool 0x" + Long.toHexString(pool)
                        + " on freepools has " + Pool.count(pool) + " blocks allocated");
                expect(++onList <= carved, name + ": freepools has a cycle");
            }
            expect(Arena.nfreepools[a] == onList + (total - carved), name + ": nfreepools " + Arena.nfreepools[a]
                    + " but " + onList + " pools on freepools and " + (total - carved) + " not carved");

            for (long pool = first; pool < next; pool += Pool.SIZE) {
                checkPool(a, pool);
            }
        }

        private boolean isOtherArena(long addr, int a) {
            for (int b = 0; b < Arena.maxarenas; b++) {
                if (b != a && Arena.address[b] != 0 && addr >= Arena.address[b] && addr < Arena.address[b] + Arena.SIZE) {
                    return true;
                }
            }
            return false;
        }

        private void checkPool(int a, long pool) {
            if (Pool.arenaindex(pool) != a) {
                fail(poolName(a, pool) + ": arenaindex is " + Pool.arenaindex(pool));
            }
            int count = Pool.count(pool);
            if (count == 0) {
                if (!freePools.contains(pool)) {
                    fail(poolName(a, pool) + ": empty but not on its arena's freepools");
                }
                if (Pool.szidx(pool) == Pool.DUMMY_SIZE_IDX) {
                    return;
                }
            } else if (freePools.contains(pool)) {
                fail(poolName(a, pool) + ": has blocks but is on freepools");
            }
            int sz = Pool.szidx(pool);
            if (sz < 0 || sz >= SizeClass.COUNT) {
                fail(poolName(a, pool) + ": szidx " + sz);
            }
            int size = SizeClass.size(sz);
            int capacity = SizeClass.blocksPerPool(sz);
            if (count < 0 || count > capacity) {
                fail(poolName(a, pool) + ": count " + count + " of " + capacity);
            }
            if (Pool.maxnextoffset(pool) != Pool.SIZE - size) {
                fail(poolName(a, pool) + ": maxnextoffset " + Pool.maxnextoffset(pool));
            }
            int nextoffset = Pool.nextoffset(pool);
            if (nextoffset < Pool.OVERHEAD + size || (nextoffset - Pool.OVERHEAD) % size != 0
                    || nextoffset > Pool.maxnextoffset(pool) + size) {
                fail(poolName(a, pool) + ": nextoffset " + nextoffset);
            }
            int carved = (nextoffset - Pool.OVERHEAD) / size;
            int free = 0;
            long limit = pool + nextoffset;
            seen.clear();
            for (long b = Pool.freeblock(pool); b != 0; b = Memory.getLong(b)) {
                if (b < pool + Pool.OVERHEAD || b >= limit || (b - pool - Pool.OVERHEAD) % size != 0) {
                    fail(poolName(a, pool) + ": free block 0x" + Long.toHexString(b) + " is not a carved block of it");
                }
                int index = (int) ((b - pool - Pool.OVERHEAD) / size);
                if (seen.get(index)) {
                    fail(poolName(a, pool) + ": free block 0x" + Long.toHexString(b) + " twice on the free list");
                }
                seen.set(index);
                free++;
            }
            if (free != carved - count) {
                fail(poolName(a, pool) + ": " + carved + " blocks carved, " + count + " allocated, but "
                        + free + " on the free list");
            }
            if ((Pool.freeblock(pool) == 0) != (count == capacity)) {
                fail(poolName(a, pool) + ": freeblock " + (Pool.freeblock(pool) == 0 ? "NULL" : "set")
                        + " with " + count + " of " + capacity + " blocks allocated");
            }
            if (count > 0 && count < capacity) {
                usedPoolsPerClass[sz]++;
            }
        }

        private static String poolName(int a, long pool) {
            return "pool 0x" + Long.toHexString(pool) + " of arena " + a;
        }

        private void checkUsedPools(int sz) {
            long head = ObjectAllocator.usedPoolsHead(sz);
            int n = 0;
            long prev = head;
            for (long pool = Pool.nextpool(head); pool != head; pool = Pool.nextpool(pool)) {
                String name = "usedpools[" + sz + "] pool 0x" + Long.toHexString(pool);
                expect(ArenaMap.isUsed(pool) && (pool & Pool.SIZE_MASK) == 0, name + ": not a pool in a live arena");
                expect(Pool.prevpool(pool) == prev, name + ": prevpool does not point back");
                expect(Pool.szidx(pool) == sz, name + ": szidx " + Pool.szidx(pool));
                int count = Pool.count(pool);
                expect(count > 0 && count < SizeClass.blocksPerPool(sz), name + ": count " + count + " is not a used pool's");
                expect(++n <= usedPoolsPerClass[sz], "usedpools[" + sz + "] has more pools than the "
                        + usedPoolsPerClass[sz] + " used pools of that class (cycle or duplicate)");
                prev = pool;
            }
            expect(Pool.prevpool(head) == prev, "usedpools[" + sz + "]: head's prevpool is not the last pool");
            expect(n == usedPoolsPerClass[sz], "usedpools[" + sz + "] holds " + n + " pools but "
                    + usedPoolsPerClass[sz] + " pools of that class are used");
        }

        private void checkUsableArenas() {
            int n = 0;
            int prev = Arena.NONE;
            int[] last = new int[Arena.MAX_POOLS + 1];
            java.util.Arrays.fill(last, Arena.NONE);
            for (int a = Arena.usableArenas; a != Arena.NONE; a = Arena.nextarena[a]) {
                expect(a >= 0 && a < Arena.maxarenas && Arena.address[a] != 0, "usable_arenas holds arena " + a + ", not allocated");
                expect(Arena.prevarena[a] == prev, "usable_arenas: arena " + a + " prevarena " + Arena.prevarena[a] + ", expected " + prev);
                int nf = Arena.nfreepools[a];
                expect(nf > 0, "usable_arenas: arena " + a + " has no free pool");
                if (prev != Arena.NONE && Arena.nfreepools[prev] > nf) {
                    fail("usable_arenas not sorted: arena " + prev + " (" + Arena.nfreepools[prev]
                            + " free pools) before arena " + a + " (" + nf + ")");
                }
                last[nf] = a;
                expect(++n <= Arena.narenasCurrentlyAllocated, "usable_arenas has a cycle");
                prev = a;
            }
            int withFree = 0;
            for (int a = 0; a < Arena.maxarenas; a++) {
                if (Arena.address[a] != 0 && Arena.nfreepools[a] > 0) {
                    withFree++;
                }
            }
            expect(n == withFree, withFree + " arenas have free pools but usable_arenas holds " + n);
            for (int nf = 0; nf <= Arena.MAX_POOLS; nf++) {
                expect(Arena.nfp2lasta[nf] == last[nf], "nfp2lasta[" + nf + "] is " + Arena.nfp2lasta[nf]
                        + " but the last usable arena with " + nf + " free pools is " + last[nf]);
            }
        }

        private static void expect(boolean ok, String message) {
            if (!ok) {
                fail(message);
            }
        }

        private static void fail(String message) {
            throw new IllegalStateException("allocator: " + message);
        }
    }
}
