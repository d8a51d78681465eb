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
            } else if (c instanceof Constant.FrozensetConst f) {
                for (int item : f.items()) {
                    if (item < 0 || item >= i) {
                        throw new BadBytecodeException("frozenset constant " + i + " refers to entry " + item
                                + ", which is not an earlier entry");
                    }
                    if (!isHashableConstant(constants, item, 0)) {
                        throw new BadBytecodeException("frozenset constant " + i + " has an unhashable item");
                    }
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

    /**
     * Three position ints a code unit; an end line, when known, is not before the line, and on one
     * line the columns, when known, are in order (what the traceback printer relies on); a code unit
     * without a line (-1) has no position either.
     */
    private static void checkPositions(CodeObject co) {
        if (co.positions().length != 3 * co.unitCount()) {
            throw new BadBytecodeException("positions[] has " + co.positions().length + " entries for "
                    + co.unitCount() + " code units");
        }
        for (int u = 0; u < co.unitCount(); u++) {
            int endLine = co.endLineAt(u);
            int col = co.colAt(u);
            int endCol = co.endColAt(u);
            boolean bad = endLine < -1 || col < -1 || endCol < -1
                    || co.lines()[u] < 0 && (endLine != -1 || col != -1 || endCol != -1)
                    || endLine != -1 && endLine < co.lines()[u]
                    || endLine == co.lines()[u] && col != -1 && endCol != -1 && endCol < col;
            if (bad) {
                throw new BadBytecodeException("bad position " + co.lines()[u] + ":" + col + "-" + endLine + ":"
                        + endCol + " at offset " + 2 * u);
            }
        }
    }

    private static void verifyCode(CompilationUnit unit, int index) {
        CodeObject co = unit.codes().get(index);
        String where = "code object " + index + (co == null ? "" : " (" + co.name() + ")");
        if (co == null || co.code() == null || co.lines() == null || co.consts() == null || co.names() == null
                || co.varnames() == null || co.name() == null || co.qualname() == null || co.cellvars() == null
                || co.freevars() == null || co.exceptionTable() == null || co.positions() == null) {
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
            checkPositions(co);
            if ((co.flags() & ~CodeObject.KNOWN_FLAGS) != 0) {
                throw new BadBytecodeException("unknown flags 0x" + Integer.toHexString(co.flags()));
            }
            if (co.argCount() < 0 || co.kwOnlyArgCount() < 0
                    || (long) co.argCount() + co.kwOnlyArgCount() + 2 > Integer.MAX_VALUE
                    || co.totalArgCount() > co.varnames().size()) {
                throw new BadBytecodeException("argCount " + co.argCount() + " and kwOnlyArgCount "
                        + co.kwOnlyArgCount() + " but " + co.varnames().size() + " local names");
            }
            checkSlotNames(co);
            if (co.maxStack() < 0) {
                throw new BadBytecodeException("negative maxStack");
            }
            for (int c : co.consts()) {
                if (c < 0 || c >= unit.constants().size()) {
                    throw new BadBytecodeException("consts refers to entry " + c + " of " + unit.constants().size());
                }
            }
            List<Instruction> code = Instruction.decode(co.code());
            for (int k = 0; k < code.size(); k++) {
                checkArgument(unit, co, code, k);
            }
            int prologueEnd = checkPrologue(co, code);
            checkExceptionTable(co, code, prologueEnd);
            int depth = StackAnalysis.maxDepth(code, co.unitCount(), co.exceptionTable());
            if (depth > co.maxStack()) {
                throw new BadBytecodeException("stack depth reaches " + depth + " but maxStack is " + co.maxStack());
            }
        } catch (BadBytecodeException e) {
            throw new BadBytecodeException(where + ": " + e.getMessage());
        }
    }

    private static void checkArgument(CompilationUnit unit, CodeObject co, List<Instruction> code, int k) {
        Instruction in = code.get(k);
        int arg = in.arg();
        Opcode op = in.op();
        String bad = switch (op.operand) {
            case NONE -> null;
            case CONST -> arg < co.consts().length ? null : "constant index " + arg + " of " + co.consts().length;
            case NAME -> arg < co.names().size() ? null : "name index " + arg + " of " + co.names().size();
            case LOCAL -> arg >= co.varnames().size() ? "local index " + arg + " of " + co.varnames().size()
                    : co.cellvars().contains(co.varnames().get(arg)) ? "local " + arg + " is a cell" : null;
            case FREE -> isCellSlot(co, arg) ? null : "slot " + arg + " is not a cell or free variable";
            case JUMP -> null; // checked by the stack analysis
            case COUNT -> countProblem(co, op, arg);
            case BINARY_OP -> arg < BinaryOperator.count() ? null : "binary operator " + arg;
            case COMPARE -> arg < CompareOperator.count() ? null : "comparison operator " + arg;
            case INVERT -> arg <= 1 ? null : "invert flag " + arg;
            case FLAGS -> arg <= (op == Opcode.MAKE_FUNCTION ? 0x0F : op == Opcode.FORMAT_VALUE ? 7 : 1) ? null
                    : "flags " + arg;
        };
        if (bad == null) {
            bad = contextProblem(unit, co, code, k);
        }
        if (bad != null) {
            throw new BadBytecodeException(op + " at offset " + 2 * (in.next() - 1) + ": bad argument (" + bad + ")");
        }
    }

    private static String countProblem(CodeObject co, Opcode op, int arg) {
        return switch (op) {
            case COPY, SWAP, LIST_EXTEND, LIST_APPEND, SET_ADD, SET_UPDATE, MAP_ADD, DICT_UPDATE, DICT_MERGE ->
                    arg < 1 ? op + " needs an argument of at least 1" : null;
            case BUILD_SLICE -> arg == 2 || arg == 3 ? null : "BUILD_SLICE of " + arg;
            case RAISE_VARARGS -> arg <= 2 ? null : "RAISE_VARARGS of " + arg;
            case YIELD_VALUE -> arg <= 1 ? null : "YIELD_VALUE of " + arg;
            case COPY_FREE_VARS -> arg == co.freevars().size() ? null
                    : "COPY_FREE_VARS " + arg + " with " + co.freevars().size() + " free variables";
            default -> null;
        };
    }

    /** Checks an instruction against its neighbours: the shapes the VM relies on. */
    private static String contextProblem(CompilationUnit unit, CodeObject co, List<Instruction> code, int k) {
        Instruction in = code.get(k);
        switch (in.op()) {
            case KW_NAMES -> {
                int names = tupleOfStrLength(unit, co.consts()[in.arg()]);
                if (names < 0) {
                    return "KW_NAMES needs a constant tuple of str";
                }
                Instruction next = k + 1 < code.size() ? code.get(k + 1) : null;
                if (next == null || (next.op() != Opcode.CALL && next.op() != Opcode.CALL_METHOD)
                        || next.arg() < names) {
                    return "KW_NAMES must be followed by a call with at least " + names + " arguments";
                }
            }
            case BUILD_CONST_KEY_MAP -> {
                Instruction prev = k > 0 ? code.get(k - 1) : null;
                if (prev == null || prev.op() != Opcode.LOAD_CONST || !(unit.constants().get(co.consts()[prev.arg()])
                        instanceof Constant.TupleConst t) || t.items().length != in.arg()) {
                    return "BUILD_CONST_KEY_MAP must follow a LOAD_CONST of a tuple of " + in.arg() + " keys";
                }
                if (!isHashableConstant(unit.constants(), co.consts()[prev.arg()], 0)) {
                    return "BUILD_CONST_KEY_MAP keys are not hashable";
                }
            }
            case YIELD_VALUE -> {
                if (!co.isGenerator()) {
                    return "YIELD_VALUE outside a generator";
                }
                if (in.arg() == 1 && (k == 0 || code.get(k - 1).op() != Opcode.SEND)) {
                    return "YIELD_VALUE 1 must follow SEND";
                }
            }
            case SEND -> {
                if (!co.isGenerator()) {
                    return "SEND outside a generator";
                }
            }
            default -> { }
        }
        return null;
    }

    private static int tupleOfStrLength(CompilationUnit unit, int index) {
        if (!(unit.constants().get(index) instanceof Constant.TupleConst t)) {
            return -1;
        }
        for (int item : t.items()) {
            if (!(unit.constants().get(item) instanceof Constant.StrConst)) {
                return -1;
            }
        }
        return t.items().length;
    }

    private static boolean isHashableConstant(List<Constant> constants, int index, int depth) {
        Constant c = constants.get(index);
        if (c instanceof Constant.TupleConst t) {
            if (depth > 100) {
                return false;
            }
            for (int item : t.items()) {
                if (!isHashableConstant(constants, item, depth + 1)) {
                    return false;
                }
            }
            return true;
        }
        return !(c instanceof Constant.CodeConst);
    }

    private static boolean isCellSlot(CodeObject co, int slot) {
        if (slot < 0 || slot >= co.localsPlusCount()) {
            return false;
        }
        return slot >= co.varnames().size() || co.cellvars().contains(co.varnames().get(slot));
    }

    /** varnames, cellvars and freevars: no duplicates within each, freevars distinct from the others. */
    private static void checkSlotNames(CodeObject co) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String v : co.varnames()) {
            if (v == null || !seen.add(v)) {
                throw new BadBytecodeException("duplicate or missing local name " + v);
            }
        }
        java.util.Set<String> cells = new java.util.HashSet<>();
        for (String c : co.cellvars()) {
            if (c == null || !cells.add(c)) {
                throw new BadBytecodeException("duplicate or missing cell name " + c);
            }
        }
        for (String f : co.freevars()) {
            if (f == null || seen.contains(f) || cells.contains(f) || !seen.add(f)) {
                throw new BadBytecodeException("free variable " + f + " is also a local or cell");
            }
        }
    }

    /**
     * COPY_FREE_VARS (if there are freevars), one MAKE_CELL per cellvar in order, RETURN_GENERATOR and
     * POP_TOP (generators); those opcodes nowhere else; returns the unit where the body starts.
     */
    private static int checkPrologue(CodeObject co, List<Instruction> code) {
        int k = 0;
        if (!co.freevars().isEmpty()) {
            if (code.get(0).op() != Opcode.COPY_FREE_VARS) {
                throw new BadBytecodeException("code with free variables must start with COPY_FREE_VARS");
            }
            k++;
        }
        for (int c = 0; c < co.cellvars().size(); c++, k++) {
            if (k >= code.size() || code.get(k).op() != Opcode.MAKE_CELL || code.get(k).arg() != co.cellSlot(c)) {
                throw new BadBytecodeException("missing MAKE_CELL " + co.cellSlot(c) + " for cell " + co.cellvars().get(c));
            }
        }
        if (co.isGenerator()) {
            if (k + 1 >= code.size() || code.get(k).op() != Opcode.RETURN_GENERATOR
                    || code.get(k + 1).op() != Opcode.POP_TOP) {
                throw new BadBytecodeException("generator code must start with RETURN_GENERATOR, POP_TOP");
            }
            k += 2;
        }
        int bodyStart = k < code.size() ? code.get(k).unit() : co.unitCount();
        for (int i = 0; i < code.size(); i++) {
            Instruction in = code.get(i);
            boolean prologueOp = in.op() == Opcode.COPY_FREE_VARS || in.op() == Opcode.MAKE_CELL
                    || in.op() == Opcode.RETURN_GENERATOR;
            if (prologueOp && i >= k) {
                throw new BadBytecodeException(in.op() + " at offset " + 2 * in.unit() + " outside the prologue");
            }
            if (in.op().isJump() && in.arg() < bodyStart) {
                throw new BadBytecodeException("jump at offset " + 2 * in.unit() + " into the prologue");
            }
        }
        return bodyStart;
    }

    private static void checkExceptionTable(CodeObject co, List<Instruction> code, int bodyStart) {
        boolean[] starts = new boolean[co.unitCount() + 1];
        for (Instruction in : code) {
            starts[in.unit()] = true;
        }
        int previousEnd = bodyStart;
        for (ExceptionEntry e : co.exceptionTable()) {
            if (e == null || e.start() < previousEnd || e.start() >= e.end() || e.end() > co.unitCount()
                    || !starts[e.start()] || (e.end() < co.unitCount() && !starts[e.end()])) {
                throw new BadBytecodeException("bad exception table entry " + e);
            }
            if (e.target() < bodyStart || e.target() >= co.unitCount() || !starts[e.target()] || e.depth() < 0
                    || e.depth() > co.maxStack()) {
                throw new BadBytecodeException("bad exception handler in entry " + e);
            }
            previousEnd = e.end();
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
