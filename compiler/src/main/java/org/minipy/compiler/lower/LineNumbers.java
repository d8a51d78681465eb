package org.minipy.compiler.lower;

import java.util.ArrayList;
import java.util.List;
import org.minipy.compiler.ast.Span;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.lower.CodeBuilder.Instr;
import org.minipy.compiler.lower.CodeBuilder.Label;
import org.minipy.compiler.lower.CodeBuilder.Pseudo;

/**
 * The locations of one code object's instructions, resolved as CPython 3.11's assembler does.
 *
 * <p>The generator gives every instruction the position of the statement or expression it belongs to,
 * except code CPython marks artificial ({@link CodeBuilder#NO_LOCATION}): the cleanup of {@code except E
 * as e}, the exception paths of {@code with} and {@code finally}, a loop's jump back, the implicit
 * {@code return None}. Over the reachable instructions, cut into basic blocks (a block starts at a
 * bound label and after a jump or an exit; pseudo-instructions and dropped jumps count as NOPs), the
 * lines decide and whole locations move (CPython's COPY_INSTR_LOC: line, end line and columns):
 * <ol>
 * <li>{@code clean_basic_block}: a line mark (a NOP) goes when the next instruction of its block has
 *     the same line, and hands its location to that instruction when it has none.</li>
 * <li>{@code duplicate_exits_without_lineno}: an exit block (ending in RETURN_VALUE, RAISE_VARARGS or
 *     RERAISE) without any line that more than one jump reaches is copied for each extra jump, and
 *     the copy starts with the jump's location; a remaining such block reached by falling through
 *     starts with the location of the instruction before it. This is the one step that changes the
 *     code.</li>
 * <li>{@code propagate_line_numbers}: in each block an instruction without a line takes the location
 *     of the one before it; a block's location flows into the first instruction of the block it falls
 *     or jumps into when that block has no other predecessor.</li>
 * <li>{@code guarantee_lineno_for_exits}: a block still ending in a RETURN_VALUE without a line gets
 *     the last line seen before it (the line only: no columns, as CPython sets just i_lineno).</li>
 * </ol>
 * What is left without a line (handler entries, {@code e = None; del e} on the exception path, the
 * final {@code COPY 3; POP_EXCEPT; RERAISE 1}) keeps {@link CodeBuilder#NO_LOCATION}, CPython's None
 * in {@code co_lines()} and {@code co_positions()}; so a traceback or {@code f_lineno} shows what
 * CPython shows.
 */
final class LineNumbers {
    private final List<Instr> instrs;
    private final List<Label> labels;
    /** The items lines are resolved for: reachable instructions in order (indexes into instrs). */
    private int[] items;
    /** An item that emits no instruction: a pseudo-instruction or a dropped jump. */
    private boolean[] nop;
    /** The items' locations as the steps resolve them. */
    private Span[] loc;
    /** Block b is items [blockStart[b], blockStart[b + 1]). */
    private int[] blockStart;
    private int[] blockOf;
    /** First item at or after each instruction index (size instrs + 1). */
    private int[] itemAt;
    private int[] preds;

    /** The blocks of the reachable instructions, with the line marks cleaned up (clean_basic_block). */
    LineNumbers(List<Instr> instrs, List<Label> labels, boolean[] reachable, boolean[] dropped) {
        this.instrs = instrs;
        this.labels = labels;
        int n = instrs.size();
        boolean[] keep = new boolean[n];
        for (int i = 0; i < n; i++) {
            keep[i] = reachable[i];
        }
        index(keep, dropped);
        boolean[] leader = leaders();
        cutBlocks(leader);
        Span[] cleaned = cleanLineMarks();
        // drop the removed marks; a block they started now starts at the next item
        boolean[] kept = new boolean[n];
        boolean[] leads = new boolean[n + 1];
        for (int k = 0; k < items.length; k++) {
            if (cleaned[k] != GONE) {
                kept[items[k]] = true;
            }
        }
        for (int k = 0; k < items.length; k++) {
            if (leader[k]) {
                leads[items[k]] = true;
            }
        }
        int[] oldItems = items;
        index(kept, dropped);
        for (int k = 0; k < items.length; k++) {
            loc[k] = cleaned[indexOf(oldItems, items[k])];
        }
        boolean[] leader2 = new boolean[items.length + 1];
        for (int i = 0; i < n; i++) {
            if (leads[i]) {
                leader2[itemAt[i]] = true;
            }
        }
        cutBlocks(leader2);
        preds = new int[blocks()];
        countPredecessors();
    }

    /** A line mark clean_basic_block removed (compared by identity). */
    private static final Span GONE = new Span(Integer.MIN_VALUE, -1, Integer.MIN_VALUE, -1);

    private static int indexOf(int[] sorted, int value) {
        return java.util.Arrays.binarySearch(sorted, value);
    }

    private void index(boolean[] keep, boolean[] dropped) {
        int n = instrs.size();
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (keep[i]) {
                list.add(i);
            }
        }
        items = Ints.of(list);
        int m = items.length;
        itemAt = new int[n + 1];
        for (int i = n, k = m; i >= 0; i--) {
            while (k > 0 && items[k - 1] >= i) {
                k--;
            }
            itemAt[i] = k;
        }
        nop = new boolean[m];
        loc = new Span[m];
        for (int k = 0; k < m; k++) {
            Instr in = instrs.get(items[k]);
            nop[k] = in.pseudo != null || dropped[items[k]];
            loc[k] = in.loc;
        }
    }

    /** Block leaders: bound labels, and the item after a jump or an exit. */
    private boolean[] leaders() {
        int m = items.length;
        boolean[] leader = new boolean[m + 1];
        leader[0] = true;
        for (Label l : labels) {
            if (l.target >= 0) {
                leader[itemAt[l.target]] = true;
            }
        }
        for (int k = 0; k < m; k++) {
            if (isJump(k) || isExit(k)) {
                leader[k + 1] = true;
            }
        }
        return leader;
    }

    private void cutBlocks(boolean[] leader) {
        int m = items.length;
        List<Integer> starts = new ArrayList<>();
        blockOf = new int[m];
        for (int k = 0; k < m; k++) {
            if (leader[k] || k == 0) {
                starts.add(k);
            }
            blockOf[k] = starts.size() - 1;
        }
        starts.add(m);
        blockStart = Ints.of(starts);
    }

    private int blocks() {
        return blockStart.length - 1;
    }

    private Instr instr(int k) {
        return instrs.get(items[k]);
    }

    /** A jump that stays in the code. */
    private boolean isJump(int k) {
        return !nop[k] && instr(k).op.isJump();
    }

    /** RETURN_VALUE, RAISE_VARARGS, RERAISE: leaves the code object. */
    private boolean isExit(int k) {
        return !nop[k] && !instr(k).op.fallsThrough() && !instr(k).op.isJump();
    }

    private boolean isSetup(int k) {
        Pseudo p = instr(k).pseudo;
        return p == Pseudo.SETUP_FINALLY || p == Pseudo.SETUP_CLEANUP || p == Pseudo.SETUP_WITH;
    }

    private int targetBlock(int k) {
        return blockOf[itemAt[instr(k).label.target]];
    }

    private int first(int b) {
        return blockStart[b];
    }

    private int last(int b) {
        return blockStart[b + 1] - 1;
    }

    private boolean fallsThrough(int b) {
        int k = last(b);
        return nop[k] || instr(k).op.fallsThrough();
    }

    /** mark_reachable's counts: the entry, falling through, jumps and SETUPs (handlers). */
    private void countPredecessors() {
        if (blocks() == 0) {
            return;
        }
        preds[0] = 1;
        for (int b = 0; b < blocks(); b++) {
            if (fallsThrough(b) && b + 1 < blocks()) {
                preds[b + 1]++;
            }
            for (int k = first(b); k <= last(b); k++) {
                if (isJump(k) || isSetup(k)) {
                    preds[targetBlock(k)]++;
                }
            }
        }
    }

    /**
     * clean_basic_block for the line marks: a mark without a line, or with the line of the instruction
     * before it, goes; so does one followed in its block by an instruction on the same line (which
     * keeps its own position) or without a line (which takes the mark's whole location), or whose line
     * the next block starts with. Returns the locations, GONE for the marks that went.
     */
    private Span[] cleanLineMarks() {
        Span[] out = loc.clone();
        for (int b = 0; b < blocks(); b++) {
            int prevLine = CodeBuilder.NO_LOCATION.line();
            int end = blockStart[b + 1];
            for (int k = blockStart[b]; k < end; k++) {
                int l = out[k].line();
                if (instr(k).pseudo == Pseudo.NOP) {
                    if (l < 0 || prevLine == l) {
                        out[k] = GONE;
                        continue;
                    }
                    if (k + 1 < end) {
                        if (out[k + 1].line() == l) {
                            out[k] = GONE;
                            continue;
                        }
                        if (out[k + 1].line() < 0) {
                            out[k + 1] = out[k];
                            out[k] = GONE;
                            continue;
                        }
                    } else if (b + 1 < blocks() && out[blockStart[b + 1]].line() == l) {
                        out[k] = GONE;
                        continue;
                    }
                }
                prevLine = l;
            }
        }
        return out;
    }

    private boolean isExitWithoutLine(int b) {
        if (!isExit(last(b))) {
            return false;
        }
        for (int k = first(b); k <= last(b); k++) {
            if (loc[k].line() >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Copies each exit block without a line that a jump reaches while something else reaches it too.
     * Returns whether instructions were added (the caller assembles again; the second time there is
     * nothing to copy).
     */
    boolean duplicateExitsWithoutLine() {
        record Copy(int at, Instr jump, List<Instr> block) {}
        List<Copy> copies = new ArrayList<>();
        // CPython walks its blocks newest first: the jump laid out last is served first
        for (int b = blocks() - 1; b >= 0; b--) {
            int l = last(b);
            if (!isJump(l)) {
                continue;
            }
            int t = targetBlock(l);
            if (isExitWithoutLine(t) && preds[t] > 1) {
                List<Instr> block = new ArrayList<>();
                for (int k = first(t); k <= last(t); k++) {
                    Instr c = instr(k).copy();
                    c.loc = block.isEmpty() ? loc[l] : CodeBuilder.NO_LOCATION;
                    block.add(c);
                }
                copies.add(new Copy(items[last(t)] + 1, instr(l), block));
                preds[t]--;
            }
        }
        // each copy goes right after its original (a later copy of the same block before an earlier one)
        copies.sort((x, y) -> Integer.compare(y.at(), x.at()));
        for (Copy c : copies) {
            insert(c.at(), c.jump(), c.block());
        }
        return !copies.isEmpty();
    }

    private void insert(int at, Instr jump, List<Instr> block) {
        for (Label l : labels) {
            if (l.target >= at) {
                l.target += block.size();
            }
        }
        instrs.addAll(at, block);
        Label copy = new Label();
        copy.target = at;
        labels.add(copy);
        jump.label = copy;
    }

    /** The last steps (the exits already have their copies): locations flow forward, then exits get a line. */
    void resolve(int firstLine) {
        fallThroughIntoExits();
        propagate();
        guaranteeExits(firstLine);
        for (int k = 0; k < items.length; k++) {
            instr(k).loc = loc[k];
        }
    }

    /** The end of duplicate_exits_without_lineno: an exit block without a line that is fallen into. */
    private void fallThroughIntoExits() {
        for (int b = 0; b + 1 < blocks(); b++) {
            if (fallsThrough(b) && isExitWithoutLine(b + 1)) {
                loc[first(b + 1)] = loc[last(b)];
            }
        }
    }

    /** propagate_line_numbers. */
    private void propagate() {
        for (int b = 0; b < blocks(); b++) {
            int l = last(b);
            Span prev = CodeBuilder.NO_LOCATION;
            for (int k = first(b); k <= l; k++) {
                if (loc[k].line() < 0) {
                    loc[k] = prev;
                } else {
                    prev = loc[k];
                }
            }
            if (fallsThrough(b) && b + 1 < blocks() && preds[b + 1] == 1 && loc[first(b + 1)].line() < 0) {
                loc[first(b + 1)] = prev;
            }
            if (isJump(l)) {
                int t = targetBlock(l);
                if (preds[t] == 1 && loc[first(t)].line() < 0) {
                    loc[first(t)] = loc[l];
                }
            }
        }
    }

    /**
     * guarantee_lineno_for_exits: a RETURN_VALUE is never without a line. CPython sets only i_lineno;
     * with no columns, co_positions gives the line as the end line too.
     */
    private void guaranteeExits(int firstLine) {
        int lineno = firstLine;
        for (int b = 0; b < blocks(); b++) {
            int l = last(b);
            if (loc[l].line() < 0) {
                if (!nop[l] && instr(l).op == Opcode.RETURN_VALUE) {
                    Span lineOnly = new Span(lineno, -1, lineno, -1);
                    for (int k = first(b); k <= l; k++) {
                        loc[k] = lineOnly;
                    }
                }
            } else {
                lineno = loc[l].line();
            }
        }
    }
}
