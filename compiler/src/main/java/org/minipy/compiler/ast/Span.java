package org.minipy.compiler.ast;

/** Where a node is: 1-based lines, 0-based char columns, end exclusive (as CPython's AST). */
public record Span(int line, int col, int endLine, int endCol) {
    public static Span of(Span from, Span to) {
        return new Span(from.line, from.col, to.endLine, to.endCol);
    }
}
