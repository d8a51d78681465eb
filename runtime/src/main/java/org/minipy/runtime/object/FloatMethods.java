package org.minipy.runtime.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * float's constructor (every spelling {@code float(str)} accepts), methods (is_integer,
 * as_integer_ratio, hex, fromhex, __round__, ...), computed attributes and slot wrappers.
 */
final class FloatMethods {
    private FloatMethods() {}

    /** float(x). */
    static long construct(long[] args, int offset, int count) {
        if (count == 0) {
            return FloatObject.fromDouble(0.0);
        }
        if (count > 1) {
            throw Errors.typeError("float expected at most 1 argument, got " + count);
        }
        long x = args[offset];
        if (FloatObject.check(x)) {
            return Heap.newRef(x);
        }
        if (WeakRefs.isProxy(x)) { // proxy_float: float of the referent
            long y = WeakRefObject.ProxyType.unwrap(x);
            try {
                return construct(new long[] {y}, 0, 1);
            } finally {
                Heap.decref(y);
            }
        }
        if (IntObject.check(x)) {
            return FloatObject.fromDouble(FloatObject.intToDouble(x));
        }
        if (StrObject.check(x)) {
            return FloatObject.fromDouble(parse(StrObject.toJava(x), x));
        }
        if (BytesObject.check(x)) {
            return FloatObject.fromDouble(parse(new String(BytesObject.toArray(x),
                    java.nio.charset.StandardCharsets.ISO_8859_1), x));
        }
        if (Types.of(x) instanceof HeapType h) {
            if (h.find("__float__") != 0) {
                long r = HeapType.callUnaryDunder(x, "__float__");
                if (!FloatObject.check(r)) {
                    String tn = Types.of(r).name;
                    Heap.decref(r);
                    throw Errors.typeError(h.name + ".__float__ returned non-float (type " + tn + ")");
                }
                return r;
            }
            if (h.find("__index__") != 0) {
                long r = HeapType.callUnaryDunder(x, "__index__");
                try {
                    return FloatObject.fromDouble(FloatObject.intToDouble(r));
                } finally {
                    Heap.decref(r);
                }
            }
            if (h.builtin == Types.FLOAT) {
                return FloatObject.fromDouble(FloatObject.value(x));
            }
            if (h.builtin == Types.INT) {
                return FloatObject.fromDouble(FloatObject.intToDouble(x));
            }
            if (h.builtin == Types.STR) {
                return FloatObject.fromDouble(parse(StrObject.toJava(x), x));
            }
        }
        throw Errors.typeError("float() argument must be a string or a real number, not '" + Types.of(x).name + "'");
    }

    /** float(text): Python's float literal rules, inf/nan spellings, single underscores between digits. */
    static double parse(String text, long original) {
        int[] s = text.codePoints().toArray();
        int i = 0;
        int n = s.length;
        while (i < n && StrMethods.isSpace(s[i])) {
            i++;
        }
        while (n > i && StrMethods.isSpace(s[n - 1])) {
            n--;
        }
        StringBuilder sb = new StringBuilder(n - i);
        for (int k = i; k < n; k++) {
            int c = s[k];
            if (c >= 128) {
                if (!StrMethods.isDecimal(c)) {
                    throw invalid(original);
                }
                c = '0' + Character.digit(c, 10);
            }
            sb.append((char) c);
        }
        String t = sb.toString();
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String body = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        double sign = lower.startsWith("-") ? -1 : 1;
        if (body.equals("inf") || body.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return sign < 0 ? -Double.NaN : Double.NaN;
        }
        if (body.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?([eE][+-]?\\d(_?\\d)*)?") && body.matches("^\\.?\\d.*")) {
            return sign * Double.parseDouble(body.replace("_", ""));
        }
        throw invalid(original);
    }

    private static PyException invalid(long original) {
        return Errors.valueError("could not convert string to float: " + Ops.reprJava(original));
    }

    // ---- methods

    static void define(PyType t) {
        t.method("is_integer", (self, a, o, n) -> {
            MethodArgs.none("float.is_integer", n);
            double v = FloatObject.value(self);
            return BoolObject.fromBoolean(!Double.isInfinite(v) && v == Math.floor(v));
        });
        t.method("as_integer_ratio", (self, a, o, n) -> {
            MethodArgs.none("float.as_integer_ratio", n);
            return FloatObject.integerRatio(FloatObject.value(self));
        });
        t.method("hex", (self, a, o, n) -> {
            MethodArgs.none("float.hex", n);
            return StrObject.fromJava(FloatObject.hex(FloatObject.value(self)));
        });
        long fromhex = CFunctionObject.create("fromhex", (self, a, o, n) -> {
            MethodArgs.one("float.fromhex", n);
            if (!StrObject.check(a[o])) {
                throw Errors.typeError("bad argument type for built-in operation");
            }
            return FloatObject.fromDouble(fromHex(StrObject.toJava(a[o])));
        }, t.address, 0);
        t.putInDict(Names.get("fromhex"), fromhex);
        Heap.decref(fromhex);
        t.method("conjugate", (self, a, o, n) -> {
            MethodArgs.none("float.conjugate", n);
            return plain(self);
        });
        t.method("__trunc__", (self, a, o, n) -> {
            MethodArgs.none("float.__trunc__", n);
            return FloatObject.toInt(FloatObject.value(self));
        });
        t.method("__floor__", (self, a, o, n) -> {
            MethodArgs.none("float.__floor__", n);
            return FloatObject.toInt(Math.floor(FloatObject.value(self)));
        });
        t.method("__ceil__", (self, a, o, n) -> {
            MethodArgs.none("float.__ceil__", n);
            return FloatObject.toInt(Math.ceil(FloatObject.value(self)));
        });
        t.method("__round__", (self, a, o, n) -> {
            MethodArgs.positional("__round__", n, 0, 1);
            double v = FloatObject.value(self);
            if (n == 0 || a[o] == BoolObject.NONE) {
                return FloatObject.toInt(Math.rint(v));
            }
            java.math.BigInteger nd = MethodArgs.bigIndex(a[o]);
            long digits = nd.bitLength() > 62 ? (nd.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : nd.longValue();
            return FloatObject.fromDouble(round(v, digits));
        });
        t.method("__getnewargs__", (self, a, o, n) -> {
            MethodArgs.none("float.__getnewargs__", n);
            long tup = TupleObject.allocate(1);
            TupleObject.set(tup, 0, plain(self));
            return tup;
        });
        t.method("__format__", (self, a, o, n) -> {
            MethodArgs.one("float.__format__", n);
            return IntMethods.formatArg(self, a[o]);
        });
        GetSetDescrObject.defineComputed(t, "real", FloatMethods::plain);
        GetSetDescrObject.defineComputed(t, "imag", self -> FloatObject.fromDouble(0.0));
        SlotWrappers.reprStrHash(t, false);
        SlotWrappers.comparisons(t);
        SlotWrappers.numberOperators(t, false);
        SlotWrappers.define(t, "__abs__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return FloatObject.fromDouble(Math.abs(FloatObject.value(self)));
        });
        SlotWrappers.define(t, "__int__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return FloatObject.toInt(FloatObject.value(self));
        });
        SlotWrappers.define(t, "__float__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return plain(self);
        });
        SlotWrappers.define(t, "__divmod__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 1);
            return divmod(self, a[o]);
        });
        SlotWrappers.define(t, "__rdivmod__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 1);
            return divmod(a[o], self);
        });
        SlotWrappers.define(t, "__pow__", (self, a, o, n) -> {
            MethodArgs.positional("__pow__", n, 1, 2);
            return power(self, a[o], n == 2 ? a[o + 1] : BoolObject.NONE);
        });
        SlotWrappers.define(t, "__rpow__", (self, a, o, n) -> {
            MethodArgs.positional("__rpow__", n, 1, 2);
            return power(a[o], self, n == 2 ? a[o + 1] : BoolObject.NONE);
        });
    }

    private static long plain(long self) {
        return Types.of(self) == Types.FLOAT ? Heap.newRef(self) : FloatObject.fromDouble(FloatObject.value(self));
    }

    private static long divmod(long a, long b) {
        if (!FloatObject.isNumber(a) || !FloatObject.isNumber(b)) {
            return NotImplementedObject.get();
        }
        double x = FloatObject.asDouble(a);
        double y = FloatObject.asDouble(b);
        if (y == 0) {
            throw Errors.zeroDivisionError("float divmod()");
        }
        double[] qr = FloatObject.divmod(x, y);
        long tup = TupleObject.allocate(2);
        TupleObject.set(tup, 0, FloatObject.fromDouble(qr[0]));
        TupleObject.set(tup, 1, FloatObject.fromDouble(qr[1]));
        return tup;
    }

    private static long power(long a, long b, long mod) {
        if (mod != BoolObject.NONE) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        long r = Types.FLOAT.binaryOp(a, b, Ops.NB_POWER);
        return r != 0 ? r : NotImplementedObject.get();
    }

    /** CPython's double_round: the exact binary value rounded half-even to ndigits places. */
    static double round(double v, long ndigits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return v;
        }
        if (ndigits > 323) {
            return v;
        }
        if (ndigits < -308) {
            return 0.0 * v;
        }
        double r = new BigDecimal(v).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, v) : r;
    }

    /** float.fromhex(s), correctly rounded (half even), with CPython's messages. */
    static double fromHex(String text) {
        String s = text.strip().toLowerCase(java.util.Locale.ROOT);
        double sign = 1;
        if (s.startsWith("-") || s.startsWith("+")) {
            sign = s.startsWith("-") ? -1 : 1;
            s = s.substring(1);
        }
        if (s.equals("inf") || s.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (s.equals("nan")) {
            return Double.NaN;
        }
        if (s.startsWith("0x")) {
            s = s.substring(2);
        }
        int p = s.indexOf('p');
        String mantissa = p >= 0 ? s.substring(0, p) : s;
        String exponent = p >= 0 ? s.substring(p + 1) : "0";
        int dot = mantissa.indexOf('.');
        String intPart = dot >= 0 ? mantissa.substring(0, dot) : mantissa;
        String fracPart = dot >= 0 ? mantissa.substring(dot + 1) : "";
        if (intPart.isEmpty() && fracPart.isEmpty() || !(intPart + fracPart).matches("[0-9a-f]*")
                || !exponent.matches("[+-]?[0-9]+")) {
            throw Errors.valueError("invalid hexadecimal floating-point string");
        }
        BigInteger m = new BigInteger("0" + intPart + fracPart, 16);
        BigInteger exp = new BigInteger(exponent.startsWith("+") ? exponent.substring(1) : exponent);
        if (m.signum() == 0) {
            return sign * 0.0;
        }
        long e = exp.max(BigInteger.valueOf(-100000)).min(BigInteger.valueOf(100000)).longValue()
                - 4L * fracPart.length();
        int bl = m.bitLength();
        long top = e + bl - 1;
        if (top > 1023) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        long precision = top >= -1022 ? 53 : 53 - (-1022 - top);
        long shift = bl - precision;
        if (shift > 0) {
            m = roundShift(m, shift);
            e += shift;
        }
        double r = Math.scalb(m.doubleValue(), (int) Math.max(e, -2000));
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("hexadecimal value too large to represent as a float");
        }
        return sign * r;
    }

    private static BigInteger roundShift(BigInteger m, long shift) {
        if (shift > m.bitLength() + 1) {
            return BigInteger.ZERO;
        }
        BigInteger q = m.shiftRight((int) shift);
        BigInteger rem = m.subtract(q.shiftLeft((int) shift));
        BigInteger half = BigInteger.ONE.shiftLeft((int) shift - 1);
        int c = rem.compareTo(half);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return q;
    }
}
