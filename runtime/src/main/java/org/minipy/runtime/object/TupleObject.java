package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * tuple: PyTupleObject, the items inline after ob_size. {@code ()} is a static singleton.
 * A tuple is tracked by the collector from birth.
 */
public final class TupleObject {
    private static final long EMPTY = makeEmpty();

    static {
        Roots.register("()", visit -> visit.visit(EMPTY));
    }

    private TupleObject() {}

    private static long makeEmpty() {
        long block = Memory.allocateNative(GC_HEAD_SIZE + TUPLE_ITEMS);
        Memory.fill(block, GC_HEAD_SIZE + TUPLE_ITEMS, (byte) 0);
        long t = block + GC_HEAD_SIZE;
        Memory.putLong(t + OB_REFCNT, 1);
        Memory.putLong(t + OB_TYPE, Types.TUPLE.address);
        return t;
    }

    /** A new tuple of n items, all 0 (NULL): the caller fills every slot with a reference. */
    public static long allocate(long n) {
        if (n == 0) {
            return Heap.newRef(EMPTY);
        }
        long t = n < MAXSAVESIZE ? freeListPop(n) : 0;
        if (t == 0) {
            t = Heap.allocObject(Types.TUPLE.address, TUPLE_ITEMS + 8 * n, true);
            Memory.putLong(t + OB_SIZE, n);
        }
        Memory.fill(t + TUPLE_ITEMS, 8 * n, (byte) 0);
        Heap.track(t);
        return t;
    }

    // ---- the free lists (CPython 3.11's tupleobject.c)
    //
    // One list per length 1..20, at most MAXFREELIST tuples each, linked through ob_item[0].
    // A tuple on a list keeps its GC header (untracked), type and size; taking one back skips
    // the allocator and the collector's count. As in 3.11, dealloc saves tuples of length up to
    // 20 but allocation only reuses lengths below 20 (PyTuple_MAXSAVESIZE), so 20-tuples that
    // reach the list stay there.

    /** PyTuple_MAXSAVESIZE: lengths below this are reused. */
    public static final int MAXSAVESIZE = 20;
    /** PyTuple_NFREELISTS: one list per length 1..20. */
    public static final int NFREELISTS = 20;
    /** PyTuple_MAXFREELIST. */
    public static final int MAXFREELIST = 2000;
    private static final long[] FREE_LIST = new long[NFREELISTS];
    private static final int[] NUM_FREE = new int[NFREELISTS];

    private static long freeListPop(long n) {
        int index = (int) n - 1;
        long t = FREE_LIST[index];
        if (t != 0) {
            FREE_LIST[index] = get(t, 0);
            NUM_FREE[index]--;
            Memory.putLong(t + OB_REFCNT, 1);
        }
        return t;
    }

    /** maybe_freelist_push: true if the dead tuple was kept. */
    private static boolean freeListPush(long t) {
        long index = size(t) - 1;
        if (index < NFREELISTS && NUM_FREE[(int) index] < MAXFREELIST && check(t)) {
            set(t, 0, FREE_LIST[(int) index]);
            FREE_LIST[(int) index] = t;
            NUM_FREE[(int) index]++;
            return true;
        }
        return false;
    }

    /** _PyTuple_ClearFreeList: the kept tuples go back to the allocator, shortest first. */
    static void clearFreeList() {
        for (int i = 0; i < NFREELISTS; i++) {
            long t = FREE_LIST[i];
            FREE_LIST[i] = 0;
            NUM_FREE[i] = 0;
            while (t != 0) {
                long next = get(t, 0);
                Memory.putLong(t + TUPLE_ITEMS, 0);
                Heap.freeObject(t, true);
                t = next;
            }
        }
    }

    /** Calls f with each tuple parked on the free lists (dead blocks, for the heap verifier). */
    static void forEachFree(java.util.function.LongConsumer f) {
        for (int i = 0; i < NFREELISTS; i++) {
            for (long t = FREE_LIST[i]; t != 0; t = get(t, 0)) {
                f.accept(t);
            }
        }
    }

    /** Tuples of length {@code n} (1..20) on the free list ({@code sys._debugmallocstats}). */
    public static int numFree(int n) {
        return NUM_FREE[n - 1];
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.TUPLE.address;
    }

    public static long size(long t) {
        return Memory.getLong(t + OB_SIZE);
    }

    /** Borrowed reference to item i. */
    public static long get(long t, long i) {
        return Memory.getLong(t + TUPLE_ITEMS + 8 * i);
    }

    /** Stores a reference (stolen) into slot i of a tuple being built. */
    public static void set(long t, long i, long item) {
        Memory.putLong(t + TUPLE_ITEMS + 8 * i, item);
    }

    static void dealloc(long t) {
        long n = size(t);
        Heap.untrack(t);
        if (!Heap.trashBegin(t)) {
            return;
        }
        for (long i = n - 1; i >= 0; i--) {
            Heap.xdecref(get(t, i));
        }
        if (!freeListPush(t)) {
            Heap.freeObject(t, true);
        }
        Heap.trashEnd();
    }

    public static long concat(long a, long b) {
        long na = size(a);
        long nb = size(b);
        if (nb == 0) {
            return Heap.newRef(a);
        }
        if (na == 0) {
            return Heap.newRef(b);
        }
        long r = allocate(na + nb);
        for (long i = 0; i < na; i++) {
            set(r, i, Heap.newRef(get(a, i)));
        }
        for (long i = 0; i < nb; i++) {
            set(r, na + i, Heap.newRef(get(b, i)));
        }
        return r;
    }

    public static long repeat(long a, long times) {
        long n = size(a);
        if (times == 1) {
            return Heap.newRef(a);
        }
        if (times <= 0 || n == 0) {
            return Heap.newRef(EMPTY);
        }
        if (n > Long.MAX_VALUE / times || n * times > (Long.MAX_VALUE - TUPLE_ITEMS - 8) / 8) {
            throw Errors.memoryError(); // tuplerepeat, tuple_alloc
        }
        long r = allocate(n * times);
        for (long k = 0; k < times; k++) {
            for (long i = 0; i < n; i++) {
                set(r, k * n + i, Heap.newRef(get(a, i)));
            }
        }
        return r;
    }

    /** The tuple type's slots. */
    static final class Type extends PyType {
        Type() {
            super("tuple", Types.OBJECT, true, TUPLE_ITEMS, 8);
        }

        /** CPython 3.11 has tuple_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count == 0) {
                return Heap.newRef(EMPTY);
            }
            if (count > 1) {
                throw Errors.typeError("tuple expected at most 1 argument, got " + count);
            }
            long x = args[offset];
            if (check(x)) {
                return Heap.newRef(x);
            }
            long list = ListObject.allocate(0);
            try {
                ListObject.extend(list, x);
                long n = ListObject.size(list);
                long t = allocate(n);
                for (long i = 0; i < n; i++) {
                    set(t, i, Heap.newRef(ListObject.get(list, i)));
                }
                return t;
            } finally {
                Heap.decref(list);
            }
        }

        @Override
        public void dealloc(long obj) {
            TupleObject.dealloc(obj);
        }

        @Override
        public String repr(long obj) {
            long n = size(obj);
            if (n == 0) {
                return "()";
            }
            if (n == 1) {
                return Ops.reprGuarded(obj, "(...)", () -> "(" + Ops.reprJava(get(obj, 0)) + ",)");
            }
            return Ops.reprGuarded(obj, "(...)", () -> Ops.reprItems(obj, n, TupleObject::get, "(", ")"));
        }

        @Override
        protected void defineMethods() {
            SlotWrappers.repr(this);
            SlotWrappers.hash(this);
            SlotWrappers.sequence(this);
            SlotWrappers.comparisons(this);
            SlotWrappers.binary(this, "__add__", null, Ops.NB_ADD);
            SlotWrappers.repeat(this, false);
            method("index", (self, a, o, n) -> {
                Args.count("index", n, 1, 3);
                long start = n > 1 ? ListMethods.sliceIndex(a[o + 1], size(self)) : 0;
                long stop = n > 2 ? ListMethods.sliceIndex(a[o + 2], size(self)) : size(self);
                for (long i = start; i < stop; i++) {
                    if (Ops.equal(get(self, i), a[o])) {
                        return IntObject.fromLong(i);
                    }
                }
                throw Errors.valueError("tuple.index(x): x not in tuple");
            });
            method("count", (self, a, o, n) -> {
                Args.exactly("tuple.count", n, 1);
                long c = 0;
                for (long i = 0; i < size(self); i++) {
                    if (Ops.equal(get(self, i), a[o])) {
                        c++;
                    }
                }
                return IntObject.fromLong(c);
            });
        }

        @Override
        public long hash(long obj) {
            return Ops.tupleHash(obj);
        }

        @Override
        public long sizeof(long obj) {
            return TUPLE_ITEMS + 8 * size(obj);
        }

        @Override
        public boolean isTrue(long obj) {
            return size(obj) != 0;
        }

        @Override
        public long length(long obj) {
            return size(obj);
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (!check(b)) {
                return 0;
            }
            return Ops.compareSequences(a, b, false, op);
        }

        /** tuplecontains: the items compared as they are, no reference taken. */
        @Override
        public int contains(long obj, long item) {
            for (long i = 0, n = size(obj); i < n; i++) {
                if (Ops.equal(get(obj, i), item)) {
                    return 1;
                }
            }
            return 0;
        }

        @Override
        public long getItem(long obj, long key) {
            if (SliceObject.check(key)) {
                return SliceObject.sliceTuple(obj, key);
            }
            long i = Ops.sequenceIndex(key, size(obj), "tuple");
            return Heap.newRef(get(obj, i));
        }

        @Override
        public long iter(long obj) {
            return SeqIterObject.create(Types.TUPLE_ITERATOR, obj);
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (op == Ops.NB_ADD) {
                return Ops.concatSequences(a, b, TupleObject::check, "tuple", TupleObject::concat);
            }
            if (op == Ops.NB_MULTIPLY) {
                return Ops.repeatSequence(a, b, Types.TUPLE, TupleObject::repeat);
            }
            return 0;
        }

        @Override
        /** tupletraverse: last item first. */
        public void traverse(long obj, Visitor visit) {
            visitReversed(obj + TUPLE_ITEMS, size(obj), visit);
        }
    }
}
