package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.minipy.runtime.object.Layout.*;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minipy.runtime.mem.Memory;

/**
 * The weakref lists and the API the deallocators and the cycle collector use ({@link WeakRefs}):
 * list order, clearing with and without callbacks, and weaklist slots of the built-in types.
 * Callbacks are builtin functions, so no interpreter is needed.
 */
class WeakRefsTest {
    private final List<String> log = new ArrayList<>();

    private long callback(String name) {
        return CFunctionObject.create(name, (self, a, o, n) -> {
            log.add(name + (WeakRefs.referent(a[o]) == BoolObject.NONE ? " dead" : " alive"));
            return BoolObject.none();
        }, 0, 0);
    }

    private static long newSet() {
        return SetObject.create(Types.SET);
    }

    private static long[] listOf(long obj) {
        long l = WeakRefs.list(obj);
        long[] r = new long[(int) ListObject.size(l)];
        for (int i = 0; i < r.length; i++) {
            r[i] = ListObject.get(l, i);
        }
        Heap.decref(l);
        return r;
    }

    @Test
    void basicRefAndProxyComeFirstAndAreShared() {
        long s = newSet();
        long cb1 = callback("one");
        long cb2 = callback("two");
        long r1 = WeakRefs.newRef(s, cb1);
        long basic = WeakRefs.newRef(s, 0);
        long r2 = WeakRefs.newRef(s, cb2);
        long proxy = WeakRefs.newProxy(s, BoolObject.NONE);
        assertEquals(basic, WeakRefs.newRef(s, BoolObject.NONE));
        assertEquals(proxy, WeakRefs.newProxy(s, 0));
        Heap.decref(basic);
        Heap.decref(proxy);
        long[] order = listOf(s);
        assertEquals(4, WeakRefs.checkList(s));
        assertEquals(basic, order[0]);
        assertEquals(proxy, order[1]);
        assertEquals(r2, order[2]);
        assertEquals(r1, order[3]);
        assertEquals(Types.WEAKPROXY.address, Types.typeAddressOf(proxy));
        for (long wr : new long[] {r1, basic, r2, proxy}) {
            assertTrue(WeakRefs.isWeakref(wr));
            Heap.decref(wr);
        }
        assertFalse(WeakRefs.isWeakref(s));
        assertEquals(0, WeakRefs.count(s));
        Heap.decref(s);
        Heap.decref(cb1);
        Heap.decref(cb2);
        assertTrue(log.isEmpty());
    }

    @Test
    void deallocCallsCallbacksNewestFirstWithDeadRefs() {
        long s = newSet();
        long cb1 = callback("one");
        long cb2 = callback("two");
        long r1 = WeakRefs.newRef(s, cb1);
        long r2 = WeakRefs.newRef(s, cb2);
        long basic = WeakRefs.newRef(s, 0);
        Heap.decref(cb1);
        Heap.decref(cb2);
        Heap.decref(s);
        assertEquals(List.of("two dead", "one dead"), log);
        for (long wr : new long[] {r1, r2, basic}) {
            assertEquals(BoolObject.NONE, WeakRefs.referent(wr));
            assertEquals(0, Memory.getLong(wr + WEAKREF_CALLBACK));
            assertEquals(0, Memory.getLong(wr + WEAKREF_PREV));
            assertEquals(0, Memory.getLong(wr + WEAKREF_NEXT));
            Heap.decref(wr);
        }
    }

    @Test
    void clearRefUnlinksButKeepsTheCallbackUncalled() {
        long s = newSet();
        long cb = callback("kept");
        long wr = WeakRefs.newRef(s, cb);
        long other = WeakRefs.newRef(s, 0);
        long before = Heap.refcount(cb);
        WeakRefs.clearRef(wr);
        assertEquals(BoolObject.NONE, WeakRefs.referent(wr));
        assertEquals(cb, Memory.getLong(wr + WEAKREF_CALLBACK));
        assertEquals(before, Heap.refcount(cb));
        assertEquals(1, WeakRefs.checkList(s));
        Heap.decref(s); // the cleared weakref is no longer on the list: no callback
        assertTrue(log.isEmpty());
        Heap.decref(wr); // its dealloc drops the callback
        assertEquals(before - 1, Heap.refcount(cb));
        Heap.decref(other);
        Heap.decref(cb);
    }

    @Test
    void traverseVisitsOnlyTheCallbackAndClearDropsIt() {
        long s = newSet();
        long cb = callback("cb");
        long wr = WeakRefs.newRef(s, cb);
        List<Long> seen = new ArrayList<>();
        Types.of(wr).traverse(wr, seen::add);
        assertEquals(List.of(cb), seen);
        long rc = Heap.refcount(cb);
        Types.of(wr).clear(wr);
        assertEquals(rc - 1, Heap.refcount(cb));
        assertEquals(BoolObject.NONE, WeakRefs.referent(wr));
        assertEquals(0, WeakRefs.count(s));
        seen.clear();
        Types.of(wr).traverse(wr, seen::add);
        assertTrue(seen.isEmpty());
        Heap.decref(wr);
        Heap.decref(s);
        Heap.decref(cb);
        assertTrue(log.isEmpty());
    }

    @Test
    void aWeakrefThatDiesFirstLeavesTheList() {
        long s = newSet();
        long a = WeakRefs.newRef(s, 0);
        long cb = callback("gone");
        long b = WeakRefs.newRef(s, cb);
        long c = WeakRefs.newProxy(s, cb);
        Heap.decref(b);
        assertEquals(2, WeakRefs.checkList(s));
        Heap.decref(a);
        assertEquals(1, WeakRefs.checkList(s));
        Heap.decref(c);
        assertEquals(0, WeakRefs.checkList(s));
        Heap.decref(s);
        Heap.decref(cb);
        assertTrue(log.isEmpty());
    }

    @Test
    void weaklistSlotsAreCPythons() {
        long s = newSet();
        assertEquals(s + SET_WEAKREFLIST, WeakRefs.weaklistSlot(s));
        Heap.decref(s);
        long f = CFunctionObject.create("f", (self, a, o, n) -> BoolObject.none(), 0, 0);
        assertEquals(f + CFUNC_WEAKREFLIST, WeakRefs.weaklistSlot(f));
        Heap.decref(f);
        long m = ModuleObject.create("m");
        assertEquals(m + MODULE_WEAKLIST, WeakRefs.weaklistSlot(m));
        Heap.decref(m);
        assertEquals(Types.INT.address + TP_WEAKLIST, WeakRefs.weaklistSlot(Types.INT.address));
        long list = ListObject.allocate(0);
        assertEquals(0, WeakRefs.weaklistSlot(list));
        assertThrows(PyException.class, () -> WeakRefs.newRef(list, 0));
        Heap.decref(list);
        long wr = WeakRefs.newRef(Types.INT.address, 0);
        assertEquals(0, WeakRefs.weaklistSlot(wr));
        assertEquals(96, Types.FUNCTION.weaklistOffset());
        assertEquals(24, Types.GENERATOR.weaklistOffset());
        Heap.decref(wr);
    }

    @Test
    void aWeakrefIsSixtyFourBytesAndTracked() {
        long s = newSet();
        long wr = WeakRefs.newRef(s, 0);
        assertEquals(WEAKREF_SIZE, Types.of(wr).sizeof(wr));
        assertTrue(Heap.isTracked(wr));
        assertEquals(-1, Memory.getLong(wr + WEAKREF_HASH));
        assertNotEquals(0, Heap.refcount(wr));
        Heap.decref(wr);
        Heap.decref(s);
    }
}
