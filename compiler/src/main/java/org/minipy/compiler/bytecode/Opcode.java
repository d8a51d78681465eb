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
 * ({@link #jumpEffect}). A few effects are not linear in the argument (MAKE_FUNCTION, FORMAT_VALUE,
 * CALL_FUNCTION_EX, UNPACK_EX): {@link #pops} and {@link #pushes} are the definition. Stack notation
 * in the comments: {@code [.., a, b]} with the top at the right.
 *
 * <p>The opcodes after LIST_APPEND are CPython 3.11's of the same name and meaning, adapted to this
 * contract: no inline caches, no RESUME / PRECALL / PUSH_NULL / CACHE, absolute jump targets, calls as
 * {@code [callable, args..] CALL n}. Exception handling is 3.11's zero-cost table
 * ({@link CodeObject#exceptionTable()}, {@link ExceptionEntry}): there is no SETUP / POP_BLOCK
 * instruction. When an instruction covered by an entry raises, the VM pops the value stack down to the
 * entry's depth (releasing those references), pushes the unit index of the raising instruction as an
 * int if the entry has the lasti flag, pushes the exception, and jumps to the entry's target. Not
 * covered: the frame is left and the exception goes to the caller.
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
    /**
     * [.., defaults?, kwdefaults?, annotations?, closure?, code] -> [.., function], CPython 3.11's flags:
     * 0x01 a tuple of positional defaults, 0x02 a dict of keyword-only defaults, 0x04 annotations
     * (never emitted: the language has none), 0x08 a tuple of cells (the code's freevars, in order).
     * The name and qualname come from the code object; __module__ from globals['__name__'].
     * All the references popped move into the function.
     */
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
    LIST_APPEND(45, OperandKind.COUNT, 1, 1, 0, 1),

    // ---- calls (CPython 3.11's LOAD_METHOD / KW_NAMES / CALL_FUNCTION_EX, without NULL slots) ----

    /**
     * [.., obj] -> [.., meth, obj] when names[arg] is found on type(obj) as a plain function or a method
     * descriptor and not shadowed by the instance dict (CPython's _PyObject_GetMethod); otherwise
     * [.., obj.names[arg], NULL] where NULL is the machine word 0 (no reference). The obj reference moves
     * into the second slot; the first slot holds a new reference.
     */
    LOAD_METHOD(46, OperandKind.NAME, 1, 0, 2, 0),
    /**
     * [.., a, b, x1 .. xn] -> [.., result]: if b is not NULL, a(b, x1 .. xn), else a(x1 .. xn). All the
     * references (a, b if not NULL, the arguments) are consumed; when b is not NULL the callee receives n+1
     * arguments, b first. A preceding KW_NAMES applies.
     */
    CALL_METHOD(47, OperandKind.COUNT, 2, 1, 1, 0),
    /**
     * No stack effect: consts[arg] is a tuple of str; the next CALL or CALL_METHOD (always the next
     * instruction) passes its last len(names) arguments as keywords with these names, in order.
     */
    KW_NAMES(48, OperandKind.CONST, 0, 0, 0, 0),
    /**
     * arg 0: [.., callable, args] -> [.., callable(*args)]; arg 1: [.., callable, args, kwargs] ->
     * [.., callable(*args, **kwargs)]. args is a tuple, or any iterable to be turned into one first
     * (the compiler passes a lone {@code *x} unconverted, as 3.11); kwargs is always a dict the compiler
     * built (BUILD_MAP / DICT_MERGE), so it can be passed as is. Consumes all references.
     */
    CALL_FUNCTION_EX(49, OperandKind.FLAGS, 2, 1, 1, 0),

    // ---- displays ----

    /** [.., k1, v1 .. kn, vn] -> [.., {k1: v1 .. kn: vn}] (keys set in that order; a later equal key wins). */
    BUILD_MAP(50, OperandKind.COUNT, 0, 2, 1, 0),
    /** [.., v1 .. vn, keys] -> [.., {keys[0]: v1 ..}]: keys is a constant tuple of n items. */
    BUILD_CONST_KEY_MAP(51, OperandKind.COUNT, 1, 1, 1, 0),
    /** [.., x1 .. xn] -> [.., {x1 .. xn}] */
    BUILD_SET(52, OperandKind.COUNT, 0, 1, 1, 0),
    /** [.., d, x1 .. x(n-1), m] -> [.., d, x1 .. x(n-1)]: d.update(m) (TypeError "'T' object is not a mapping"). */
    DICT_UPDATE(53, OperandKind.COUNT, 1, 1, 0, 1),
    /**
     * As DICT_UPDATE for {@code f(**m)}: a duplicate key raises TypeError "f() got multiple values for
     * keyword argument 'k'" (the function is the item below the dict: 3 + n - 1 ... from the top,
     * i.e. the callable of the CALL_FUNCTION_EX being prepared).
     */
    DICT_MERGE(54, OperandKind.COUNT, 1, 1, 0, 1),
    /** [.., s, x1 .. x(n-1), iterable] -> [.., s, x1 .. x(n-1)]: s.update(iterable). */
    SET_UPDATE(55, OperandKind.COUNT, 1, 1, 0, 1),
    /** [.., list] -> [.., tuple(list)] */
    LIST_TO_TUPLE(56, OperandKind.NONE, 1, 0, 1, 0),
    /** [.., s, x1 .. x(n-1), v] -> [.., s, x1 .. x(n-1)]: s.add(v) (comprehensions use n = loops + 1). */
    SET_ADD(57, OperandKind.COUNT, 1, 1, 0, 1),
    /** [.., d, x1 .. x(n-1), k, v] -> [.., d, x1 .. x(n-1)]: d[k] = v. */
    MAP_ADD(58, OperandKind.COUNT, 2, 1, 0, 1),
    /** arg 2: [.., a, b] -> [.., slice(a, b)]; arg 3: [.., a, b, c] -> [.., slice(a, b, c)]. */
    BUILD_SLICE(59, OperandKind.COUNT, 0, 1, 1, 0),
    /**
     * [.., seq] -> [.., after items (last deepest) .., list of the middle, before items .. (first on top)]:
     * unpacking with one starred target; arg = before | after << 8. ValueError as CPython when seq has
     * fewer than before + after items. Pushes before + 1 + after items.
     */
    UNPACK_EX(60, OperandKind.COUNT, 1, 0, 1, 0),
    /**
     * [.., v] or [.., v, spec] (arg & 4) -> [.., format(conv(v), spec)]: arg & 3 is the conversion
     * (0 none, 1 str, 2 repr, 3 ascii); spec is a str (absent: '').
     */
    FORMAT_VALUE(61, OperandKind.FLAGS, 1, 0, 1, 0),
    /** [.., s1 .. sn] -> [.., s1 + .. + sn] (all str; n may be 0). */
    BUILD_STRING(62, OperandKind.COUNT, 0, 1, 1, 0),

    // ---- cells and closures: arg is a "localsplus" index (see CodeObject#localsPlusNames) ----

    /**
     * Replaces slot arg by a new cell holding its current value (or an empty cell if the slot is unset).
     * Only in the code object's prologue, once per cellvar (see CodeObject).
     */
    MAKE_CELL(63, OperandKind.FREE, 0, 0, 0, 0),
    /** [..] -> [.., the cell in slot arg] (new reference to the cell itself, for a closure tuple). */
    LOAD_CLOSURE(64, OperandKind.FREE, 0, 0, 1, 0),
    /** [..] -> [.., contents of the cell in slot arg]; NameError / UnboundLocalError if empty (3.11 wording). */
    LOAD_DEREF(65, OperandKind.FREE, 0, 0, 1, 0),
    /** [.., v] -> [..]: the cell in slot arg now holds v (its old contents are released). */
    STORE_DEREF(66, OperandKind.FREE, 1, 0, 0, 0),
    /** Empties the cell in slot arg; UnboundLocalError / NameError if already empty. */
    DELETE_DEREF(67, OperandKind.FREE, 0, 0, 0, 0),
    /**
     * Copies the function's closure (a tuple of arg cells) into the last arg slots: first instruction of a
     * code object with freevars, arg = len(freevars).
     */
    COPY_FREE_VARS(68, OperandKind.COUNT, 0, 0, 0, 0),
    /**
     * Class bodies: [..] -> [.., locals[name] if the class namespace has it, else the contents of the cell
     * in slot arg] (name = localsPlusNames()[arg]).
     */
    LOAD_CLASSDEREF(69, OperandKind.FREE, 0, 0, 1, 0),
    /** [..] -> [.., builtins.__build_class__] (NameError "__build_class__ not found" if missing). */
    LOAD_BUILD_CLASS(70, OperandKind.NONE, 0, 0, 1, 0),

    // ---- exceptions (the handlers come from CodeObject#exceptionTable, see ExceptionEntry) ----

    /**
     * [.., exc] -> [.., prev, exc]: prev is the thread's current handled exception (None if none), exc
     * becomes the handled exception (sys.exc_info()); the exc reference stays on the stack and the
     * exception state takes a new one.
     */
    PUSH_EXC_INFO(71, OperandKind.NONE, 1, 0, 2, 0),
    /** [.., prev] -> [..]: the handled exception becomes prev again (the popped reference moves into it). */
    POP_EXCEPT(72, OperandKind.NONE, 1, 0, 0, 0),
    /**
     * [.., exc, type] -> [.., exc, bool]: isinstance(exc, type) for an exception class or tuple of them
     * (TypeError "catching classes that do not inherit from BaseException is not allowed" otherwise).
     */
    CHECK_EXC_MATCH(73, OperandKind.NONE, 2, 0, 2, 0),
    /**
     * [.., exc] -> raise exc again without adding a traceback entry for this frame. arg 0: the frame's
     * current instruction is unchanged; arg n >= 1: the value n items from the top after popping exc is
     * an int, the unit index of the instruction that originally raised (pushed by an entry with the
     * lasti flag), and becomes the frame's current instruction (so the traceback line is that one's).
     */
    RERAISE(74, OperandKind.COUNT, 1, 0, 0, 0),
    /**
     * arg 0: re-raise the handled exception (RuntimeError "No active exception to reraise" if none);
     * arg 1: [.., exc] raise exc (a class is instantiated with no arguments); arg 2: [.., exc, cause]
     * raise exc with exc.__cause__ = cause (None allowed) and __suppress_context__ set.
     */
    RAISE_VARARGS(75, OperandKind.COUNT, 0, 1, 0, 0),
    /**
     * [.., exit, lasti, prev, exc] -> [.., exit, lasti, prev, exc, exit(type(exc), exc, exc.__traceback__)]:
     * the with statement's __exit__ call on the exceptional path (the 4 items stay).
     */
    WITH_EXCEPT_START(76, OperandKind.NONE, 0, 0, 1, 0),
    /**
     * [.., mgr] -> [.., bound mgr.__exit__, mgr.__enter__()]: both looked up on type(mgr) (TypeError
     * "'T' object does not support the context manager protocol" if missing).
     */
    BEFORE_WITH(77, OperandKind.NONE, 1, 0, 2, 0),
    /** [..] -> [.., AssertionError] (the builtin class, not looked up by name). */
    LOAD_ASSERTION_ERROR(78, OperandKind.NONE, 0, 0, 1, 0),

    // ---- generators ----

    /**
     * First instruction of a CO_GENERATOR code object (after COPY_FREE_VARS / MAKE_CELL): the frame,
     * with its arguments and cells, becomes a new generator object which is returned to the caller.
     * Each time the generator is resumed the value sent in is pushed; the first time that is None
     * (send(x) with x not None on a just-started generator is a TypeError), which the POP_TOP the
     * compiler always emits next discards. So for the stack analysis it pushes one item.
     */
    RETURN_GENERATOR(79, OperandKind.NONE, 0, 0, 1, 0),
    /**
     * [.., v] -> suspend the generator, producing v; on resumption [.., sent value] (None for next()).
     * arg 0: a yield expression; arg 1: the yield of a {@code yield from} loop, always right after its
     * SEND (as CPython 3.11's RESUME oparg 2): while suspended there, the delegate is the item under v,
     * and throw()/close() go to it (3.11's _PyGen_yf / gen_throw; when the delegate finishes on a throw,
     * resume at the SEND's target with its return value).
     */
    YIELD_VALUE(80, OperandKind.COUNT, 1, 0, 1, 0),
    /**
     * [.., receiver, v] -> [.., receiver, r] where r = next(receiver) if v is None (and receiver is
     * an iterator or generator) else receiver.send(v); when the receiver returns (StopIteration), pop it,
     * push its return value and jump to arg: [.., value].
     */
    SEND(81, OperandKind.JUMP, 2, 0, 2, 0, -1),
    /** [.., iterable] -> [.., iter(iterable)], except that a generator is kept as is. */
    GET_YIELD_FROM_ITER(82, OperandKind.NONE, 1, 0, 1, 0),

    // ---- branches ----

    /** [.., v] -> [..]; jump to arg if v is None. */
    POP_JUMP_IF_NONE(83, OperandKind.JUMP, 1, 0, 0, 0, -1),
    /** [.., v] -> [..]; jump to arg if v is not None. */
    POP_JUMP_IF_NOT_NONE(84, OperandKind.JUMP, 1, 0, 0, 0, -1),

    // ---- interactive mode ----

    /**
     * [.., v] -> [..]: sys.displayhook(v): unless v is None, writes repr(v) and a newline to stdout
     * and binds builtins._ to v. Emitted for expression statements at module level of code compiled
     * for the interactive loop (CPython's 'single' mode), never elsewhere.
     */
    PRINT_EXPR(85, OperandKind.NONE, 1, 0, 0, 0);

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

    /** Whether control can reach the next instruction (false for JUMP, RETURN_VALUE and the raises). */
    public boolean fallsThrough() {
        return this != JUMP && this != RETURN_VALUE && this != RERAISE && this != RAISE_VARARGS;
    }

    /**
     * Whether the instruction can raise. Those that cannot may pop below their handler's depth (as
     * PUSH_EXC_INFO does at the start of a handler covered by its cleanup entry, as in CPython 3.11);
     * the VM must not raise from them.
     */
    public boolean canRaise() {
        return switch (this) {
            case NOP, POP_TOP, COPY, SWAP, LOAD_CONST, STORE_FAST, JUMP, PUSH_EXC_INFO, POP_EXCEPT,
                    POP_JUMP_IF_NONE, POP_JUMP_IF_NOT_NONE, LOAD_CLOSURE, KW_NAMES, EXTENDED_ARG,
                    LOAD_ASSERTION_ERROR -> false;
            default -> true;
        };
    }

    /** How many stack items the instruction pops with this argument. */
    public int pops(int arg) {
        return switch (this) {
            case MAKE_FUNCTION -> 1 + Integer.bitCount(arg & 0x0F);
            case FORMAT_VALUE -> (arg & 0x04) != 0 ? 2 : 1;
            case CALL_FUNCTION_EX -> 2 + (arg & 1);
            default -> popsFixed + popsPerArg * arg;
        };
    }

    /** How many stack items the instruction pushes with this argument (when it falls through). */
    public int pushes(int arg) {
        return switch (this) {
            case UNPACK_EX -> (arg & 0xFF) + (arg >>> 8) + 1;
            default -> pushesFixed + pushesPerArg * arg;
        };
    }

    /**
     * How many items must be on the stack before the instruction runs: its pops, or more for the ones that
     * reach below what they pop (COPY, SWAP, the LIST_APPEND family, WITH_EXCEPT_START, RERAISE n).
     */
    public int needs(int arg) {
        return switch (this) {
            case COPY, SWAP -> Math.max(arg, pops(arg));
            case LIST_EXTEND, LIST_APPEND, SET_ADD, SET_UPDATE, DICT_UPDATE, DICT_MERGE -> arg + 1;
            case MAP_ADD -> arg + 2;
            case WITH_EXCEPT_START -> 4;
            case RERAISE -> 1 + arg;
            default -> pops(arg);
        };
    }

    /** Net stack effect when the instruction falls through to the next. */
    public int stackEffect(int arg) {
        return pushes(arg) - pops(arg);
    }
}
