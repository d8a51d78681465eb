package org.minipy.vm.interp;

import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/** UNPACK_SEQUENCE and UNPACK_EX: items onto the value stack, the first ending on top. */
final class Unpacking {
    private Unpacking() {}

    /** Writes exactly n items of seq to s[at .. at + n), last item lowest (new references). */
    static void unpack(long seq, int n, long[] s, int at) {
        boolean tuple = TupleObject.check(seq);
        if (tuple || ListObject.check(seq)) {
            long size = tuple ? TupleObject.size(seq) : ListObject.size(seq);
            if (size != n) {
                throw size > n ? Errors.valueError("too many values to unpack (expected " + n + ")")
                        : Errors.valueError("not enough values to unpack (expected " + n + ", got " + size + ")");
            }
            for (int k = 0; k < n; k++) {
                long item = tuple ? TupleObject.get(seq, k) : ListObject.get(seq, k);
                s[at + n - 1 - k] = Heap.newRef(item);
            }
            return;
        }
        long[] items = collect(seq, n);
        for (int k = 0; k < n; k++) {
            s[at + n - 1 - k] = items[k];
        }
    }

    /**
     * Unpacking with a starred target: before items, a list of the middle, after items. Writes
     * before + 1 + after values from s[at] upward (last lowest); returns how many.
     */
    static int unpackEx(long seq, int before, int after, long[] s, int at) {
        long it = iterForUnpacking(seq);
        long list = ListObject.allocate(0);
        try {
            ListObject.extend(list, it);
        } catch (PyException e) {
            Heap.decref(list);
            throw e;
        } finally {
            Heap.decref(it);
        }
        long size = ListObject.size(list);
        if (size < before + after) {
            Heap.decref(list);
            throw Errors.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + size + ")");
        }
        int total = before + 1 + after;
        int top = at + total - 1;
        for (int k = 0; k < before; k++) {
            s[top - k] = Heap.newRef(ListObject.get(list, k));
        }
        long middle = ListObject.allocate(size - before - after);
        for (long k = before; k < size - after; k++) {
            ListObject.set(middle, k - before, Heap.newRef(ListObject.get(list, k)));
        }
        s[top - before] = middle;
        for (int k = 0; k < after; k++) {
            s[top - before - 1 - k] = Heap.newRef(ListObject.get(list, size - after + k));
        }
        Heap.decref(list);
        return total;
    }

    /** Up to n items of an iterable (exactly n, or the ValueErrors of unpacking). */
    /** iter(seq), with unpacking's TypeError for a non-iterable. */
    private static long iterForUnpacking(long seq) {
        try {
            return Ops.iter(seq);
        } catch (PyException e) {
            if (e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                Heap.decref(e.exception);
                throw Errors.typeError("cannot unpack non-iterable " + Types.of(seq).name + " object");
            }
            throw e;
        }
    }

    private static long[] collect(long seq, int n) {
        long it = iterForUnpacking(seq);
        long[] items = new long[n];
        int got = 0;
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                if (got == n) {
                    Heap.decref(x);
                    throw Errors.valueError("too many values to unpack (expected " + n + ")");
                }
                items[got++] = x;
            }
            if (got < n) {
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
            }
            return items;
        } catch (PyException e) {
            for (int k = 0; k < got; k++) {
                Heap.decref(items[k]);
            }
            throw e;
        } finally {
            Heap.decref(it);
        }
    }
}
