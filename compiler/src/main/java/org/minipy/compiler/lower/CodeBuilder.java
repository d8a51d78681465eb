package org.minipy.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import org.minipy.compiler.bytecode.Instruction;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.bytecode.StackAnalysis;

/**
 * Collects one code object's instructions with symbolic jump labels, then assembles them:
 * unreachable instructions are dropped (as CPython's optimiser does), jump arguments become
 * absolute code-unit indexes, arguments above 255 get EXTENDED_ARG prefixes (sizes are resolved
 * iteratively, since a longer jump moves its targets), and the stack depth is computed by
 * {@link StackAnalysis}.
 */
final class CodeBuilder {

    /** A jump target, bound to the instruction emitted next. */
    static final class Label {
        int target = -1;
    }

    private static final class Instr {
        final Opcode op;
        int arg;
        final Label label;
        final int line;

        Instr(Opcode op, int arg, Label label, int line) {
            this.op = op;
            this.arg = arg;
            this.label = label;
            this.line = line;
        }
    }

    /** The assembled form. */
    record Assembled(byte[] code, int[] lines, int maxStack) {}

    private final List<Instr> instrs = new ArrayList<>();
    private int lastBound = -1;

    void emit(Opcode op, int arg, int line) {
        if (op.isJump()) {
            throw new IllegalArgumentException("use emitJump for " + op);
        }
        instrs.add(new Instr(op, op.hasArgument() ? arg : 0, null, line));
    }

    void emit(Opcode op, int line) {
        emit(op, 0, line);
    }

    void emitJump(Opcode op, Label target, int line) {
        instrs.add(new Instr(op, 0, target, line));
    }

    Label newLabel() {
        return new Label();
    }

    void bind(Label label) {
        label.target = instrs.size();
        lastBound = instrs.size();
    }

    /**
     * Whether control cannot reach the next instruction emitted: the last one does not fall through
     * and no label is bound after it.
     */
    boolean endsFlow() {
        return !instrs.isEmpty() && !instrs.get(instrs.size() - 1).op.fallsThrough() && lastBound != instrs.size();
    }

    Assembled assemble() {
        List<Instr> live = removeUnreachable();
        int n = live.size();
        int[] sizes = new int[n];
        int[] starts = new int[n + 1];
        boolean changed = true;
        for (int i = 0; i < n; i++) {
            sizes[i] = 1 + Instruction.prefixesFor(live.get(i).arg);
        }
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                starts[i + 1] = starts[i] + sizes[i];
            }
            for (int i = 0; i < n; i++) {
                Instr in = live.get(i);
                if (in.label != null) {
                    in.arg = starts[in.label.target];
                    int size = 1 + Instruction.prefixesFor(in.arg);
                    if (size > sizes[i]) {
                        sizes[i] = size;
                        changed = true;
                    }
                }
            }
        }
        int units = starts[n];
        byte[] code = new byte[2 * units];
        int[] lines = new int[units];
        for (int i = 0; i < n; i++) {
            Instr in = live.get(i);
            int u = starts[i];
            for (int k = sizes[i] - 1; k >= 1; k--) {
                code[2 * u] = (byte) Opcode.EXTENDED_ARG.code;
                code[2 * u + 1] = (byte) (in.arg >>> (8 * k));
                lines[u] = in.line;
                u++;
            }
            code[2 * u] = (byte) in.op.code;
            code[2 * u + 1] = (byte) in.arg;
            lines[u] = in.line;
        }
        int maxStack = StackAnalysis.maxDepth(Instruction.decode(code), units);
        return new Assembled(code, lines, maxStack);
    }

    /** Keeps the instructions reachable from the first; labels are re-pointed at the kept list. */
    private List<Instr> removeUnreachable() {
        int n = instrs.size();
        boolean[] reachable = new boolean[n + 1];
        ArrayList<Integer> work = new ArrayList<>();
        work.add(0);
        while (!work.isEmpty()) {
            int i = work.remove(work.size() - 1);
            if (i >= n || reachable[i]) {
                continue;
            }
            reachable[i] = true;
            Instr in = instrs.get(i);
            if (in.op.fallsThrough()) {
                work.add(i + 1);
            }
            if (in.label != null) {
                work.add(in.label.target);
            }
        }
        int[] newIndex = new int[n + 1];
        List<Instr> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            newIndex[i] = live.size();
            if (reachable[i]) {
                live.add(instrs.get(i));
            }
        }
        newIndex[n] = live.size();
        List<Instr> out = new ArrayList<>(live.size());
        for (Instr in : live) {
            if (in.label != null) {
                Label relocated = new Label();
                relocated.target = newIndex[in.label.target];
                out.add(new Instr(in.op, 0, relocated, in.line));
            } else {
                out.add(in);
            }
        }
        return out;
    }
}
