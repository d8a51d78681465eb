package org.minipy.runtime.mem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A read-only picture of the object allocator at one moment: every arena object that has ever held
 * memory, and for a live arena each of its pool slots. Heap maps ({@code -X heapmap},
 * {@code sys._heapmap}) are drawn from it. Addresses are ids ({@link AddressMap#toId}), so they
 * agree with {@code id()} and are stable under {@code -X deterministic-ids}.
 */
public record HeapSnapshot(List<ArenaView> arenas, long rawBlocks, long rawBytes, long arenasHighwater) {

    /** A pool slot's state: blocks in use (used), all in use (full), none (empty), or not carved yet. */
    public enum PoolState { USED, FULL, EMPTY, UNCARVED }

    /** One pool slot of a live arena. szidx is -1 for a pool never given a size class. */
    public record PoolView(int slot, long address, PoolState state, int szidx, int blockSize, int used, int capacity) {}

    /** One arena object: live (with its pools) or released (memory given back, no pools). */
    public record ArenaView(int index, boolean live, long address, int totalPools, int freePools, List<PoolView> pools) {}

    /** Takes the picture. */
    public static HeapSnapshot take() {
        List<ArenaView> arenas = new ArrayList<>();
        for (int a = 0; a < Arena.maxarenas; a++) {
            if (Arena.address[a] != 0) {
                arenas.add(liveArena(a));
            } else if (Arena.released[a]) {
                arenas.add(new ArenaView(a, false, 0, 0, 0, List.of()));
            }
        }
        return new HeapSnapshot(arenas, RawAllocator.blocksInUse(), RawAllocator.bytesInUse(), Arena.narenasHighwater);
    }

    private static ArenaView liveArena(int a) {
        Set<Long> empty = new HashSet<>();
        for (long pool = Arena.freepools[a]; pool != 0; pool = Pool.nextpool(pool)) {
            empty.add(pool);
        }
        List<PoolView> pools = new ArrayList<>();
        long first = Arena.firstPool(a);
        for (int slot = 0; slot < Arena.ntotalpools[a]; slot++) {
            long pool = first + (long) slot * Pool.SIZE;
            long id = AddressMap.inArena(a, pool);
            if (pool >= Arena.poolAddress[a]) {
                pools.add(new PoolView(slot, id, PoolState.UNCARVED, -1, 0, 0, 0));
                continue;
            }
            int sz = Pool.szidx(pool);
            boolean sized = sz >= 0 && sz < SizeClass.COUNT;
            int size = sized ? SizeClass.size(sz) : 0;
            int capacity = sized ? SizeClass.blocksPerPool(sz) : 0;
            int count = Pool.count(pool);
            PoolState state = empty.contains(pool) ? PoolState.EMPTY
                    : count >= capacity ? PoolState.FULL : PoolState.USED;
            pools.add(new PoolView(slot, id, state, sized ? sz : -1, size, state == PoolState.EMPTY ? 0 : count, capacity));
        }
        return new ArenaView(a, true, AddressMap.arenaAddress(a), Arena.ntotalpools[a], Arena.nfreepools[a], pools);
    }
}
