package org.minipy.vm.interp;

import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.bytecode.OperandKind;
import org.minipy.runtime.object.TupleObject;

/** Decodes verified wordcode into the interpreter's form (see {@link Code}). */
public final class Decoder {
    private Decoder() {}

    /**
     * Decodes co, whose constants and names are the given tuples (borrowed). The code must have
     * passed the verifier: every opcode defined, jumps on instruction starts.
     */
    public static Code decode(CodeObject co, long constsTuple, long namesTuple, String filename) {
        int units = co.unitCount();
        int[] instrOf = new int[units + 1];
        int count = 0;
        for (int u = 0; u < units; u++) {
            instrOf[u] = count;
            if (co.opcodeAt(u) != Opcode.EXTENDED_ARG.code) {
                count++;
            }
        }
        instrOf[units] = count;
        int[] ops = new int[count];
        int[] lines = new int[count];
        int ext = 0;
        for (int u = 0; u < units; u++) {
            Opcode op = Opcode.of(co.opcodeAt(u));
            int arg = ext << 8 | co.argAt(u);
            if (op == Opcode.EXTENDED_ARG) {
                ext = arg;
                continue;
            }
            ext = 0;
            if (op.operand == OperandKind.JUMP) {
                arg = instrOf[arg];
            }
            int i = instrOf[u];
            ops[i] = op.ordinal() | arg << 8;
            lines[i] = co.lines()[u];
        }
        long[] consts = new long[co.consts().length];
        for (int k = 0; k < consts.length; k++) {
            consts[k] = TupleObject.get(constsTuple, k);
        }
        long[] names = new long[co.names().size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = TupleObject.get(namesTuple, k);
        }
        return new Code(ops, lines, consts, names, co.varnames().toArray(new String[0]), co.name(), filename,
                co.argCount(), co.maxStack(), co.isFunction());
    }

    /** Records the code object a decoded form belongs to; returns the code object. */
    public static long attach(Code code, long codeObject) {
        code.object = codeObject;
        return codeObject;
    }
}
