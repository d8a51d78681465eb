package org.minipy.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * One decoded instruction: where it starts (the code unit of its first EXTENDED_ARG, if any), how
 * many units it takes, its opcode and its full argument.
 */
public record Instruction(int unit, int size, Opcode op, int arg) {
    /** More prefixes than this would not fit an int argument. */
    public static final int MAX_EXTENDED_ARGS = 3;

    /** The unit after this instruction. */
    public int next() {
        return unit + size;
    }

    /** How many EXTENDED_ARG prefixes an argument needs. */
    public static int prefixesFor(int arg) {
        if (arg < 0) {
            throw new IllegalArgumentException("negative argument " + arg);
        }
        return arg <= 0xFF ? 0 : arg <= 0xFFFF ? 1 : arg <= 0xFFFFFF ? 2 : 3;
    }

    /**
     * Decodes wordcode, folding EXTENDED_ARG prefixes into the argument of the instruction they
     * belong to; rejects odd lengths, undefined opcodes, dangling or excessive prefixes.
     */
    public static List<Instruction> decode(byte[] code) {
        if (code.length % 2 != 0) {
            throw new BadBytecodeException("code length " + code.length + " is odd");
        }
        int units = code.length / 2;
        List<Instruction> out = new ArrayList<>();
        int u = 0;
        while (u < units) {
            int start = u;
            int ext = 0;
            int prefixes = 0;
            while ((code[2 * u] & 0xFF) == Opcode.EXTENDED_ARG.code) {
                prefixes++;
                if (prefixes > MAX_EXTENDED_ARGS) {
                    throw new BadBytecodeException("more than " + MAX_EXTENDED_ARGS
                            + " EXTENDED_ARG prefixes at offset " + 2 * start);
                }
                ext = (ext << 8) | (code[2 * u + 1] & 0xFF);
                u++;
                if (u >= units) {
                    throw new BadBytecodeException("EXTENDED_ARG at the end of the code (offset " + 2 * start + ")");
                }
            }
            int opByte = code[2 * u] & 0xFF;
            Opcode op = Opcode.of(opByte);
            if (op == null) {
                throw new BadBytecodeException("undefined opcode " + opByte + " at offset " + 2 * u);
            }
            if (prefixes > 0 && !op.hasArgument()) {
                throw new BadBytecodeException("EXTENDED_ARG before " + op + ", which takes no argument (offset "
                        + 2 * start + ")");
            }
            int arg = (ext << 8) | (code[2 * u + 1] & 0xFF);
            if (arg < 0) {
                throw new BadBytecodeException("argument out of range at offset " + 2 * u);
            }
            u++;
            out.add(new Instruction(start, u - start, op, op.hasArgument() ? arg : 0));
        }
        return out;
    }
}
