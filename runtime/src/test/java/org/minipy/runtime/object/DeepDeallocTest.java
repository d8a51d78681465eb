package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minipy.runtime.mem.AllocatorVerifier;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * Freeing very deep structures goes through the trashcan: the Java stack stays bounded (these
 * run on the test thread's ordinary stack) and every block comes back.
 */
class DeepDeallocTest {
    private static final int DEPTH = 1_000_000;

    /**
     * Fills the list, tuple and dict free lists first, so that the million objects freed here all
     * go back to the allocator and release their arenas (instead of leaving a few free-listed
     * objects pinning mostly empty arenas for the tests that follow).
     */
    @BeforeEach
    void fillFreeLists() {
        long key = StrObject.fromJava("k");
        long[] lists = new long[ListObject.MAXFREELIST];
        long[] dicts = new long[DictObject.MAXFREELIST];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = ListObject.allocate(0);
            dicts[i] = DictObject.create();
            DictObject.set(dicts[i], key, key);
        }
        long[] tuples = new long[TupleObject.MAXFREELIST];
        for (int i = 0; i < tuples.length; i++) {
            tuples[i] = TupleObject.allocate(2);
            TupleObject.set(tuples[i], 0, Heap.newRef(BoolObject.NONE));
            TupleObject.set(tuples[i], 1, Heap.newRef(BoolObject.NONE));
        }
        for (int i = 0; i < lists.length; i++) {
            Heap.decref(lists[i]);
            Heap.decref(dicts[i]);
        }
        for (long t : tuples) {
            Heap.decref(t);
        }
        Heap.decref(key);
    }

    @Test
    void aListNestedAMillionDeepIsFreed() {
        long before = ObjectAllocator.allocatedBlocks() - freeListed();
        long outer = ListObject.allocate(0);
        for (int i = 0; i < DEPTH; i++) {
            long next = ListObject.allocate(0);
            ListObject.append(next, outer);
            Heap.decref(outer);
            outer = next;
        }
        Heap.decref(outer);
        assertEquals(before, ObjectAllocator.allocatedBlocks() - freeListed());
        AllocatorVerifier.check();
    }

    @Test
    void aChainOfAMillionTuplesIsFreed() {
        long before = ObjectAllocator.allocatedBlocks() - freeListed();
        long chain = Heap.newRef(BoolObject.NONE);
        for (int i = 0; i < DEPTH; i++) {
            long t = TupleObject.allocate(2);
            TupleObject.set(t, 0, IntObject.fromLong(i));
            TupleObject.set(t, 1, chain);
            chain = t;
        }
        Heap.decref(chain);
        assertEquals(before, ObjectAllocator.allocatedBlocks() - freeListed());
        AllocatorVerifier.check();
    }

    @Test
    void aDictChainAMillionDeepIsFreed() {
        long key = StrObject.intern(StrObject.fromJava("next"));
        long d = DictObject.create();
        for (int i = 0; i < DEPTH; i++) {
            long outer = DictObject.create();
            DictObject.set(outer, key, d);
            Heap.decref(d);
            d = outer;
        }
        Heap.decref(d);
        Heap.decref(key);
        AllocatorVerifier.check();
    }

    /** Blocks parked on the type free lists, which stay allocated. */
    private static long freeListed() {
        long n = ListObject.numFree() + DictObject.numFree() + DictObject.keysNumFree() + FloatObject.numFree();
        for (int k = 1; k <= TupleObject.NFREELISTS; k++) {
            n += TupleObject.numFree(k);
        }
        return n;
    }
}
