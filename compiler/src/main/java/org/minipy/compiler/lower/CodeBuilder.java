package org.minipy.compiler.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.minipy.compiler.ast.Span;
import org.minipy.compiler.bytecode.ExceptionEntry;
import org.minipy.compiler.bytecode.Instruction;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.bytecode.StackAnalysis;

/**
 * Collects one code object's instructions with symbolic jump labels, then assembles them as CPython
 * 3.11's assembler does:
 * <ol>
 * <li>The code generator marks protected regions with the pseudo-instructions {@link Pseudo#SETUP_FINALLY},
 *     {@link Pseudo#SETUP_CLEANUP}, {@link Pseudo#SETUP_WITH} (each naming its handler) and
 *     {@link Pseudo#POP_BLOCK}. A flow pass from the first instruction (CPython's
 *     {@code label_exception_targets}) gives every instruction its innermost handler and its stack depth;
 *     a handler is reached from its SETUP with the depth CPython's stack_effect gives (+1, +2, +1).</li>
 * <li>Locations are resolved as CPython's assembler resolves them ({@link LineNumbers}): instructions
 *     the generator emitted with {@link #NO_LOCATION} take a whole position from the code around them,
 *     or keep none.</li>
 * <li>Unreachable instructions and the pseudo-instructions are dropped.</li>
 * <li>Jump arguments become absolute code-unit indexes, with EXTENDED_ARG prefixes resolved iteratively.</li>
 * <li>Runs of instructions with the same handler become {@link ExceptionEntry}s: depth = the SETUP's
 *     depth (minus one for SETUP_WITH, whose handler drops the __enter__ result), lasti for CLEANUP and
 *     WITH.</li>
 * <li>{@link StackAnalysis} computes maxStack over the final code and table; the line table and the
 *     positions table are written from the resolved locations.</li>
 * </ol>
 */
final class CodeBuilder {

    /**
     * The location of an instruction CPython's compiler marks artificial (its UNSET_LOC / ADDOP_NOLINE):
     * line -1, no columns.
     */
    static final Span NO_LOCATION = new Span(-1, -1, -1, -1);

    /**
     * CPython 3.11's pseudo-instructions for exception handling; NOP, which only carries a location
     * (CPython's NOP for {@code pass}, {@code break}, ...); and RESUME, which stands for CPython's
     * RESUME: a location that, unlike a NOP's, stays (the line marks after it on its line go, and what
     * follows without a line takes its location). They never reach the wordcode.
     */
    enum Pseudo { SETUP_FINALLY, SETUP_CLEANUP, SETUP_WITH, POP_BLOCK, NOP, RESUME }

    /** A jump target, bound to the instruction emitted next. */
    static final class Label {
        int target = -1;
    }

    static final class Instr {
        final Opcode op;
        final Pseudo pseudo;
        int arg;
        Label label;
        /**
         * The source position the instruction was generated for (CPython's i_lineno, i_end_lineno,
         * i_col_offset, i_end_col_offset); {@link #NO_LOCATION} until {@link LineNumbers} gives it one.
         */
        Span loc;

        Instr(Opcode op, Pseudo pseudo, int arg, Label label, Span loc) {
            this.op = op;
            this.pseudo = pseudo;
            this.arg = arg;
            this.label = label;
            this.loc = loc;
        }

        /** The instruction's line, negative when it has none. */
        int line() {
            return loc.line();
        }

        boolean fallsThrough() {
            return pseudo != null || op.fallsThrough();
        }

        Instr copy() {
            return new Instr(op, pseudo, arg, label, loc);
        }
    }

    /**
     * The assembled form; positions hold three ints a code unit (end line, column, end column), with
     * columns still in chars of their lines.
     */
    record Assembled(byte[] code, int[] lines, int[] positions, int maxStack, List<ExceptionEntry> exceptionTable) {}

    /** An immutable stack of handlers (SETUP instruction indexes). */
    private record Handlers(int setup, Handlers outer) {}

    private final List<Instr> instrs = new ArrayList<>();
    /** Every label made, bound or not (their targets move when instructions are inserted). */
    private final List<Label> labels = new ArrayList<>();
    private int lastBound = -1;

    void emit(Opcode op, int arg, Span loc) {
        if (op.isJump()) {
            throw new IllegalArgumentException("use emitJump for " + op);
        }
        instrs.add(new Instr(op, null, op.hasArgument() ? arg : 0, null, loc));
    }

    void emit(Opcode op, Span loc) {
        emit(op, 0, loc);
    }

    void emitJump(Opcode op, Label target, Span loc) {
        instrs.add(new Instr(op, null, 0, target, loc));
    }

    /** A SETUP_* naming its handler, or POP_BLOCK (handler null). */
    void emitPseudo(Pseudo p, Label handler, Span loc) {
        instrs.add(new Instr(Opcode.NOP, p, 0, handler, loc));
    }

    /** A location without an instruction (see {@link Pseudo#NOP}). */
    void emitLineMark(Span loc) {
        instrs.add(new Instr(Opcode.NOP, Pseudo.NOP, 0, null, loc));
    }

    /** CPython's RESUME at the start of the code (see {@link Pseudo#RESUME}). */
    void emitResume(Span loc) {
        instrs.add(new Instr(Opcode.NOP, Pseudo.RESUME, 0, null, loc));
    }

    Label newLabel() {
        Label l = new Label();
        labels.add(l);
        return l;
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
        return !instrs.isEmpty() && !instrs.get(instrs.size() - 1).fallsThrough() && lastBound != instrs.size();
    }

    /** The last opcode emitted (not a pseudo-instruction), or null. */
    Opcode lastOp() {
        for (int i = instrs.size() - 1; i >= 0; i--) {
            if (instrs.get(i).pseudo == null) {
                return instrs.get(i).op;
            }
        }
        return null;
    }

    /** Replaces the last instruction's opcode and argument (peephole rewrites by the generator). */
    boolean lastIs(Opcode op) {
        return !instrs.isEmpty() && instrs.get(instrs.size() - 1).pseudo == null
                && instrs.get(instrs.size() - 1).op == op && lastBound != instrs.size();
    }

    /** Rewrites the argument of every FREE-operand instruction (cell indexes become slots at the end). */
    void remapFree(java.util.function.IntUnaryOperator slot) {
        for (Instr in : instrs) {
            if (in.pseudo == null && in.op.operand == org.minipy.compiler.bytecode.OperandKind.FREE) {
                in.arg = slot.applyAsInt(in.arg);
            }
        }
    }

    /** The code object's code, lines, positions, depth and exception table; firstLine is co_firstlineno. */
    Assembled assemble(int firstLine) {
        inlineSmallExitBlocks();
        while (true) {
            int n = instrs.size();
            Handlers[] handlerOf = new Handlers[n + 1];
            int[] depth = new int[n + 1];
            boolean[] reachable = new boolean[n + 1];
            flow(handlerOf, depth, reachable);
            int[] newIndex = new int[n + 1];
            boolean[] dropped = new boolean[n + 1];
            List<Integer> kept = keep(reachable, dropped, newIndex);
            LineNumbers lines = new LineNumbers(instrs, labels, reachable, dropped);
            if (lines.duplicateExitsWithoutLine()) {
                continue; // exit blocks were copied: flow and keep again
            }
            lines.resolve(firstLine);
            return encode(kept, newIndex, handlerOf, depth);
        }
    }

    /** CPython's MAX_COPY_SIZE: the largest exit block copied into a block that jumps to it. */
    private static final int MAX_COPY_SIZE = 4;

    /**
     * extend_block: a JUMP to a small block without line numbers that leaves the code (ending in
     * RETURN_VALUE, RAISE_VARARGS or RERAISE: the implicit {@code return None}) is replaced by a copy
     * of that block; the JUMP leaves its location behind as a line mark (CPython turns it into a NOP).
     */
    private void inlineSmallExitBlocks() {
        boolean[] bound = boundPositions();
        for (int i = 0; i < instrs.size(); i++) {
            Instr in = instrs.get(i);
            if (in.pseudo != null || in.op != Opcode.JUMP) {
                continue;
            }
            List<Instr> block = exitBlockAt(in.label.target, bound);
            if (block == null) {
                continue;
            }
            instrs.set(i, new Instr(Opcode.NOP, Pseudo.NOP, 0, null, in.loc));
            for (Label l : labels) {
                if (l.target > i) {
                    l.target += block.size();
                }
            }
            instrs.addAll(i + 1, block);
            bound = boundPositions();
            i += block.size();
        }
    }

    private boolean[] boundPositions() {
        boolean[] bound = new boolean[instrs.size() + 1];
        for (Label l : labels) {
            if (l.target >= 0) {
                bound[l.target] = true;
            }
        }
        return bound;
    }

    /** Copies of the exit block that starts at index t, or null if what starts there is not one. */
    private List<Instr> exitBlockAt(int t, boolean[] bound) {
        List<Instr> block = new ArrayList<>();
        for (int j = t; j < instrs.size() && block.size() < MAX_COPY_SIZE; j++) {
            Instr in = instrs.get(j);
            if (j > t && bound[j] || in.pseudo != null && in.pseudo != Pseudo.NOP
                    || in.pseudo == null && in.op.isJump() || in.line() >= 0) {
                return null;
            }
            block.add(in.copy());
            if (in.pseudo == null && !in.op.fallsThrough()) {
                return block;
            }
        }
        return null;
    }

    /**
     * The reachable real instructions; a label bound to a dropped one moves to the next kept one
     * (newIndex), and a JUMP to the instruction right after it is dropped as CPython's optimiser does.
     */
    private List<Integer> keep(boolean[] reachable, boolean[] dropped, int[] newIndex) {
        int n = instrs.size();
        List<Integer> kept = new ArrayList<>();
        boolean again = true;
        while (again) {
            again = false;
            kept.clear();
            for (int i = 0; i < n; i++) {
                newIndex[i] = kept.size();
                if (reachable[i] && instrs.get(i).pseudo == null && !dropped[i]) {
                    kept.add(i);
                }
            }
            newIndex[n] = kept.size();
            for (int k = 0; k < kept.size(); k++) {
                Instr in = instrs.get(kept.get(k));
                if (in.op == Opcode.JUMP && newIndex[in.label.target] == k + 1) {
                    dropped[kept.get(k)] = true;
                    again = true;
                    break;
                }
            }
        }
        return kept;
    }

    private Assembled encode(List<Integer> kept, int[] newIndex, Handlers[] handlerOf, int[] depth) {
        int m = kept.size();
        int[] sizes = new int[m];
        int[] starts = new int[m + 1];
        int[] args = new int[m];
        for (int k = 0; k < m; k++) {
            args[k] = instrs.get(kept.get(k)).arg;
            sizes[k] = 1 + Instruction.prefixesFor(args[k]);
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 0; k < m; k++) {
                starts[k + 1] = starts[k] + sizes[k];
            }
            for (int k = 0; k < m; k++) {
                Instr in = instrs.get(kept.get(k));
                if (in.label != null) {
                    args[k] = starts[newIndex[in.label.target]];
                    int size = 1 + Instruction.prefixesFor(args[k]);
                    if (size > sizes[k]) {
                        sizes[k] = size;
                        changed = true;
                    }
                }
            }
        }
        int units = starts[m];
        byte[] code = new byte[2 * units];
        int[] lines = new int[units];
        int[] positions = new int[3 * units];
        for (int k = 0; k < m; k++) {
            Instr in = instrs.get(kept.get(k));
            int u = starts[k];
            for (int e = sizes[k] - 1; e >= 1; e--) {
                code[2 * u] = (byte) Opcode.EXTENDED_ARG.code;
                code[2 * u + 1] = (byte) (args[k] >>> (8 * e));
                position(in.loc, u, lines, positions);
                u++;
            }
            code[2 * u] = (byte) in.op.code;
            code[2 * u + 1] = (byte) args[k];
            position(in.loc, u, lines, positions);
        }
        List<ExceptionEntry> table = exceptionTable(kept, handlerOf, depth, newIndex, starts);
        int maxStack = StackAnalysis.maxDepth(Instruction.decode(code), units, table);
        return new Assembled(code, lines, positions, maxStack, table);
    }

    /**
     * One code unit's entries in the line table and the positions table (write_location_info_entry):
     * a unit without a line has no position at all.
     */
    private static void position(Span loc, int u, int[] lines, int[] positions) {
        boolean none = loc.line() < 0;
        lines[u] = none ? NO_LOCATION.line() : loc.line();
        positions[3 * u] = none ? -1 : loc.endLine();
        positions[3 * u + 1] = none ? -1 : loc.col();
        positions[3 * u + 2] = none ? -1 : loc.endCol();
    }

    /** Reachability, handler stack and depth of every instruction, following fall-through, jumps and SETUPs. */
    private void flow(Handlers[] handlerOf, int[] depth, boolean[] reachable) {
        int n = instrs.size();
        ArrayDeque<Integer> work = new ArrayDeque<>();
        Arrays.fill(depth, -1);
        visit(0, 0, null, handlerOf, depth, reachable, work);
        while (!work.isEmpty()) {
            int i = work.pop();
            if (i >= n) {
                continue;
            }
            Instr in = instrs.get(i);
            Handlers h = handlerOf[i];
            int d = depth[i];
            if (in.pseudo != null) {
                if (in.pseudo == Pseudo.POP_BLOCK) {
                    visit(i + 1, d, h == null ? null : h.outer(), handlerOf, depth, reachable, work);
                } else if (in.pseudo == Pseudo.NOP || in.pseudo == Pseudo.RESUME) {
                    visit(i + 1, d, h, handlerOf, depth, reachable, work);
                } else {
                    int extra = in.pseudo == Pseudo.SETUP_CLEANUP ? 2 : 1;
                    visit(in.label.target, d + extra, h, handlerOf, depth, reachable, work);
                    visit(i + 1, d, new Handlers(i, h), handlerOf, depth, reachable, work);
                }
                continue;
            }
            if (in.op.fallsThrough()) {
                visit(i + 1, d + in.op.stackEffect(in.arg), h, handlerOf, depth, reachable, work);
            }
            if (in.label != null) {
                visit(in.label.target, d + in.op.jumpEffect, h, handlerOf, depth, reachable, work);
            }
        }
    }

    private static void visit(int i, int d, Handlers h, Handlers[] handlerOf, int[] depth, boolean[] reachable,
            ArrayDeque<Integer> work) {
        if (reachable[i]) {
            return;
        }
        reachable[i] = true;
        handlerOf[i] = h;
        depth[i] = d;
        work.push(i);
    }

    private List<ExceptionEntry> exceptionTable(List<Integer> kept, Handlers[] handlerOf, int[] depth, int[] newIndex,
            int[] starts) {
        List<ExceptionEntry> table = new ArrayList<>();
        int runStart = -1;
        int runSetup = -1;
        for (int k = 0; k <= kept.size(); k++) {
            int setup = k < kept.size() && handlerOf[kept.get(k)] != null ? handlerOf[kept.get(k)].setup() : -1;
            if (setup != runSetup) {
                if (runSetup >= 0) {
                    table.add(entry(runSetup, starts[runStart], starts[k], depth, newIndex, starts));
                }
                runStart = k;
                runSetup = setup;
            }
        }
        return table;
    }

    private ExceptionEntry entry(int setup, int start, int end, int[] depth, int[] newIndex, int[] starts) {
        Instr s = instrs.get(setup);
        int target = starts[newIndex[s.label.target]];
        int d = depth[setup] - (s.pseudo == Pseudo.SETUP_WITH ? 1 : 0);
        return new ExceptionEntry(start, end, target, d, s.pseudo != Pseudo.SETUP_FINALLY);
    }
}
