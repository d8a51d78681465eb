package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minipy.compiler.lex.Lexer;
import org.minipy.compiler.lex.Token;
import org.minipy.compiler.lex.TokenType;

class LexerTest {
    private static String kinds(String src) {
        return Lexer.tokenize(src, "t.py").stream()
                .map(t -> t.type() == TokenType.NAME || t.type() == TokenType.OP || t.type() == TokenType.NUMBER
                        ? t.text() : t.type().name())
                .collect(Collectors.joining(" "));
    }

    private static Object value(String literal) {
        List<Token> toks = Lexer.tokenize(literal, "t.py");
        Object v = toks.get(0).value();
        return v instanceof Token.StringLiteral s ? s.value() : v;
    }

    @Test
    void indentationProducesIndentAndDedent() {
        assertEquals("if x : NEWLINE INDENT y NEWLINE if z : NEWLINE INDENT w NEWLINE DEDENT DEDENT v NEWLINE ENDMARKER",
                kinds("if x:\n    y\n\n    # comment\n    if z:\n        w\nv\n"));
    }

    @Test
    void tabsAreEightColumnsButMustBeConsistent() {
        assertEquals("TabError", assertThrows(CompileError.class,
                () -> Lexer.tokenize("if x:\n\ta\n        b\n", "t.py")).kind);
        assertEquals("IndentationError", assertThrows(CompileError.class,
                () -> Lexer.tokenize("if x:\n    a\n  b\n", "t.py")).kind);
    }

    @Test
    void bracketsAndBackslashesJoinLines() {
        assertEquals("x = ( 1 , 2 ) NEWLINE y = 3 + 4 NEWLINE ENDMARKER", kinds("x = (1,\n\n   2)\ny = 3 + \\\n 4\n"));
        assertEquals("x NEWLINE ENDMARKER", kinds("x"));
    }

    @Test
    void numbers() {
        assertEquals(BigInteger.valueOf(1_000_000), value("1_000_000"));
        assertEquals(BigInteger.valueOf(255), value("0xff"));
        assertEquals(BigInteger.valueOf(8), value("0o10"));
        assertEquals(BigInteger.valueOf(5), value("0b101"));
        assertEquals(new BigInteger("123456789012345678901234567890"), value("123456789012345678901234567890"));
        assertEquals(1.5, value("1.5"));
        assertEquals(0.5, value(".5"));
        assertEquals(1e-3, value("1e-3"));
        assertEquals(10.5, value("1_0.5"));
        assertEquals(BigInteger.ZERO, value("00"));
    }

    @Test
    void strings() {
        assertEquals("a\nb\t'\"\\", value("'a\\nb\\t\\'\\\"\\\\'"));
        assertEquals("a\\n", value("r'a\\n'"));
        assertEquals("line1\nline2", value("\"\"\"line1\nline2\"\"\""));
        assertEquals("\u00e9\u20ac\ud83d\ude00", value("'\\xe9\\u20ac\\U0001F600'"));
        assertEquals("A", value("'\\101'"));
        assertEquals("ab", value("'a\\\nb'"));
        assertEquals("\u00e9", value("'\\N{LATIN SMALL LETTER E WITH ACUTE}'"));
        Token.StringLiteral b = (Token.StringLiteral) Lexer.tokenize("b'\\x00a'", "t.py").get(0).value();
        assertEquals(true, b.bytes());
        assertEquals("\u0000a", b.value());
    }

    @Test
    void operatorsAndUnicodeNames() {
        assertEquals("a **= b //= c >>= d <<= e != f -> ... := @ ~ NEWLINE ENDMARKER",
                kinds("a **= b //= c >>= d <<= e != f -> ... := @ ~"));
        assertEquals("caf\u00e9 = \u03c0 NEWLINE ENDMARKER", kinds("caf\u00e9 = \u03c0"));
    }
}
