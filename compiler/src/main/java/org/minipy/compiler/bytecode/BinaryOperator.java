package org.minipy.compiler.bytecode;

/**
 * BINARY_OP's argument, numbered as CPython 3.11's {@code NB_*} constants: the in-place forms
 * follow the plain ones at {@code ordinal() + 13}.
 */
public enum BinaryOperator {
    ADD("+"), AND("&"), FLOOR_DIVIDE("//"), LSHIFT("<<"), MATRIX_MULTIPLY("@"), MULTIPLY("*"),
    REMAINDER("%"), OR("|"), POWER("**"), RSHIFT(">>"), SUBTRACT("-"), TRUE_DIVIDE("/"), XOR("^"),
    INPLACE_ADD("+="), INPLACE_AND("&="), INPLACE_FLOOR_DIVIDE("//="), INPLACE_LSHIFT("<<="),
    INPLACE_MATRIX_MULTIPLY("@="), INPLACE_MULTIPLY("*="), INPLACE_REMAINDER("%="),
    INPLACE_OR("|="), INPLACE_POWER("**="), INPLACE_RSHIFT(">>="), INPLACE_SUBTRACT("-="),
    INPLACE_TRUE_DIVIDE("/="), INPLACE_XOR("^=");

    public static final int INPLACE_OFFSET = 13;
    private static final BinaryOperator[] ALL = values();

    public final String symbol;

    BinaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public boolean isInplace() {
        return ordinal() >= INPLACE_OFFSET;
    }

    /** The plain operator of an in-place one (INPLACE_ADD to ADD); itself otherwise. */
    public BinaryOperator plain() {
        return isInplace() ? ALL[ordinal() - INPLACE_OFFSET] : this;
    }

    public static BinaryOperator of(int arg) {
        return ALL[arg];
    }

    public static int count() {
        return ALL.length;
    }
}
