package org.minipy.compiler.ast;

import java.util.List;
import org.minipy.compiler.bytecode.BinaryOperator;

/**
 * Expressions, as CPython 3.11's {@code expr} AST (without the load/store context: the position of
 * a node decides it). Constant values are plain Java objects (see {@link Const}); every node carries
 * its {@link Span}.
 */
public sealed interface Expr {
    Span span();

    default int line() {
        return span().line();
    }

    // Loops, not streams: a stream's first use links the JDK's own lambdas, milliseconds of
    // every compile while the JVM is cold.

    /** Whether any item is a starred expression. */
    static boolean anyStarred(List<Expr> items) {
        for (Expr i : items) {
            if (i instanceof Starred) {
                return true;
            }
        }
        return false;
    }

    /** Whether every item is a constant. */
    static boolean allConst(List<Expr> items) {
        for (Expr i : items) {
            if (!(i instanceof Const)) {
                return false;
            }
        }
        return true;
    }

    /** Whether any keyword argument is a {@code **} one (it has no name). */
    static boolean anyDoubleStar(List<Keyword> keywords) {
        for (Keyword k : keywords) {
            if (k.name() == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * A literal or folded constant. {@code value} is one of: {@link PyNone#NONE}, {@link PyEllipsis#ELLIPSIS},
     * {@code Boolean}, {@code BigInteger}, {@code Double}, {@code String}, {@link PyBytes}, {@link PyTuple},
     * {@link PyFrozenset}.
     */
    record Const(Object value, Span span) implements Expr {}

    record Name(String id, Span span) implements Expr {}

    record Tuple(List<Expr> items, Span span) implements Expr {}

    record ListDisplay(List<Expr> items, Span span) implements Expr {}

    record SetDisplay(List<Expr> items, Span span) implements Expr {}

    /** {@code {k: v, **m}}: a null key marks a {@code **m} item (its value is m). */
    record DictDisplay(List<Expr> keys, List<Expr> values, Span span) implements Expr {}

    /** {@code *value} in a display, a call or an assignment target. */
    record Starred(Expr value, Span span) implements Expr {}

    record BinOp(Expr left, BinaryOperator op, Expr right, Span span) implements Expr {}

    record UnaryOp(UnaryKind op, Expr operand, Span span) implements Expr {}

    /** {@code a and b and c} ({@code and} true) or {@code a or b or c}. */
    record BoolOp(boolean and, List<Expr> values, Span span) implements Expr {}

    record Compare(Expr left, List<CmpOp> ops, List<Expr> comparators, Span span) implements Expr {}

    record IfExp(Expr test, Expr body, Expr orElse, Span span) implements Expr {}

    /** A call; {@code args} may hold {@link Starred} items. */
    record Call(Expr func, List<Expr> args, List<Keyword> keywords, Span span) implements Expr {
        public Call(Expr func, List<Expr> args, Span span) {
            this(func, args, List.of(), span);
        }
    }

    /** {@code name=value}, or {@code **value} when name is null. */
    record Keyword(String name, Expr value, Span span) {}

    record Attribute(Expr value, String attr, Span span) implements Expr {}

    record Subscript(Expr value, Expr index, Span span) implements Expr {}

    /** {@code lower:upper:step} inside a subscript; absent parts are null. */
    record Slice(Expr lower, Expr upper, Expr step, Span span) implements Expr {}

    record Lambda(Arguments args, Expr body, Span span) implements Expr {}

    /** {@code target := value}. */
    record NamedExpr(Name target, Expr value, Span span) implements Expr {}

    enum CompKind {
        LIST("<listcomp>"), SET("<setcomp>"), DICT("<dictcomp>"), GENERATOR("<genexpr>");

        public final String codeName;

        CompKind(String codeName) {
            this.codeName = codeName;
        }
    }

    /** A comprehension or generator expression; {@code value} is the dict comprehension's value (else null). */
    record Comp(CompKind kind, Expr elt, Expr value, List<Generator> generators, Span span) implements Expr {}

    /** {@code for target in iter if c1 if c2}. */
    record Generator(Expr target, Expr iter, List<Expr> ifs) {}

    /** {@code yield} (value may be null). */
    record Yield(Expr value, Span span) implements Expr {}

    record YieldFrom(Expr value, Span span) implements Expr {}

    /** An f-string: str constants and {@link FormattedValue}s. */
    record JoinedStr(List<Expr> values, Span span) implements Expr {}

    /** {@code {value!conversion:spec}}: conversion is -1, 's', 'r' or 'a'; spec is null or a JoinedStr. */
    record FormattedValue(Expr value, int conversion, Expr spec, Span span) implements Expr {}

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

    /** A frozenset constant value (from a folded set display); items in source order, no duplicates. */
    record PyFrozenset(List<Object> items) {}
}
