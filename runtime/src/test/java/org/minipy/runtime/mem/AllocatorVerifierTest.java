package org.minipy.runtime.mem;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The verifier must notice each kind of damage, and say where it is. */
class AllocatorVerifierTest {
    private static void assertCaught(String fragment, Runnable damage, Runnable repair) {
        damage.run();
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, AllocatorVerifier::check);
            assertTrue(e.getMessage().contains(fragment), e.getMessage());
        } finally {
            repair.run();
        }
        AllocatorVerifier.check();
    }

    @Test
    void detectsDamage() {
        long a = ObjectAllocator.malloc(208);
        long b = ObjectAllocator.malloc(208);
        while (Pool.of(a) != Pool.of(b)) {   // a was the last block of its pool
            ObjectAllocator.free(a);
            a = b;
            b = ObjectAllocator.malloc(208);
        }
        ObjectAllocator.free(a);   // the pool is used (b is live) and a heads its free list
        long pool = Pool.of(b);
        int count = Pool.count(pool);
        long head = Pool.freeblock(pool);
        long link = Memory.getLong(head);
        try {
            AllocatorVerifier.check();
            assertCaught("allocated, but", () -> Pool.setCount(pool, count + 1), () -> Pool.setCount(pool, count));
            assertCaught("not a carved block", () -> Memory.putLong(head, pool + 8), () -> Memory.putLong(head, link));
            assertCaught("twice on the free list", () -> Memory.putLong(head, head), () -> Memory.putLong(head, link));
            assertCaught("szidx", () -> Pool.setSzidx(pool, 40), () -> Pool.setSzidx(pool, SizeClass.indexOf(208)));
            int arena = Pool.arenaindex(pool);
            int nf = Arena.nfreepools[arena];
            assertCaught("nfreepools", () -> Arena.nfreepools[arena] = nf + 1, () -> Arena.nfreepools[arena] = nf);
            int last = Arena.nfp2lasta[nf];
            if (nf > 0) {
                assertCaught("nfp2lasta", () -> Arena.nfp2lasta[nf] = Arena.NONE, () -> Arena.nfp2lasta[nf] = last);
            }
            long prev = Pool.prevpool(pool);
            assertCaught("prevpool", () -> Pool.setPrevpool(pool, pool), () -> Pool.setPrevpool(pool, prev));
        } finally {
            ObjectAllocator.free(b);
        }
        AllocatorVerifier.check();
    }
}
