package org.minipy.vm.interp;

import java.util.List;

import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.ExceptionEntry;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.bytecode.OperandKind;
import org.minipy.runtime.object.TupleObject;

/** Decodes verified wordcode into the interpreter's form (see {@link Code}). */
public final class Decoder {
    private Decoder() {}

    /**
     * Decodes co, whose constants, names and varnames are the given tuples (borrowed). The code
     * must have passed the verifier: every opcode defined, jumps and handlers on instruction starts.
     */
    public static Code decode(CodeObject co, long constsTuple, long namesTuple, long varnamesTuple, String filename) {
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
        Code.Builder b = new Code.Builder();
        b.ops = new int[count];
        b.lines = new int[count];
        b.units = new int[count];
        b.positions = new int[3 * count];
        int ext = 0;
        int start = 0;
        for (int u = 0; u < units; u++) {
            Opcode op = Opcode.of(co.opcodeAt(u));
            int arg = ext << 8 | co.argAt(u);
            if (op == Opcode.EXTENDED_ARG) {
                if (ext == 0) {
                    start = u;
                }
                ext = arg;
                continue;
            }
            if (ext == 0) {
                start = u;
            }
            ext = 0;
            if (op.operand == OperandKind.JUMP) {
                arg = instrOf[arg];
            }
            int i = instrOf[u];
            b.ops[i] = op.ordinal() | arg << 8;
            b.lines[i] = co.lines()[u];
            b.units[i] = start;
            b.positions[3 * i] = co.endLineAt(u);
            b.positions[3 * i + 1] = co.colAt(u);
            b.positions[3 * i + 2] = co.endColAt(u);
        }
        decodeHandlers(co.exceptionTable(), instrOf, count, b);
        b.consts = new long[co.consts().length];
        for (int k = 0; k < b.consts.length; k++) {
            b.consts[k] = TupleObject.get(constsTuple, k);
        }
        b.names = new long[co.names().size()];
        for (int k = 0; k < b.names.length; k++) {
            b.names[k] = TupleObject.get(namesTuple, k);
        }
        b.varnames = co.varnames().toArray(new String[0]);
        b.slotNames = co.localsPlusNames().toArray(new String[0]);
        b.varnameObjects = new long[b.varnames.length];
        for (int k = 0; k < b.varnames.length; k++) {
            b.varnameObjects[k] = TupleObject.get(varnamesTuple, k);
        }
        b.firstFreeSlot = co.localsPlusCount() - co.freevars().size();
        b.firstArgIsCell = !co.varnames().isEmpty() && co.cellvars().contains(co.varnames().get(0));
        int classFree = co.freevars().indexOf("__class__");
        b.classCellSlot = classFree < 0 ? -1 : co.freeSlot(classFree);
        b.name = co.name();
        b.qualname = co.qualname();
        b.filename = filename;
        b.argCount = co.argCount();
        b.kwOnlyCount = co.kwOnlyArgCount();
        b.flags = co.flags();
        b.stackSize = co.maxStack();
        b.isFunction = co.isFunction();
        Code code = new Code(b);
        code.cellNames = co.cellvars();
        return code;
    }

    private static void decodeHandlers(List<ExceptionEntry> table, int[] instrOf, int count, Code.Builder b) {
        int n = table.size();
        b.handlerOf = new int[count];
        java.util.Arrays.fill(b.handlerOf, -1);
        b.handlerTarget = new int[n];
        b.handlerDepth = new int[n];
        b.handlerLasti = new boolean[n];
        for (int h = 0; h < n; h++) {
            ExceptionEntry e = table.get(h);
            b.handlerTarget[h] = instrOf[e.target()];
            b.handlerDepth[h] = e.depth();
            b.handlerLasti[h] = e.lasti();
            for (int i = instrOf[e.start()]; i < instrOf[e.end()]; i++) {
                b.handlerOf[i] = h;
            }
        }
    }

    /** Records the code object a decoded form belongs to; returns the code object. */
    public static long attach(Code code, long codeObject) {
        code.object = codeObject;
        return codeObject;
    }
}
