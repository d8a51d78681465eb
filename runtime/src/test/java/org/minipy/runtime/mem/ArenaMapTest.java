package org.minipy.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * address_in_range: the radix tree only looks at address bits, so it can be exercised with
 * made-up arena addresses far from any real memory.
 */
class ArenaMapTest {
    private static final long FAR = 0x7ABC_0000_0000_0000L;

    @Test
    void alignedArenaCoversExactlyItsMegabyte() {
        long base = FAR;
        ArenaMap.markUsed(base, true);
        try {
            assertTrue(ArenaMap.isUsed(base));
            assertTrue(ArenaMap.isUsed(base + 12345));
            assertTrue(ArenaMap.isUsed(base + Arena.SIZE - 1));
            assertFalse(ArenaMap.isUsed(base - 1));
            assertFalse(ArenaMap.isUsed(base + Arena.SIZE));
        } finally {
            ArenaMap.markUsed(base, false);
        }
        assertFalse(ArenaMap.isUsed(base));
        assertFalse(ArenaMap.isUsed(base + Arena.SIZE - 1));
    }

    @Test
    void unalignedArenaSpansTwoSlots() {
        long base = FAR + 5L * Arena.SIZE + 0x4010;
        ArenaMap.markUsed(base, true);
        try {
            assertFalse(ArenaMap.isUsed(base - 1));
            assertTrue(ArenaMap.isUsed(base));
            assertTrue(ArenaMap.isUsed(base + Arena.SIZE - 0x4010));
            assertTrue(ArenaMap.isUsed(base + Arena.SIZE - 1));
            assertFalse(ArenaMap.isUsed(base + Arena.SIZE));
            assertFalse(ArenaMap.isUsed(FAR + 5L * Arena.SIZE));
        } finally {
            ArenaMap.markUsed(base, false);
        }
        assertFalse(ArenaMap.isUsed(base));
        assertFalse(ArenaMap.isUsed(base + Arena.SIZE - 1));
    }

    @Test
    void adjacentUnalignedArenasShareASlot() {
        long a = FAR + 9L * Arena.SIZE + 0x10;
        long b = a + Arena.SIZE;
        ArenaMap.markUsed(a, true);
        ArenaMap.markUsed(b, true);
        try {
            for (long p = a; p < b + Arena.SIZE; p += 4096) {
                assertTrue(ArenaMap.isUsed(p));
            }
            assertTrue(ArenaMap.isUsed(b - 1));
            assertTrue(ArenaMap.isUsed(b + Arena.SIZE - 1));
            assertFalse(ArenaMap.isUsed(b + Arena.SIZE));
            assertFalse(ArenaMap.isUsed(a - 1));
            ArenaMap.markUsed(a, false);
            assertFalse(ArenaMap.isUsed(a));
            assertFalse(ArenaMap.isUsed(b - 1));
            assertTrue(ArenaMap.isUsed(b));
        } finally {
            ArenaMap.markUsed(b, false);
        }
        assertFalse(ArenaMap.isUsed(b));
    }

    @Test
    void addressesNeverMappedAreNotInRange() {
        assertFalse(ArenaMap.isUsed(0));
        assertFalse(ArenaMap.isUsed(-16));
        assertFalse(ArenaMap.isUsed(0x10));
        long raw = RawAllocator.malloc(100);
        try {
            assertFalse(ArenaMap.isUsed(raw));
        } finally {
            RawAllocator.free(raw);
        }
    }
}
