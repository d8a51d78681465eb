package org.minipy.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded random walk of one million malloc/realloc/free calls over sizes 1..2000, alternating
 * phases that grow and shrink the live set so that pools fill, empty and change size class and
 * arenas come and go. Every block holds a byte pattern naming its slot and generation, checked
 * before it is freed or reallocated; the verifier runs at intervals.
 */
class AllocatorStressTest {
    private static final int OPERATIONS = 1_000_000;
    private static final int SLOTS = 100_000;
    private static final int PHASE = 100_000;
    private static final int VERIFY_EVERY = 50_000;

    private final long[] addr = new long[SLOTS];
    private final int[] size = new int[SLOTS];
    private final byte[] tag = new byte[SLOTS];

    @Test
    void randomWalkKeepsContentsAndInvariants() {
        Random rnd = new Random(0x5EED_2024L);
        long baseBlocks = ObjectAllocator.allocatedBlocks();
        long arenasBefore = Arena.ntimesArenaAllocated;
        long reclaimedBefore = Arena.ntimesArenaAllocated - Arena.narenasCurrentlyAllocated;
        int live = 0;
        byte generation = 0;
        for (int op = 1; op <= OPERATIONS; op++) {
            boolean growing = (op / PHASE) % 2 == 0;
            int i = rnd.nextInt(SLOTS);
            if (addr[i] == 0) {
                if (rnd.nextInt(100) < (growing ? 90 : 25)) {
                    int n = randomSize(rnd);
                    boolean zeroed = rnd.nextInt(10) == 0;
                    long p = zeroed ? ObjectAllocator.calloc(n) : ObjectAllocator.malloc(n);
                    if (zeroed) {
                        checkFill(p, n, (byte) 0, i);
                    }
                    generation++;
                    fill(i, p, n, generation);
                    live++;
                }
            } else if (rnd.nextInt(100) < 30) {
                checkFill(addr[i], size[i], tag[i], i);
                int n = randomSize(rnd);
                long p = ObjectAllocator.realloc(addr[i], n);
                checkFill(p, Math.min(n, size[i]), tag[i], i);
                generation++;
                fill(i, p, n, generation);
            } else if (rnd.nextInt(100) < (growing ? 30 : 90)) {
                checkFill(addr[i], size[i], tag[i], i);
                ObjectAllocator.free(addr[i]);
                addr[i] = 0;
                live--;
            }
            if (op % VERIFY_EVERY == 0) {
                AllocatorVerifier.check();
                assertEquals(baseBlocks + live, ObjectAllocator.allocatedBlocks(), "after " + op + " operations");
                for (int j = 0; j < SLOTS; j++) {
                    if (addr[j] != 0) {
                        checkFill(addr[j], size[j], tag[j], j);
                    }
                }
            }
        }
        for (int j = 0; j < SLOTS; j++) {
            if (addr[j] != 0) {
                checkFill(addr[j], size[j], tag[j], j);
                ObjectAllocator.free(addr[j]);
                addr[j] = 0;
            }
        }
        AllocatorVerifier.check();
        assertEquals(baseBlocks, ObjectAllocator.allocatedBlocks());
        assertTrue(Arena.ntimesArenaAllocated - arenasBefore >= 2, "the walk should need new arenas");
        long reclaimed = Arena.ntimesArenaAllocated - Arena.narenasCurrentlyAllocated - reclaimedBefore;
        assertTrue(reclaimed > 0, "shrinking phases should give arenas back");
    }

    /** Mostly small requests, as a Python program makes, some large, a few of 0 bytes. */
    private static int randomSize(Random rnd) {
        int r = rnd.nextInt(100);
        if (r < 1) {
            return 0;
        }
        if (r < 60) {
            return 1 + rnd.nextInt(128);
        }
        if (r < 85) {
            return 1 + rnd.nextInt(512);
        }
        return 513 + rnd.nextInt(2000 - 512);
    }

    private void fill(int i, long p, int n, byte generation) {
        addr[i] = p;
        size[i] = n;
        tag[i] = generation;
        Memory.fill(p, n, generation);
    }

    private static void checkFill(long p, int n, byte b, int slot) {
        long word = (b & 0xFFL) * 0x0101010101010101L;
        int k = 0;
        for (; k + 8 <= n; k += 8) {
            if (Memory.getLong(p + k) != word) {
                throw new AssertionError("slot " + slot + ": block 0x" + Long.toHexString(p) + " of " + n
                        + " bytes corrupted near byte " + k);
            }
        }
        for (; k < n; k++) {
            if (Memory.getByte(p + k) != b) {
                throw new AssertionError("slot " + slot + ": block 0x" + Long.toHexString(p) + " of " + n
                        + " bytes corrupted at byte " + k);
            }
        }
    }
}
