package org.minipy.runtime.object;

/** Small helpers for building tuples from Java (argument windows, iterables). */
public final class Sequences {
    private Sequences() {}

    /** A new tuple of args[offset .. offset + count) (new references to the items). */
    public static long tupleOf(long[] args, int offset, int count) {
        long t = TupleObject.allocate(count);
        for (int i = 0; i < count; i++) {
            TupleObject.set(t, i, Heap.newRef(args[offset + i]));
        }
        return t;
    }

    /** tuple(iterable): a new reference. */
    static long toTuple(long iterable) {
        if (TupleObject.check(iterable)) {
            return Heap.newRef(iterable);
        }
        long list = ListObject.allocate(0);
        try {
            ListObject.extend(list, iterable);
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
}
