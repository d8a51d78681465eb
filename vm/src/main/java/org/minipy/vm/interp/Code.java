package org.minipy.vm.interp;

/**
 * A code object's instructions decoded for the interpreter: EXTENDED_ARG prefixes folded away,
 * jump targets and exception-table entries rewritten to indexes in {@link #ops}, constants and
 * names resolved to the addresses of the objects the code object holds. Hung off the code object
 * as its Java-side cache; it owns no references.
 */
public final class Code {
    static final int CO_VARARGS = 0x4;
    static final int CO_VARKEYWORDS = 0x8;
    static final int CO_GENERATOR = 0x20;

    /** Each instruction as {@code opcode | arg << 8}. */
    final int[] ops;
    /** Source line of each instruction. */
    final int[] lines;
    /** Code-unit index of each instruction (what tracebacks and f_lasti count in). */
    final int[] units;
    /** End line, column and end column of each instruction, three ints apiece (see the compiler's CodeObject). */
    final int[] positions;
    /** co_consts, borrowed from the code object's tuple. */
    final long[] consts;
    /** co_names (interned strs), borrowed. */
    final long[] names;
    /** Fast locals' names (parameters first). */
    final String[] varnames;
    /** The name of every slot: varnames, then cells that are not varnames, then free variables. */
    final String[] slotNames;
    /** The interned str of each varname (borrowed from co_varnames), for keyword matching. */
    final long[] varnameObjects;
    /** Slots from here on hold the function's free variables. */
    final int firstFreeSlot;
    /** The first parameter is captured by an inner function, so its slot holds a cell. */
    final boolean firstArgIsCell;
    /** The slot of the free variable __class__ (zero-argument super()), or -1. */
    final int classCellSlot;
    final String name;
    final String qualname;
    final String filename;
    final int argCount;
    final int kwOnlyCount;
    final int flags;
    /** Frame slots: varnames, cells, free variables (CPython's localsplus). */
    final int nlocals;
    final int stackSize;
    final boolean isFunction;
    /** No keyword-only parameters, *args or **kwargs: a call with exactly argCount positionals binds in place. */
    final boolean simpleArguments;
    /** Parameter slots: positional, keyword-only, then *args and **kwargs if present. */
    final int boundSlots;
    /** For each instruction, its exception handler's index in the handler arrays, or -1. */
    final int[] handlerOf;
    final int[] handlerTarget;
    final int[] handlerDepth;
    final boolean[] handlerLasti;
    /** The code object this was decoded from (borrowed). */
    long object;
    /**
     * Inline caches, one pair of words per instruction (CPython 3.11 keeps them in the bytecode):
     * LOAD_GLOBAL / LOAD_NAME: the keys id of the dict that had the name, the address of
     * its value word, and for a builtin the globals' version tag; LOAD_ATTR / STORE_ATTR: an
     * {@code AttrCache} entry, and a second one in cacheB; LOAD_METHOD: an entry and the method
     * (borrowed), and a second pair in cacheC and cacheD.
     */
    final long[] cacheA;
    final long[] cacheB;
    final long[] cacheC;
    final long[] cacheD;
    /** The JVM-bytecode tier's code for this code object, once it is hot (see {@link Jit}). */
    CompiledCode compiled;
    /** Calls and backward jumps left before {@link Jit} compiles this code object. */
    int countdown = Jit.threshold;
    /** co_cellvars, for locals() to tell cells from values. */
    java.util.List<String> cellNames;

    Code(Builder b) {
        this.ops = b.ops;
        this.lines = b.lines;
        this.units = b.units;
        this.positions = b.positions;
        this.consts = b.consts;
        this.names = b.names;
        this.varnames = b.varnames;
        this.slotNames = b.slotNames;
        this.varnameObjects = b.varnameObjects;
        this.firstFreeSlot = b.firstFreeSlot;
        this.firstArgIsCell = b.firstArgIsCell;
        this.classCellSlot = b.classCellSlot;
        this.name = b.name;
        this.qualname = b.qualname;
        this.filename = b.filename;
        this.argCount = b.argCount;
        this.kwOnlyCount = b.kwOnlyCount;
        this.flags = b.flags;
        this.nlocals = b.slotNames.length;
        this.stackSize = b.stackSize;
        this.isFunction = b.isFunction;
        this.simpleArguments = kwOnlyCount == 0 && (flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0;
        this.boundSlots = argCount + kwOnlyCount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        this.handlerOf = b.handlerOf;
        this.handlerTarget = b.handlerTarget;
        this.handlerDepth = b.handlerDepth;
        this.handlerLasti = b.handlerLasti;
        this.cacheA = new long[ops.length];
        this.cacheB = new long[ops.length];
        this.cacheC = new long[ops.length];
        this.cacheD = new long[ops.length];
    }

    /** What the decoder fills in. */
    static final class Builder {
        int[] ops;
        int[] lines;
        int[] units;
        int[] positions;
        long[] consts;
        long[] names;
        String[] varnames;
        String[] slotNames;
        long[] varnameObjects;
        int firstFreeSlot;
        boolean firstArgIsCell;
        int classCellSlot = -1;
        String name;
        String qualname;
        String filename;
        int argCount;
        int kwOnlyCount;
        int flags;
        int stackSize;
        boolean isFunction;
        int[] handlerOf;
        int[] handlerTarget;
        int[] handlerDepth;
        boolean[] handlerLasti;
    }

    /**
     * The instruction a traceback's tb_lasti (a byte offset, 2 x its first code unit) names, or -1.
     */
    int instructionAt(int lasti) {
        int i = java.util.Arrays.binarySearch(units, lasti / 2);
        return i >= 0 ? i : -1;
    }

    /** Whether slot i (a varname) is also a cellvar, so that it holds a cell. */
    boolean isCellName(int i) {
        return cellNames != null && cellNames.contains(slotNames[i]);
    }

    boolean hasVarargs() {
        return (flags & CO_VARARGS) != 0;
    }

    boolean hasVarkw() {
        return (flags & CO_VARKEYWORDS) != 0;
    }

    boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    public String name() {
        return name;
    }

    public String filename() {
        return filename;
    }
}
