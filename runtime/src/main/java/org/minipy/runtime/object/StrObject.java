package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * str: CPython 3.11's compact PEP 393 strings. A pure-ASCII string is a PyASCIIObject (48-byte
 * header, then one byte a character and a NUL); any other is a PyCompactUnicodeObject (72-byte
 * header, then 1, 2 or 4 bytes a character by the widest one, and a NUL of the same width).
 * {@code ''} and the 256 one-character latin-1 strings are static singletons laid out as
 * CPython's (ASCII ones 56 bytes apart, then the latin-1 ones 80 bytes apart).
 */
public final class StrObject {
    private static final long ASCII_STRIDE = 56;
    private static final long LATIN1_STRIDE = 80;
    /** state value of a mortal interned string (SSTATE_INTERNED_MORTAL). */
    private static final int INTERNED_MORTAL = 1;

    private static final long EMPTY;
    private static final long CHARS;
    /** bool_repr's static strs (_Py_ID(True), _Py_ID(False)): one object each, not interned. */
    static final long TRUE_TEXT;
    static final long FALSE_TEXT;

    static {
        long region = Memory.allocateNative(ASCII_STRIDE * 129 + LATIN1_STRIDE * 128);
        Memory.fill(region, ASCII_STRIDE * 129 + LATIN1_STRIDE * 128, (byte) 0);
        EMPTY = region;
        initStatic(EMPTY, 0, 0);
        CHARS = region + ASCII_STRIDE;
        for (int c = 0; c < 256; c++) {
            initStatic(charAddress(c), c, 1);
        }
        long words = Memory.allocateNative(ASCII_STRIDE * 2);
        Memory.fill(words, ASCII_STRIDE * 2, (byte) 0);
        TRUE_TEXT = words;
        FALSE_TEXT = words + ASCII_STRIDE;
        initStaticAscii(TRUE_TEXT, "True");
        initStaticAscii(FALSE_TEXT, "False");
        Roots.register("'' and the one-character strs", visit -> {
            visit.visit(EMPTY);
            for (int c = 0; c < 256; c++) {
                visit.visit(charAddress(c));
            }
            visit.visit(TRUE_TEXT);
            visit.visit(FALSE_TEXT);
        });
    }

    private StrObject() {}

    private static long charAddress(int c) {
        return c < 128 ? CHARS + c * ASCII_STRIDE : CHARS + 128 * ASCII_STRIDE + (c - 128) * LATIN1_STRIDE;
    }

    private static void initStatic(long s, int c, int length) {
        Memory.putLong(s + OB_REFCNT, 1);
        Memory.putLong(s + OB_TYPE, Types.STR.address);
        boolean ascii = c < 128;
        writeHeader(s, length, 1, ascii);
        if (length == 1) {
            Memory.putByte(dataOf(s), (byte) c);
        }
    }

    /** A static ASCII str of a few characters (its data and NUL fit in {@link #ASCII_STRIDE}). */
    private static void initStaticAscii(long s, String text) {
        Memory.putLong(s + OB_REFCNT, 1);
        Memory.putLong(s + OB_TYPE, Types.STR.address);
        writeHeader(s, text.length(), 1, true);
        for (int i = 0; i < text.length(); i++) {
            Memory.putByte(s + STR_ASCII_DATA + i, (byte) text.charAt(i));
        }
    }

    private static void writeHeader(long s, long length, int kind, boolean ascii) {
        Memory.putLong(s + STR_LENGTH, length);
        Memory.putLong(s + STR_HASH, -1);
        int state = (kind << STATE_KIND_SHIFT) | STATE_COMPACT | STATE_READY | (ascii ? STATE_ASCII : 0);
        Memory.putInt(s + STR_STATE, state);
        Memory.putInt(s + STR_STATE + 4, 0);
        Memory.putLong(s + STR_WSTR, 0);
        if (!ascii) {
            Memory.putLong(s + STR_UTF8_LENGTH, 0);
            Memory.putLong(s + STR_UTF8, 0);
            Memory.putLong(s + STR_WSTR_LENGTH, 0);
        }
    }

    // ---- construction

    /** A new reference to a str with the text of s (singletons for '' and one latin-1 char). */
    public static long fromJava(String s) {
        int length = s.codePointCount(0, s.length());
        int maxChar = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            maxChar = Math.max(maxChar, cp);
            i += Character.charCount(cp);
        }
        if (length == 0) {
            return Heap.newRef(EMPTY);
        }
        if (length == 1 && maxChar < 256) {
            return Heap.newRef(charAddress(maxChar));
        }
        long str = allocate(length, maxChar);
        int kind = kindOf(str);
        long data = dataOf(str);
        int i = 0;
        for (int k = 0; k < length; k++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            writeChar(data, kind, k, cp);
        }
        return str;
    }

    /**
     * A new str with the text of s that is never one of the cached singletons: what CPython's
     * int-to-str conversion and joins build (PyUnicode_New then filled), as opposed to decoding,
     * indexing and chr(), which hand out the cached '' and one-character strs.
     */
    public static long fromJavaUncached(String s) {
        int length = s.codePointCount(0, s.length());
        if (length == 0) {
            return Heap.newRef(EMPTY);
        }
        int maxChar = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            maxChar = Math.max(maxChar, cp);
            i += Character.charCount(cp);
        }
        long str = allocate(length, maxChar);
        int kind = kindOf(str);
        long data = dataOf(str);
        int i = 0;
        for (int k = 0; k < length; k++) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            writeChar(data, kind, k, cp);
        }
        return str;
    }

    /**
     * A new str with the decimal digits of v (a '-' first when negative), never a cached
     * singleton: {@code fromJavaUncached(Long.toString(v))} without the Java string.
     */
    public static long fromLongDecimal(long v) {
        int len = decimalLength(v);
        long str = allocate(len, '9');
        writeDecimal(str + STR_ASCII_DATA, v, len);
        return str;
    }

    /** The number of characters of v in decimal, its '-' included. */
    static int decimalLength(long v) {
        if (v < 0) {
            return v == Long.MIN_VALUE ? 20 : 1 + decimalLength(-v);
        }
        long p = 10;
        for (int n = 1; n < 19; n++) {
            if (v < p) {
                return n;
            }
            p *= 10;
        }
        return 19;
    }

    /** Writes v's len decimal characters (from {@link #decimalLength}) as bytes at addr. */
    static void writeDecimal(long addr, long v, int len) {
        long end = addr + len;
        if (v < 0) {
            Memory.putByte(addr, (byte) '-');
            if (v == Long.MIN_VALUE) {
                Memory.putByte(--end, (byte) '8');
                v /= 10;
            }
            v = -v;
        }
        do {
            Memory.putByte(--end, (byte) ('0' + v % 10));
            v /= 10;
        } while (v != 0);
    }

    /** A new uninitialised str for {@code length} characters, the widest being maxChar. */
    static long allocate(long length, int maxChar) {
        boolean ascii = maxChar < 128;
        int kind = maxChar < 256 ? 1 : (maxChar < 0x10000 ? 2 : 4);
        long header = ascii ? STR_ASCII_DATA : STR_COMPACT_DATA;
        long str = Heap.allocObject(Types.STR.address, header + (length + 1) * kind, false);
        writeHeader(str, length, kind, ascii);
        writeChar(header + str, kind, length, 0);
        return str;
    }

    private static void writeChar(long data, int kind, long index, int cp) {
        switch (kind) {
            case 1 -> Memory.putByte(data + index, (byte) cp);
            case 2 -> Memory.putShort(data + 2 * index, (short) cp);
            default -> Memory.putInt(data + 4 * index, cp);
        }
    }

    // ---- reading

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.STR.address;
    }

    public static long length(long s) {
        return Memory.getLong(s + STR_LENGTH);
    }

    public static int kindOf(long s) {
        return (Memory.getInt(s + STR_STATE) >>> STATE_KIND_SHIFT) & 7;
    }

    public static boolean isAscii(long s) {
        return (Memory.getInt(s + STR_STATE) & STATE_ASCII) != 0;
    }

    public static long dataOf(long s) {
        return s + (isAscii(s) ? STR_ASCII_DATA : STR_COMPACT_DATA);
    }

    public static int charAt(long s, long index) {
        long data = dataOf(s);
        return switch (kindOf(s)) {
            case 1 -> Memory.getByte(data + index) & 0xFF;
            case 2 -> Memory.getShort(data + 2 * index) & 0xFFFF;
            default -> Memory.getInt(data + 4 * index);
        };
    }

    public static String toJava(long s) {
        long n = length(s);
        StringBuilder sb = new StringBuilder((int) n);
        for (long i = 0; i < n; i++) {
            sb.appendCodePoint(charAt(s, i));
        }
        return sb.toString();
    }

    public static long sizeof(long s) {
        long n = length(s);
        return isAscii(s) ? STR_ASCII_DATA + n + 1 : STR_COMPACT_DATA + (n + 1) * kindOf(s);
    }

    public static boolean equal(long a, long b) {
        if (a == b) {
            return true;
        }
        long n = length(a);
        if (n != length(b) || kindOf(a) != kindOf(b)) {
            return false;
        }
        return Memory.compare(dataOf(a), dataOf(b), n * kindOf(a)) == 0;
    }

    /** Whether s[at:at + n] equals sub[0:n] (both in range). */
    static boolean regionMatches(long s, long at, long sub, long n) {
        int ks = kindOf(s);
        int kt = kindOf(sub);
        if (ks == kt) {
            long ds = dataOf(s) + at * ks;
            long dt = dataOf(sub);
            long bytes = n * ks;
            for (long i = 0; i < bytes; i++) {
                if (Memory.getByte(ds + i) != Memory.getByte(dt + i)) {
                    return false;
                }
            }
            return true;
        }
        for (long i = 0; i < n; i++) {
            if (charAt(s, at + i) != charAt(sub, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * s[start:start + n] of an ASCII s as PyUnicode_Substring makes it: '' and one-character
     * results are the cached strs, a longer one a new str; s itself is the caller's case.
     */
    static long asciiSubstring(long s, long start, long n) {
        if (n <= 0) {
            return Heap.newRef(EMPTY);
        }
        long data = s + STR_ASCII_DATA + start;
        if (n == 1) {
            return Heap.newRef(charAddress(Memory.getByte(data)));
        }
        long r = allocate(n, 127);
        Memory.copy(data, r + STR_ASCII_DATA, n);
        return r;
    }

    public static int compare(long a, long b) {
        long na = length(a);
        long nb = length(b);
        long n = Math.min(na, nb);
        for (long i = 0; i < n; i++) {
            int ca = charAt(a, i);
            int cb = charAt(b, i);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
        }
        return Long.compare(na, nb);
    }

    /**
     * The str's hash, computed once and cached in its header. FNV-1a over the character data
     * (CPython uses SipHash-1-3 with a per-process random key, so its values are not
     * reproducible anyway; the result is never -1).
     */
    public static long hash(long s) {
        long h = Memory.getLong(s + STR_HASH);
        if (h != -1) {
            return h;
        }
        if (length(s) == 0) {
            Memory.putLong(s + STR_HASH, 0);
            return 0; // _Py_HashBytes: the empty string hashes to 0 whatever the seed
        }
        long data = dataOf(s);
        long nbytes = length(s) * kindOf(s);
        h = 0xcbf29ce484222325L;
        for (long i = 0; i < nbytes; i++) {
            h ^= Memory.getByte(data + i) & 0xFF;
            h *= 0x100000001b3L;
        }
        h ^= length(s);
        if (h == -1) {
            h = -2;
        }
        Memory.putLong(s + STR_HASH, h);
        return h;
    }

    // ---- operations: new references

    public static long concat(long a, long b) {
        long na = length(a);
        long nb = length(b);
        if (na == 0) {
            return Heap.newRef(b);
        }
        if (nb == 0) {
            return Heap.newRef(a);
        }
        int maxChar = Math.max(maxCharOf(a), maxCharOf(b));
        if (na + nb == 1) {
            return Heap.newRef(charAddress(maxChar));
        }
        long r = allocate(na + nb, maxChar);
        copyChars(a, 0, r, 0, na);
        copyChars(b, 0, r, na, nb);
        return r;
    }

    /**
     * _PyUnicode_JoinArray with no separator (BUILD_STRING): a single exact str is the result
     * itself; otherwise a new str, even of one character (PyUnicode_New, not the cached one), or ''.
     * The items (borrowed) are strs, subclasses too.
     */
    public static long joinArray(long[] items, int from, int n) {
        if (n == 1 && check(items[from])) {
            return Heap.newRef(items[from]);
        }
        long total = 0;
        int maxChar = 0;
        for (int i = from; i < from + n; i++) {
            total += length(items[i]);
            maxChar = Math.max(maxChar, maxCharOf(items[i]));
        }
        if (total == 0) {
            return Heap.newRef(EMPTY);
        }
        long r = allocate(total, maxChar);
        long at = 0;
        for (int i = from; i < from + n; i++) {
            long len = length(items[i]);
            copyChars(items[i], 0, r, at, len);
            at += len;
        }
        return r;
    }

    public static long repeat(long a, long times) {
        long n = length(a);
        if (times <= 0 || n == 0) {
            return Heap.newRef(EMPTY);
        }
        if (times == 1) {
            return Heap.newRef(a);
        }
        if (n > Long.MAX_VALUE / times) { // unicode_repeat
            throw Errors.overflowError("repeated string is too long");
        }
        long r = allocate(n * times, maxCharOf(a));
        for (long i = 0; i < times; i++) {
            copyChars(a, 0, r, i * n, n);
        }
        return r;
    }

    /** The one-character str at index (a new reference; latin-1 chars are the singletons). */
    public static long charStr(long s, long index) {
        int c = charAt(s, index);
        if (c < 256) {
            return Heap.newRef(charAddress(c));
        }
        long r = allocate(1, c);
        writeChar(dataOf(r), kindOf(r), 0, c);
        return r;
    }

    private static int maxCharOf(long s) {
        if (isAscii(s)) {
            return 127;
        }
        int kind = kindOf(s);
        if (kind == 1) {
            return 255;
        }
        int max = 0;
        for (long i = 0, n = length(s); i < n; i++) {
            max = Math.max(max, charAt(s, i));
        }
        return kind == 2 ? Math.max(max, 256) : Math.max(max, 0x10000);
    }

    private static void copyChars(long from, long fromIndex, long to, long toIndex, long n) {
        int kf = kindOf(from);
        int kt = kindOf(to);
        if (kf == kt) {
            Memory.copy(dataOf(from) + fromIndex * kf, dataOf(to) + toIndex * kt, n * kf);
            return;
        }
        long data = dataOf(to);
        for (long i = 0; i < n; i++) {
            writeChar(data, kt, toIndex + i, charAt(from, fromIndex + i));
        }
    }

    // ---- interning

    /**
     * One-character names CPython 3.11 has already interned when a program starts, as strs of
     * their own (the deep-frozen standard-library modules' names), not as the cached latin-1
     * singletons: so the literal 'a' in a program is not chr(97), while 'g' is. Measured with the
     * oracle for every ASCII letter, digit and underscore.
     */
    private static final String STARTUP_INTERNED = "abcdefhijklmnopqrstvwxyBCLST_";

    /** Interns the strs the interpreter has interned at startup (call once, before any program runs). */
    public static void internStartupNames() {
        for (int i = 0; i < STARTUP_INTERNED.length(); i++) {
            long s = fromJavaUncached(String.valueOf(STARTUP_INTERNED.charAt(i)));
            long canonical = intern(s);
            if (canonical == s) {
                Memory.putInt(s + STR_STATE, (Memory.getInt(s + STR_STATE) & ~STATE_INTERNED_MASK) | 2); // immortal
            }
        }
    }

    public static boolean isInterned(long s) {
        return (Memory.getInt(s + STR_STATE) & STATE_INTERNED_MASK) != 0;
    }

    /**
     * sys.intern: takes a reference to s and returns a reference to the canonical equal str
     * (s itself when it is the first). The table's own references are not counted, as in
     * CPython 3.11, so an interned str still dies when the program drops it.
     */
    public static long intern(long s) {
        if (isInterned(s)) {
            return s;
        }
        long found = InternTable.lookup(s);
        if (found != 0) {
            Heap.incref(found);
            Heap.decref(s);
            return found;
        }
        InternTable.insert(s);
        Memory.putInt(s + STR_STATE, Memory.getInt(s + STR_STATE) | INTERNED_MORTAL);
        return s;
    }

    static void dealloc(long s) {
        if (isInterned(s)) {
            InternTable.remove(s);
        }
        Heap.freeObject(s, false);
    }

    // ---- repr

    /** Python's repr of a str: single quotes unless the text has ' and no ". */
    public static String repr(long s) {
        String text = toJava(s);
        char quote = text.indexOf('\'') >= 0 && text.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(text.length() + 2).append(quote);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                sb.append("\\t");
            } else if (cp == '\n') {
                sb.append("\\n");
            } else if (cp == '\r') {
                sb.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.append(quote).toString();
    }

    /** Py_UNICODE_ISPRINTABLE: not in Cc, Cf, Cs, Co, Cn, Zl, Zp, or Zs other than space. */
    static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** The str type's slots. */
    static final class Type extends PyType {
        private static final String[] STR_PARAMS = {"object", "encoding", "errors"};

        Type() {
            // tp_basicsize is sizeof(PyUnicodeObject), what a subclass's instances start from (an
            // exact str is a compact one, 48 bytes of header for ASCII: sizeof measures it)
            super("str", Types.OBJECT, false, BuiltinSubclasses.UNICODE_OBJECT_SIZE, 0);
        }

        @Override
        public long iter(long obj) {
            return StrIterObject.create(obj);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count == 0) {
                return Heap.newRef(EMPTY);
            }
            if (count > 3) {
                throw Errors.typeError("str() takes at most 3 arguments (" + count + " given)");
            }
            if (count > 1) {
                return StrMethods.decodeArgs(args[offset], args[offset + 1], count == 3 ? args[offset + 2] : 0);
            }
            return Ops.str(args[offset]);
        }

        /** unicode_new's str(object='', encoding='utf-8', errors='strict'), any of them by name. */
        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            if (kwnames == 0 || TupleObject.size(kwnames) == 0) {
                return construct(args, offset, count);
            }
            long[] p = KwArgs.bind("str", STR_PARAMS, args, offset, count, kwnames);
            if (p[0] == 0) {
                // the encoding and errors are checked before the missing object makes ''
                StrMethods.checkCodecArgs(p[1], p[2]);
                return Heap.newRef(EMPTY);
            }
            if (p[1] == 0 && p[2] == 0) {
                return Ops.str(p[0]);
            }
            return StrMethods.decodeArgs(p[0], p[1], p[2]);
        }

        @Override
        public void dealloc(long obj) {
            StrObject.dealloc(obj);
        }

        @Override
        protected void defineMethods() {
            StrMethods.define(this);
        }

        @Override
        public String repr(long obj) {
            return StrObject.repr(obj);
        }

        @Override
        public String str(long obj) {
            return toJava(obj);
        }

        @Override
        public long hash(long obj) {
            return StrObject.hash(obj);
        }

        @Override
        public long sizeof(long obj) {
            return StrObject.sizeof(obj);
        }

        @Override
        public boolean isTrue(long obj) {
            return length(obj) != 0;
        }

        @Override
        public long length(long obj) {
            return StrObject.length(obj);
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (!check(b)) {
                return 0;
            }
            if (op == Ops.EQ || op == Ops.NE) {
                return BoolObject.fromBoolean(equal(a, b) == (op == Ops.EQ));
            }
            return BoolObject.fromBoolean(Ops.compareResult(compare(a, b), op));
        }

        @Override
        public long getItem(long obj, long key) {
            if (SliceObject.check(key)) {
                return SliceObject.sliceStr(obj, key);
            }
            long i = Ops.index(key, "string indices must be integers, not '%s'");
            long n = length(obj);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError("string index out of range");
            }
            return charStr(obj, i);
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (op == Ops.NB_ADD) {
                return Ops.concatSequences(a, b, StrObject::check, "str", StrObject::concat);
            }
            if (op == Ops.NB_MULTIPLY) {
                return Ops.repeatSequence(a, b, Types.STR, StrObject::repeat);
            }
            if (op == Ops.NB_REMAINDER && check(a)) {
                return PercentFormat.format(a, b);
            }
            return 0;
        }
    }
}
