package org.minipy.compiler.bytecode;

/**
 * Every opcode, defined once. The code generator, the stack-depth computation, the verifier,
 * the disassembler and the interpreter all read this table.
 *
 * <p>Encoding is CPython's wordcode: one code unit is two bytes, {@code opcode, arg}. An argument
 * above 255 is spread over EXTENDED_ARG prefixes, each contributing the next 8 higher bits. Jump
 * arguments are absolute code-unit indexes (byte offset / 2) of the target instruction, which is
 * the first unit of that instruction (its first EXTENDED_ARG if it has any).
 *
 * <p>Stack effects are {@code pops = popsFixed + popsPerArg * arg} and
 * {@code pushes = pushesFixed + pushesPerArg * arg}; a branch that is taken has its own effect
 * ({@link #jumpEffect}). Stack notation in the comments: {@code [.., a, b]} with the top at the
 * right.
 */
public enum Opcode {
    //  code  operand                 pops  /arg  pushes /arg   jump effect (net, when taken)
    /** Does nothing. */
    NOP(0, OperandKind.NONE, 0, 0, 0, 0),
    /** [.., a] -> [..]: drop the top reference. */
    POP_TOP(1, OperandKind.NONE, 1, 0, 0, 0),
    /** [.., a] -> [.., a, a]; arg n copies the n-th item from the top (1 = top). */
    COPY(2, OperandKind.COUNT, 0, 0, 1, 0),
    /** Swap the top with the n-th item from the top (n >= 2). */
    SWAP(3, OperandKind.COUNT, 0, 0, 0, 0),
    /** [..] -> [.., consts[arg]] */
    LOAD_CONST(4, OperandKind.CONST, 0, 0, 1, 0),
    /** [..] -> [.., value of name]: locals (module: globals), then globals, then builtins. */
    LOAD_NAME(5, OperandKind.NAME, 0, 0, 1, 0),
    /** [.., v] -> [..]: locals[names[arg]] = v (module code: the globals dict). */
    STORE_NAME(6, OperandKind.NAME, 1, 0, 0, 0),
    /** del names[arg] in the locals namespace. */
    DELETE_NAME(7, OperandKind.NAME, 0, 0, 0, 0),
    /** [..] -> [.., fast local varnames[arg]]; UnboundLocalError if unset. */
    LOAD_FAST(8, OperandKind.LOCAL, 0, 0, 1, 0),
    /** [.., v] -> [..]: fast local varnames[arg] = v. */
    STORE_FAST(9, OperandKind.LOCAL, 1, 0, 0, 0),
    /** del fast local varnames[arg]. */
    DELETE_FAST(10, OperandKind.LOCAL, 0, 0, 0, 0),
    /** [..] -> [.., globals or builtins [names[arg]]] */
    LOAD_GLOBAL(11, OperandKind.NAME, 0, 0, 1, 0),
    /** [.., v] -> [..]: globals[names[arg]] = v. */
    STORE_GLOBAL(12, OperandKind.NAME, 1, 0, 0, 0),
    /** del globals[names[arg]]. */
    DELETE_GLOBAL(13, OperandKind.NAME, 0, 0, 0, 0),
    /** [.., obj] -> [.., obj.names[arg]] */
    LOAD_ATTR(14, OperandKind.NAME, 1, 0, 1, 0),
    /** [.., v, obj] -> [..]: obj.names[arg] = v. */
    STORE_ATTR(15, OperandKind.NAME, 2, 0, 0, 0),
    /** [.., obj] -> [..]: del obj.names[arg]. */
    DELETE_ATTR(16, OperandKind.NAME, 1, 0, 0, 0),
    /** [.., container, key] -> [.., container[key]] */
    BINARY_SUBSCR(17, OperandKind.NONE, 2, 0, 1, 0),
    /** [.., v, container, key] -> [..]: container[key] = v. */
    STORE_SUBSCR(18, OperandKind.NONE, 3, 0, 0, 0),
    /** [.., container, key] -> [..]: del container[key]. */
    DELETE_SUBSCR(19, OperandKind.NONE, 2, 0, 0, 0),
    /** [.., a, b] -> [.., a op b], op = BinaryOperator.of(arg) (in-place forms try __iop__). */
    BINARY_OP(20, OperandKind.BINARY_OP, 2, 0, 1, 0),
    /** [.., a, b] -> [.., a cmp b], cmp = CompareOperator.of(arg). */
    COMPARE_OP(21, OperandKind.COMPARE, 2, 0, 1, 0),
    /** [.., a, b] -> [.., a is b] (arg 1: is not). */
    IS_OP(22, OperandKind.INVERT, 2, 0, 1, 0),
    /** [.., a, b] -> [.., a in b] (arg 1: not in). */
    CONTAINS_OP(23, OperandKind.INVERT, 2, 0, 1, 0),
    /** [.., a] -> [.., -a] */
    UNARY_NEGATIVE(24, OperandKind.NONE, 1, 0, 1, 0),
    /** [.., a] -> [.., +a] */
    UNARY_POSITIVE(25, OperandKind.NONE, 1, 0, 1, 0),
    /** [.., a] -> [.., not a] */
    UNARY_NOT(26, OperandKind.NONE, 1, 0, 1, 0),
    /** [.., a] -> [.., ~a] */
    UNARY_INVERT(27, OperandKind.NONE, 1, 0, 1, 0),
    /** [.., x1 .. xn] -> [.., [x1 .. xn]] */
    BUILD_LIST(28, OperandKind.COUNT, 0, 1, 1, 0),
    /** [.., x1 .. xn] -> [.., (x1 .. xn)] */
    BUILD_TUPLE(29, OperandKind.COUNT, 0, 1, 1, 0),
    /** [.., seq] -> [.., xn .. x1]: unpack exactly n items, the first ends on top. */
    UNPACK_SEQUENCE(30, OperandKind.COUNT, 1, 0, 0, 1),
    /** [.., iterable] -> [.., iter(iterable)] */
    GET_ITER(31, OperandKind.NONE, 1, 0, 1, 0),
    /** [.., it] -> [.., it, next(it)]; when exhausted: pop it and jump to arg. */
    FOR_ITER(32, OperandKind.JUMP, 1, 0, 2, 0, -1),
    /** Jump to arg. */
    JUMP(33, OperandKind.JUMP, 0, 0, 0, 0, 0),
    /** [.., v] -> [..]; jump to arg if v is false. */
    POP_JUMP_IF_FALSE(34, OperandKind.JUMP, 1, 0, 0, 0, -1),
    /** [.., v] -> [..]; jump to arg if v is true. */
    POP_JUMP_IF_TRUE(35, OperandKind.JUMP, 1, 0, 0, 0, -1),
    /** If the top is false, jump to arg keeping it; otherwise pop it. */
    JUMP_IF_FALSE_OR_POP(36, OperandKind.JUMP, 1, 0, 0, 0, 0),
    /** If the top is true, jump to arg keeping it; otherwise pop it. */
    JUMP_IF_TRUE_OR_POP(37, OperandKind.JUMP, 1, 0, 0, 0, 0),
    /** [.., callable, a1 .. an] -> [.., callable(a1 .. an)] */
    CALL(38, OperandKind.COUNT, 1, 1, 1, 0),
    /** [.., v] -> return v to the caller. */
    RETURN_VALUE(39, OperandKind.NONE, 1, 0, 0, 0),
    /** [.., code] -> [.., function]; flags reserved for defaults and closures (0 for now). */
    MAKE_FUNCTION(40, OperandKind.FLAGS, 1, 0, 1, 0),
    /** [..] -> [.., module names[arg]] (built-in modules only). */
    IMPORT_NAME(41, OperandKind.NAME, 0, 0, 1, 0),
    /** [.., module] -> [.., module, module.names[arg]] (ImportError if missing). */
    IMPORT_FROM(42, OperandKind.NAME, 0, 0, 1, 0),
    /** Prefix: the next instruction's argument gets arg as its next higher 8 bits. */
    EXTENDED_ARG(43, OperandKind.NONE, 0, 0, 0, 0),
    /**
     * [.., list, x1 .. x(n-1), iterable] -> [.., list, x1 .. x(n-1)]: list.extend(iterable), the list being
     * the n-th item from the top once the iterable is popped (n >= 1; the compiler uses 1). CPython 3.11
     * builds a display of three or more constants as BUILD_LIST 0; LOAD_CONST tuple; LIST_EXTEND 1, which
     * gives the list extend's allocation (so sys.getsizeof([1, 2, 3]) is 88).
     */
    LIST_EXTEND(44, OperandKind.COUNT, 1, 1, 0, 1),
    /**
     * [.., list, x1 .. x(n-1), v] -> [.., list, x1 .. x(n-1)]: list.append(v), the list being the n-th item
     * from the top once v is popped (n >= 1). CPython 3.11 builds a display of more than 30 items that are
     * not all constants as BUILD_LIST 0 then, per item, the item and LIST_APPEND 1.
     */
    LIST_APPEND(45, OperandKind.COUNT, 1, 1, 0, 1);

    /** Net effect when the branch is taken; {@link #NO_JUMP} for instructions that never jump. */
    public static final int NO_JUMP = Integer.MIN_VALUE;

    private static final Opcode[] BY_CODE = new Opcode[256];

    static {
        for (Opcode op : values()) {
            if (BY_CODE[op.code] != null) {
                throw new ExceptionInInitializerError("duplicate opcode " + op.code);
            }
            BY_CODE[op.code] = op;
        }
    }

    public final int code;
    public final OperandKind operand;
    public final int popsFixed;
    public final int popsPerArg;
    public final int pushesFixed;
    public final int pushesPerArg;
    public final int jumpEffect;

    Opcode(int code, OperandKind operand, int popsFixed, int popsPerArg, int pushesFixed, int pushesPerArg) {
        this(code, operand, popsFixed, popsPerArg, pushesFixed, pushesPerArg, NO_JUMP);
    }

    Opcode(int code, OperandKind operand, int popsFixed, int popsPerArg, int pushesFixed, int pushesPerArg,
            int jumpEffect) {
        this.code = code;
        this.operand = operand;
        this.popsFixed = popsFixed;
        this.popsPerArg = popsPerArg;
        this.pushesFixed = pushesFixed;
        this.pushesPerArg = pushesPerArg;
        this.jumpEffect = jumpEffect;
    }

    /** The opcode with this byte value, or null if none. */
    public static Opcode of(int code) {
        return code >= 0 && code < 256 ? BY_CODE[code] : null;
    }

    public boolean hasArgument() {
        return operand != OperandKind.NONE;
    }

    public boolean isJump() {
        return operand == OperandKind.JUMP;
    }

    /** Whether control can reach the next instruction (false for JUMP and RETURN_VALUE). */
    public boolean fallsThrough() {
        return this != JUMP && this != RETURN_VALUE;
    }

    /** How many stack items the instruction needs (pops) with this argument. */
    public int pops(int arg) {
        return popsFixed + popsPerArg * arg;
    }

    /** How many items must be on the stack before the instruction runs (COPY and SWAP reach down arg items). */
    public int needs(int arg) {
        return (this == COPY || this == SWAP) ? Math.max(arg, pops(arg)) : pops(arg);
    }

    /** Net stack effect when the instruction falls through to the next. */
    public int stackEffect(int arg) {
        return pushesFixed + pushesPerArg * arg - pops(arg);
    }
}
