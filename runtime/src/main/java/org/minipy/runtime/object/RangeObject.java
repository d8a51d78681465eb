package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.math.BigInteger;

import org.minipy.runtime.mem.Memory;

/** range (start, stop, step, length as int objects) and range_iterator (machine-word ranges). */
public final class RangeObject {
    private RangeObject() {}

    /**
     * range(start, stop, step): takes new references to the three ints. The length int is made
     * before the range object, as make_range_object does (compute_range_length first).
     */
    public static long create(long start, long stop, long step) {
        if (IntObject.isZero(step)) {
            throw Errors.valueError("range() arg 3 must not be zero");
        }
        long length = length(start, stop, step);
        long r = Heap.allocObject(Types.RANGE.address, RANGE_SIZE, false);
        Memory.putLong(r + RANGE_START, Heap.newRef(start));
        Memory.putLong(r + RANGE_STOP, Heap.newRef(stop));
        Memory.putLong(r + RANGE_STEP, Heap.newRef(step));
        Memory.putLong(r + RANGE_LENGTH, length);
        return r;
    }

    /** compute_range_length: a new int; machine-word bounds in long arithmetic (compute_range_length_long). */
    private static long length(long start, long stop, long step) {
        if (IntObject.fitsMachineWord(start) && IntObject.fitsMachineWord(stop) && IntObject.fitsMachineWord(step)) {
            long lo = IntObject.wordValue(start); // 60-bit values: no difference below overflows
            long hi = IntObject.wordValue(stop);
            long st = IntObject.wordValue(step);
            long len;
            if (st > 0) {
                len = lo < hi ? (hi - lo - 1) / st + 1 : 0;
            } else {
                len = lo > hi ? (lo - hi - 1) / -st + 1 : 0;
            }
            return IntObject.fromLong(len);
        }
        BigInteger lo = IntObject.toBig(start);
        BigInteger hi = IntObject.toBig(stop);
        BigInteger st = IntObject.toBig(step);
        BigInteger len;
        if (st.signum() > 0) {
            len = lo.compareTo(hi) < 0 ? hi.subtract(lo).subtract(BigInteger.ONE).divide(st).add(BigInteger.ONE) : BigInteger.ZERO;
        } else {
            len = lo.compareTo(hi) > 0 ? lo.subtract(hi).subtract(BigInteger.ONE).divide(st.negate()).add(BigInteger.ONE) : BigInteger.ZERO;
        }
        return IntObject.fromBig(len);
    }

    /** The range type's slots. */
    static final class Type extends PyType {
        Type() {
            super("range", Types.OBJECT, false, RANGE_SIZE, 0);
        }

        /** CPython 3.11 has range_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count < 1 || count > 3) {
                throw Errors.typeError(count == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + count);
            }
            // range_from_array: each argument through PyNumber_Index, in order
            long[] v = new long[count];
            try {
                for (int i = 0; i < count; i++) {
                    v[i] = MethodArgs.numberIndex(args[offset + i]);
                }
                if (count == 1) {
                    return create(IntObject.small(0), v[0], IntObject.small(1));
                }
                return create(v[0], v[1], count == 3 ? v[2] : IntObject.small(1));
            } finally {
                for (long x : v) {
                    Heap.xdecref(x);
                }
            }
        }

        /** A range is not collected, but holds its four ints. */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            visitOffsets(obj, new long[] {RANGE_START, RANGE_STOP, RANGE_STEP, RANGE_LENGTH}, visit);
        }

        @Override
        public void dealloc(long obj) {
            Heap.decref(field(obj, RANGE_START));
            Heap.decref(field(obj, RANGE_STOP));
            Heap.decref(field(obj, RANGE_STEP));
            Heap.decref(field(obj, RANGE_LENGTH));
            Heap.freeObject(obj, false);
        }

        @Override
        public String repr(long obj) {
            String s = "range(" + IntObject.toDecimal(field(obj, RANGE_START)) + ", " + IntObject.toDecimal(field(obj, RANGE_STOP));
            long step = field(obj, RANGE_STEP);
            if (!(IntObject.fitsMachineWord(step) && IntObject.wordValue(step) == 1)) {
                s += ", " + IntObject.toDecimal(step);
            }
            return s + ")";
        }

        @Override
        public long length(long obj) {
            long len = field(obj, RANGE_LENGTH);
            if (!IntObject.fitsMachineWord(len) && IntObject.toBig(len).bitLength() > 63) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            return IntObject.asLong(len);
        }

        @Override
        protected void defineMethods() {
            SlotWrappers.repr(this);
            SlotWrappers.hash(this);
            SlotWrappers.comparisons(this);
            SlotWrappers.bool(this);
            SlotWrappers.sequence(this);
            method("index", (self, a, o, n) -> {
                Args.exactly("range.index", n, 1);
                long x = a[o];
                if (!isExactInt(x)) {
                    long i = iterSearch(self, x, false);
                    if (i < 0) {
                        throw Errors.valueError("sequence.index(x): x not in sequence");
                    }
                    return IntObject.fromLong(i);
                }
                if (!containsLong(self, x)) {
                    throw Errors.valueError(Ops.reprJava(x) + " is not in range");
                }
                return IntObject.fromBig(IntObject.toBig(x).subtract(big(self, RANGE_START)).divide(big(self, RANGE_STEP)));
            });
            method("count", (self, a, o, n) -> {
                Args.exactly("range.count", n, 1);
                long x = a[o];
                if (isExactInt(x)) {
                    return IntObject.fromLong(containsLong(self, x) ? 1 : 0);
                }
                return IntObject.fromLong(iterSearch(self, x, true));
            });
            method("__reversed__", (self, a, o, n) -> {
                Args.exactly("range.__reversed__", n, 0);
                return reversedIter(self);
            });
        }

        @Override
        public long getAttr(long obj, long name) {
            String n = StrObject.toJava(name);
            return switch (n) {
                case "start" -> Heap.newRef(field(obj, RANGE_START));
                case "stop" -> Heap.newRef(field(obj, RANGE_STOP));
                case "step" -> Heap.newRef(field(obj, RANGE_STEP));
                default -> 0;
            };
        }

        @Override
        public int contains(long obj, long item) {
            if (isExactInt(item)) {
                return containsLong(obj, item) ? 1 : 0;
            }
            return iterSearch(obj, item, false) >= 0 ? 1 : 0;
        }

        /** range_equals: same length, and (when not empty) same start, and (when longer than 1) same step. */
        @Override
        public long richCompare(long a, long b, int op) {
            if (Types.typeAddressOf(b) != Types.RANGE.address || (op != Ops.EQ && op != Ops.NE)) {
                return 0;
            }
            boolean eq = a == b;
            if (!eq) {
                BigInteger len = big(a, RANGE_LENGTH);
                eq = len.equals(big(b, RANGE_LENGTH))
                        && (len.signum() == 0 || big(a, RANGE_START).equals(big(b, RANGE_START))
                                && (len.equals(BigInteger.ONE) || big(a, RANGE_STEP).equals(big(b, RANGE_STEP))));
            }
            return BoolObject.fromBoolean(eq == (op == Ops.EQ));
        }

        /** range_hash: hash((len, start, step)) with None for the parts equality ignores. */
        @Override
        public long hash(long obj) {
            long len = field(obj, RANGE_LENGTH);
            long t = TupleObject.allocate(3);
            TupleObject.set(t, 0, Heap.newRef(len));
            boolean empty = IntObject.isZero(len);
            boolean one = !empty && IntObject.fitsMachineWord(len) && IntObject.wordValue(len) == 1;
            TupleObject.set(t, 1, Heap.newRef(empty ? BoolObject.NONE : field(obj, RANGE_START)));
            TupleObject.set(t, 2, Heap.newRef(empty || one ? BoolObject.NONE : field(obj, RANGE_STEP)));
            try {
                return Ops.tupleHash(t);
            } finally {
                Heap.decref(t);
            }
        }

        @Override
        public boolean isTrue(long obj) {
            return !IntObject.isZero(field(obj, RANGE_LENGTH));
        }

        @Override
        public long iter(long obj) {
            long start = field(obj, RANGE_START);
            long step = field(obj, RANGE_STEP);
            long len = field(obj, RANGE_LENGTH);
            if (!IntObject.fitsMachineWord(start) || !IntObject.fitsMachineWord(step) || !IntObject.fitsMachineWord(len)) {
                throw Errors.overflowError("range too large for iteration in minipy yet");
            }
            long it = Heap.allocObject(Types.RANGE_ITERATOR.address, RANGEITER_SIZE, false);
            Memory.putLong(it + RANGEITER_INDEX, 0);
            Memory.putLong(it + RANGEITER_START, IntObject.wordValue(start));
            Memory.putLong(it + RANGEITER_STEP, IntObject.wordValue(step));
            Memory.putLong(it + RANGEITER_LEN, IntObject.wordValue(len));
            return it;
        }

        @Override
        public long getItem(long obj, long key) {
            if (SliceObject.check(key)) {
                return slice(obj, key);
            }
            if (!IntObject.check(key) && !Types.of(key).isSubtypeOf(Types.INT)
                    && !(Types.of(key) instanceof HeapType h && h.find("__index__") != 0)) {
                throw Errors.typeError("range indices must be integers or slices, not " + Types.of(key).name);
            }
            BigInteger i = MethodArgs.bigIndex(key);
            BigInteger len = big(obj, RANGE_LENGTH);
            if (i.signum() < 0) {
                i = i.add(len);
            }
            if (i.signum() < 0 || i.compareTo(len) >= 0) {
                throw Errors.indexError("range object index out of range");
            }
            return IntObject.fromBig(item(obj, i));
        }
    }

    private static BigInteger big(long r, long field) {
        return IntObject.toBig(Memory.getLong(r + field));
    }

    /** compute_item: start + i * step. */
    private static BigInteger item(long r, BigInteger i) {
        return big(r, RANGE_START).add(i.multiply(big(r, RANGE_STEP)));
    }

    private static boolean isExactInt(long x) {
        long t = Types.typeAddressOf(x);
        return t == Types.INT.address || t == Types.BOOL.address;
    }

    /** range_contains_long: within the bounds and on a step. */
    private static boolean containsLong(long r, long x) {
        BigInteger v = IntObject.toBig(x);
        BigInteger start = big(r, RANGE_START);
        BigInteger stop = big(r, RANGE_STOP);
        BigInteger step = big(r, RANGE_STEP);
        boolean in = step.signum() > 0 ? start.compareTo(v) <= 0 && v.compareTo(stop) < 0
                : stop.compareTo(v) < 0 && v.compareTo(start) <= 0;
        return in && v.subtract(start).mod(step.abs()).signum() == 0;
    }

    /** _PySequence_IterSearch: the index of the first item equal to x (-1), or the count. */
    private static long iterSearch(long r, long x, boolean count) {
        long it = Ops.iter(r);
        long n = 0;
        long i = 0;
        try {
            for (long v = Ops.next(it); v != 0; v = Ops.next(it), i++) {
                boolean eq = Ops.equal(v, x);
                Heap.decref(v);
                if (eq) {
                    if (!count) {
                        return i;
                    }
                    n++;
                }
            }
        } finally {
            Heap.decref(it);
        }
        return count ? n : -1;
    }

    /** range.__reversed__ (range_reverse) for ranges whose bounds fit machine words. */
    private static long reversedIter(long r) {
        long start = Memory.getLong(r + RANGE_START);
        long step = Memory.getLong(r + RANGE_STEP);
        long len = Memory.getLong(r + RANGE_LENGTH);
        if (!IntObject.fitsMachineWord(start) || !IntObject.fitsMachineWord(step) || !IntObject.fitsMachineWord(len)) {
            throw Errors.overflowError("range too large for iteration in minipy yet");
        }
        long n = IntObject.wordValue(len);
        long st = IntObject.wordValue(step);
        long it = Heap.allocObject(Types.RANGE_ITERATOR.address, RANGEITER_SIZE, false);
        Memory.putLong(it + RANGEITER_INDEX, 0);
        Memory.putLong(it + RANGEITER_START, n == 0 ? IntObject.wordValue(start) : IntObject.wordValue(start) + (n - 1) * st);
        Memory.putLong(it + RANGEITER_STEP, -st);
        Memory.putLong(it + RANGEITER_LEN, n);
        return it;
    }

    /** compute_slice with _PySlice_GetLongIndices: a new range, bounds as big ints. */
    private static long slice(long r, long slice) {
        BigInteger length = big(r, RANGE_LENGTH);
        long stepObj = Memory.getLong(slice + SLICE_STEP);
        BigInteger step = stepObj == BoolObject.NONE ? BigInteger.ONE : sliceBound(stepObj);
        if (step.signum() == 0) {
            throw Errors.valueError("slice step cannot be zero");
        }
        boolean neg = step.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? length.add(lower) : length;
        BigInteger start = bound(Memory.getLong(slice + SLICE_START), neg ? upper : lower, length, lower, upper);
        BigInteger stop = bound(Memory.getLong(slice + SLICE_STOP), neg ? lower : upper, length, lower, upper);
        long substart = IntObject.fromBig(item(r, start));
        long substop = IntObject.fromBig(item(r, stop));
        long substep = IntObject.fromBig(step.multiply(big(r, RANGE_STEP)));
        try {
            return create(substart, substop, substep);
        } finally {
            Heap.decref(substart);
            Heap.decref(substop);
            Heap.decref(substep);
        }
    }

    private static BigInteger sliceBound(long obj) {
        if (!IntObject.check(obj) && !Types.of(obj).isSubtypeOf(Types.INT) && !(Types.of(obj) instanceof HeapType h && h.find("__index__") != 0)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return MethodArgs.bigIndex(obj);
    }

    private static BigInteger bound(long obj, BigInteger dflt, BigInteger length, BigInteger lower, BigInteger upper) {
        if (obj == BoolObject.NONE) {
            return dflt;
        }
        BigInteger v = sliceBound(obj);
        if (v.signum() < 0) {
            v = v.add(length);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }

    /** range_iterator's slots. */
    static final class IterType extends PyType {
        IterType() {
            super("range_iterator", Types.OBJECT, false, RANGEITER_SIZE, 0);
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        /** rangeiter_len. */
        @Override
        public long lengthHint(long obj) {
            return Math.max(0, field(obj, RANGEITER_LEN) - field(obj, RANGEITER_INDEX));
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            return iterNext(obj);
        }
    }

    /** rangeiter_next: the next int (a new reference), or 0 at the end. */
    public static long iterNext(long obj) {
        long i = Memory.getLong(obj + RANGEITER_INDEX);
        if (i >= Memory.getLong(obj + RANGEITER_LEN)) {
            return 0;
        }
        Memory.putLong(obj + RANGEITER_INDEX, i + 1);
        return IntObject.fromLong(Memory.getLong(obj + RANGEITER_START) + i * Memory.getLong(obj + RANGEITER_STEP));
    }
}
