package org.minipy.runtime.object;

import java.math.BigInteger;

import org.minipy.runtime.mem.Memory;

/**
 * printf-style formatting, {@code str % args} (CPython's PyUnicode_Format): each
 * %[(key)][flags][width][.precision][length]type directive takes the next item of an args
 * tuple (or the single non-tuple argument), or the mapping's item for a key; CPython's checks
 * and messages ("not enough arguments for format string", ...).
 */
final class PercentFormat {
    private PercentFormat() {}

    /** The state of one % operation. */
    private static final class Ctx {
        final long args;
        /** Number of positional arguments, or -1 for a single non-tuple argument. */
        final long arglen;
        long argidx;
        /** Formatting bytes (PEP 461) rather than str. */
        boolean bytes;
        /** The mapping for %(key)s, or 0. */
        final long dict;

        Ctx(long args) {
            this.args = args;
            if (TupleObject.check(args)) {
                arglen = TupleObject.size(args);
                argidx = 0;
            } else {
                arglen = -1;
                argidx = -2;
            }
            dict = isMapping(args) ? args : 0;
        }

        /** getnextarg: borrowed. */
        long next() {
            if (arglen < 0) {
                if (argidx == -2) {
                    argidx = -1;
                    return args;
                }
            } else if (argidx < arglen) {
                return TupleObject.get(args, argidx++);
            }
            throw Errors.typeError("not enough arguments for format string");
        }
    }

    private static boolean isMapping(long obj) {
        if (TupleObject.check(obj) || StrObject.check(obj)) {
            return false;
        }
        PyType t = Types.of(obj);
        return t == Types.DICT || t == Types.LIST || t == Types.BYTES || t == Types.RANGE
                || t instanceof HeapType h && (h.find("__getitem__") != 0 || h.builtin != Types.OBJECT);
    }

    /** format % args for a str format: a new str. */
    static long format(long formatStr, long args) {
        long r = formatSimple(formatStr, args);
        if (r != 0) {
            return r;
        }
        int[] f = StrMethods.cps(formatStr);
        Ctx ctx = new Ctx(args);
        StrWriter out = new StrWriter();
        try {
            return format(f, ctx, out, formatStr);
        } catch (PyException e) {
            out.discard();
            throw e;
        }
    }

    /**
     * The common case of {@link #format} done straight into the new str: an ASCII format whose
     * directives are all plain {@code %d %i %u %s %r %%} (no key, flag, width, precision or
     * length), each taking an exact int of at most two digits (30-bit) or, for %s, an exact ASCII
     * str, with exactly as many arguments as directives. Gives the object the general path gives
     * (the argument itself when it is the format's last piece and only empty strs precede it, else
     * one new str) with no other allocation; 0 when the general path must run (results of length 0
     * or 1, which are cached strs, and every error).
     */
    private static long formatSimple(long formatStr, long args) {
        if (!StrObject.isAscii(formatStr)) {
            return 0;
        }
        long argt = Types.typeAddressOf(args);
        boolean tuple = argt == Types.TUPLE.address;
        long argc;
        if (tuple) {
            argc = TupleObject.size(args);
        } else if (argt == Types.INT.address || argt == Types.STR.address) {
            argc = 1;
        } else {
            return 0;
        }
        long data = formatStr + Layout.STR_ASCII_DATA;
        long n = StrObject.length(formatStr);
        long length = 0;
        long used = 0;
        int pieces = 0;
        long single = 0;
        boolean singleLast = false;
        for (long i = 0; i < n; i++) {
            int c = Memory.getByte(data + i);
            if (c != '%') {
                length++;
                pieces++;
                continue;
            }
            if (++i >= n) {
                return 0;
            }
            c = Memory.getByte(data + i);
            if (c == '%') {
                length++;
                pieces++;
                continue;
            }
            if (used >= argc) {
                return 0;
            }
            long v = tuple ? TupleObject.get(args, used) : args;
            used++;
            long vt = Types.typeAddressOf(v);
            if (vt == Types.INT.address && (c == 'd' || c == 'i' || c == 'u' || c == 's' || c == 'r')
                    && IntObject.fitsMachineWord(v)) {
                length += StrObject.decimalLength(IntObject.wordValue(v));
                pieces++;
            } else if (vt == Types.STR.address && c == 's' && StrObject.isAscii(v)) {
                long len = StrObject.length(v);
                if (len > 0) {
                    if (pieces++ == 0) {
                        single = v;
                        singleLast = i == n - 1;
                    }
                    length += len;
                }
            } else {
                return 0;
            }
        }
        if (used != argc || used == 0) {
            return 0;
        }
        if (pieces == 1 && single != 0 && singleLast) {
            return Heap.newRef(single); // written whole into the empty writer as the format's last piece
        }
        if (length <= 1) { // '' or a cached one-character str: the general path
            return 0;
        }
        long r = StrObject.allocate(length, 127);
        long out = r + Layout.STR_ASCII_DATA;
        used = 0;
        for (long i = 0; i < n; i++) {
            byte c = Memory.getByte(data + i);
            if (c != '%') {
                Memory.putByte(out++, c);
                continue;
            }
            c = Memory.getByte(data + ++i);
            if (c == '%') {
                Memory.putByte(out++, c);
                continue;
            }
            long v = tuple ? TupleObject.get(args, used) : args;
            used++;
            if (Types.typeAddressOf(v) == Types.INT.address) {
                long w = IntObject.wordValue(v);
                int len = StrObject.decimalLength(w);
                StrObject.writeDecimal(out, w, len);
                out += len;
            } else {
                long len = StrObject.length(v);
                Memory.copy(v + Layout.STR_ASCII_DATA, out, len);
                out += len;
            }
        }
        return r;
    }

    /** format % args for a bytes format (PEP 461): a new bytes object. */
    static long formatBytes(long formatBytes, long args) {
        byte[] data = BytesObject.toArray(formatBytes);
        int[] f = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            f[i] = data[i] & 0xFF;
        }
        Ctx ctx = new Ctx(args);
        ctx.bytes = true;
        StrWriter out = new StrWriter();
        long r;
        try {
            r = format(f, ctx, out, 0);
        } catch (PyException e) {
            out.discard();
            throw e;
        }
        try {
            if (r == 0) {
                return Heap.newRef(formatBytes);
            }
            String text = StrObject.toJava(r);
            byte[] b = new byte[text.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) text.charAt(i);
            }
            return BytesObject.fromBytes(b);
        } finally {
            Heap.xdecref(r);
        }
    }

    private static long format(int[] f, Ctx ctx, StrWriter out, long formatStr) {
        if (!StrMethods.contains(f, '%')) {
            if (ctx.argidx < ctx.arglen && ctx.dict == 0) {
                throw Errors.typeError("not all arguments converted during " + (ctx.bytes ? "bytes" : "string") + " formatting");
            }
            return formatStr == 0 ? 0 : Heap.newRef(formatStr);
        }
        int i = 0;
        int n = f.length;
        while (i < n) {
            int c = f[i];
            if (c != '%') {
                out.appendCodePoint(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw Errors.valueError("incomplete format");
            }
            if (f[i] == '%') {
                out.append("%");
                i++;
                continue;
            }
            long value = 0;
            boolean haveKey = false;
            if (f[i] == '(') {
                if (ctx.dict == 0) {
                    throw Errors.typeError("format requires a mapping");
                }
                int level = 1;
                int keyStart = ++i;
                while (i < n && level > 0) {
                    if (f[i] == '(') {
                        level++;
                    } else if (f[i] == ')') {
                        level--;
                    }
                    i++;
                }
                if (level > 0) {
                    throw Errors.valueError("incomplete format key");
                }
                String keyText = new String(f, keyStart, i - 1 - keyStart);
                long key = ctx.bytes ? BytesObject.fromBytes(keyText.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
                        : StrObject.fromJava(keyText);
                try {
                    value = Ops.getItem(ctx.dict, key);
                } finally {
                    Heap.decref(key);
                }
                haveKey = true;
            }
            try {
                boolean left = false;
                boolean plus = false;
                boolean space = false;
                boolean alt = false;
                boolean zero = false;
                for (; i < n; i++) {
                    switch (f[i]) {
                        case '-' -> left = true;
                        case '+' -> plus = true;
                        case ' ' -> space = true;
                        case '#' -> alt = true;
                        case '0' -> zero = true;
                        default -> {
                            break;
                        }
                    }
                    if ("-+ #0".indexOf(f[i]) < 0) {
                        break;
                    }
                }
                long width = -1;
                if (i < n && f[i] == '*') {
                    long w = ctx.next();
                    if (!IntObject.check(w)) {
                        throw Errors.typeError("* wants int");
                    }
                    width = IntObject.asSsize(w);
                    if (width < 0) {
                        left = true;
                        width = -width;
                    }
                    i++;
                } else {
                    while (i < n && f[i] >= '0' && f[i] <= '9') {
                        if (Math.max(width, 0) > (Long.MAX_VALUE - (f[i] - '0')) / 10) {
                            throw Errors.valueError("width too big");
                        }
                        width = Math.max(width, 0) * 10 + (f[i] - '0');
                        i++;
                    }
                }
                long precision = -1;
                if (i < n && f[i] == '.') {
                    i++;
                    precision = 0;
                    if (i < n && f[i] == '*') {
                        long p = ctx.next();
                        if (!IntObject.check(p)) {
                            throw Errors.typeError("* wants int");
                        }
                        java.math.BigInteger pv = IntObject.toBig(p); // _PyLong_AsInt
                        if (pv.bitLength() > 31) {
                            throw Errors.overflowError("Python int too large to convert to C int");
                        }
                        precision = Math.max(0, pv.intValue());
                        i++;
                    } else {
                        while (i < n && f[i] >= '0' && f[i] <= '9') {
                            precision = precision * 10 + (f[i] - '0');
                            if (precision > Integer.MAX_VALUE) {
                                throw Errors.valueError("precision too big");
                            }
                            i++;
                        }
                    }
                }
                while (i < n && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L')) {
                    i++;
                }
                if (i >= n) {
                    throw Errors.valueError("incomplete format");
                }
                int type = f[i++];
                long v = haveKey ? value : ctx.next();
                if (ctx.bytes) {
                    if (type == 'b' || type == 's') {
                        String body = bytesText(v);
                        if (precision >= 0 && precision < body.length()) {
                            body = body.substring(0, (int) precision);
                        }
                        out.append(pad(body, width, left, false));
                        continue;
                    }
                    if (type == 'c') {
                        out.append(pad(bytesChar(v), width, left, false));
                        continue;
                    }
                    if (type == 'r') {
                        type = 'a';
                    }
                }
                if ((type == 's' || type == 'r' || type == 'a') && !ctx.bytes && mayBeShared(v, type)) {
                    // unicode_format_arg_format: the str of the argument (the argument itself for an exact
                    // str with %s), written whole when neither width nor precision changes it and no '+' or
                    // ' ' flag is given (unicode_format_arg_output's fast path)
                    long str = type == 's' ? Ops.str(v) : type == 'r' ? Ops.repr(v) : StrFormat.asciiObject(v);
                    try {
                        long len = StrObject.length(str);
                        if ((width < 0 || width <= len) && (precision < 0 || precision >= len) && !plus && !space) {
                            out.appendStr(str, i == n);
                            continue;
                        }
                        String body = StrObject.toJava(str);
                        if (precision >= 0 && precision < len) {
                            body = body.substring(0, body.offsetByCodePoints(0, (int) precision));
                        }
                        out.append(pad(body, width, left, false));
                    } finally {
                        Heap.decref(str);
                    }
                    continue;
                }
                String body = convert(v, type, precision, alt, plus, space, i - 1);
                boolean numeric = "diouxXeEfFgG".indexOf(type) >= 0;
                out.append(pad(body, width, left, zero && numeric));
            } finally {
                if (haveKey) {
                    Heap.decref(value);
                }
            }
        }
        if (ctx.argidx < ctx.arglen && ctx.dict == 0) {
            throw Errors.typeError("not all arguments converted during " + (ctx.bytes ? "bytes" : "string") + " formatting");
        }
        return out.finish();
    }

    /**
     * Whether the str of v for %s/%r/%a can be an object that exists elsewhere (and so be the result
     * itself): an exact str for %s, bool's static strs, what a class's __str__/__repr__ returns. The
     * other built-in types make a new str each time, formatted as text.
     */
    private static boolean mayBeShared(long v, int type) {
        long t = Types.typeAddressOf(v);
        return type == 's' && t == Types.STR.address || t == Types.BOOL.address || Types.of(v) instanceof HeapType;
    }

    /** Width padding: '-' pads on the right, '0' after the sign and prefix, else on the left. */
    private static String pad(String body, long width, boolean left, boolean zero) {
        int len = body.codePointCount(0, body.length());
        if (width <= len) {
            return body;
        }
        if (width - len > Integer.MAX_VALUE - 16) {
            throw Errors.memoryError(); // no string that long can be made
        }
        int fill = (int) (width - len);
        if (left) {
            return body + " ".repeat(fill);
        }
        if (zero) {
            int signEnd = 0;
            if (body.startsWith("-") || body.startsWith("+") || body.startsWith(" ")) {
                signEnd = 1;
            }
            if (body.startsWith("0x", signEnd) || body.startsWith("0X", signEnd) || body.startsWith("0o", signEnd)) {
                signEnd += 2;
            }
            return body.substring(0, signEnd) + "0".repeat(fill) + body.substring(signEnd);
        }
        return " ".repeat(fill) + body;
    }

    private static String convert(long v, int type, long precision, boolean alt, boolean plus, boolean space,
            int index) {
        switch (type) {
            case 's', 'r', 'a' -> {
                String s = type == 's' ? Ops.strJava(v) : type == 'r' ? Ops.reprJava(v)
                        : StrFormat.asciiRepr(Ops.reprJava(v));
                if (precision >= 0 && precision < s.codePointCount(0, s.length())) {
                    s = s.substring(0, s.offsetByCodePoints(0, (int) precision));
                }
                return s;
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                return formatInt(integerArg(v, type), type, precision, alt, plus, space);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                return formatFloat(v, type, precision, alt, plus, space);
            }
            case 'c' -> {
                if (StrObject.check(v)) {
                    if (StrObject.length(v) != 1) {
                        throw Errors.typeError("%c requires int or char");
                    }
                    return StrObject.toJava(v);
                }
                if (!IntObject.check(v)) {
                    throw Errors.typeError("%c requires int or char");
                }
                BigInteger b = IntObject.toBig(v);
                if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                    throw Errors.overflowError("%c arg not in range(0x110000)");
                }
                return new String(Character.toChars(b.intValue()));
            }
            default -> {
                String ch = type < 128 && type >= 32 ? String.valueOf((char) type) : "?";
                throw Errors.valueError("unsupported format character '" + ch + "' (0x" + Integer.toHexString(type)
                        + ") at index " + index);
            }
        }
    }

    /** %b/%s of bytes formatting: the bytes' content as latin-1 text. */
    private static String bytesText(long v) {
        if (!BytesObject.check(v)) {
            throw Errors.typeError("%b requires a bytes-like object, or an object that implements __bytes__, not '"
                    + Types.of(v).name + "'");
        }
        return new String(BytesObject.toArray(v), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String bytesChar(long v) {
        if (BytesObject.check(v) && BytesObject.size(v) == 1) {
            return String.valueOf((char) BytesObject.byteAt(v, 0));
        }
        if (!IntObject.check(v)) {
            throw Errors.typeError("%c requires an integer in range(256) or a single byte");
        }
        BigInteger b = IntObject.toBig(v);
        if (b.signum() < 0 || b.compareTo(BigInteger.valueOf(255)) > 0) {
            throw Errors.overflowError("%c arg not in range(256)");
        }
        return String.valueOf((char) b.intValue());
    }

    /** The int for %d/%x/...: floats truncate for d/i/u; anything else is a TypeError. */
    private static BigInteger integerArg(long v, int type) {
        if (IntObject.check(v)) {
            return IntObject.toBig(v);
        }
        boolean decimal = type == 'd' || type == 'i' || type == 'u';
        if (FloatObject.check(v) && decimal) {
            long i = FloatObject.toInt(FloatObject.value(v));
            try {
                return IntObject.toBig(i);
            } finally {
                Heap.decref(i);
            }
        }
        if (Types.of(v) instanceof HeapType h) {
            long r = HeapType.callUnaryDunder(v, decimal && h.find("__int__") != 0 ? "__int__" : "__index__");
            if (r != 0) {
                try {
                    if (IntObject.check(r)) {
                        return IntObject.toBig(r);
                    }
                } finally {
                    Heap.decref(r);
                }
            }
        }
        String what = decimal ? "a real number" : "an integer";
        throw Errors.typeError("%" + (char) type + " format: " + what + " is required, not " + Types.of(v).name);
    }

    static String formatInt(BigInteger b, int type, long precision, boolean alt, boolean plus, boolean space) {
        int radix = type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        String digits = radix == 10 ? IntMethods.toDecimal(b.abs()) : b.abs().toString(radix);
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        if (precision > digits.length()) {
            digits = "0".repeat((int) (precision - digits.length())) + digits;
        }
        String prefix = !alt ? "" : type == 'o' ? "0o" : type == 'x' ? "0x" : type == 'X' ? "0X" : "";
        String sign = b.signum() < 0 ? "-" : plus ? "+" : space ? " " : "";
        return sign + prefix + digits;
    }

    private static String formatFloat(long v, int type, long precision, boolean alt, boolean plus, boolean space) {
        double d;
        if (FloatObject.check(v)) {
            d = FloatObject.value(v);
        } else if (IntObject.check(v)) {
            d = FloatObject.intToDouble(v);
        } else {
            long r = Types.of(v) instanceof HeapType ? HeapType.callUnaryDunder(v, "__float__") : 0;
            if (r == 0 || !FloatObject.check(r)) {
                Heap.xdecref(r);
                throw Errors.typeError("must be real number, not " + Types.of(v).name);
            }
            d = FloatObject.value(r);
            Heap.decref(r);
        }
        String spec = (plus ? "+" : space ? " " : "") + (alt ? "#" : "") + "." + (precision < 0 ? 6 : precision)
                + (char) type;
        long f = FloatObject.fromDouble(d);
        long s = StrObject.fromJava(spec);
        try {
            long r = Format.format(f, s);
            String body = StrObject.toJava(r);
            Heap.decref(r);
            return body;
        } finally {
            Heap.decref(s);
            Heap.decref(f);
        }
    }
}
