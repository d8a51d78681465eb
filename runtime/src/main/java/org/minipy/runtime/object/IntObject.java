package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.math.BigInteger;

import org.minipy.runtime.mem.Memory;

/**
 * int: CPython 3.11's PyLongObject. {@code ob_size} is the number of 30-bit digits, negated for
 * a negative value (0 for zero); the digits follow as 32-bit words, least significant first.
 * Ints -5..256 are preallocated in one static array (32 bytes apart, as in CPython), and every
 * operation that yields one of them returns the shared object.
 *
 * <p>Arithmetic runs on Java longs while the operands and result fit in a machine word, and on
 * {@link BigInteger} temporaries beyond; the value itself only ever lives in the digits.
 */
public final class IntObject {
    public static final int SMALL_MIN = -5;
    public static final int SMALL_MAX = 256;
    private static final long SMALL_STRIDE = 32;
    private static final long DIGIT_MASK = (1L << DIGIT_BITS) - 1;
    /** The modulus of CPython's numeric hash, 2**61 - 1. */
    public static final long HASH_MODULUS = (1L << 61) - 1;

    private static final long SMALL_INTS = makeSmallInts();

    static {
        // each small int's own reference, as a static object in CPython
        Roots.register("small ints", visit -> {
            for (int i = 0; i <= SMALL_MAX - SMALL_MIN; i++) {
                visit.visit(SMALL_INTS + i * SMALL_STRIDE);
            }
        });
    }

    private IntObject() {}

    private static long makeSmallInts() {
        int n = SMALL_MAX - SMALL_MIN + 1;
        long base = Memory.allocateNative(n * SMALL_STRIDE);
        Memory.fill(base, n * SMALL_STRIDE, (byte) 0);
        for (int i = 0; i < n; i++) {
            long v = i + SMALL_MIN;
            long obj = base + i * SMALL_STRIDE;
            Memory.putLong(obj + OB_REFCNT, 1);
            Memory.putLong(obj + OB_TYPE, Types.INT.address);
            writeSmallValue(obj, v);
        }
        return base;
    }

    /** Writes a value of at most one digit into an object that has room for one. */
    static void writeSmallValue(long obj, long v) {
        long mag = Math.abs(v);
        Memory.putLong(obj + OB_SIZE, v == 0 ? 0 : (v < 0 ? -1 : 1));
        Memory.putInt(obj + LONG_DIGITS, (int) mag);
    }

    public static boolean isSmall(long v) {
        return v >= SMALL_MIN && v <= SMALL_MAX;
    }

    /** The preallocated object for a small value (borrowed). */
    public static long small(long v) {
        return SMALL_INTS + (v - SMALL_MIN) * SMALL_STRIDE;
    }

    // ---- construction

    /** A new reference to an int with value v. */
    public static long fromLong(long v) {
        if (v >= SMALL_MIN && v <= SMALL_MAX) {
            long obj = small(v);
            Heap.incref(obj);
            return obj;
        }
        if (v == Long.MIN_VALUE) {
            return fromBig(BigInteger.valueOf(v));
        }
        long mag = Math.abs(v);
        int ndigits = mag < (1L << 30) ? 1 : (mag < (1L << 60) ? 2 : 3);
        long obj = allocate(ndigits);
        Memory.putLong(obj + OB_SIZE, v < 0 ? -ndigits : ndigits);
        for (int i = 0; i < ndigits; i++) {
            Memory.putInt(obj + LONG_DIGITS + 4L * i, (int) (mag & DIGIT_MASK));
            mag >>>= DIGIT_BITS;
        }
        return obj;
    }

    /** A new reference to an int with value v. */
    public static long fromBig(BigInteger v) {
        if (v.bitLength() < 63) {
            long lv = v.longValue();
            if (lv != Long.MIN_VALUE) {
                return fromLong(lv);
            }
        }
        BigInteger mag = v.abs();
        int ndigits = (mag.bitLength() + DIGIT_BITS - 1) / DIGIT_BITS;
        long obj = allocate(ndigits);
        Memory.putLong(obj + OB_SIZE, v.signum() < 0 ? -ndigits : ndigits);
        // the magnitude's bytes, least significant first, packed into 30-bit digits (linear time)
        byte[] be = mag.toByteArray();
        long acc = 0;
        int bits = 0;
        int d = 0;
        for (int i = be.length - 1; i >= 0 && d < ndigits; i--) {
            acc |= (be[i] & 0xFFL) << bits;
            bits += 8;
            if (bits >= DIGIT_BITS) {
                Memory.putInt(obj + LONG_DIGITS + 4L * d++, (int) (acc & DIGIT_MASK));
                acc >>>= DIGIT_BITS;
                bits -= DIGIT_BITS;
            }
        }
        if (d < ndigits) {
            Memory.putInt(obj + LONG_DIGITS + 4L * d, (int) (acc & DIGIT_MASK));
        }
        return obj;
    }

    private static long allocate(int ndigits) {
        return Heap.allocObject(Types.INT.address, LONG_DIGITS + DIGIT_SIZE * Math.max(1, ndigits), false);
    }

    // ---- reading

    public static boolean check(long obj) {
        long t = Types.typeAddressOf(obj);
        return t == Types.INT.address || t == Types.BOOL.address;
    }

    public static long digitCount(long obj) {
        return Math.abs(Memory.getLong(obj + OB_SIZE));
    }

    /** Whether the value fits in a long (at most two digits: 60 bits). */
    public static boolean fitsMachineWord(long obj) {
        long size = Memory.getLong(obj + OB_SIZE);
        return size >= -2 && size <= 2;
    }

    /** The value of an int whose {@link #fitsMachineWord} is true. */
    public static long wordValue(long obj) {
        long size = Memory.getLong(obj + OB_SIZE);
        if (size == 0) {
            return 0;
        }
        long n = Math.abs(size);
        long mag = Memory.getInt(obj + LONG_DIGITS) & 0xFFFFFFFFL;
        if (n == 2) {
            mag |= (Memory.getInt(obj + LONG_DIGITS + 4) & 0xFFFFFFFFL) << DIGIT_BITS;
        }
        return size < 0 ? -mag : mag;
    }

    public static BigInteger toBig(long obj) {
        long size = Memory.getLong(obj + OB_SIZE);
        if (size >= -2 && size <= 2) {
            return BigInteger.valueOf(wordValue(obj));
        }
        int n = (int) Math.abs(size);
        // the 30-bit digits unpacked into big-endian bytes (linear time)
        byte[] be = new byte[(n * DIGIT_BITS + 7) / 8 + 1];
        long acc = 0;
        int bits = 0;
        int k = be.length - 1;
        for (int i = 0; i < n; i++) {
            acc |= (Memory.getInt(obj + LONG_DIGITS + 4L * i) & 0xFFFFFFFFL) << bits;
            bits += DIGIT_BITS;
            while (bits >= 8) {
                be[k--] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
        }
        while (k >= 0) {
            be[k--] = (byte) acc;
            acc >>>= 8;
        }
        return new BigInteger(size < 0 ? -1 : 1, be);
    }

    /** PyLong_AsLong: the value as a long; OverflowError if it does not fit. */
    public static long asLong(long obj) {
        return asCType(obj, "long");
    }

    /** PyLong_AsSsize_t: the same 64 bits here, with its own OverflowError message. */
    public static long asSsize(long obj) {
        return asCType(obj, "ssize_t");
    }

    private static long asCType(long obj, String cType) {
        if (fitsMachineWord(obj)) {
            return wordValue(obj);
        }
        BigInteger b = toBig(obj);
        if (b.bitLength() > 63) {
            throw Errors.overflowError("Python int too large to convert to C " + cType);
        }
        return b.longValue();
    }

    /** The decimal digits, within the int/str conversion limit (ValueError past it, as CPython 3.11). */
    public static String toDecimal(long obj) {
        return fitsMachineWord(obj) ? Long.toString(wordValue(obj)) : IntMethods.toDecimal(toBig(obj));
    }

    public static long sizeof(long obj) {
        return LONG_DIGITS + DIGIT_SIZE * Math.max(1, digitCount(obj));
    }

    /** CPython's hash of an int: the value modulo 2**61 - 1, keeping the sign; -1 becomes -2. */
    public static long hash(long obj) {
        long h;
        if (fitsMachineWord(obj)) {
            long v = wordValue(obj);
            h = Math.floorMod(Math.abs(v), HASH_MODULUS);
            if (v < 0) {
                h = -h;
            }
        } else {
            BigInteger b = toBig(obj);
            h = b.abs().mod(BigInteger.valueOf(HASH_MODULUS)).longValue();
            if (b.signum() < 0) {
                h = -h;
            }
        }
        return h == -1 ? -2 : h;
    }

    // ---- arithmetic: each returns a new reference

    public static long add(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return fromLong(wordValue(a) + wordValue(b)); // 61-bit operands cannot overflow
        }
        // _PyLong_Add on digits
        long sa = Memory.getLong(a + OB_SIZE);
        long sb = Memory.getLong(b + OB_SIZE);
        if (sa < 0) {
            if (sb < 0) {
                long z = xAdd(a, b);
                Memory.putLong(z + OB_SIZE, -Memory.getLong(z + OB_SIZE));
                return z;
            }
            return xSub(b, a);
        }
        return sb < 0 ? xSub(a, b) : xAdd(a, b);
    }

    public static long subtract(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return fromLong(wordValue(a) - wordValue(b));
        }
        // _PyLong_Subtract on digits
        long sa = Memory.getLong(a + OB_SIZE);
        long sb = Memory.getLong(b + OB_SIZE);
        if (sa < 0) {
            if (sb < 0) {
                return xSub(b, a);
            }
            long z = xAdd(a, b); // at least 2^30 in magnitude: never a cached small int
            Memory.putLong(z + OB_SIZE, -Memory.getLong(z + OB_SIZE));
            return z;
        }
        return sb < 0 ? xAdd(a, b) : xSub(a, b);
    }

    private static long digit(long obj, long i) {
        return Memory.getInt(obj + LONG_DIGITS + 4 * i) & 0xFFFFFFFFL;
    }

    /** x_add: |a| + |b|, a new positive int of size_a + 1 digits, normalised. */
    private static long xAdd(long a, long b) {
        long sizeA = Math.abs(Memory.getLong(a + OB_SIZE));
        long sizeB = Math.abs(Memory.getLong(b + OB_SIZE));
        if (sizeA < sizeB) {
            long t = a;
            a = b;
            b = t;
            long ts = sizeA;
            sizeA = sizeB;
            sizeB = ts;
        }
        long z = allocate((int) sizeA + 1);
        long carry = 0;
        long i = 0;
        for (; i < sizeB; i++) {
            carry += digit(a, i) + digit(b, i);
            Memory.putInt(z + LONG_DIGITS + 4 * i, (int) (carry & DIGIT_MASK));
            carry >>>= DIGIT_BITS;
        }
        for (; i < sizeA; i++) {
            carry += digit(a, i);
            Memory.putInt(z + LONG_DIGITS + 4 * i, (int) (carry & DIGIT_MASK));
            carry >>>= DIGIT_BITS;
        }
        Memory.putInt(z + LONG_DIGITS + 4 * i, (int) carry);
        Memory.putLong(z + OB_SIZE, sizeA + 1);
        return normalize(z);
    }

    /** x_sub: |a| - |b| with its sign, normalised; a small result is the cached small int. */
    private static long xSub(long a, long b) {
        long sizeA = Math.abs(Memory.getLong(a + OB_SIZE));
        long sizeB = Math.abs(Memory.getLong(b + OB_SIZE));
        int sign = 1;
        if (sizeA < sizeB) {
            sign = -1;
            long t = a;
            a = b;
            b = t;
            long ts = sizeA;
            sizeA = sizeB;
            sizeB = ts;
        } else if (sizeA == sizeB) {
            long i = sizeA;
            while (--i >= 0 && digit(a, i) == digit(b, i)) {
                // find the highest digit where they differ
            }
            if (i < 0) {
                return fromLong(0);
            }
            if (digit(a, i) < digit(b, i)) {
                sign = -1;
                long t = a;
                a = b;
                b = t;
            }
            sizeA = sizeB = i + 1;
        }
        long z = allocate((int) sizeA);
        long borrow = 0;
        long i = 0;
        for (; i < sizeB; i++) {
            borrow = digit(a, i) - digit(b, i) - borrow;
            Memory.putInt(z + LONG_DIGITS + 4 * i, (int) (borrow & DIGIT_MASK));
            borrow = (borrow >>> DIGIT_BITS) & 1;
        }
        for (; i < sizeA; i++) {
            borrow = digit(a, i) - borrow;
            Memory.putInt(z + LONG_DIGITS + 4 * i, (int) (borrow & DIGIT_MASK));
            borrow = (borrow >>> DIGIT_BITS) & 1;
        }
        Memory.putLong(z + OB_SIZE, sign * sizeA);
        z = normalize(z);
        return maybeSmall(z);
    }

    /** long_normalize: drops leading zero digits (the block keeps its size). */
    private static long normalize(long z) {
        long size = Memory.getLong(z + OB_SIZE);
        long n = Math.abs(size);
        long j = n;
        while (j > 0 && digit(z, j - 1) == 0) {
            j--;
        }
        if (j != n) {
            Memory.putLong(z + OB_SIZE, size < 0 ? -j : j);
        }
        return z;
    }

    /** maybe_small_long: a value in the small-int range is the cached object. */
    private static long maybeSmall(long z) {
        long size = Memory.getLong(z + OB_SIZE);
        if (size >= -1 && size <= 1) {
            long v = wordValue(z);
            if (v >= SMALL_MIN && v <= SMALL_MAX) {
                Heap.decref(z);
                return fromLong(v);
            }
        }
        return z;
    }

    public static long multiply(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            long x = wordValue(a);
            long y = wordValue(b);
            long hi = Math.multiplyHigh(x, y);
            long lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return fromLong(lo);
            }
        }
        return fromBig(toBig(a).multiply(toBig(b)));
    }

    public static long floorDivide(long a, long b) {
        if (isZero(b)) {
            throw Errors.zeroDivisionError("integer division or modulo by zero");
        }
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return fromLong(Math.floorDiv(wordValue(a), wordValue(b)));
        }
        BigInteger[] qr = toBig(a).divideAndRemainder(toBig(b));
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != toBig(b).signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return fromBig(q);
    }

    public static long remainder(long a, long b) {
        if (isZero(b)) {
            throw Errors.zeroDivisionError("integer modulo by zero");
        }
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return fromLong(Math.floorMod(wordValue(a), wordValue(b)));
        }
        BigInteger bb = toBig(b);
        BigInteger r = toBig(a).mod(bb.abs());
        if (bb.signum() < 0 && r.signum() != 0) {
            r = r.add(bb);
        }
        return fromBig(r);
    }

    /** a ** b for b >= 0 (a negative exponent gives a float: the caller's business). */
    public static long power(long a, long b) {
        BigInteger exp = toBig(b);
        if (exp.signum() < 0) {
            throw Errors.valueError("negative exponent");
        }
        BigInteger base = toBig(a);
        if (exp.bitLength() > 31) {
            if (base.abs().compareTo(BigInteger.ONE) <= 0) {
                return fromBig(base.signum() == 0 ? BigInteger.ZERO
                        : (base.signum() > 0 || !exp.testBit(0) ? BigInteger.ONE : BigInteger.ONE.negate()));
            }
            throw Errors.memoryError();
        }
        return fromBig(base.pow(exp.intValue()));
    }

    public static long negate(long a) {
        if (fitsMachineWord(a)) {
            return fromLong(-wordValue(a));
        }
        return fromBig(toBig(a).negate());
    }

    public static long invert(long a) {
        if (fitsMachineWord(a)) {
            return fromLong(~wordValue(a));
        }
        return fromBig(toBig(a).not());
    }

    // (the bitwise operators on two's complement longs give the values of Python's infinite
    // two's complement ints when both operands fit a long)

    public static long and(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return fromLong(wordValue(a) & wordValue(b));
        }
        return fromBig(toBig(a).and(toBig(b)));
    }

    public static long or(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return fromLong(wordValue(a) | wordValue(b));
        }
        return fromBig(toBig(a).or(toBig(b)));
    }

    public static long xor(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return fromLong(wordValue(a) ^ wordValue(b));
        }
        return fromBig(toBig(a).xor(toBig(b)));
    }

    public static long lshift(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            long x = wordValue(a);
            long k = wordValue(b);
            // exact when the bits shifted out are copies of the sign (|x| < 2^60 so k < 3 never loses)
            if (k >= 0 && k < 63 && (x << k) >> k == x) {
                return fromLong(x << k);
            }
        }
        BigInteger n = toBig(b);
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (isZero(a)) {
            return fromLong(0);
        }
        if (n.bitLength() > 31) {
            throw Errors.overflowError("too many digits in integer");
        }
        return fromBig(toBig(a).shiftLeft(n.intValue()));
    }

    public static long rshift(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            long x = wordValue(a);
            long k = wordValue(b);
            if (k >= 0) {
                return fromLong(x >> Math.min(k, 63)); // floor division by 2^k, as Python's >>
            }
        }
        BigInteger n = toBig(b);
        if (n.signum() < 0) {
            throw Errors.valueError("negative shift count");
        }
        if (n.bitLength() > 31) {
            return fromLong(toBig(a).signum() < 0 ? -1 : 0);
        }
        return fromBig(toBig(a).shiftRight(n.intValue()));
    }

    public static boolean isZero(long obj) {
        return Memory.getLong(obj + OB_SIZE) == 0;
    }

    /** Three-way comparison of two ints. */
    public static int compare(long a, long b) {
        if (fitsMachineWord(a) && fitsMachineWord(b)) {
            return Long.compare(wordValue(a), wordValue(b));
        }
        return toBig(a).compareTo(toBig(b));
    }

    /** The int type's slots. */
    static class Type extends PyType {
        Type(String name, PyType base) {
            this(name, base, LONG_DIGITS);
        }

        /** basicSize: offsetof(PyLongObject, ob_digit) for int; bool's is sizeof(PyLongObject), 32. */
        Type(String name, PyType base, long basicSize) {
            super(name, base, false, basicSize, DIGIT_SIZE);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return IntMethods.construct(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            if (this != Types.INT) {
                return super.constructWithKeywords(args, offset, count, kwnames);
            }
            return IntMethods.construct(args, offset, count, kwnames);
        }

        @Override
        protected void defineMethods() {
            IntMethods.define(this);
        }

        @Override
        public String repr(long obj) {
            return toDecimal(obj);
        }

        @Override
        public long hash(long obj) {
            return IntObject.hash(obj);
        }

        @Override
        public long sizeof(long obj) {
            return IntObject.sizeof(obj);
        }

        @Override
        public boolean isTrue(long obj) {
            return !isZero(obj);
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (!check(b)) {
                return 0;
            }
            return BoolObject.fromBoolean(Ops.compareResult(compare(a, b), op));
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (!check(a) || !check(b)) {
                return 0;
            }
            return switch (op) {
                case Ops.NB_ADD -> add(a, b);
                case Ops.NB_SUBTRACT -> subtract(a, b);
                case Ops.NB_MULTIPLY -> multiply(a, b);
                case Ops.NB_FLOOR_DIVIDE -> floorDivide(a, b);
                case Ops.NB_REMAINDER -> remainder(a, b);
                case Ops.NB_POWER -> Memory.getLong(b + OB_SIZE) < 0 ? FloatObject.powerInts(a, b) : power(a, b);
                case Ops.NB_TRUE_DIVIDE -> FloatObject.trueDivideInts(a, b);
                case Ops.NB_AND -> and(a, b);
                case Ops.NB_OR -> or(a, b);
                case Ops.NB_XOR -> xor(a, b);
                case Ops.NB_LSHIFT -> lshift(a, b);
                case Ops.NB_RSHIFT -> rshift(a, b);
                default -> 0;
            };
        }

        @Override
        public long unaryOp(long a, int op) {
            return switch (op) {
                case Ops.UNARY_NEGATIVE -> negate(a);
                case Ops.UNARY_POSITIVE -> Types.typeAddressOf(a) == Types.INT.address ? Heap.newRef(a)
                        : fromBig(toBig(a));
                default -> invert(a);
            };
        }
    }
}
