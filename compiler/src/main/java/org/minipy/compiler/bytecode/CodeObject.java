package org.minipy.compiler.bytecode;

import java.util.List;

/**
 * One code object: a module body, a function body. Immutable once built.
 *
 * @param name        co_name ({@code <module>} for a module body)
 * @param qualname    co_qualname
 * @param firstLine   co_firstlineno
 * @param argCount    positional parameters (the first {@code argCount} varnames)
 * @param flags       CO_* flags (see the constants below)
 * @param code        wordcode, two bytes a unit (see {@link Opcode})
 * @param lines       source line of each code unit (same length as {@code code.length / 2})
 * @param consts      co_consts: indexes into the unit's constants table
 * @param names       co_names: globals, attributes and modules named by the code
 * @param varnames    fast locals, parameters first
 * @param maxStack    maximum value-stack depth
 */
public record CodeObject(
        String name,
        String qualname,
        int firstLine,
        int argCount,
        int flags,
        byte[] code,
        int[] lines,
        int[] consts,
        List<String> names,
        List<String> varnames,
        int maxStack) {

    /** The code runs with fast locals (a function body). */
    public static final int CO_OPTIMIZED = 0x1;
    /** The code gets a fresh locals namespace (a function body). */
    public static final int CO_NEWLOCALS = 0x2;

    public int unitCount() {
        return code.length / 2;
    }

    public int opcodeAt(int unit) {
        return code[2 * unit] & 0xFF;
    }

    public int argAt(int unit) {
        return code[2 * unit + 1] & 0xFF;
    }

    public boolean isFunction() {
        return (flags & CO_OPTIMIZED) != 0;
    }
}
