package org.minipy.runtime.builtins;

import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.TupleObject;

/** Turning iterables into tuples and lists from Java. */
final class Sequence {
    private Sequence() {}

    /** tuple(iterable): a new reference. */
    static long toTuple(long iterable) {
        if (TupleObject.check(iterable)) {
            return Heap.newRef(iterable);
        }
        long list = toList(iterable);
        try {
            long n = ListObject.size(list);
            long t = TupleObject.allocate(n);
            for (long i = 0; i < n; i++) {
                TupleObject.set(t, i, Heap.newRef(ListObject.get(list, i)));
            }
            return t;
        } finally {
            Heap.decref(list);
        }
    }

    /** list(iterable): a new reference. */
    static long toList(long iterable) {
        long list = ListObject.allocate(0);
        try {
            ListObject.extend(list, iterable);
        } catch (RuntimeException e) {
            Heap.decref(list);
            throw e;
        }
        return list;
    }
}
