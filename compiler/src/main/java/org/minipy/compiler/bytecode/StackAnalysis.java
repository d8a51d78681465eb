package org.minipy.compiler.bytecode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * The stack-depth flow analysis shared by the code generator (to compute {@code maxStack}) and the
 * verifier (to check it). It follows every path from the first instruction, reading each opcode's
 * {@link Opcode#needs}, {@link Opcode#stackEffect} and {@link Opcode#jumpEffect}, plus the exception
 * edges: an instruction covered by an {@link ExceptionEntry} may raise, which reaches the entry's
 * target at {@link ExceptionEntry#handlerDepth()}. It insists that: jumps land on instruction starts
 * inside the code, every path into an instruction arrives with the same depth, nothing pops from an
 * empty stack, a covered instruction starts at or above its entry's depth and, if it can raise
 * ({@link Opcode#canRaise}), does not pop below it (so unwinding only pops what the protected code
 * pushed), and no path runs off the end.
 */
public final class StackAnalysis {
    private StackAnalysis() {}

    /** The maximum depth reached by code without an exception table. */
    public static int maxDepth(List<Instruction> code, int unitCount) {
        return maxDepth(code, unitCount, List.of());
    }

    /** The maximum depth reached; throws BadBytecodeException on any violation. */
    public static int maxDepth(List<Instruction> code, int unitCount, List<ExceptionEntry> table) {
        if (code.isEmpty()) {
            throw new BadBytecodeException("empty code");
        }
        int[] byUnit = new int[unitCount + 1];
        Arrays.fill(byUnit, -1);
        for (int i = 0; i < code.size(); i++) {
            byUnit[code.get(i).unit()] = i;
        }
        ExceptionEntry[] handlerOf = new ExceptionEntry[code.size()];
        for (ExceptionEntry e : table) {
            for (int i = byUnit[e.start()]; i < code.size() && code.get(i).unit() < e.end(); i++) {
                handlerOf[i] = e;
            }
        }
        int[] depthAt = new int[code.size()];
        Arrays.fill(depthAt, -1);
        ArrayDeque<Integer> work = new ArrayDeque<>();
        int max = 0;
        depthAt[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            Instruction in = code.get(i);
            int depth = depthAt[i];
            int offset = 2 * in.unit();
            Opcode op = in.op();
            if (depth < op.needs(in.arg())) {
                throw new BadBytecodeException("stack underflow at offset " + offset + " (" + op + " needs "
                        + op.needs(in.arg()) + ", depth " + depth + ")");
            }
            ExceptionEntry h = handlerOf[i];
            if (h != null) {
                if (depth < h.depth() || op.canRaise() && depth - op.pops(in.arg()) < h.depth()) {
                    throw new BadBytecodeException("offset " + offset + " runs below its handler's depth "
                            + h.depth() + " (depth " + depth + ", " + op + " pops " + op.pops(in.arg()) + ")");
                }
                int hd = h.handlerDepth();
                max = Math.max(max, reach(depthAt, work, byUnit[h.target()], hd, code));
            }
            if (op.fallsThrough()) {
                int after = depth + op.stackEffect(in.arg());
                max = Math.max(max, after);
                if (i + 1 >= code.size()) {
                    throw new BadBytecodeException("control runs off the end of the code after offset " + offset);
                }
                max = Math.max(max, reach(depthAt, work, i + 1, after, code));
            }
            if (op.isJump()) {
                int target = in.arg();
                if (target > unitCount || target < 0 || target == unitCount || byUnit[target] < 0) {
                    throw new BadBytecodeException("jump at offset " + offset + " to " + 2L * target
                            + ", which is not the start of an instruction");
                }
                int after = depth + op.jumpEffect;
                max = Math.max(max, reach(depthAt, work, byUnit[target], after, code));
            }
        }
        return max;
    }

    private static int reach(int[] depthAt, ArrayDeque<Integer> work, int i, int depth, List<Instruction> code) {
        if (depth < 0) {
            throw new BadBytecodeException("stack underflow before offset " + 2 * code.get(i).unit());
        }
        if (depthAt[i] < 0) {
            depthAt[i] = depth;
            work.push(i);
        } else if (depthAt[i] != depth) {
            throw new BadBytecodeException("stack depth " + depth + " and " + depthAt[i] + " meet at offset "
                    + 2 * code.get(i).unit());
        }
        return depth;
    }
}
