package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * Split-table dicts (CPython 3.11): an instance's {@code __dict__} made from its inline values
 * shares its class's keys (ma_keys = ht_cached_keys, one dk_refcnt each) and owns the values
 * array (ma_values), so {@code sys.getsizeof(obj.__dict__)} counts 48 + 8 per usable value slot.
 * New str keys go into the shared keys while they have room; anything else first converts the
 * dict to a combined table. {@link DictObject} delegates here whenever ma_values is set.
 */
final class SplitDict {
    private SplitDict() {}

    static boolean isSplit(long d) {
        return Memory.getLong(d + DICT_VALUES) != 0;
    }

    private static long keys(long d) {
        return Memory.getLong(d + DICT_KEYS);
    }

    private static long values(long d) {
        return Memory.getLong(d + DICT_VALUES);
    }

    /** make_dict_from_instance_attributes: a new dict over keys (a reference is taken) and values (owned from now on). */
    static long fromValues(long keys, long values) {
        long d = DictObject.create();
        Memory.putLong(keys + DK_REFCNT, Memory.getLong(keys + DK_REFCNT) + 1);
        Memory.putLong(d + DICT_KEYS, keys);
        Memory.putLong(d + DICT_VALUES, values);
        int used = SharedKeys.orderCount(values);
        Memory.putLong(d + DICT_USED, used);
        boolean track = false;
        for (int i = 0; i < used; i++) {
            track |= Heap.mayBeTracked(SharedKeys.value(values, SharedKeys.orderAt(values, i)));
        }
        if (track && !Heap.isTracked(d)) {
            Heap.track(d);
        }
        return d;
    }

    static long get(long d, long key) {
        if (!StrObject.check(key)) {
            return 0;
        }
        int ix = SharedKeys.lookup(keys(d), key);
        return ix < 0 ? 0 : SharedKeys.value(values(d), ix);
    }

    /** d[key] = value in place; false when the dict had to become a combined table first (caller continues). */
    static boolean set(long d, long key, long value) {
        long keys = keys(d);
        if (Types.of(key) != Types.STR) {
            unsplit(d);
            return false;
        }
        int ix = SharedKeys.lookup(keys, key);
        if (ix < 0) {
            if (SharedKeys.usable(keys) <= 0) {
                unsplit(d);
                return false;
            }
            ix = SharedKeys.insert(keys, key);
        }
        long values = values(d);
        long old = SharedKeys.value(values, ix);
        Heap.incref(value);
        SharedKeys.setValue(values, ix, value);
        if (!Heap.isTracked(d) && Heap.mayBeTracked(value)) {
            Heap.track(d);
        }
        Memory.putLong(d + DICT_VERSION, Memory.getLong(d + DICT_VERSION) + 1);
        if (old == 0) {
            SharedKeys.addToOrder(values, ix);
            Memory.putLong(d + DICT_USED, Memory.getLong(d + DICT_USED) + 1);
        } else {
            Heap.decref(old);
        }
        return true;
    }

    static boolean delete(long d, long key) {
        if (!StrObject.check(key)) {
            return false;
        }
        int ix = SharedKeys.lookup(keys(d), key);
        long values = values(d);
        long old = ix < 0 ? 0 : SharedKeys.value(values, ix);
        if (old == 0) {
            return false;
        }
        SharedKeys.setValue(values, ix, 0);
        SharedKeys.deleteFromOrder(values, ix);
        Memory.putLong(d + DICT_USED, Memory.getLong(d + DICT_USED) - 1);
        Memory.putLong(d + DICT_VERSION, Memory.getLong(d + DICT_VERSION) + 1);
        Heap.decref(old);
        return true;
    }

    /** dict_traverse of a split dict: the values in index order (not insertion order). */
    static void traverse(long d, PyType.Visitor visit) {
        long values = values(d);
        for (long i = 0, n = SharedKeys.nentries(keys(d)); i < n; i++) {
            long v = SharedKeys.value(values, i);
            if (v != 0) {
                visit.visit(v);
            }
        }
    }

    static long entryCount(long d) {
        return SharedKeys.orderCount(values(d));
    }

    static long keyAt(long d, long i) {
        return SharedKeys.keyAt(keys(d), SharedKeys.orderAt(values(d), (int) i));
    }

    static long valueAt(long d, long i) {
        return SharedKeys.value(values(d), SharedKeys.orderAt(values(d), (int) i));
    }

    /** _PyDict_SizeOf of a split dict: the values array, and the keys only when no class shares them. */
    static long sizeof(long d) {
        long keys = keys(d);
        long size = DICT_SIZE + 8L * SharedKeys.usableSize(keys);
        return Memory.getLong(keys + DK_REFCNT) == 1 ? size + SharedKeys.byteSize(keys) : size;
    }

    /** dict_dealloc's split branch: values in index order, then the keys reference; the dict is left empty. */
    static void clear(long d) {
        long keys = keys(d);
        long values = values(d);
        Memory.putLong(d + DICT_VALUES, 0);
        Memory.putLong(d + DICT_KEYS, ClassBuilder.emptyDictKeys());
        Memory.putLong(d + DICT_USED, 0);
        for (long i = 0, n = SharedKeys.nentries(keys); i < n; i++) {
            Heap.xdecref(SharedKeys.value(values, i));
        }
        SharedKeys.freeValues(values);
        SharedKeys.decref(keys);
    }

    /** Converts to a combined table holding the same items in the same order. */
    static void unsplit(long d) {
        long keys = keys(d);
        long values = values(d);
        int n = SharedKeys.orderCount(values);
        long[] ks = new long[n];
        long[] vs = new long[n];
        for (int i = 0; i < n; i++) {
            int ix = SharedKeys.orderAt(values, i);
            ks[i] = SharedKeys.keyAt(keys, ix);
            vs[i] = SharedKeys.value(values, ix);
            Heap.incref(ks[i]);
        }
        Memory.putLong(d + DICT_VALUES, 0);
        Memory.putLong(d + DICT_KEYS, ClassBuilder.emptyDictKeys());
        Memory.putLong(d + DICT_USED, 0);
        SharedKeys.freeValues(values);
        SharedKeys.decref(keys);
        for (int i = 0; i < n; i++) {
            DictObject.set(d, ks[i], vs[i]);
            Heap.decref(ks[i]);
            Heap.decref(vs[i]);
        }
    }
}
