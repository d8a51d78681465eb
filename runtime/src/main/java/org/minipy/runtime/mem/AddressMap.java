package org.minipy.runtime.mem;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a program sees of an address: {@code id(x)}, the {@code 0x...} in reprs, the identity hash
 * and the addresses in heap maps all go through {@link #toId}.
 *
 * <p>Normally an id is the real address, as in CPython. Under {@code -X deterministic-ids} the real
 * addresses (which the C library and address-space randomisation choose) are mapped onto a fixed
 * virtual layout, so that the same program prints the same ids on every run:
 *
 * <pre>
 *   0x560000000000 + ...   native allocations outside the arenas (static objects such as the small
 *                          ints and the type objects, raw blocks), numbered in allocation order
 *                          like a C heap that never reuses an address: each block gets the next
 *                          16-byte-aligned virtual address with a 16-byte gap, and a block that
 *                          realloc moves or keeps gets a fresh one either way
 *   0x7f0000000000 + 2 MiB × arena index + 16
 *                          arena n, as malloc would return an mmap'd 1 MiB block; its first pool
 *                          starts at the next 16 KiB boundary, so every arena has 63 pools
 * </pre>
 *
 * Offsets inside an arena and inside a block are kept, so objects in one pool are still a block
 * size apart and pool boundaries still fall on 16 KiB. The allocator itself is unchanged and works on
 * real addresses; only what is shown is mapped. The mapping costs a sorted-map update per native
 * allocation and a lookup per id, so it is off unless asked for.
 */
public final class AddressMap {
    public static final long STATIC_BASE = 0x5600_0000_0000L;
    public static final long ARENA_BASE = 0x7f00_0000_0000L;
    public static final long ARENA_STRIDE = 2L << 20;

    private static boolean deterministic;
    /** Real start of each live native block -> {virtual start, size}. */
    private static final TreeMap<Long, long[]> BLOCKS = new TreeMap<>();
    private static long nextVirtual = STATIC_BASE + 16;

    private AddressMap() {
    }

    /** Turns the mapping on; before anything is allocated (VmOptions.apply does it first). */
    public static void setDeterministic(boolean on) {
        deterministic = on;
    }

    public static boolean deterministic() {
        return deterministic;
    }

    /** The id a program sees for the object (or block) at addr. */
    public static long toId(long addr) {
        if (!deterministic || addr == 0) {
            return addr;
        }
        if (ArenaMap.isUsed(addr)) {
            return inArena(Pool.arenaindex(Pool.of(addr)), addr);
        }
        Map.Entry<Long, long[]> e = BLOCKS.floorEntry(addr);
        if (e != null && addr - e.getKey() < Math.max(e.getValue()[1], 1)) {
            return e.getValue()[0] + (addr - e.getKey());
        }
        return addr; // not a block the VM allocated: shown as it is
    }

    /** The id of addr inside arena a's pools (no header is read: the pool may not be carved yet). */
    static long inArena(int a, long addr) {
        if (!deterministic) {
            return addr;
        }
        return arenaVirtual(a) + Pool.SIZE - 16 + (addr - Arena.firstPool(a));
    }

    /** The address a program would see for arena a's memory (what malloc returned for it). */
    public static long arenaAddress(int a) {
        return deterministic ? arenaVirtual(a) : Arena.address[a];
    }

    private static long arenaVirtual(int a) {
        return ARENA_BASE + ARENA_STRIDE * a + 16;
    }

    // ---- bookkeeping, called by Memory for every native block

    static void allocated(long real, long size) {
        BLOCKS.put(real, new long[] {nextVirtual, size});
        nextVirtual += ((Math.max(size, 1) + 15) & ~15L) + 16;
    }

    static void freed(long real) {
        BLOCKS.remove(real);
    }
}
