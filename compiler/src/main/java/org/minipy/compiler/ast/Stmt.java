package org.minipy.compiler.ast;

import java.util.List;
import org.minipy.compiler.bytecode.BinaryOperator;

/** Statements; each carries the {@link Span} of the whole statement (its header for compound ones). */
public sealed interface Stmt {
    Span span();

    default int line() {
        return span().line();
    }

    record ExprStmt(Expr value, Span span) implements Stmt {}

    /** {@code t1 = t2 = value}: targets in source order. */
    record Assign(List<Expr> targets, Expr value, Span span) implements Stmt {}

    /** {@code target op= value}; {@code op} is the in-place operator. */
    record AugAssign(Expr target, BinaryOperator op, Expr value, Span span) implements Stmt {}

    record Delete(List<Expr> targets, Span span) implements Stmt {}

    record Pass(Span span) implements Stmt {}

    /** {@code import a as b}: one alias per name; asName is null when absent. */
    record Import(List<Alias> names, Span span) implements Stmt {}

    record ImportFrom(String module, List<Alias> names, Span span) implements Stmt {}

    record Alias(String name, String asName, Span span) {}

    /** {@code def}; {@code span} is the header (the {@code def} line), decorators come first. */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decorators, Span span)
            implements Stmt {}

    record ClassDef(String name, List<Expr> bases, List<Expr.Keyword> keywords, List<Stmt> body,
            List<Expr> decorators, Span span) implements Stmt {}

    record Return(Expr value, Span span) implements Stmt {}

    record Global(List<String> names, Span span) implements Stmt {}

    record Nonlocal(List<String> names, Span span) implements Stmt {}

    record If(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {}

    record While(Expr test, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {}

    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orElse, Span span) implements Stmt {}

    record Break(Span span) implements Stmt {}

    record Continue(Span span) implements Stmt {}

    /** {@code raise}, {@code raise exc}, {@code raise exc from cause} (absent parts null). */
    record Raise(Expr exc, Expr cause, Span span) implements Stmt {}

    record Assert(Expr test, Expr msg, Span span) implements Stmt {}

    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orElse, List<Stmt> finalBody, Span span)
            implements Stmt {}

    /** {@code except type as name:} (type and name may be null). */
    record ExceptHandler(Expr type, String name, List<Stmt> body, Span span) {}

    record With(List<WithItem> items, List<Stmt> body, Span span) implements Stmt {}

    /** {@code context as target} (target may be null). */
    record WithItem(Expr context, Expr target) {}
}
