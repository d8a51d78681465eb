package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The type free lists keep CPython 3.11's capacities and reuse order. */
class FreeListTest {
    @Test
    void aDeadFloatsAddressIsTheNextFloats() {
        long a = FloatObject.fromDouble(1.25);
        Heap.decref(a);
        long b = FloatObject.fromDouble(2.5);
        assertEquals(a, b);
        assertEquals(2.5, FloatObject.value(b));
        Heap.decref(b);
    }

    @Test
    void theFloatListHoldsAHundred() {
        List<Long> fs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            fs.add(FloatObject.fromDouble(i));
        }
        for (long f : fs) {
            Heap.decref(f);
        }
        assertEquals(FloatObject.MAXFREELIST, FloatObject.numFree());
    }

    @Test
    void tuplesAreReusedPerLengthAndStayUntracked() {
        long t = TupleObject.allocate(3);
        for (int i = 0; i < 3; i++) {
            TupleObject.set(t, i, IntObject.fromLong(i));
        }
        int before = TupleObject.numFree(3);
        Heap.decref(t);
        assertEquals(before + 1, TupleObject.numFree(3));
        assertFalse(Heap.isTracked(t));
        long other = TupleObject.allocate(4);
        assertNotEquals(t, other);
        long again = TupleObject.allocate(3);
        assertEquals(t, again);
        assertTrue(Heap.isTracked(again));
        assertEquals(before, TupleObject.numFree(3));
        for (int i = 0; i < 3; i++) {
            TupleObject.set(again, i, IntObject.fromLong(i));
        }
        for (int i = 0; i < 4; i++) {
            TupleObject.set(other, i, IntObject.fromLong(i));
        }
        Heap.decref(again);
        Heap.decref(other);
    }

    @Test
    void twentyTuplesAreSavedButNeverReused() {
        long t = TupleObject.allocate(20);
        for (int i = 0; i < 20; i++) {
            TupleObject.set(t, i, IntObject.fromLong(i));
        }
        int before = TupleObject.numFree(20);
        Heap.decref(t);
        assertEquals(Math.min(before + 1, TupleObject.MAXFREELIST), TupleObject.numFree(20));
        long u = TupleObject.allocate(20);
        assertNotEquals(t, u);
        for (int i = 0; i < 20; i++) {
            TupleObject.set(u, i, IntObject.fromLong(i));
        }
        Heap.decref(u);
    }

    @Test
    void listsComeBackLastInFirstOutButNotForListCalls() {
        long a = ListObject.allocate(0);
        long b = ListObject.allocate(0);
        Heap.decref(a);
        Heap.decref(b);
        assertEquals(b, ListObject.allocate(0));
        long fresh = ListObject.allocateFresh();
        assertNotEquals(a, fresh);
        long a2 = ListObject.allocate(0);
        assertEquals(a, a2);
        Heap.decref(fresh);
        Heap.decref(a2);
        Heap.decref(b);
    }

    @Test
    void dictsAndTheirSmallStrKeyTablesAreReused() {
        long key = StrObject.fromJava("a key");
        long d = DictObject.create();
        DictObject.set(d, key, key);
        int keysBefore = DictObject.keysNumFree();
        Heap.decref(d);
        assertEquals(keysBefore + 1, DictObject.keysNumFree());
        long e = DictObject.create();
        assertEquals(d, e);
        DictObject.set(e, key, key);
        assertEquals(keysBefore, DictObject.keysNumFree());
        long ints = DictObject.create();
        DictObject.set(ints, IntObject.fromLong(1), key);
        Heap.decref(ints);
        assertEquals(keysBefore, DictObject.keysNumFree(), "general keys are not kept");
        Heap.decref(e);
        Heap.decref(key);
    }

    @Test
    void aDeadSliceIsTheNextSlice() {
        long s = SliceObject.create(IntObject.small(1), IntObject.small(2), 0);
        Heap.decref(s);
        long t = SliceObject.create(0, IntObject.small(5), 0);
        assertEquals(s, t);
        Heap.decref(t);
    }
}
