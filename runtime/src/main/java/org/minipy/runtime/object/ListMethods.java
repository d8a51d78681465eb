package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** The methods of list (listobject.c's list_methods). */
final class ListMethods {
    private ListMethods() {}

    static void define(PyType t) {
        // list_as_sequence, list_as_mapping and list_richcompare as add_operators exposes them
        SlotWrappers.repr(t);
        SlotWrappers.hashNone(t);
        SlotWrappers.iter(t);
        SlotWrappers.comparisons(t);
        SlotWrappers.binary(t, "__add__", null, Ops.NB_ADD);
        SlotWrappers.repeat(t, true);
        SlotWrappers.contains(t);
        SlotWrappers.inplace(t, "__iadd__", Ops.NB_ADD);
        // list___init__ through wrap_init, which passes the keywords on
        SlotWrappers.defineWithKeywords(t, "__init__", (self, a, o, n, kw) -> {
            int nkw = kw == 0 ? 0 : (int) TupleObject.size(kw);
            if (nkw > 0) {
                throw Errors.typeError("list() takes no keyword arguments");
            }
            if (n > 1) {
                throw Errors.typeError("list expected at most 1 argument, got " + n);
            }
            if (Memory.getLong(self + LIST_ITEMS) != 0) {
                clear(self);
            }
            if (n == 1) {
                ListObject.extend(self, a[o]);
            }
            return BoolObject.none();
        });
        t.method("__getitem__", (self, a, o, n) -> {
            Args.exactly("list.__getitem__", n, 1);
            return Types.LIST.getItem(self, a[o]);
        });
        SlotWrappers.define(t, "__setitem__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 2);
            Types.LIST.setItem(self, a[o], a[o + 1]);
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__delitem__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 1);
            Types.LIST.delItem(self, a[o]);
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__len__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return IntObject.fromLong(ListObject.size(self));
        });
        t.method("append", (self, a, o, n) -> {
            Args.exactly("list.append", n, 1);
            ListObject.append(self, a[o]);
            return BoolObject.none();
        });
        t.method("extend", (self, a, o, n) -> {
            Args.exactly("list.extend", n, 1);
            ListObject.extend(self, a[o]);
            return BoolObject.none();
        });
        t.method("insert", (self, a, o, n) -> {
            Args.count("insert", n, 2, 2);
            insert(self, Ops.index(a[o], "'%s' object cannot be interpreted as an integer"),
                    a[o + 1]);
            return BoolObject.none();
        });
        t.method("pop", (self, a, o, n) -> {
            Args.count("pop", n, 0, 1);
            return pop(self, n == 0 ? -1 : Ops.index(a[o], "'%s' object cannot be interpreted as an integer"));
        });
        t.method("remove", (self, a, o, n) -> {
            Args.exactly("list.remove", n, 1);
            long i = find(self, a[o]);
            if (i < 0) {
                throw Errors.valueError("list.remove(x): x not in list");
            }
            ListObject.delete(self, i);
            return BoolObject.none();
        });
        t.method("index", (self, a, o, n) -> {
            Args.count("index", n, 1, 3);
            long len = ListObject.size(self);
            long start = n > 1 ? sliceIndex(a[o + 1], len) : 0;
            long stop = n > 2 ? sliceIndex(a[o + 2], len) : len;
            for (long i = start; i < stop && i < ListObject.size(self); i++) {
                if (Ops.equalHolding(ListObject.get(self, i), a[o])) {
                    return IntObject.fromLong(i);
                }
            }
            throw Errors.valueError(Ops.reprJava(a[o]) + " is not in list");
        });
        t.method("count", (self, a, o, n) -> {
            Args.exactly("list.count", n, 1);
            long c = 0;
            for (long i = 0; i < ListObject.size(self); i++) {
                if (Ops.equalHolding(ListObject.get(self, i), a[o])) { // list_count
                    c++;
                }
            }
            return IntObject.fromLong(c);
        });
        t.method("reverse", (self, a, o, n) -> {
            Args.exactly("list.reverse", n, 0);
            for (long i = 0, j = ListObject.size(self) - 1; i < j; i++, j--) {
                long x = ListObject.get(self, i);
                ListObject.set(self, i, ListObject.get(self, j));
                ListObject.set(self, j, x);
            }
            return BoolObject.none();
        });
        t.method("clear", (self, a, o, n) -> {
            Args.exactly("list.clear", n, 0);
            clear(self);
            return BoolObject.none();
        });
        t.method("copy", (self, a, o, n) -> {
            Args.exactly("list.copy", n, 0);
            long copy = ListObject.allocate(0);
            ListObject.extend(copy, self);
            return copy;
        });
        t.methodWithKeywords("sort", (self, a, o, n, kwnames) -> {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            if (n - nkw > 0) {
                throw Errors.typeError("sort() takes no positional arguments");
            }
            long key = 0;
            boolean reverse = false;
            for (int k = 0; k < nkw; k++) {
                String name = StrObject.toJava(TupleObject.get(kwnames, k));
                long v = a[o + n - nkw + k];
                if (name.equals("key")) {
                    key = v == BoolObject.NONE ? 0 : v;
                } else if (name.equals("reverse")) {
                    reverse = Ops.isTrue(v);
                } else {
                    throw Errors.typeError("'" + name + "' is an invalid keyword argument for sort()");
                }
            }
            sort(self, key, reverse);
            return BoolObject.none();
        });
    }

    /**
     * A start or stop of index() (_PyEval_SliceIndexNotNone): an int or __index__, negative
     * counting from the end, clamped to 0..len.
     */
    static long sliceIndex(long obj, long len) {
        if (!IntObject.check(obj) && !(Types.of(obj) instanceof HeapType h && h.find("__index__") != 0)) {
            throw Errors.typeError("slice indices must be integers or have an __index__ method");
        }
        long v = MethodArgs.sliceIndex(obj, 0);
        if (v < 0) {
            v += len;
            if (v < 0) {
                v = 0;
            }
        }
        return Math.min(v, len);
    }

    /** The first index of an item equal to x, or -1; each item held while compared (list_remove, list_contains). */
    static long find(long list, long x) {
        for (long i = 0; i < ListObject.size(list); i++) {
            if (Ops.equalHolding(ListObject.get(list, i), x)) {
                return i;
            }
        }
        return -1;
    }

    static void insert(long list, long where, long x) {
        long n = ListObject.size(list);
        if (where < 0) {
            where = Math.max(0, where + n);
        }
        where = Math.min(where, n);
        ListObject.resize(list, n + 1);
        long items = Memory.getLong(list + LIST_ITEMS);
        Memory.copy(items + 8 * where, items + 8 * (where + 1), 8 * (n - where));
        ListObject.set(list, where, Heap.newRef(x));
    }

    static long pop(long list, long i) {
        long n = ListObject.size(list);
        if (n == 0) {
            throw Errors.indexError("pop from empty list");
        }
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("pop index out of range");
        }
        long v = ListObject.get(list, i);
        long items = Memory.getLong(list + LIST_ITEMS);
        Memory.copy(items + 8 * (i + 1), items + 8 * i, 8 * (n - i - 1));
        ListObject.resize(list, n - 1);
        return v;
    }

    static void clear(long list) {
        long n = ListObject.size(list);
        long items = Memory.getLong(list + LIST_ITEMS);
        Memory.putLong(list + LIST_ITEMS, 0);
        Memory.putLong(list + OB_SIZE, 0);
        Memory.putLong(list + LIST_ALLOCATED, 0);
        if (items != 0) {
            for (long i = n - 1; i >= 0; i--) {
                Heap.xdecref(Memory.getLong(items + 8 * i));
            }
            org.minipy.runtime.mem.ObjectAllocator.free(items);
        }
    }

    /** A stable merge sort by `<`, as list.sort without a key. */
    static void sort(long list) {
        sort(list, 0, false);
    }

    /**
     * list.sort(key=key, reverse=reverse): a stable merge sort by `<` only, of the items or of
     * their keys (each computed once, first to last). reverse sorts as CPython does: reverse the
     * list, sort stably, reverse again, so equal items keep their order. On an exception the
     * list is left as it was.
     */
    static void sort(long list, long key, boolean reverse) {
        int n = (int) ListObject.size(list);
        long[] items = new long[n];
        for (int i = 0; i < n; i++) {
            items[i] = ListObject.get(list, i);
        }
        if (reverse) {
            reverseArray(items);
        }
        if (key == 0) {
            long[] tmp = new long[n];
            mergeSort(items, tmp, 0, n);
        } else {
            long[] keys = new long[n];
            int made = 0;
            try {
                for (; made < n; made++) {
                    keys[made] = Calls.call(key, new long[] {items[made]}, 0, 1);
                }
                long[] order = new long[n];
                for (int i = 0; i < n; i++) {
                    order[i] = i;
                }
                sortByKeys(order, new long[n], keys, 0, n);
                long[] sorted = new long[n];
                for (int i = 0; i < n; i++) {
                    sorted[i] = items[(int) order[i]];
                }
                items = sorted;
            } finally {
                for (int i = 0; i < made; i++) {
                    Heap.decref(keys[i]);
                }
            }
        }
        if (reverse) {
            reverseArray(items);
        }
        for (int i = 0; i < n; i++) {
            ListObject.set(list, i, items[i]);
        }
    }

    private static void reverseArray(long[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            long x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    }

    /** Merge sort of positions by keys[position]. */
    private static void sortByKeys(long[] a, long[] tmp, long[] keys, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        sortByKeys(a, tmp, keys, lo, mid);
        sortByKeys(a, tmp, keys, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp[k++] = lessThan(keys[(int) a[j]], keys[(int) a[i]]) ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    private static void mergeSort(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(a, tmp, lo, mid);
        mergeSort(a, tmp, mid, hi);
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            tmp[k++] = lessThan(a[j], a[i]) ? a[j++] : a[i++];
        }
        while (i < mid) {
            tmp[k++] = a[i++];
        }
        while (j < hi) {
            tmp[k++] = a[j++];
        }
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }

    static boolean lessThan(long a, long b) {
        long r = Ops.richCompare(a, b, Ops.LT);
        boolean lt = Ops.isTrue(r);
        Heap.decref(r);
        return lt;
    }
}
