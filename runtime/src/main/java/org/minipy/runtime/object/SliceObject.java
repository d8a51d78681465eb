package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.math.BigInteger;

import org.minipy.runtime.mem.Memory;

/**
 * slice: PySliceObject (start, stop, step; 40 bytes + GC header, tracked), and slicing of the
 * built-in sequences.
 *
 * <p>CPython 3.11 keeps one dead slice for reuse (the interpreter's slice_cache): dealloc parks
 * the object there when the slot is free, and the next slice takes it back, so {@code x[1:3]} in
 * a loop reuses one address and does not move the collector's count.
 */
public final class SliceObject {
    private static long cache;

    private SliceObject() {}

    /** The dead slice kept for reuse, or 0 (for the heap verifier). */
    static long cached() {
        return cache;
    }

    /** PySlice_New: a new slice of start, stop, step (borrowed; 0 means None). */
    public static long create(long start, long stop, long step) {
        long s = cache;
        if (s != 0) {
            cache = 0;
            Memory.putLong(s + OB_REFCNT, 1);
        } else {
            s = Heap.allocObject(Types.SLICE.address, SLICE_SIZE, true);
        }
        Memory.putLong(s + SLICE_STEP, Heap.newRef(step == 0 ? BoolObject.NONE : step));
        Memory.putLong(s + SLICE_START, Heap.newRef(start == 0 ? BoolObject.NONE : start));
        Memory.putLong(s + SLICE_STOP, Heap.newRef(stop == 0 ? BoolObject.NONE : stop));
        Heap.track(s);
        return s;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.SLICE.address;
    }

    public static long start(long s) {
        return Memory.getLong(s + SLICE_START);
    }

    public static long stop(long s) {
        return Memory.getLong(s + SLICE_STOP);
    }

    public static long step(long s) {
        return Memory.getLong(s + SLICE_STEP);
    }

    static void dealloc(long s) {
        Heap.untrack(s);
        Heap.decref(step(s));
        Heap.decref(start(s));
        Heap.decref(stop(s));
        if (cache == 0) {
            cache = s;
        } else {
            Heap.freeObject(s, true);
        }
    }

    // ---- indices: PySlice_Unpack + PySlice_AdjustIndices

    /** {start, stop, step, slicelength} of the slice over a sequence of the given length. */
    public static long[] indices(long slice, long length) {
        long step = 1;
        if (step(slice) != BoolObject.NONE) {
            step = sliceIndex(step(slice));
            if (step == 0) {
                throw Errors.valueError("slice step cannot be zero");
            }
            step = Math.max(step, -Long.MAX_VALUE);
        }
        long start = start(slice) == BoolObject.NONE ? (step < 0 ? Long.MAX_VALUE : 0) : sliceIndex(start(slice));
        long stop = stop(slice) == BoolObject.NONE ? (step < 0 ? Long.MIN_VALUE : Long.MAX_VALUE)
                : sliceIndex(stop(slice));
        if (start < 0) {
            start += length;
            if (start < 0) {
                start = step < 0 ? -1 : 0;
            }
        } else if (start >= length) {
            start = step < 0 ? length - 1 : length;
        }
        if (stop < 0) {
            stop += length;
            if (stop < 0) {
                stop = step < 0 ? -1 : 0;
            }
        } else if (stop >= length) {
            stop = step < 0 ? length - 1 : length;
        }
        long n = 0;
        if (step < 0) {
            if (stop < start) {
                n = (start - stop - 1) / (-step) + 1;
            }
        } else if (start < stop) {
            n = (stop - start - 1) / step + 1;
        }
        return new long[] {start, stop, step, n};
    }

    /** _PyEval_SliceIndex: an int clamped to the machine-word range. */
    private static long sliceIndex(long v) {
        if (!IntObject.check(v)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (IntObject.fitsMachineWord(v)) {
            return IntObject.wordValue(v);
        }
        return IntObject.toBig(v).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    // ---- slicing the built-in sequences: new references

    /** list[slice] (list_subscript). */
    public static long sliceList(long l, long slice) {
        long[] ix = indices(slice, ListObject.size(l));
        long n = ix[3];
        long r = ListObject.allocate(n);
        for (long i = 0, cur = ix[0]; i < n; i++, cur += ix[2]) {
            ListObject.set(r, i, Heap.newRef(ListObject.get(l, cur)));
        }
        return r;
    }

    /** tuple[slice] (tuple_subscript): the tuple itself for a full forward slice. */
    public static long sliceTuple(long t, long slice) {
        long size = TupleObject.size(t);
        long[] ix = indices(slice, size);
        long n = ix[3];
        if (n == size && ix[0] == 0 && ix[2] == 1) {
            return Heap.newRef(t);
        }
        long r = TupleObject.allocate(n);
        for (long i = 0, cur = ix[0]; i < n; i++, cur += ix[2]) {
            TupleObject.set(r, i, Heap.newRef(TupleObject.get(t, cur)));
        }
        return r;
    }

    /** str[slice] (unicode_subscript): the narrowest kind that holds the characters taken. */
    public static long sliceStr(long s, long slice) {
        long size = StrObject.length(s);
        long[] ix = indices(slice, size);
        long n = ix[3];
        if (n == size && ix[0] == 0 && ix[2] == 1) {
            return Heap.newRef(s);
        }
        if (ix[2] == 1 && StrObject.isAscii(s)) {
            return StrObject.asciiSubstring(s, ix[0], n);
        }
        StringBuilder sb = new StringBuilder((int) n);
        for (long i = 0, cur = ix[0]; i < n; i++, cur += ix[2]) {
            sb.appendCodePoint(StrObject.charAt(s, cur));
        }
        return StrObject.fromJava(sb.toString());
    }

    /** range[slice] (range_subscript's compute_slice): a new range. */
    public static long sliceRange(long r, long slice) {
        long len = IntObject.asLong(Memory.getLong(r + RANGE_LENGTH));
        long[] ix = indices(slice, len);
        BigInteger start = IntObject.toBig(Memory.getLong(r + RANGE_START));
        BigInteger step = IntObject.toBig(Memory.getLong(r + RANGE_STEP));
        long substart = IntObject.fromBig(start.add(step.multiply(BigInteger.valueOf(ix[0]))));
        long substop = IntObject.fromBig(start.add(step.multiply(BigInteger.valueOf(ix[1]))));
        long substep = IntObject.fromBig(step.multiply(BigInteger.valueOf(ix[2])));
        try {
            return RangeObject.create(substart, substop, substep);
        } finally {
            Heap.decref(substart);
            Heap.decref(substop);
            Heap.decref(substep);
        }
    }

    /** The slice type's slots. */
    static final class Type extends PyType {
        Type() {
            super("slice", Types.OBJECT, true, SLICE_SIZE, 0);
        }

        @Override
        protected void defineMethods() {
            method("indices", (self, a, o, n) -> {
                Args.exactly("indices", n, 1);
                long length = Ops.index(a[o], "'%s' object cannot be interpreted as an integer");
                if (length < 0) {
                    throw Errors.valueError("length should not be negative");
                }
                long[] ix = indices(self, length);
                long t = TupleObject.allocate(3);
                for (int i = 0; i < 3; i++) {
                    TupleObject.set(t, i, IntObject.fromLong(ix[i]));
                }
                return t;
            });
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count < 1 || count > 3) {
                throw Errors.typeError(count == 0 ? "slice expected at least 1 argument, got 0"
                        : "slice expected at most 3 arguments, got " + count);
            }
            if (count == 1) {
                return create(BoolObject.NONE, args[offset], BoolObject.NONE);
            }
            return create(args[offset], args[offset + 1], count == 3 ? args[offset + 2] : BoolObject.NONE);
        }

        @Override
        public void dealloc(long obj) {
            SliceObject.dealloc(obj);
        }

        @Override
        public String repr(long obj) {
            return "slice(" + Ops.reprJava(start(obj)) + ", " + Ops.reprJava(stop(obj)) + ", "
                    + Ops.reprJava(step(obj)) + ")";
        }

        @Override
        public long hash(long obj) {
            throw Errors.typeError("unhashable type: 'slice'");
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (!check(b)) {
                return 0;
            }
            long ta = asTuple(a);
            long tb = asTuple(b);
            try {
                return Ops.richCompare(ta, tb, op);
            } finally {
                Heap.decref(ta);
                Heap.decref(tb);
            }
        }

        private static long asTuple(long s) {
            long t = TupleObject.allocate(3);
            TupleObject.set(t, 0, Heap.newRef(start(s)));
            TupleObject.set(t, 1, Heap.newRef(stop(s)));
            TupleObject.set(t, 2, Heap.newRef(step(s)));
            return t;
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "start" -> Heap.newRef(start(obj));
                case "stop" -> Heap.newRef(stop(obj));
                case "step" -> Heap.newRef(step(obj));
                default -> 0;
            };
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(start(obj));
            visit.visit(stop(obj));
            visit.visit(step(obj));
        }
    }
}
