package org.minipy.runtime.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * int's constructor ({@code int(x, base)} with CPython's literal rules and messages), methods
 * (bit_length, to_bytes, from_bytes, ...), computed attributes (real, imag, numerator,
 * denominator) and slot wrappers; and the int/str conversion digit limit of CPython 3.11
 * ({@code sys.set_int_max_str_digits}).
 */
public final class IntMethods {
    private IntMethods() {}

    /** sys.flags.int_max_str_digits: 4300 by default, 0 for no limit. */
    private static int maxStrDigits = 4300;
    /** _PY_LONG_MAX_STR_DIGITS_THRESHOLD: the lowest limit that can be set. */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    public static int maxStrDigits() {
        return maxStrDigits;
    }

    /** sys.set_int_max_str_digits(n). */
    public static void setMaxStrDigits(long n) {
        if (n != 0 && n < MAX_STR_DIGITS_THRESHOLD) {
            throw Errors.valueError("maxdigits must be 0 or larger than " + MAX_STR_DIGITS_THRESHOLD);
        }
        maxStrDigits = (int) Math.min(n, Integer.MAX_VALUE);
    }

    /** Decimal digits of a value, checked against the limit as long_to_decimal_string. */
    public static String toDecimal(BigInteger v) {
        if (maxStrDigits > 0 && v.bitLength() > 3.32 * maxStrDigits - 64) {
            String s = v.abs().toString();
            if (s.length() > maxStrDigits) {
                throw Errors.valueError("Exceeds the limit (" + maxStrDigits
                        + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        return v.toString();
    }

    /** operator.index(obj) as a BigInteger: an int, or the int __index__ returns; TypeError otherwise. */
    public static BigInteger bigIndex(long obj) {
        return MethodArgs.bigIndex(obj);
    }

    // ---- int(x, base)

    private static final String[] CONSTRUCT_PARAMS = {"x", "base"};

    /** int(x=0, /, base=10). */
    static long construct(long[] args, int offset, int count, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        if (count > 2) {
            throw Errors.typeError("int() takes at most 2 arguments (" + count + " given)");
        }
        long x = count - nkw > 0 ? args[offset] : 0;
        long base = count - nkw > 1 ? args[offset + 1] : 0;
        for (int k = 0; k < nkw; k++) {
            String kw = StrObject.toJava(TupleObject.get(kwnames, k));
            if (!kw.equals("base")) {
                throw Errors.typeError("'" + kw + "' is an invalid keyword argument for int()");
            }
            if (base != 0) {
                throw Errors.typeError("argument for int() given by name ('base') and position (2)");
            }
            base = args[offset + count - nkw + k];
        }
        if (x == 0) {
            if (base != 0) {
                throw Errors.typeError("int() missing string argument");
            }
            return IntObject.fromLong(0);
        }
        if (base != 0) {
            long b = MethodArgs.index(base);
            if ((b < 2 || b > 36) && b != 0) {
                throw Errors.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            if (StrObject.check(x)) {
                return parse(StrObject.toJava(x), (int) b, x);
            }
            if (BytesObject.check(x)) {
                return parse(new String(BytesObject.toArray(x), java.nio.charset.StandardCharsets.ISO_8859_1),
                        (int) b, x);
            }
            throw Errors.typeError("int() can't convert non-string with explicit base");
        }
        return toInt(x);
    }

    /** PyNumber_Long: int(x) for one argument. */
    static long toInt(long x) {
        PyType t = Types.of(x);
        if (t == Types.INT) {
            return Heap.newRef(x);
        }
        if (WeakRefs.isProxy(x)) { // proxy_int: int of the referent
            long y = WeakRefObject.ProxyType.unwrap(x);
            try {
                return toInt(y);
            } finally {
                Heap.decref(y);
            }
        }
        if (IntObject.check(x)) {
            return IntObject.fromBig(IntObject.toBig(x));
        }
        if (FloatObject.check(x)) {
            return FloatObject.toInt(FloatObject.value(x));
        }
        if (StrObject.check(x)) {
            return parse(StrObject.toJava(x), 10, x);
        }
        if (BytesObject.check(x)) {
            return parse(new String(BytesObject.toArray(x), java.nio.charset.StandardCharsets.ISO_8859_1), 10, x);
        }
        if (t instanceof HeapType h) {
            for (String dunder : new String[] {"__int__", "__index__", "__trunc__"}) {
                if (h.find(dunder) != 0) {
                    long r = HeapType.callUnaryDunder(x, dunder);
                    if (IntObject.check(r)) {
                        if (Types.of(r) == Types.INT) {
                            return r;
                        }
                        long copy = IntObject.fromBig(IntObject.toBig(r));
                        Heap.decref(r);
                        return copy;
                    }
                    String tn = Types.of(r).name;
                    Heap.decref(r);
                    throw Errors.typeError(dunder + " returned non-int (type " + tn + ")");
                }
            }
            if (h.builtin != Types.OBJECT) {
                return h.builtin == Types.INT || h.builtin == Types.FLOAT || h.builtin == Types.STR
                        ? builtinValue(x, h.builtin) : failConvert(x);
            }
        }
        return failConvert(x);
    }

    private static long builtinValue(long x, PyType builtin) {
        if (builtin == Types.INT) {
            return IntObject.fromBig(IntObject.toBig(x));
        }
        if (builtin == Types.FLOAT) {
            return FloatObject.toInt(FloatObject.value(x));
        }
        return parse(StrObject.toJava(x), 10, x);
    }

    private static long failConvert(long x) {
        throw Errors.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + Types.of(x).name + "'");
    }

    /** PyLong_FromString with CPython's rules: whitespace, sign, prefix, single underscores. */
    static long parse(String text, int base, long original) {
        int[] s = text.codePoints().toArray();
        int i = 0;
        int n = s.length;
        while (i < n && StrMethods.isSpace(s[i])) {
            i++;
        }
        while (n > i && StrMethods.isSpace(s[n - 1])) {
            n--;
        }
        boolean negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) {
            negative = s[i] == '-';
            i++;
        }
        boolean prefixed = false;
        int detected = base;
        if (i + 1 < n && s[i] == '0') {
            int p = Character.toLowerCase(s[i + 1]);
            int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (pb != 0 && (base == 0 || base == pb)) {
                detected = pb;
                prefixed = true;
                i += 2;
            }
        }
        boolean leadingZeroBase0 = false;
        if (detected == 0) {
            detected = 10;
            leadingZeroBase0 = i < n && s[i] == '0';
        }
        StringBuilder digits = new StringBuilder(n - i);
        boolean ok = i < n;
        boolean lastUnderscore = false;
        if (ok && s[i] == '_') {
            ok = prefixed;
            lastUnderscore = true;
            i++;
            ok = ok && i < n;
        }
        for (; ok && i < n; i++) {
            int c = s[i];
            if (c == '_') {
                if (lastUnderscore) {
                    ok = false;
                }
                lastUnderscore = true;
                continue;
            }
            lastUnderscore = false;
            int d = digitValue(c);
            if (d < 0 || d >= detected) {
                ok = false;
                break;
            }
            digits.append(Character.forDigit(d, detected));
        }
        if (lastUnderscore || digits.length() == 0) {
            ok = false;
        }
        if (ok && leadingZeroBase0) {
            for (int k = 0; k < digits.length(); k++) {
                if (digits.charAt(k) != '0') {
                    ok = false;
                }
            }
        }
        if (!ok) {
            throw Errors.valueError("invalid literal for int() with base " + base + ": " + literalRepr(original));
        }
        if ((detected & (detected - 1)) != 0 && maxStrDigits > 0 && digits.length() > maxStrDigits) {
            throw Errors.valueError("Exceeds the limit (" + maxStrDigits + " digits) for integer string conversion: "
                    + "value has " + digits.length() + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        BigInteger v = new BigInteger(digits.toString(), detected);
        return IntObject.fromBig(negative ? v.negate() : v);
    }

    private static int digitValue(int c) {
        if (c < 128) {
            return Character.digit(c, 36);
        }
        return StrMethods.isDecimal(c) ? Character.digit(c, 10) : -1;
    }

    /** The repr of the argument cut to 200 characters, as the message's %.200R shows it. */
    private static String literalRepr(long original) {
        String r = Ops.reprJava(original);
        return r.length() > 200 ? r.substring(0, r.offsetByCodePoints(0, Math.min(200, r.codePointCount(0, r.length()))))
                : r;
    }

    // ---- methods

    static void define(PyType t) {
        if (t == Types.BOOL) {
            SlotWrappers.define(t, "__repr__", (self, a, o, n) -> {
                SlotWrappers.expect(n, 0);
                return StrObject.fromJava(t.repr(self));
            });
            SlotWrappers.binary(t, "__and__", "__rand__", Ops.NB_AND);
            SlotWrappers.binary(t, "__xor__", "__rxor__", Ops.NB_XOR);
            SlotWrappers.binary(t, "__or__", "__ror__", Ops.NB_OR);
            return;
        }
        t.method("bit_length", (self, a, o, n) -> {
            MethodArgs.none("int.bit_length", n);
            return IntObject.fromLong(IntObject.toBig(self).abs().bitLength());
        });
        t.method("bit_count", (self, a, o, n) -> {
            MethodArgs.none("int.bit_count", n);
            return IntObject.fromLong(IntObject.toBig(self).abs().bitCount());
        });
        t.method("conjugate", (self, a, o, n) -> {
            MethodArgs.none("int.conjugate", n);
            return plain(self);
        });
        t.method("as_integer_ratio", (self, a, o, n) -> {
            MethodArgs.none("int.as_integer_ratio", n);
            long tup = TupleObject.allocate(2);
            TupleObject.set(tup, 0, plain(self));
            TupleObject.set(tup, 1, IntObject.fromLong(1));
            return tup;
        });
        t.methodWithKeywords("to_bytes", (self, a, o, n, kw) -> toBytes(self, a, o, n, kw));
        long fromBytes = CFunctionObject.createWithKeywords("from_bytes",
                (self, a, o, n, kw) -> fromBytes(a, o, n, kw), t.address, 0);
        t.putInDict(Names.get("from_bytes"), fromBytes);
        Heap.decref(fromBytes);
        for (String name : new String[] {"__trunc__", "__floor__", "__ceil__"}) {
            t.method(name, (self, a, o, n) -> {
                MethodArgs.none("int." + name, n);
                return plain(self);
            });
        }
        t.method("__round__", (self, a, o, n) -> {
            MethodArgs.positional("__round__", n, 0, 1);
            return n == 0 ? plain(self) : round(self, a[o]);
        });
        t.method("__getnewargs__", (self, a, o, n) -> {
            MethodArgs.none("int.__getnewargs__", n);
            long tup = TupleObject.allocate(1);
            TupleObject.set(tup, 0, IntObject.fromBig(IntObject.toBig(self)));
            return tup;
        });
        t.method("__format__", (self, a, o, n) -> {
            MethodArgs.one("int.__format__", n);
            return formatArg(self, a[o]);
        });
        t.sizeofMethod();
        GetSetDescrObject.defineComputed(t, "real", IntMethods::plain);
        GetSetDescrObject.defineComputed(t, "imag", self -> IntObject.fromLong(0));
        GetSetDescrObject.defineComputed(t, "numerator", IntMethods::plain);
        GetSetDescrObject.defineComputed(t, "denominator", self -> IntObject.fromLong(1));
        SlotWrappers.reprStrHash(t, false);
        SlotWrappers.comparisons(t);
        SlotWrappers.numberOperators(t, true);
        SlotWrappers.define(t, "__abs__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return IntObject.toBig(self).signum() < 0 ? IntObject.negate(self) : plain(self);
        });
        SlotWrappers.define(t, "__int__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return plain(self);
        });
        SlotWrappers.define(t, "__index__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return plain(self);
        });
        SlotWrappers.define(t, "__float__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return FloatObject.fromDouble(FloatObject.intToDouble(self));
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

    /** The value as an exact int (bools become ints): a new reference. */
    static long plain(long self) {
        if (Types.of(self) == Types.INT) {
            return Heap.newRef(self);
        }
        return IntObject.fromBig(IntObject.toBig(self));
    }

    static long formatArg(long self, long spec) {
        if (!StrObject.check(spec)) {
            throw Errors.typeError("__format__() argument must be str, not " + Types.of(spec).name);
        }
        return Format.format(self, spec);
    }

    private static long round(long self, long ndigits) {
        BigInteger d = MethodArgs.bigIndex(ndigits);
        if (d.signum() >= 0) {
            return plain(self);
        }
        if (d.compareTo(BigInteger.valueOf(-100000)) < 0) {
            return IntObject.fromLong(0);
        }
        BigInteger pow = BigInteger.TEN.pow(d.negate().intValue());
        BigDecimal r = new BigDecimal(IntObject.toBig(self)).divide(new BigDecimal(pow))
                .setScale(0, RoundingMode.HALF_EVEN);
        return IntObject.fromBig(r.toBigIntegerExact().multiply(pow));
    }

    private static long divmod(long a, long b) {
        if (!IntObject.check(a) || !IntObject.check(b)) {
            return NotImplementedObject.get();
        }
        long q = IntObject.floorDivide(a, b);
        long r;
        try {
            r = IntObject.remainder(a, b);
        } catch (PyException e) {
            Heap.decref(q);
            throw e;
        }
        long tup = TupleObject.allocate(2);
        TupleObject.set(tup, 0, q);
        TupleObject.set(tup, 1, r);
        return tup;
    }

    /** int.__pow__(exp, mod): three-argument pow with a modular inverse for negative exponents. */
    private static long power(long a, long b, long mod) {
        if (!IntObject.check(a) || !IntObject.check(b)) {
            return NotImplementedObject.get();
        }
        if (mod == BoolObject.NONE) {
            return Types.INT.binaryOp(a, b, Ops.NB_POWER);
        }
        if (!IntObject.check(mod)) {
            return NotImplementedObject.get();
        }
        BigInteger m = IntObject.toBig(mod);
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger base = IntObject.toBig(a);
        BigInteger exp = IntObject.toBig(b);
        BigInteger am = m.abs();
        BigInteger r;
        if (exp.signum() < 0) {
            try {
                r = base.mod(am).modInverse(am).modPow(exp.negate(), am);
            } catch (ArithmeticException e) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
        } else {
            r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(exp, am);
        }
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return IntObject.fromBig(r);
    }

    // ---- bytes

    private static final String[] TO_BYTES_PARAMS = {"length", "byteorder", "signed"};

    private static boolean littleEndian(long byteorder, String function) {
        if (byteorder == 0) {
            return false;
        }
        if (!StrObject.check(byteorder)) {
            throw Errors.typeError(function + "() argument 'byteorder' must be str, not " + Types.of(byteorder).name);
        }
        String bo = StrObject.toJava(byteorder);
        if (bo.equals("little")) {
            return true;
        }
        if (bo.equals("big")) {
            return false;
        }
        throw Errors.valueError("byteorder must be either 'little' or 'big'");
    }

    private static long[] bindBytesArgs(String function, String[] names, long[] a, int o, int n, long kw) {
        int nkw = kw == 0 ? 0 : (int) TupleObject.size(kw);
        if (n > 3) {
            throw Errors.typeError(function + "() takes at most 3 arguments (" + n + " given)");
        }
        if (n - nkw > 2) {
            throw Errors.typeError(function + "() takes at most 2 positional arguments (" + (n - nkw) + " given)");
        }
        return MethodArgs.bind(function, names, 0, a, o, n, kw);
    }

    private static long toBytes(long self, long[] a, int o, int n, long kw) {
        long[] p = bindBytesArgs("to_bytes", TO_BYTES_PARAMS, a, o, n, kw);
        long length = p[0] == 0 ? 1 : MethodArgs.index(p[0]);
        boolean little = littleEndian(p[1], "to_bytes");
        boolean signed = p[2] != 0 && Ops.isTrue(p[2]);
        if (length < 0) {
            throw Errors.valueError("length argument must be non-negative");
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError(); // PyBytes_FromStringAndSize(NULL, length), before the value is looked at
        }
        BigInteger v = IntObject.toBig(self);
        if (v.signum() < 0 && !signed) {
            throw Errors.overflowError("can't convert negative int to unsigned");
        }
        int bits = signed ? v.bitLength() + 1 : v.bitLength();
        if (bits > length * 8) {
            throw Errors.overflowError("int too big to convert");
        }
        byte[] out = new byte[(int) length];
        byte[] two = v.toByteArray();
        for (int i = 0; i < length; i++) {
            int src = two.length - 1 - i;
            byte b = src >= 0 ? two[src] : (byte) (v.signum() < 0 ? 0xFF : 0);
            out[little ? i : (int) length - 1 - i] = b;
        }
        return BytesObject.fromBytes(out);
    }

    private static final String[] FROM_BYTES_PARAMS = {"bytes", "byteorder", "signed"};

    private static long fromBytes(long[] a, int o, int n, long kw) {
        long[] p = bindBytesArgs("from_bytes", FROM_BYTES_PARAMS, a, o, n, kw);
        if (p[0] == 0) {
            throw Errors.typeError("from_bytes() missing required argument 'bytes' (pos 1)");
        }
        boolean little = littleEndian(p[1], "from_bytes");
        boolean signed = p[2] != 0 && Ops.isTrue(p[2]);
        byte[] data = bytesOf(p[0]);
        byte[] big = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) {
            big[i + 1] = little ? data[data.length - 1 - i] : data[i];
        }
        BigInteger v = new BigInteger(big);
        if (signed && data.length > 0 && (big[1] & 0x80) != 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(8 * data.length));
        }
        return IntObject.fromBig(v);
    }

    /** bytes(x) for from_bytes: a bytes object, or an iterable of ints in range(256). */
    private static byte[] bytesOf(long x) {
        if (BytesObject.check(x)) {
            return BytesObject.toArray(x);
        }
        if (StrObject.check(x)) {
            throw Errors.typeError("cannot convert 'str' object to bytes");
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        long it;
        try {
            it = Ops.iter(x);
        } catch (PyException e) {
            Heap.decref(e.exception);
            throw Errors.typeError("cannot convert '" + Types.of(x).name + "' object to bytes");
        }
        try {
            for (long v = Ops.next(it); v != 0; v = Ops.next(it)) {
                try {
                    BigInteger b = MethodArgs.bigIndex(v);
                    if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(255)) > 0) {
                        throw Errors.valueError("bytes must be in range(0, 256)");
                    }
                    out.write(b.intValue());
                } finally {
                    Heap.decref(v);
                }
            }
        } finally {
            Heap.decref(it);
        }
        return out.toByteArray();
    }
}
