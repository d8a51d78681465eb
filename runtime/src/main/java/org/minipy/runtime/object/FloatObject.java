package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * float: PyFloatObject (ob_refcnt, ob_type, ob_fval; 24 bytes, untracked).
 *
 * <p>Free list as CPython 3.11's floatobject.c: up to {@link #MAXFREELIST} dead floats are kept,
 * linked through their ob_type word, and reused (last freed, first reused) before the allocator
 * is asked, so {@code id()} of a new float is usually the id of the float that died last.
 */
public final class FloatObject {
    /** PyFloat_MAXFREELIST. */
    public static final int MAXFREELIST = 100;
    /** _PyHASH_INF. */
    private static final long HASH_INF = 314159;
    private static final long HASH_MODULUS = IntObject.HASH_MODULUS;
    private static final int HASH_BITS = 61;

    private static long freeList;
    private static int numFree;

    private FloatObject() {}

    /** _PyFloat_ClearFreeList: the kept floats go back to the allocator (after a full collection). */
    public static void clearFreeList() {
        long f = freeList;
        while (f != 0) {
            long next = Memory.getLong(f + OB_TYPE);
            ObjectAllocator.free(f);
            f = next;
        }
        freeList = 0;
        numFree = 0;
    }

    /** Calls f with each float parked on the free list (dead blocks, for the heap verifier). */
    static void forEachFree(java.util.function.LongConsumer f) {
        for (long x = freeList; x != 0; x = Memory.getLong(x + OB_TYPE)) {
            f.accept(x);
        }
    }

    /** PyFloat_FromDouble: a new float (from the free list when it has one). */
    public static long fromDouble(double v) {
        long f = freeList;
        if (f != 0) {
            freeList = Memory.getLong(f + OB_TYPE);
            numFree--;
            Memory.putLong(f + OB_REFCNT, 1);
            Memory.putLong(f + OB_TYPE, Types.FLOAT.address);
        } else {
            f = Heap.allocObject(Types.FLOAT.address, FLOAT_SIZE, false);
        }
        Memory.putDouble(f + FLOAT_VALUE, v);
        return f;
    }

    /** _PyFloat_ExactDealloc: onto the free list while it has room, else back to the allocator. */
    static void dealloc(long f) {
        if (!check(f)) {
            Heap.freeObject(f, false); // float_dealloc: only exact floats are kept
            return;
        }
        if (numFree >= MAXFREELIST) {
            ObjectAllocator.free(f);
            return;
        }
        numFree++;
        Memory.putLong(f + OB_TYPE, freeList);
        freeList = f;
    }

    /** Floats on the free list ({@code sys._debugmallocstats}). */
    public static int numFree() {
        return numFree;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.FLOAT.address;
    }

    public static double value(long f) {
        return Memory.getDouble(f + FLOAT_VALUE);
    }

    /** The value of a float or an int operand as a double (OverflowError for a huge int); NaN marks "neither". */
    static boolean isNumber(long obj) {
        return check(obj) || IntObject.check(obj);
    }

    /** PyFloat_AsDouble of a float or an int. */
    public static double asDouble(long obj) {
        if (check(obj)) {
            return value(obj);
        }
        if (IntObject.check(obj)) {
            return intToDouble(obj);
        }
        throw Errors.typeError("must be real number, not " + Types.of(obj).name);
    }

    /** PyLong_AsDouble: correctly rounded, OverflowError when out of range. */
    public static double intToDouble(long obj) {
        if (IntObject.fitsMachineWord(obj)) {
            return (double) IntObject.wordValue(obj);
        }
        double d = IntObject.toBig(obj).doubleValue(); // BigInteger.doubleValue rounds to nearest even
        if (Double.isInfinite(d)) {
            throw Errors.overflowError("int too large to convert to float");
        }
        return d;
    }

    // ---- repr: Python's shortest round-trip repr (float_repr, format code 'r')

    public static String repr(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        if (v == 0) {
            return (1 / v < 0) ? "-0.0" : "0.0";
        }
        String sign = v < 0 ? "-" : "";
        BigDecimal exact = new BigDecimal(Math.abs(v));
        String digits = null;
        int decpt = 0;
        for (int p = 1; p <= 17 && digits == null; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            BigDecimal[] candidates = {r, r.subtract(r.ulp()), r.add(r.ulp())};
            for (BigDecimal c : candidates) {
                if (c.signum() > 0 && c.doubleValue() == Math.abs(v)) {
                    BigDecimal s = c.stripTrailingZeros();
                    digits = s.unscaledValue().toString();
                    decpt = digits.length() - s.scale();
                    break;
                }
            }
        }
        return sign + format(digits, decpt);
    }

    /** Digits d1..dn meaning 0.d1..dn * 10**decpt, laid out as repr does. */
    private static String format(String digits, int decpt) {
        int n = digits.length();
        if (decpt <= -4 || decpt > 16) {
            StringBuilder sb = new StringBuilder().append(digits.charAt(0));
            if (n > 1) {
                sb.append('.').append(digits, 1, n);
            }
            int exp = decpt - 1;
            sb.append(exp < 0 ? "e-" : "e+");
            int a = Math.abs(exp);
            if (a < 10) {
                sb.append('0');
            }
            return sb.append(a).toString();
        }
        if (decpt <= 0) {
            return "0." + "0".repeat(-decpt) + digits;
        }
        if (decpt >= n) {
            return digits + "0".repeat(decpt - n) + ".0";
        }
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    // ---- hash: _Py_HashDouble

    public static long hash(long f) {
        double v = value(f);
        if (Double.isNaN(v)) {
            long id = org.minipy.runtime.mem.AddressMap.toId(f);
            long h = (id >>> 4) | (id << 60);
            return h == -1 ? -2 : h;
        }
        return hashDouble(v);
    }

    static long hashDouble(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? HASH_INF : -HASH_INF;
        }
        if (v == 0) {
            return 0;
        }
        int e = Math.getExponent(v);
        double m;
        if (e == Double.MIN_EXPONENT - 1) { // subnormal
            m = v * 0x1p54;
            e = Math.getExponent(m) + 1 - 54;
        } else {
            m = v;
            e = e + 1;
        }
        m = Math.scalb(m, -(Math.getExponent(m) + 1)); // frexp: m in [0.5, 1)
        int sign = 1;
        if (m < 0) {
            sign = -1;
            m = -m;
        }
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & HASH_MODULUS) | x >>> (HASH_BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, HASH_MODULUS) >= 0) {
                x -= HASH_MODULUS;
            }
        }
        e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
        x = ((x << e) & HASH_MODULUS) | x >>> (HASH_BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    // ---- arithmetic

    /** int / int: true division correctly rounded (long_true_divide). */
    public static long trueDivideInts(long a, long b) {
        if (IntObject.isZero(b)) {
            throw Errors.zeroDivisionError("division by zero");
        }
        if (IntObject.fitsMachineWord(a) && IntObject.fitsMachineWord(b)) {
            long x = IntObject.wordValue(a);
            long y = IntObject.wordValue(b);
            if (Math.abs(x) <= (1L << 53) && Math.abs(y) <= (1L << 53)) {
                return fromDouble((double) x / (double) y);
            }
        }
        return fromDouble(divideBig(IntObject.toBig(a), IntObject.toBig(b)));
    }

    /** int ** negative int: float_pow on the converted operands. */
    public static long powerInts(long a, long b) {
        return fromDouble(power(intToDouble(a), intToDouble(b)));
    }

    private static double divideBig(BigInteger a, BigInteger b) {
        boolean negative = a.signum() * b.signum() < 0;
        BigInteger n = a.abs();
        BigInteger d = b.abs();
        if (n.signum() == 0) {
            return negative ? -0.0 : 0.0;
        }
        int shift = 55 - (n.bitLength() - d.bitLength());
        if (shift > 0) {
            n = n.shiftLeft(shift);
        } else {
            d = d.shiftLeft(-shift);
        }
        BigInteger[] qr = n.divideAndRemainder(d);
        long q = qr[0].longValueExact();
        if (qr[1].signum() != 0) {
            q |= 1; // sticky bit: the quotient has >= 55 bits, so rounding to 53 sees it
        }
        double r = Math.scalb((double) q, -shift);
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("integer division result too large for a float");
        }
        return negative ? -r : r;
    }

    /**
     * a op b for two exact floats, as float's nb_ slot for op computes it (a new float, or the
     * slot's error raised); 0 when float has no such slot.
     */
    public static long exactArith(long a, long b, int op) {
        return arith(value(a), value(b), op);
    }

    private static long arith(double a, double b, int op) {
        switch (op) {
            case Ops.NB_ADD:
                return fromDouble(a + b);
            case Ops.NB_SUBTRACT:
                return fromDouble(a - b);
            case Ops.NB_MULTIPLY:
                return fromDouble(a * b);
            case Ops.NB_TRUE_DIVIDE:
                if (b == 0) {
                    throw Errors.zeroDivisionError("float division by zero");
                }
                return fromDouble(a / b);
            case Ops.NB_FLOOR_DIVIDE:
                if (b == 0) {
                    throw Errors.zeroDivisionError("float floor division by zero");
                }
                return fromDouble(divmod(a, b)[0]);
            case Ops.NB_REMAINDER:
                if (b == 0) {
                    throw Errors.zeroDivisionError("float modulo");
                }
                return fromDouble(divmod(a, b)[1]);
            case Ops.NB_POWER:
                return fromDouble(power(a, b));
            default:
                return 0;
        }
    }

    /** float_divmod: (floordiv, mod) with Python's signs. */
    static double[] divmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** float_pow's rules for the cases Java's Math.pow answers differently or Python rejects. */
    static double power(double iv, double iw) {
        if (iw == 0) {
            return 1.0;
        }
        if (Double.isNaN(iv)) {
            return iw == 0 ? 1.0 : iv;
        }
        if (Double.isNaN(iw)) {
            return iv == 1.0 ? 1.0 : iw;
        }
        if (iv == 0) {
            if (iw < 0) {
                throw Errors.zeroDivisionError("0.0 cannot be raised to a negative power");
            }
        }
        if (iv < 0 && !Double.isInfinite(iv) && !Double.isInfinite(iw) && iw != Math.floor(iw)) {
            throw Errors.valueError("math domain error");
        }
        if (iv == -1.0 && Double.isInfinite(iw)) {
            return 1.0;
        }
        double r = Math.pow(iv, iw);
        if (Double.isInfinite(r) && !Double.isInfinite(iv) && !Double.isInfinite(iw)) {
            throw Errors.overflowError("(34, 'Numerical result out of range')");
        }
        return r;
    }

    // ---- comparison with floats and ints (float_richcompare: exact, never through rounding)

    static int compareWithInt(double v, long intObj) {
        if (IntObject.fitsMachineWord(intObj)) {
            long w = IntObject.wordValue(intObj);
            if (Math.abs(w) <= (1L << 53)) {
                return Double.compare(v == 0 ? 0.0 : v, (double) w);
            }
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? 1 : -1;
        }
        return new BigDecimal(v).compareTo(new BigDecimal(IntObject.toBig(intObj)));
    }

    /** int(float): truncation toward zero; errors for inf and nan. */
    public static long toInt(double v) {
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(v)) {
            throw Errors.overflowError("cannot convert float infinity to integer");
        }
        if (Math.abs(v) < 0x1p62) {
            return IntObject.fromLong((long) v);
        }
        return IntObject.fromBig(new BigDecimal(v).toBigInteger());
    }

    /** float.as_integer_ratio(): the exact value as a reduced (numerator, denominator) tuple. */
    static long integerRatio(double v) {
        if (Double.isInfinite(v)) {
            throw Errors.overflowError("cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw Errors.valueError("cannot convert NaN to integer ratio");
        }
        BigInteger num;
        BigInteger den = BigInteger.ONE;
        if (v == Math.rint(v) && Math.abs(v) < 0x1p1023) {
            num = new BigDecimal(v).toBigIntegerExact();
        } else {
            long bits = Double.doubleToRawLongBits(v);
            int exp = (int) ((bits >> 52) & 0x7ff);
            long mant = bits & ((1L << 52) - 1);
            if (exp == 0) {
                exp = 1;
            } else {
                mant |= 1L << 52;
            }
            int e = exp - 1075; // v = mant * 2**e
            int tz = Math.min(Long.numberOfTrailingZeros(mant), -e);
            mant >>= tz;
            e += tz;
            num = BigInteger.valueOf(v < 0 ? -mant : mant);
            den = BigInteger.ONE.shiftLeft(-e);
        }
        long t = TupleObject.allocate(2);
        TupleObject.set(t, 0, IntObject.fromBig(num));
        TupleObject.set(t, 1, IntObject.fromBig(den));
        return t;
    }

    /** float.hex(): {@code [-]0x1.<13 hex digits>p<exp>}, 0x0. for subnormals and zero. */
    static String hex(double v) {
        if (Double.isNaN(v)) {
            return "nan";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "inf" : "-inf";
        }
        String sign = (Double.doubleToRawLongBits(v) < 0) ? "-" : "";
        if (v == 0) {
            return sign + "0x0.0p+0";
        }
        long bits = Double.doubleToRawLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        String digits = String.format("%013x", mant);
        int e = exp == 0 ? -1022 : exp - 1023;
        return sign + (exp == 0 ? "0x0." : "0x1.") + digits + "p" + (e >= 0 ? "+" : "") + e;
    }

    /** The float type's slots. */
    static final class Type extends PyType {
        Type() {
            super("float", Types.OBJECT, false, FLOAT_SIZE, 0);
        }

        /** CPython 3.11 has float_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        protected void defineMethods() {
            FloatMethods.define(this);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return FloatMethods.construct(args, offset, count);
        }

        @Override
        public void dealloc(long obj) {
            FloatObject.dealloc(obj);
        }

        @Override
        public String repr(long obj) {
            return FloatObject.repr(value(obj));
        }

        @Override
        public long hash(long obj) {
            return FloatObject.hash(obj);
        }

        @Override
        public boolean isTrue(long obj) {
            return value(obj) != 0;
        }

        @Override
        public long richCompare(long a, long b, int op) {
            double v = value(a);
            int cmp;
            if (check(b)) {
                double w = value(b);
                if (Double.isNaN(v) || Double.isNaN(w)) {
                    return BoolObject.fromBoolean(op == Ops.NE);
                }
                cmp = v < w ? -1 : v > w ? 1 : 0;
            } else if (IntObject.check(b)) {
                if (Double.isNaN(v)) {
                    return BoolObject.fromBoolean(op == Ops.NE);
                }
                cmp = compareWithInt(v, b);
            } else {
                return 0;
            }
            return BoolObject.fromBoolean(Ops.compareResult(cmp, op));
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (!isNumber(a) || !isNumber(b)) {
                return 0;
            }
            return arith(asDouble(a), asDouble(b), op);
        }

        @Override
        public long unaryOp(long a, int op) {
            return switch (op) {
                case Ops.UNARY_NEGATIVE -> fromDouble(-value(a));
                case Ops.UNARY_POSITIVE -> Heap.newRef(a);
                default -> 0;
            };
        }
    }
}
