package org.minipy.compiler.bytecode;

import java.util.List;

/**
 * Checks that a compilation unit is safe to run, whatever produced it: constants well formed
 * (tuple items refer to earlier entries, code constants to existing code objects, no code object
 * its own ancestor), and in every code object: lines[] matches the code, every opcode is defined,
 * EXTENDED_ARG is only a prefix, arguments are in range for their {@link OperandKind}, jumps land
 * on instruction boundaries, and the stack analysis holds (same depth on every path, no underflow,
 * never above maxStack, no falling off the end). Throws {@link BadBytecodeException} with the
 * first problem found.
 */
public final class Verifier {
    private Verifier() {}

    public static void verify(CompilationUnit unit) {
        List<Constant> constants = unit.constants();
        int codeCount = unit.codes().size();
        if (codeCount == 0) {
            throw new BadBytecodeException("no code objects");
        }
        for (int i = 0; i < constants.size(); i++) {
            Constant c = constants.get(i);
            if (c == null) {
                throw new BadBytecodeException("constant " + i + " is missing");
            }
            if (c instanceof Constant.TupleConst t) {
                for (int item : t.items()) {
                    if (item < 0 || item >= i) {
                        throw new BadBytecodeException("tuple constant " + i + " refers to entry " + item
                                + ", which is not an earlier entry");
                    }
                }
            } else if (c instanceof Constant.CodeConst cc) {
                if (cc.codeIndex() < 0 || cc.codeIndex() >= codeCount) {
                    throw new BadBytecodeException("code constant " + i + " refers to code object " + cc.codeIndex()
                            + " of " + codeCount);
                }
            } else if (c instanceof Constant.IntConst ic && ic.value() == null
                    || c instanceof Constant.StrConst sc && sc.value() == null
                    || c instanceof Constant.BytesConst bc && bc.value() == null) {
                throw new BadBytecodeException("constant " + i + " has no value");
            }
        }
        for (int i = 0; i < codeCount; i++) {
            verifyCode(unit, i);
        }
        checkNoCycles(unit);
    }

    private static void verifyCode(CompilationUnit unit, int index) {
        CodeObject co = unit.codes().get(index);
        String where = "code object " + index + (co == null ? "" : " (" + co.name() + ")");
        if (co == null || co.code() == null || co.lines() == null || co.consts() == null || co.names() == null
                || co.varnames() == null || co.name() == null || co.qualname() == null) {
            throw new BadBytecodeException(where + " is incomplete");
        }
        try {
            if (co.code().length % 2 != 0) {
                throw new BadBytecodeException("code length " + co.code().length + " is odd");
            }
            if (co.lines().length != co.unitCount()) {
                throw new BadBytecodeException("lines[] has " + co.lines().length + " entries for "
                        + co.unitCount() + " code units");
            }
            if (co.argCount() < 0 || co.argCount() > co.varnames().size()) {
                throw new BadBytecodeException("argCount " + co.argCount() + " but " + co.varnames().size()
                        + " local names");
            }
            if (co.maxStack() < 0) {
                throw new BadBytecodeException("negative maxStack");
            }
            for (int c : co.consts()) {
                if (c < 0 || c >= unit.constants().size()) {
                    throw new BadBytecodeException("consts refers to entry " + c + " of " + unit.constants().size());
                }
            }
            List<Instruction> code = Instruction.decode(co.code());
            for (Instruction in : code) {
                checkArgument(co, in);
            }
            int depth = StackAnalysis.maxDepth(code, co.unitCount());
            if (depth > co.maxStack()) {
                throw new BadBytecodeException("stack depth reaches " + depth + " but maxStack is " + co.maxStack());
            }
        } catch (BadBytecodeException e) {
            throw new BadBytecodeException(where + ": " + e.getMessage());
        }
    }

    private static void checkArgument(CodeObject co, Instruction in) {
        int arg = in.arg();
        Opcode op = in.op();
        String bad = switch (op.operand) {
            case NONE -> null;
            case CONST -> arg < co.consts().length ? null : "constant index " + arg + " of " + co.consts().length;
            case NAME -> arg < co.names().size() ? null : "name index " + arg + " of " + co.names().size();
            case LOCAL -> arg < co.varnames().size() ? null : "local index " + arg + " of " + co.varnames().size();
            case JUMP -> null; // checked by the stack analysis
            case COUNT -> (op == Opcode.COPY || op == Opcode.SWAP || op == Opcode.LIST_EXTEND
                    || op == Opcode.LIST_APPEND) && arg < 1 ? op + " needs an argument of at least 1" : null;
            case BINARY_OP -> arg < BinaryOperator.count() ? null : "binary operator " + arg;
            case COMPARE -> arg < CompareOperator.count() ? null : "comparison operator " + arg;
            case INVERT -> arg <= 1 ? null : "invert flag " + arg;
            case FLAGS -> arg == 0 ? null : "MAKE_FUNCTION flags " + arg;
        };
        if (bad != null) {
            throw new BadBytecodeException(op + " at offset " + 2 * (in.next() - 1) + ": bad argument (" + bad + ")");
        }
    }

    /** Depth-first over the code-constant edges; a back edge is a code object inside itself. */
    private static void checkNoCycles(CompilationUnit unit) {
        int n = unit.codes().size();
        int[] state = new int[n]; // 0 new, 1 on the path, 2 done
        for (int i = 0; i < n; i++) {
            if (state[i] == 0) {
                visit(unit, i, state);
            }
        }
    }

    private static void visit(CompilationUnit unit, int start, int[] state) {
        // Iterative DFS: a hostile file could nest deeply.
        int n = unit.codes().size();
        int[] stack = new int[n + 1];
        int[] next = new int[n];
        int sp = 0;
        stack[sp++] = start;
        state[start] = 1;
        while (sp > 0) {
            int cur = stack[sp - 1];
            int[] consts = unit.codes().get(cur).consts();
            if (next[cur] < consts.length) {
                Constant c = unit.constants().get(consts[next[cur]++]);
                if (c instanceof Constant.CodeConst cc) {
                    int child = cc.codeIndex();
                    if (state[child] == 1) {
                        throw new BadBytecodeException("code object " + child + " contains itself");
                    }
                    if (state[child] == 0) {
                        state[child] = 1;
                        stack[sp++] = child;
                    }
                }
            } else {
                state[cur] = 2;
                sp--;
            }
        }
    }
}
