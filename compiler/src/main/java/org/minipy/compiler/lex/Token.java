package org.minipy.compiler.lex;

/**
 * One token. Columns are 0-based char indexes, {@code endCol} exclusive. {@code value} holds a
 * NUMBER's value ({@code BigInteger}, {@code Double} or {@link Imaginary}) or a STRING's
 * {@link StringLiteral}.
 */
public record Token(TokenType type, String text, Object value, int line, int col, int endLine, int endCol) {

    /** A string literal after escapes: {@code bytes} literals keep one char per byte (0..255). */
    public record StringLiteral(String value, boolean bytes, boolean formatted) {}

    /** An imaginary literal such as {@code 5j} (lexed, not compiled). */
    public record Imaginary(double value) {}

    public boolean is(TokenType t, String s) {
        return type == t && text.equals(s);
    }

    public boolean isOp(String s) {
        return type == TokenType.OP && text.equals(s);
    }

    public boolean isName(String s) {
        return type == TokenType.NAME && text.equals(s);
    }

    @Override
    public String toString() {
        return type + (text.isEmpty() ? "" : "(" + text + ")") + "@" + line + ":" + col;
    }
}
