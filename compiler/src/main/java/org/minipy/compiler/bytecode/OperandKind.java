package org.minipy.compiler.bytecode;

/** What an instruction's argument means; the disassembler and the verifier read it. */
public enum OperandKind {
    /** No argument (the arg byte is 0 and ignored). */
    NONE,
    /** Index into the code object's {@code consts}. */
    CONST,
    /** Index into the code object's {@code names} (globals, attributes, modules). */
    NAME,
    /** Index into the code object's {@code varnames} (fast locals). */
    LOCAL,
    /** Absolute jump target, in code units (an instruction starts at byte offset 2 * target). */
    JUMP,
    /** A count (items to build, arguments of a call, ...). */
    COUNT,
    /** A {@link BinaryOperator} ordinal, as CPython 3.11's BINARY_OP. */
    BINARY_OP,
    /** A {@link CompareOperator} ordinal, as CPython 3.11's COMPARE_OP. */
    COMPARE,
    /** 0 or 1: the inverted form of IS_OP / CONTAINS_OP. */
    INVERT,
    /** Flags (MAKE_FUNCTION, CALL_FUNCTION_EX, FORMAT_VALUE). */
    FLAGS,
    /** Index into the code object's "localsplus" slots that hold cells: see {@link CodeObject#localsPlusNames}. */
    FREE
}
