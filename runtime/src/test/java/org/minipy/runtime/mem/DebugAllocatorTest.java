package org.minipy.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The debug allocator's pieces, called directly (-X dev itself is fixed per process, off here):
 * poisoning, telling a freed block from a live one, and walking the allocated blocks.
 */
class DebugAllocatorTest {
    @Test
    void poisonKeepsTheFreeListLinkAndFillsTheRestWithDeadBytes() {
        long keep = ObjectAllocator.malloc(48);
        long p = ObjectAllocator.malloc(48);
        Memory.putLong(p + 8, 12345);
        ObjectAllocator.free(p);
        long link = Memory.getLong(p);
        DebugAllocator.poison(p, 48);
        assertEquals(link, Memory.getLong(p));
        for (int i = 8; i < 48; i++) {
            assertEquals(DebugAllocator.DEAD_BYTE, Memory.getByte(p + i));
        }
        assertEquals(DebugAllocator.DEAD_WORD, Memory.getLong(p + 8));
        ObjectAllocator.free(keep);
    }

    @Test
    void freedBlocksAreToldFromLiveOnes() {
        long keep = ObjectAllocator.malloc(80);
        long p = ObjectAllocator.malloc(80);
        assertFalse(DebugAllocator.isFree(p));
        assertFalse(DebugAllocator.isFree(p + 16));
        ObjectAllocator.free(p);
        assertTrue(DebugAllocator.isFree(p));
        assertTrue(DebugAllocator.isFree(p + 16));
        assertFalse(DebugAllocator.isFree(keep));
        ObjectAllocator.free(keep);
    }

    @Test
    void checkLiveStopsOnAPoisonedFreedObjectNamingIt() {
        long keep = ObjectAllocator.malloc(32);
        long p = ObjectAllocator.malloc(32);
        DebugAllocator.recordFree(p, "list");
        ObjectAllocator.free(p);
        DebugAllocator.poison(p, 32);
        DebugAllocator.FatalError e = assertThrows(DebugAllocator.FatalError.class, () -> DebugAllocator.checkLive(p));
        assertEquals("use of freed object at 0x" + Long.toHexString(p) + " (type 'list')", e.getMessage());
        DebugAllocator.checkLive(keep);
        DebugAllocator.reused(p);
        ObjectAllocator.free(keep);
    }

    @Test
    void walkSeesExactlyTheAllocatedBlocks() {
        Set<Long> mine = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            mine.add(ObjectAllocator.malloc(112));
        }
        long freed = ObjectAllocator.malloc(112);
        ObjectAllocator.free(freed);
        Set<Long> seen = new HashSet<>();
        DebugAllocator.forEachAllocatedBlock(seen::add);
        assertTrue(seen.containsAll(mine));
        assertFalse(seen.contains(freed) && !mine.contains(freed));
        assertEquals(ObjectAllocator.allocatedBlocks() - RawAllocatorBlocks.count(), seen.size());
        for (long p : mine) {
            ObjectAllocator.free(p);
        }
    }

    @Test
    void aFreedRawBlockIsPoisonedAndQuarantined() {
        long p = ObjectAllocator.malloc(2000);
        DebugAllocator.rawAllocated(p);
        Memory.putLong(p + 8, 42);
        DebugAllocator.checkLive(p);
        DebugAllocator.recordFree(p, "tuple");
        DebugAllocator.quarantineRaw(p);
        assertEquals(DebugAllocator.DEAD_WORD, Memory.getLong(p + 8));
        DebugAllocator.FatalError e = assertThrows(DebugAllocator.FatalError.class, () -> DebugAllocator.checkLive(p));
        assertEquals("use of freed object at 0x" + Long.toHexString(p) + " (type 'tuple')", e.getMessage());
    }

    /** Raw blocks handed out by ObjectAllocator (not in pools, so not walked). */
    private static final class RawAllocatorBlocks {
        static long count() {
            return ObjectAllocator.rawAllocatedBlocks();
        }
    }
}
