package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.nio.charset.StandardCharsets;

import org.minipy.runtime.mem.Memory;

/**
 * bytes: PyBytesObject (ob_size, ob_shash, then ob_sval: the bytes and a NUL), 33 + n bytes,
 * untracked. As in CPython 3.11, {@code b''} and the 256 one-byte values are static singletons.
 */
public final class BytesObject {
    private static final long EMPTY = makeStatic(-1);
    private static final long[] CHARACTERS = new long[256];

    static {
        for (int i = 0; i < 256; i++) {
            CHARACTERS[i] = makeStatic(i);
        }
        Roots.register("b'' and the one-byte bytes", visit -> {
            visit.visit(EMPTY);
            Roots.visitAll(CHARACTERS, visit);
        });
    }

    private BytesObject() {}

    private static long makeStatic(int b) {
        long n = b < 0 ? 0 : 1;
        long size = BYTES_BASIC_SIZE + n;
        long o = Memory.allocateNative(size);
        Memory.fill(o, size, (byte) 0);
        Memory.putLong(o + OB_REFCNT, 1);
        Memory.putLong(o + OB_TYPE, Types.BYTES.address);
        Memory.putLong(o + OB_SIZE, n);
        Memory.putLong(o + BYTES_HASH, -1);
        if (b >= 0) {
            Memory.putByte(o + BYTES_DATA, (byte) b);
        }
        return o;
    }

    /** A new bytes object of n bytes, uninitialised but for the NUL (singletons for n of 0). */
    static long allocate(long n) {
        if (n == 0) {
            return Heap.newRef(EMPTY);
        }
        long o = Heap.allocObject(Types.BYTES.address, BYTES_BASIC_SIZE + n, false);
        Memory.putLong(o + OB_SIZE, n);
        Memory.putLong(o + BYTES_HASH, -1);
        Memory.putByte(o + BYTES_DATA + n, (byte) 0);
        return o;
    }

    /** PyBytes_FromStringAndSize: a new reference to bytes holding data. */
    public static long fromBytes(byte[] data) {
        if (data.length == 1) {
            return Heap.newRef(CHARACTERS[data[0] & 0xFF]);
        }
        long o = allocate(data.length);
        for (int i = 0; i < data.length; i++) {
            Memory.putByte(o + BYTES_DATA + i, data[i]);
        }
        return o;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.BYTES.address;
    }

    public static long size(long b) {
        return Memory.getLong(b + OB_SIZE);
    }

    public static int byteAt(long b, long i) {
        return Memory.getByte(b + BYTES_DATA + i) & 0xFF;
    }

    public static byte[] toArray(long b) {
        byte[] r = new byte[(int) size(b)];
        for (int i = 0; i < r.length; i++) {
            r[i] = Memory.getByte(b + BYTES_DATA + i);
        }
        return r;
    }

    /** The hash, cached in ob_shash: the same function as a str of the same latin-1 characters. */
    public static long hash(long b) {
        long h = Memory.getLong(b + BYTES_HASH);
        if (h != -1) {
            return h;
        }
        long n = size(b);
        h = 0xcbf29ce484222325L;
        for (long i = 0; i < n; i++) {
            h ^= byteAt(b, i);
            h *= 0x100000001b3L;
        }
        h ^= n;
        if (h == -1) {
            h = -2;
        }
        Memory.putLong(b + BYTES_HASH, h);
        return h;
    }

    /** bytes_repr: b'...', switching to double quotes when only single quotes occur. */
    public static String repr(long b) {
        long n = size(b);
        boolean single = false;
        boolean dbl = false;
        for (long i = 0; i < n; i++) {
            int c = byteAt(b, i);
            single |= c == '\'';
            dbl |= c == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder sb = new StringBuilder("b").append(quote);
        for (long i = 0; i < n; i++) {
            int c = byteAt(b, i);
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append((char) c);
            }
        }
        return sb.append(quote).toString();
    }

    static int compare(long a, long b) {
        long na = size(a);
        long nb = size(b);
        int c = Memory.compare(a + BYTES_DATA, b + BYTES_DATA, Math.min(na, nb));
        return c != 0 ? c : Long.compare(na, nb);
    }

    static long concat(long a, long b) {
        long na = size(a);
        long nb = size(b);
        if (nb == 0) {
            return Heap.newRef(a);
        }
        if (na == 0) {
            return Heap.newRef(b);
        }
        long r = allocate(na + nb);
        Memory.copy(a + BYTES_DATA, r + BYTES_DATA, na);
        Memory.copy(b + BYTES_DATA, r + BYTES_DATA + na, nb);
        return r;
    }

    static long repeat(long a, long times) {
        long n = size(a);
        if (times == 1) {
            return Heap.newRef(a);
        }
        if (times <= 0 || n == 0) {
            return Heap.newRef(EMPTY);
        }
        if (n > (Long.MAX_VALUE - BYTES_DATA - 1) / times) { // bytes_repeat: the size or the block's overflows
            throw Errors.overflowError("repeated bytes are too long");
        }
        if (n * times == 1) {
            return Heap.newRef(CHARACTERS[byteAt(a, 0)]);
        }
        long r = allocate(n * times);
        for (long k = 0; k < times; k++) {
            Memory.copy(a + BYTES_DATA, r + BYTES_DATA + k * n, n);
        }
        return r;
    }

    /** bytes[slice]. */
    static long slice(long b, long slice) {
        long size = size(b);
        long[] ix = SliceObject.indices(slice, size);
        long n = ix[3];
        if (n == size && ix[0] == 0 && ix[2] == 1) {
            return Heap.newRef(b);
        }
        if (n == 1) {
            return Heap.newRef(CHARACTERS[byteAt(b, ix[0])]);
        }
        long r = allocate(n);
        for (long i = 0, cur = ix[0]; i < n; i++, cur += ix[2]) {
            Memory.putByte(r + BYTES_DATA + i, (byte) byteAt(b, cur));
        }
        return r;
    }

    /** The bytes type's slots. */
    static final class Type extends PyType {
        Type() {
            super("bytes", Types.OBJECT, false, BYTES_BASIC_SIZE, 1);
        }

        @Override
        protected void defineMethods() {
            SlotWrappers.reprStrHash(this, true);
            SlotWrappers.comparisons(this);
            SlotWrappers.sequence(this);
            SlotWrappers.binary(this, "__add__", null, Ops.NB_ADD);
            SlotWrappers.repeat(this, false);
            SlotWrappers.binary(this, "__mod__", "__rmod__", Ops.NB_REMAINDER);
            methodWithKeywords("decode", (self, a, o, n, kw) -> {
                long[] p = MethodArgs.bind("decode", new String[] {"encoding", "errors"}, 0, a, o, n, kw);
                for (int i = 0; i < 2; i++) {
                    if (p[i] != 0 && !StrObject.check(p[i])) {
                        throw Errors.typeError("decode() argument '" + (i == 0 ? "encoding" : "errors")
                                + "' must be str, not " + Types.of(p[i]).name);
                    }
                }
                return Codecs.decode(self, p[0] == 0 ? "utf-8" : StrObject.toJava(p[0]),
                        p[1] == 0 ? "strict" : StrObject.toJava(p[1]));
            });
            method("hex", (self, a, o, n) -> {
                Args.exactly("hex", n, 0);
                StringBuilder sb = new StringBuilder();
                for (long i = 0; i < size(self); i++) {
                    int c = byteAt(self, i);
                    sb.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
                }
                return StrObject.fromJava(sb.toString());
            });
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count == 0) {
                return Heap.newRef(EMPTY);
            }
            if (count > 3) {
                throw Errors.typeError("bytes() takes at most 3 arguments (" + count + " given)");
            }
            long x = args[offset];
            if (StrObject.check(x)) {
                if (count < 2) {
                    throw Errors.typeError("string argument without an encoding");
                }
                for (int i = 1; i < count; i++) {
                    if (!StrObject.check(args[offset + i])) {
                        throw Errors.typeError("bytes() argument '" + (i == 1 ? "encoding" : "errors")
                                + "' must be str, not " + Types.of(args[offset + i]).name);
                    }
                }
                return Codecs.encode(x, StrObject.toJava(args[offset + 1]),
                        count == 3 ? StrObject.toJava(args[offset + 2]) : "strict");
            }
            if (count > 1) {
                throw Errors.typeError("encoding without a string argument");
            }
            if (check(x)) {
                return Heap.newRef(x);
            }
            long made = Types.of(x) instanceof HeapType ? HeapType.callUnaryDunder(x, "__bytes__") : 0;
            if (made != 0) { // bytes_new: __bytes__ first (_PyObject_LookupSpecial)
                if (!check(made)) {
                    String t = Types.of(made).name;
                    Heap.decref(made);
                    throw Errors.typeError("__bytes__ returned non-bytes (type " + t + ")");
                }
                return made;
            }
            if (Ops.isIndex(x)) {
                long n = MethodArgs.index(x); // an integer: that many zero bytes
                if (n < 0) {
                    throw Errors.valueError("negative count");
                }
                long r = allocate(n);
                Memory.fill(r + BYTES_DATA, n, (byte) 0);
                return r;
            }
            long list = ListObject.allocate(0);
            try {
                ListObject.extend(list, x);
                byte[] data = new byte[(int) ListObject.size(list)];
                for (int i = 0; i < data.length; i++) {
                    long item = ListObject.get(list, i);
                    if (!IntObject.check(item)) {
                        throw Errors.typeError("'" + Types.of(item).name + "' object cannot be interpreted as an integer");
                    }
                    long v = IntObject.fitsMachineWord(item) ? IntObject.wordValue(item) : -1;
                    if (v < 0 || v > 255) {
                        throw Errors.valueError("bytes must be in range(0, 256)");
                    }
                    data[i] = (byte) v;
                }
                return fromBytes(data);
            } finally {
                Heap.decref(list);
            }
        }

        @Override
        public String repr(long obj) {
            return BytesObject.repr(obj);
        }

        @Override
        public long hash(long obj) {
            return BytesObject.hash(obj);
        }

        @Override
        public long sizeof(long obj) {
            return BYTES_BASIC_SIZE + size(obj);
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
            return BoolObject.fromBoolean(Ops.compareResult(compare(a, b), op));
        }

        @Override
        public long getItem(long obj, long key) {
            if (SliceObject.check(key)) {
                return slice(obj, key);
            }
            long i = Ops.index(key, "byte indices must be integers or slices, not %s");
            long n = size(obj);
            if (i < 0) {
                i += n;
            }
            if (i < 0 || i >= n) {
                throw Errors.indexError("index out of range");
            }
            return IntObject.fromLong(byteAt(obj, i));
        }

        @Override
        public long iter(long obj) {
            return BytesIterType.create(obj);
        }

        /** bytes_contains: a byte value, or a bytes substring. */
        @Override
        public int contains(long obj, long item) {
            long n = size(obj);
            if (IntObject.check(item)) {
                long v = IntObject.fitsMachineWord(item) ? IntObject.wordValue(item) : -1;
                if (v < 0 || v > 255) {
                    throw Errors.valueError("byte must be in range(0, 256)");
                }
                for (long i = 0; i < n; i++) {
                    if (byteAt(obj, i) == v) {
                        return 1;
                    }
                }
                return 0;
            }
            if (!check(item)) {
                throw Errors.typeError("a bytes-like object is required, not '" + Types.of(item).name + "'");
            }
            long m = size(item);
            for (long i = 0; i + m <= n; i++) {
                if (Memory.compare(obj + BYTES_DATA + i, item + BYTES_DATA, m) == 0) {
                    return 1;
                }
            }
            return 0;
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (op == Ops.NB_ADD) {
                if (!check(a) || !check(b)) {
                    if (check(a)) {
                        throw Errors.typeError("can't concat " + Types.of(b).name + " to bytes");
                    }
                    return 0;
                }
                return concat(a, b);
            }
            if (op == Ops.NB_MULTIPLY) {
                return Ops.repeatSequence(a, b, Types.BYTES, BytesObject::repeat);
            }
            if (op == Ops.NB_REMAINDER && check(a)) {
                return PercentFormat.formatBytes(a, b);
            }
            return 0;
        }
    }

    /** bytes_iterator (striterobject: it_index, it_seq; tracked). */
    static final class BytesIterType extends PyType {
        BytesIterType() {
            super("bytes_iterator", Types.OBJECT, true, SEQITER_SIZE, 0);
        }

        static long create(long b) {
            long it = Heap.allocObject(Types.BYTES_ITERATOR.address, SEQITER_SIZE, true);
            Memory.putLong(it + SEQITER_INDEX, 0);
            Memory.putLong(it + SEQITER_SEQ, Heap.newRef(b));
            Heap.track(it);
            return it;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, SEQITER_SEQ));
            Heap.freeObject(obj, true);
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        /** striter_len. */
        @Override
        public long lengthHint(long obj) {
            long b = field(obj, SEQITER_SEQ);
            return b == 0 ? 0 : Math.max(0, BytesObject.size(b) - field(obj, SEQITER_INDEX));
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            long b = field(obj, SEQITER_SEQ);
            if (b == 0) {
                return 0;
            }
            long i = field(obj, SEQITER_INDEX);
            if (i < size(b)) {
                Memory.putLong(obj + SEQITER_INDEX, i + 1);
                return IntObject.fromLong(byteAt(b, i));
            }
            Memory.putLong(obj + SEQITER_SEQ, 0);
            Heap.decref(b);
            return 0;
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            long b = field(obj, SEQITER_SEQ);
            if (b != 0) {
                visit.visit(b);
            }
        }
    }
}
