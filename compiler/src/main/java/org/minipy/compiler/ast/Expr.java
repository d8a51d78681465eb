package org.minipy.compiler.ast;

import java.util.List;
import org.minipy.compiler.bytecode.BinaryOperator;

/**
 * Expressions. Constant values are plain Java objects (see {@link Const}); every node carries its
 * {@link Span}.
 */
public sealed interface Expr {
    Span span();

    default int line() {
        return span().line();
    }

    /**
     * A literal or folded constant. {@code value} is one of: {@link PyNone#NONE}, {@link PyEllipsis#ELLIPSIS},
     * {@code Boolean}, {@code BigInteger}, {@code Double}, {@code String}, {@link PyBytes}, {@link PyTuple}.
     */
    record Const(Object value, Span span) implements Expr {}

    record Name(String id, Span span) implements Expr {}

    record Tuple(List<Expr> items, Span span) implements Expr {}

    record ListDisplay(List<Expr> items, Span span) implements Expr {}

    record BinOp(Expr left, BinaryOperator op, Expr right, Span span) implements Expr {}

    record UnaryOp(UnaryKind op, Expr operand, Span span) implements Expr {}

    /** {@code a and b and c} ({@code and} true) or {@code a or b or c}. */
    record BoolOp(boolean and, List<Expr> values, Span span) implements Expr {}

    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Span span) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orElse, Span span) implements Expr {}

    record Call(Expr func, List<Expr> args, Span span) implements Expr {}

    record Attribute(Expr value, String attr, Span span) implements Expr {}

    record Subscript(Expr value, Expr index, Span span) implements Expr {}

    enum UnaryKind { NEGATIVE, POSITIVE, INVERT, NOT }

    enum CmpOp {
        LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">="), IS("is"), IS_NOT("is not"), IN("in"),
        NOT_IN("not in");

        public final String symbol;

        CmpOp(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Python's None as an AST constant value. */
    enum PyNone { NONE }

    /** Python's Ellipsis as an AST constant value. */
    enum PyEllipsis { ELLIPSIS }

    /** A bytes constant value (one char per byte, 0..255). */
    record PyBytes(String latin1) {}

    /** A tuple constant value; items are constant values too. */
    record PyTuple(List<Object> items) {}
}
