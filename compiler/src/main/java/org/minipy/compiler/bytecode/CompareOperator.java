package org.minipy.compiler.bytecode;

/** COMPARE_OP's argument, numbered as CPython's {@code Py_LT .. Py_GE}. */
public enum CompareOperator {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">=");

    private static final CompareOperator[] ALL = values();

    public final String symbol;

    CompareOperator(String symbol) {
        this.symbol = symbol;
    }

    public static CompareOperator of(int arg) {
        return ALL[arg];
    }

    public static int count() {
        return ALL.length;
    }
}
