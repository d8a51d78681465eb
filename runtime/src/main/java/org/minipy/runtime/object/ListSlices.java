package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * {@code l[a:b] = v}, {@code l[a:b:c] = v} and {@code del l[...]}: CPython 3.11's
 * list_ass_subscript and list_ass_slice, with their memory behaviour (the item array resized by
 * list_resize, more than 8 removed items recycled through a PyMem_Malloc'd array, a list
 * emptied entirely losing its item array).
 */
final class ListSlices {
    /** recycle_on_stack's capacity in list_ass_slice. */
    private static final int RECYCLE_ON_STACK = 8;

    private ListSlices() {}

    private static long items(long l) {
        return Memory.getLong(l + LIST_ITEMS);
    }

    /** l[slice] = value, or del l[slice] when value is 0. */
    static void assign(long l, long slice, long value) {
        long[] ix = SliceObject.indices(slice, ListObject.size(l));
        long start = ix[0];
        long stop = ix[1];
        long step = ix[2];
        long slicelength = ix[3];
        if (step == 1) {
            assignSlice(l, start, stop, value);
            return;
        }
        if ((step < 0 && start < stop) || (step > 0 && start > stop)) {
            stop = start;
        }
        if (value == 0) {
            deleteExtended(l, start, stop, step, slicelength);
            return;
        }
        long seq = value == l ? copy(l) : fast(value, "must assign iterable to extended slice");
        try {
            long n = seqSize(seq);
            if (n != slicelength) {
                throw Errors.valueError("attempt to assign sequence of size " + n + " to extended slice of size "
                        + slicelength);
            }
            if (slicelength == 0) {
                return;
            }
            long garbage = ObjectAllocator.malloc(8 * slicelength); // PyMem_New, as CPython
            long items = items(l);
            for (long cur = start, i = 0; i < slicelength; cur += step, i++) {
                Memory.putLong(garbage + 8 * i, Memory.getLong(items + 8 * cur));
                Memory.putLong(items + 8 * cur, Heap.newRef(seqItem(seq, i)));
            }
            for (long i = 0; i < slicelength; i++) {
                Heap.decref(Memory.getLong(garbage + 8 * i));
            }
            ObjectAllocator.free(garbage);
        } finally {
            Heap.decref(seq);
        }
    }

    private static void deleteExtended(long l, long start, long stop, long step, long slicelength) {
        if (slicelength <= 0) {
            return;
        }
        if (step < 0) {
            stop = start + 1;
            start = stop + step * (slicelength - 1) - 1;
            step = -step;
        }
        long garbage = ObjectAllocator.malloc(8 * slicelength); // PyMem_New, as CPython
        long items = items(l);
        long size = ListObject.size(l);
        long cur = start;
        for (int i = 0; cur < stop; cur += step, i++) {
            long lim = step - 1;
            Memory.putLong(garbage + 8L * i, Memory.getLong(items + 8 * cur));
            if (cur + step >= size) {
                lim = size - cur - 1;
            }
            Memory.copy(items + 8 * (cur + 1), items + 8 * (cur - i), 8 * lim);
        }
        cur = start + slicelength * step;
        if (cur < size) {
            Memory.copy(items + 8 * cur, items + 8 * (cur - slicelength), 8 * (size - cur));
        }
        Memory.putLong(l + OB_SIZE, size - slicelength);
        ListObject.resize(l, size - slicelength);
        for (long i = 0; i < slicelength; i++) {
            Heap.decref(Memory.getLong(garbage + 8 * i));
        }
        ObjectAllocator.free(garbage);
    }

    /** list_ass_slice: l[ilow:ihigh] = v (v 0: delete). */
    private static void assignSlice(long l, long ilow, long ihigh, long v) {
        long seq = 0;
        long n = 0;
        if (v != 0) {
            seq = v == l ? copy(l) : fast(v, "can only assign an iterable");
            n = seqSize(seq);
        }
        try {
            long size = ListObject.size(l);
            ilow = Math.max(0, Math.min(ilow, size));
            ihigh = Math.max(ilow, Math.min(ihigh, size));
            long norig = ihigh - ilow;
            long d = n - norig;
            if (size + d == 0) {
                clear(l);
                return;
            }
            long items = items(l);
            long recycle = 0;
            long[] recycled = new long[(int) norig];
            if (norig > RECYCLE_ON_STACK) {
                recycle = ObjectAllocator.malloc(8 * norig);
            }
            for (int k = 0; k < norig; k++) {
                recycled[k] = Memory.getLong(items + 8 * (ilow + k));
            }
            if (d < 0) {
                Memory.copy(items + 8 * ihigh, items + 8 * (ihigh + d), 8 * (size - ihigh));
                ListObject.resize(l, size + d);
            } else if (d > 0) {
                ListObject.resize(l, size + d);
                items = items(l);
                Memory.copy(items + 8 * ihigh, items + 8 * (ihigh + d), 8 * (size - ihigh));
            }
            items = items(l);
            for (long k = 0; k < n; k++) {
                Memory.putLong(items + 8 * (ilow + k), Heap.newRef(seqItem(seq, k)));
            }
            for (int k = (int) norig - 1; k >= 0; k--) {
                Heap.xdecref(recycled[k]);
            }
            if (recycle != 0) {
                ObjectAllocator.free(recycle);
            }
        } finally {
            Heap.xdecref(seq);
        }
    }

    /** _list_clear: the item array goes, then the items are dropped last to first. */
    private static void clear(long l) {
        long items = items(l);
        if (items == 0) {
            return;
        }
        long n = ListObject.size(l);
        Memory.putLong(l + OB_SIZE, 0);
        Memory.putLong(l + LIST_ITEMS, 0);
        Memory.putLong(l + LIST_ALLOCATED, 0);
        for (long i = n - 1; i >= 0; i--) {
            Heap.xdecref(Memory.getLong(items + 8 * i));
        }
        ObjectAllocator.free(items);
    }

    /** list_slice(l, 0, len(l)): a new list with the same items. */
    private static long copy(long l) {
        long n = ListObject.size(l);
        long r = ListObject.allocate(n);
        for (long i = 0; i < n; i++) {
            ListObject.set(r, i, Heap.newRef(ListObject.get(l, i)));
        }
        return r;
    }

    /** PySequence_Fast: a list or tuple itself, else a new list of the iterable's items. */
    private static long fast(long v, String message) {
        if (ListObject.check(v) || TupleObject.check(v)) {
            return Heap.newRef(v);
        }
        long list = ListObject.allocate(0);
        try {
            ListObject.extend(list, v);
        } catch (PyException e) {
            Heap.decref(list);
            if (e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                Heap.decref(e.exception); // replaced by the message of PySequence_Fast
                throw Errors.typeError(message);
            }
            throw e;
        }
        return list;
    }

    private static long seqSize(long seq) {
        return ListObject.check(seq) ? ListObject.size(seq) : TupleObject.size(seq);
    }

    private static long seqItem(long seq, long i) {
        return ListObject.check(seq) ? ListObject.get(seq, i) : TupleObject.get(seq, i);
    }
}
