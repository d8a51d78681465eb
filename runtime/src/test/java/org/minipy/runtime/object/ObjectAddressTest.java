package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.mem.SizeClass;

/** id() is a block address: objects are blocks of the allocator, laid out as CPython lays them. */
class ObjectAddressTest {
    private static final long POOL_SIZE = 16 * 1024;
    private static final long POOL_OVERHEAD = 48;

    /** A str whose block (48-byte header + n + 1) falls in size class 480 (466..480 bytes), which nothing else uses. */
    private static long strOfBlock480() {
        return StrObject.fromJava("x".repeat(480 - 48 - 1));
    }

    @Test
    void objectsAllocatedInARowFromAnEmptyPoolSitInConsecutiveBlocks() {
        long a = strOfBlock480();
        long b = strOfBlock480();
        long c = strOfBlock480();
        try {
            assertEquals(480, SizeClass.size(SizeClass.indexOf(StrObject.sizeof(a))));
            assertEquals(POOL_OVERHEAD, a & (POOL_SIZE - 1), "first block right after the pool header");
            assertEquals(480, b - a);
            assertEquals(480, c - b);
        } finally {
            Heap.decref(c);
            Heap.decref(b);
            Heap.decref(a);
        }
    }

    @Test
    void aFreedBlockIsTheNextOneHandedOut() {
        long a = IntObject.fromLong(1_000_000);
        long addr = a;
        Heap.decref(a);
        long b = IntObject.fromLong(2_000_000);
        assertEquals(addr, b, "CPython's pools reuse the last freed block first");
        Heap.decref(b);
    }

    @Test
    void objectsOfOneSizeClassDifferByAMultipleOf16() {
        long[] ints = new long[100];
        for (int i = 0; i < ints.length; i++) {
            ints[i] = IntObject.fromLong(1000 + i);
        }
        for (int i = 1; i < ints.length; i++) {
            assertNotEquals(ints[i - 1], ints[i]);
            assertEquals(0, (ints[i] - ints[0]) % 16);
            assertEquals(0, ints[i] % 16);
        }
        for (long x : ints) {
            Heap.decref(x);
        }
    }

    @Test
    void trackedObjectsCarryTheGcHeaderBeforeTheirAddress() {
        long list = ListObject.allocate(0);
        assertTrue(Heap.isTracked(list));
        assertEquals(0, (list - Layout.GC_HEAD_SIZE) % 16, "the block starts at the GC header");
        assertTrue(ObjectAllocator.isPoolAddress(list - Layout.GC_HEAD_SIZE));
        Heap.decref(list);
    }

    @Test
    void smallIntsAndSingletonsAreStatic() {
        assertEquals(32, IntObject.small(1) - IntObject.small(0));
        long e1 = StrObject.fromJava("");
        long e2 = StrObject.fromJava("");
        assertEquals(e1, e2);
        long c1 = StrObject.fromJava("é");
        long c2 = StrObject.fromJava("é");
        assertEquals(c1, c2);
        for (long s : new long[] {e1, e2, c1, c2}) {
            Heap.decref(s);
        }
    }

    @Test
    void deepNestingIsFreedWithoutOverflowingTheStack() {
        long outer = ListObject.allocate(0);
        for (int i = 0; i < 200_000; i++) {
            long next = ListObject.allocate(0);
            ListObject.append(next, outer);
            Heap.decref(outer);
            outer = next;
        }
        long before = ObjectAllocator.allocatedBlocks();
        Heap.decref(outer);
        assertTrue(ObjectAllocator.allocatedBlocks() < before - 200_000);
    }
}
