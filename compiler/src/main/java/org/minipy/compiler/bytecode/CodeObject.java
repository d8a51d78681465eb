package org.minipy.compiler.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * One code object: a module body, a function, lambda, comprehension or class body. Immutable once
 * built.
 *
 * <p><b>Slots ("localsplus", CPython 3.11's layout).</b> A frame has {@link #localsPlusCount()} slots:
 * first the {@code varnames} (parameters first: {@code argCount} positional, then
 * {@code kwOnlyArgCount} keyword-only, then {@code *args} if CO_VARARGS, then {@code **kwargs} if
 * CO_VARKEYWORDS, then the other fast locals), then the {@code cellvars} that are not also varnames (a
 * captured parameter keeps its parameter slot), then the {@code freevars}. LOAD_FAST and friends index
 * varnames (never a cell slot); the FREE operands (MAKE_CELL, LOAD_CLOSURE, LOAD_DEREF, STORE_DEREF,
 * DELETE_DEREF, LOAD_CLASSDEREF) index localsplus and always name a cellvar or freevar slot.
 *
 * <p><b>Prologue.</b> A code object with freevars starts with {@code COPY_FREE_VARS len(freevars)};
 * then one {@code MAKE_CELL} per cellvar, in cellvars order; then, for CO_GENERATOR,
 * {@code RETURN_GENERATOR; POP_TOP}. No jump targets the prologue, so it runs exactly once per frame
 * (the verifier checks all of this), and every FREE slot holds a cell after it.
 *
 * @param name           co_name ({@code <module>}, {@code <lambda>}, {@code <listcomp>}, {@code <genexpr>}, ...)
 * @param qualname       co_qualname
 * @param firstLine      co_firstlineno
 * @param argCount       positional parameters
 * @param flags          CO_* flags (see the constants below)
 * @param code           wordcode, two bytes a unit (see {@link Opcode})
 * @param lines          source line of each code unit (same length as {@code code.length / 2})
 * @param consts         co_consts: indexes into the unit's constants table
 * @param names          co_names: globals, attributes and modules named by the code
 * @param varnames       fast locals, parameters first
 * @param maxStack       maximum value-stack depth (exception handlers included)
 * @param kwOnlyArgCount keyword-only parameters (after the positional ones in varnames)
 * @param cellvars       co_cellvars: names of this code's locals captured by inner code
 * @param freevars       co_freevars: names of the enclosing code's cells this code uses
 * @param exceptionTable handlers, sorted by start, non-overlapping (see {@link ExceptionEntry})
 * @param positions      the rest of each code unit's source position, three ints a unit: end line,
 *                       start column, end column (columns are 0-based UTF-8 byte offsets into their
 *                       line, end exclusive, as CPython's co_positions; -1 where unknown). With
 *                       {@code lines} they give what CPython's tracebacks underline.
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
        int maxStack,
        int kwOnlyArgCount,
        List<String> cellvars,
        List<String> freevars,
        List<ExceptionEntry> exceptionTable,
        int[] positions) {

    /** The code runs with fast locals (a function body). */
    public static final int CO_OPTIMIZED = 0x1;
    /** The code gets a fresh locals namespace (a function body). */
    public static final int CO_NEWLOCALS = 0x2;
    /** The function has a {@code *args} parameter. */
    public static final int CO_VARARGS = 0x4;
    /** The function has a {@code **kwargs} parameter. */
    public static final int CO_VARKEYWORDS = 0x8;
    /** The code is nested in a function (CPython sets it for every code object inside a function). */
    public static final int CO_NESTED = 0x10;
    /** Calling the function makes a generator (the code starts with RETURN_GENERATOR). */
    public static final int CO_GENERATOR = 0x20;
    /** Every flag the compiler may set; the verifier rejects others. */
    public static final int KNOWN_FLAGS = CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS | CO_NESTED
            | CO_GENERATOR;

    /** The skeleton's constructor: a code object without cells, keyword-only parameters or handlers. */
    public CodeObject(String name, String qualname, int firstLine, int argCount, int flags, byte[] code, int[] lines,
            int[] consts, List<String> names, List<String> varnames, int maxStack) {
        this(name, qualname, firstLine, argCount, flags, code, lines, consts, names, varnames, maxStack, 0, List.of(),
                List.of(), List.of());
    }

    /** A code object without column positions. */
    public CodeObject(String name, String qualname, int firstLine, int argCount, int flags, byte[] code, int[] lines,
            int[] consts, List<String> names, List<String> varnames, int maxStack, int kwOnlyArgCount,
            List<String> cellvars, List<String> freevars, List<ExceptionEntry> exceptionTable) {
        this(name, qualname, firstLine, argCount, flags, code, lines, consts, names, varnames, maxStack, kwOnlyArgCount,
                cellvars, freevars, exceptionTable, noPositions(code.length / 2));
    }

    /** Positions for code units that have no columns: every entry -1. */
    public static int[] noPositions(int units) {
        int[] p = new int[3 * units];
        java.util.Arrays.fill(p, -1);
        return p;
    }

    /** The end line of a code unit, or -1. */
    public int endLineAt(int unit) {
        return positions[3 * unit];
    }

    /** The start column (UTF-8 bytes) of a code unit, or -1. */
    public int colAt(int unit) {
        return positions[3 * unit + 1];
    }

    /** The end column (UTF-8 bytes, exclusive) of a code unit, or -1. */
    public int endColAt(int unit) {
        return positions[3 * unit + 2];
    }

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

    public boolean isGenerator() {
        return (flags & CO_GENERATOR) != 0;
    }

    /** Parameters in varnames: positional, keyword-only, *args, **kwargs. */
    public int totalArgCount() {
        return argCount + kwOnlyArgCount + ((flags & CO_VARARGS) != 0 ? 1 : 0)
                + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
    }

    /** The name of every slot, in slot order (see the class comment). */
    public List<String> localsPlusNames() {
        List<String> out = new ArrayList<>(varnames);
        for (String c : cellvars) {
            if (!varnames.contains(c)) {
                out.add(c);
            }
        }
        out.addAll(freevars);
        return out;
    }

    /** How many slots a frame of this code has. */
    public int localsPlusCount() {
        int n = varnames.size() + freevars.size();
        for (String c : cellvars) {
            if (!varnames.contains(c)) {
                n++;
            }
        }
        return n;
    }

    /** The slot of cellvars[i]: its parameter's slot if it is one, else after the varnames. */
    public int cellSlot(int i) {
        int v = varnames.indexOf(cellvars.get(i));
        if (v >= 0) {
            return v;
        }
        int slot = varnames.size();
        for (int k = 0; k < i; k++) {
            if (!varnames.contains(cellvars.get(k))) {
                slot++;
            }
        }
        return slot;
    }

    /** The slot of freevars[i]. */
    public int freeSlot(int i) {
        return localsPlusCount() - freevars.size() + i;
    }

    /** The exception-table entry covering an instruction starting at this unit, or null. */
    public ExceptionEntry handlerAt(int unit) {
        for (ExceptionEntry e : exceptionTable) {
            if (unit >= e.start() && unit < e.end()) {
                return e;
            }
            if (e.start() > unit) {
                break;
            }
        }
        return null;
    }
}
