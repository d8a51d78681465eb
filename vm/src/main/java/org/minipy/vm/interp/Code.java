package org.minipy.vm.interp;

/**
 * A code object's instructions decoded for the interpreter: EXTENDED_ARG prefixes folded away,
 * jump targets rewritten to indexes in {@link #ops}, constants and names resolved to the
 * addresses of the objects the code object holds. Hung off the code object as its Java-side
 * cache; it owns no references.
 */
public final class Code {
    /** Each instruction as {@code opcode | arg << 8}. */
    final int[] ops;
    /** Source line of each instruction. */
    final int[] lines;
    /** co_consts, borrowed from the code object's tuple. */
    final long[] consts;
    /** co_names (interned strs), borrowed. */
    final long[] names;
    final String[] varnames;
    final String name;
    final String filename;
    final int argCount;
    final int nlocals;
    final int stackSize;
    final boolean isFunction;
    /** The code object this was decoded from (borrowed). */
    long object;

    Code(int[] ops, int[] lines, long[] consts, long[] names, String[] varnames, String name, String filename,
            int argCount, int stackSize, boolean isFunction) {
        this.ops = ops;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.name = name;
        this.filename = filename;
        this.argCount = argCount;
        this.nlocals = varnames.length;
        this.stackSize = stackSize;
        this.isFunction = isFunction;
    }

    public String name() {
        return name;
    }

    public String filename() {
        return filename;
    }
}
