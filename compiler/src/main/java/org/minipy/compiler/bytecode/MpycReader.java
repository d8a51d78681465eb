package org.minipy.compiler.bytecode;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a .mpyc file (layout in {@link MpycWriter}) and verifies it. Nothing in the file is
 * trusted: every count and length is checked against the bytes that remain before anything is
 * allocated, every index against what it indexes, and the result goes through the
 * {@link Verifier}. Any problem is a {@link BadBytecodeException} naming it; no other exception
 * escapes.
 */
public final class MpycReader {
    /** Longest int constant accepted, in bytes (far beyond anything the compiler folds). */
    static final int MAX_INT_BYTES = 1 << 20;

    private final byte[] data;
    private int pos;

    private MpycReader(byte[] data) {
        this.data = data;
    }

    /** The header's source hash, after checking magic, version and flags (the CLI's staleness check). */
    public static long sourceHash(byte[] data) {
        MpycReader r = new MpycReader(data);
        return r.header();
    }

    public static CompilationUnit read(byte[] data) {
        if (data == null) {
            throw new BadBytecodeException("no data");
        }
        MpycReader r = new MpycReader(data);
        long hash = r.header();
        String filename = r.str("filename");
        List<Constant> constants = r.constants();
        List<CodeObject> codes = r.codes();
        if (r.pos != data.length) {
            throw new BadBytecodeException((data.length - r.pos) + " unexpected bytes after the last code object");
        }
        CompilationUnit unit = new CompilationUnit(filename, List.copyOf(constants), List.copyOf(codes), hash);
        Verifier.verify(unit);
        return unit;
    }

    private long header() {
        need(16, "header");
        for (int i = 0; i < 4; i++) {
            if (data[i] != MpycWriter.MAGIC[i]) {
                throw new BadBytecodeException("not a .mpyc file (bad magic number)");
            }
        }
        pos = 4;
        int version = u16();
        if (version != MpycWriter.VERSION) {
            throw new BadBytecodeException("unsupported format version " + version);
        }
        int flags = u16();
        if (flags != MpycWriter.FLAG_HASH_BASED) {
            throw new BadBytecodeException("unsupported flags 0x" + Integer.toHexString(flags));
        }
        return u64();
    }

    private List<Constant> constants() {
        int count = count(1, "constants");
        List<Constant> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            need(1, "constant tag");
            int tag = data[pos++] & 0xFF;
            switch (tag) {
                case MpycWriter.TAG_NONE -> out.add(Constant.NoneConst.NONE);
                case MpycWriter.TAG_ELLIPSIS -> out.add(Constant.EllipsisConst.ELLIPSIS);
                case MpycWriter.TAG_BOOL -> out.add(new Constant.BoolConst(flag("bool constant")));
                case MpycWriter.TAG_INT -> {
                    int n = count(1, "int constant bytes");
                    if (n == 0 || n > MAX_INT_BYTES) {
                        throw new BadBytecodeException("int constant " + i + " has " + n + " bytes");
                    }
                    out.add(new Constant.IntConst(new BigInteger(bytes(n))));
                }
                case MpycWriter.TAG_FLOAT -> out.add(new Constant.FloatConst(Double.longBitsToDouble(u64())));
                case MpycWriter.TAG_STR -> {
                    boolean interned = flag("str interned flag");
                    out.add(new Constant.StrConst(str("str constant"), interned));
                }
                case MpycWriter.TAG_BYTES -> out.add(new Constant.BytesConst(bytes(count(1, "bytes constant"))));
                case MpycWriter.TAG_TUPLE -> {
                    int n = count(4, "tuple items");
                    int[] items = new int[n];
                    for (int k = 0; k < n; k++) {
                        items[k] = u32();
                        if (items[k] < 0 || items[k] >= i) {
                            throw new BadBytecodeException("tuple constant " + i + " refers to entry " + items[k]
                                    + ", which is not an earlier entry");
                        }
                    }
                    out.add(new Constant.TupleConst(items));
                }
                case MpycWriter.TAG_FROZENSET -> {
                    int n = count(4, "frozenset items");
                    int[] items = new int[n];
                    for (int k = 0; k < n; k++) {
                        items[k] = u32();
                        if (items[k] < 0 || items[k] >= i) {
                            throw new BadBytecodeException("frozenset constant " + i + " refers to entry " + items[k]
                                    + ", which is not an earlier entry");
                        }
                    }
                    out.add(new Constant.FrozensetConst(items));
                }
                case MpycWriter.TAG_CODE -> {
                    int index = u32();
                    if (index < 0) {
                        throw new BadBytecodeException("code constant " + i + " has a negative index");
                    }
                    out.add(new Constant.CodeConst(index));
                }
                default -> throw new BadBytecodeException("constant " + i + " has unknown tag " + tag);
            }
        }
        return out;
    }

    private List<CodeObject> codes() {
        // The smallest code object takes 4 x 15 bytes of lengths and fields.
        int count = count(60, "code objects");
        if (count == 0) {
            throw new BadBytecodeException("no code objects");
        }
        List<CodeObject> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = str("code name");
            String qualname = str("code qualname");
            int firstLine = nonNegative("firstLine");
            int argCount = nonNegative("argCount");
            int flags = u32();
            byte[] code = bytes(count(1, "code bytes"));
            int[] lines = ints("lines");
            int[] positions = ints("positions");
            int[] consts = ints("consts");
            List<String> names = strings("names");
            List<String> varnames = strings("varnames");
            int maxStack = nonNegative("maxStack");
            int kwOnly = nonNegative("kwOnlyArgCount");
            List<String> cellvars = strings("cellvars");
            List<String> freevars = strings("freevars");
            int n = count(17, "exception entries");
            List<ExceptionEntry> table = new ArrayList<>(n);
            for (int k = 0; k < n; k++) {
                int start = nonNegative("exception entry start");
                int end = nonNegative("exception entry end");
                int target = nonNegative("exception entry target");
                int depth = nonNegative("exception entry depth");
                table.add(new ExceptionEntry(start, end, target, depth, flag("exception entry lasti")));
            }
            out.add(new CodeObject(name, qualname, firstLine, argCount, flags, code, lines, consts, List.copyOf(names),
                    List.copyOf(varnames), maxStack, kwOnly, List.copyOf(cellvars), List.copyOf(freevars),
                    List.copyOf(table), positions));
        }
        return out;
    }

    // ---- primitives, each checking the bytes that remain ----

    private void need(long n, String what) {
        if (n > data.length - pos) {
            throw new BadBytecodeException("truncated file: " + what + " needs " + n + " bytes at offset " + pos
                    + ", " + (data.length - pos) + " left");
        }
    }

    /** A u32 count of items of at least {@code minSize} bytes each, checked against the rest of the file. */
    private int count(int minSize, String what) {
        int n = u32();
        if (n < 0 || (long) n * minSize > data.length - pos) {
            throw new BadBytecodeException("bad count " + Integer.toUnsignedString(n) + " of " + what + " at offset "
                    + (pos - 4));
        }
        return n;
    }

    private int nonNegative(String what) {
        int v = u32();
        if (v < 0) {
            throw new BadBytecodeException("negative " + what);
        }
        return v;
    }

    private boolean flag(String what) {
        need(1, what);
        int b = data[pos++] & 0xFF;
        if (b > 1) {
            throw new BadBytecodeException(what + " is " + b + ", not 0 or 1");
        }
        return b == 1;
    }

    private byte[] bytes(int n) {
        need(n, "data");
        byte[] b = new byte[n];
        System.arraycopy(data, pos, b, 0, n);
        pos += n;
        return b;
    }

    private int[] ints(String what) {
        int n = count(4, what);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = u32();
        }
        return out;
    }

    private List<String> strings(String what) {
        int n = count(4, what);
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(str(what));
        }
        return out;
    }

    private String str(String what) {
        int n = count(1, what);
        String s = Wtf8.decode(data, pos, n);
        if (s == null) {
            throw new BadBytecodeException(what + " at offset " + pos + " is not valid WTF-8");
        }
        pos += n;
        return s;
    }

    private int u16() {
        need(2, "u16");
        int v = ((data[pos] & 0xFF) << 8) | (data[pos + 1] & 0xFF);
        pos += 2;
        return v;
    }

    private int u32() {
        need(4, "u32");
        int v = ((data[pos] & 0xFF) << 24) | ((data[pos + 1] & 0xFF) << 16) | ((data[pos + 2] & 0xFF) << 8)
                | (data[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    private long u64() {
        long hi = u32() & 0xFFFFFFFFL;
        long lo = u32() & 0xFFFFFFFFL;
        return (hi << 32) | lo;
    }
}
