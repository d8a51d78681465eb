package org.minipy.compiler.lex;

/** The kinds of token; keywords are NAMEs the parser recognises. */
public enum TokenType {
    NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** A character that starts no token (CPython's ERRORTOKEN): the parser reports invalid syntax there. */
    ERRORTOKEN
}
