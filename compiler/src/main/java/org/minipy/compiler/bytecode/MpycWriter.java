package org.minipy.compiler.bytecode;

import java.io.ByteArrayOutputStream;

/**
 * Writes a {@link CompilationUnit} as a .mpyc file. All integers are big-endian.
 *
 * <pre>
 * header   magic "MPYC" (4D 50 59 43) | u16 version = 3 | u16 flags (bit 0: hash-based, always set)
 *          | u64 source hash ({@link SourceHash})
 * unit     str filename
 *          | u32 constant count, then each constant: u8 tag + payload
 *              0 None | 1 Ellipsis | 2 bool: u8 0/1 | 3 int: u32 n + n bytes two's complement (n >= 1)
 *              | 4 float: u64 IEEE bits | 5 str: u8 interned 0/1 + str | 6 bytes: u32 n + n bytes
 *              | 7 tuple: u32 n + n x u32 index of an earlier entry | 8 code: u32 code-object index
 *              | 9 frozenset: u32 n + n x u32 index of an earlier entry
 *          | u32 code-object count, then each: str name | str qualname | u32 firstLine | u32 argCount
 *              | u32 flags | u32 n + n bytes of wordcode | u32 n + n x u32 lines
 *              | u32 n + n x i32 positions (3 a code unit: end line, column, end column; -1 unknown)
 *              | u32 n + n x u32 consts
 *              | u32 n + n x str names | u32 n + n x str varnames | u32 maxStack
 *              | u32 kwOnlyArgCount | u32 n + n x str cellvars | u32 n + n x str freevars
 *              | u32 n + n x exception entry (u32 start | u32 end | u32 target | u32 depth | u8 lasti 0/1)
 * str      u32 byte length + UTF-8 bytes
 * </pre>
 * Nothing follows the last code object.
 */
public final class MpycWriter {
    public static final byte[] MAGIC = {0x4D, 0x50, 0x59, 0x43};
    /**
     * 2: code objects gained kwOnlyArgCount, cellvars, freevars and the exception table; frozenset constants.
     * 3: code objects gained column positions (end line, column, end column of every code unit).
     */
    public static final int VERSION = 3;
    public static final int FLAG_HASH_BASED = 1;

    static final int TAG_NONE = 0;
    static final int TAG_ELLIPSIS = 1;
    static final int TAG_BOOL = 2;
    static final int TAG_INT = 3;
    static final int TAG_FLOAT = 4;
    static final int TAG_STR = 5;
    static final int TAG_BYTES = 6;
    static final int TAG_TUPLE = 7;
    static final int TAG_CODE = 8;
    static final int TAG_FROZENSET = 9;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private MpycWriter() {}

    public static byte[] write(CompilationUnit unit) {
        MpycWriter w = new MpycWriter();
        w.out.writeBytes(MAGIC);
        w.u16(VERSION);
        w.u16(FLAG_HASH_BASED);
        w.u64(unit.sourceHash());
        w.str(unit.filename());
        w.u32(unit.constants().size());
        for (Constant c : unit.constants()) {
            w.constant(c);
        }
        w.u32(unit.codes().size());
        for (CodeObject co : unit.codes()) {
            w.code(co);
        }
        return w.out.toByteArray();
    }

    private void constant(Constant c) {
        if (c instanceof Constant.NoneConst) {
            out.write(TAG_NONE);
        } else if (c instanceof Constant.EllipsisConst) {
            out.write(TAG_ELLIPSIS);
        } else if (c instanceof Constant.BoolConst b) {
            out.write(TAG_BOOL);
            out.write(b.value() ? 1 : 0);
        } else if (c instanceof Constant.IntConst i) {
            out.write(TAG_INT);
            blob(i.value().toByteArray());
        } else if (c instanceof Constant.FloatConst f) {
            out.write(TAG_FLOAT);
            u64(Double.doubleToRawLongBits(f.value()));
        } else if (c instanceof Constant.StrConst s) {
            out.write(TAG_STR);
            out.write(s.interned() ? 1 : 0);
            str(s.value());
        } else if (c instanceof Constant.BytesConst b) {
            out.write(TAG_BYTES);
            blob(b.value());
        } else if (c instanceof Constant.TupleConst t) {
            out.write(TAG_TUPLE);
            u32(t.items().length);
            for (int item : t.items()) {
                u32(item);
            }
        } else if (c instanceof Constant.FrozensetConst f) {
            out.write(TAG_FROZENSET);
            u32(f.items().length);
            for (int item : f.items()) {
                u32(item);
            }
        } else if (c instanceof Constant.CodeConst cc) {
            out.write(TAG_CODE);
            u32(cc.codeIndex());
        }
    }

    private void code(CodeObject co) {
        str(co.name());
        str(co.qualname());
        u32(co.firstLine());
        u32(co.argCount());
        u32(co.flags());
        blob(co.code());
        ints(co.lines());
        ints(co.positions());
        ints(co.consts());
        u32(co.names().size());
        co.names().forEach(this::str);
        u32(co.varnames().size());
        co.varnames().forEach(this::str);
        u32(co.maxStack());
        u32(co.kwOnlyArgCount());
        u32(co.cellvars().size());
        co.cellvars().forEach(this::str);
        u32(co.freevars().size());
        co.freevars().forEach(this::str);
        u32(co.exceptionTable().size());
        for (ExceptionEntry e : co.exceptionTable()) {
            u32(e.start());
            u32(e.end());
            u32(e.target());
            u32(e.depth());
            out.write(e.lasti() ? 1 : 0);
        }
    }

    private void ints(int[] values) {
        u32(values.length);
        for (int v : values) {
            u32(v);
        }
    }

    private void blob(byte[] b) {
        u32(b.length);
        out.writeBytes(b);
    }

    private void str(String s) {
        blob(Wtf8.encode(s));
    }

    private void u16(int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private void u32(int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }

    private void u64(long v) {
        u32((int) (v >>> 32));
        u32((int) v);
    }
}
