package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.math.BigInteger;

import org.minipy.runtime.mem.Memory;

/** range (start, stop, step, length as int objects) and range_iterator (machine-word ranges). */
public final class RangeObject {
    private RangeObject() {}

    /** range(start, stop, step): takes new references to the three ints. */
    public static long create(long start, long stop, long step) {
        if (IntObject.isZero(step)) {
            throw Errors.valueError("range() arg 3 must not be zero");
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
        long r = Heap.allocObject(Types.RANGE.address, RANGE_SIZE, false);
        Memory.putLong(r + RANGE_START, Heap.newRef(start));
        Memory.putLong(r + RANGE_STOP, Heap.newRef(stop));
        Memory.putLong(r + RANGE_STEP, Heap.newRef(step));
        Memory.putLong(r + RANGE_LENGTH, IntObject.fromBig(len));
        return r;
    }

    /** The range type's slots. */
    static final class Type extends PyType {
        Type() {
            super("range", Types.OBJECT, false, RANGE_SIZE, 0);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count < 1 || count > 3) {
                throw Errors.typeError(count == 0 ? "range expected at least 1 argument, got 0"
                        : "range expected at most 3 arguments, got " + count);
            }
            for (int i = 0; i < count; i++) {
                if (!IntObject.check(args[offset + i])) {
                    throw Errors.typeError("'" + Types.of(args[offset + i]).name
                            + "' object cannot be interpreted as an integer");
                }
            }
            if (count == 1) {
                return create(IntObject.small(0), args[offset], IntObject.small(1));
            }
            return create(args[offset], args[offset + 1], count == 3 ? args[offset + 2] : IntObject.small(1));
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
            return IntObject.asLong(field(obj, RANGE_LENGTH));
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
                return SliceObject.sliceRange(obj, key);
            }
            long i = Ops.sequenceIndex(key, length(obj), "range object");
            return IntObject.fromBig(IntObject.toBig(field(obj, RANGE_START))
                    .add(BigInteger.valueOf(i).multiply(IntObject.toBig(field(obj, RANGE_STEP)))));
        }
    }

    /** range_iterator's slots. */
    static final class IterType extends PyType {
        IterType() {
            super("range_iterator", Types.OBJECT, false, RANGEITER_SIZE, 0);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            long i = field(obj, RANGEITER_INDEX);
            if (i >= field(obj, RANGEITER_LEN)) {
                return 0;
            }
            Memory.putLong(obj + RANGEITER_INDEX, i + 1);
            return IntObject.fromLong(field(obj, RANGEITER_START) + i * field(obj, RANGEITER_STEP));
        }
    }
}
