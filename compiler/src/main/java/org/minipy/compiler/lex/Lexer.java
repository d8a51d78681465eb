package org.minipy.compiler.lex;

import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.minipy.compiler.CompileError;

/**
 * Turns source text into tokens on demand, as CPython's tokenizer does (the parser pulls tokens,
 * so an error late in the file is only found when parsing gets there).
 *
 * <p>Indentation: at the start of each logical line outside brackets the indentation is measured
 * twice, with tab stops of 8 ({@code col}) and of 1 ({@code altcol}); the two stacks must agree in
 * their ordering or the line gets a TabError, exactly CPython's rule. Blank and comment-only lines
 * produce no tokens. Inside brackets newlines are ignored; a backslash before a newline joins lines.
 */
public final class Lexer {
    private static final int MAX_INDENT = 100;
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...",
        "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "->", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
        "@=", ":=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".",
        ";", "=",
    };

    private final Source source;
    private final String s;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final ArrayDeque<Token> pending = new ArrayDeque<>();
    private final int[] indents = new int[MAX_INDENT + 1];
    private final int[] altIndents = new int[MAX_INDENT + 1];
    private int depth;
    private final ArrayDeque<Token> brackets = new ArrayDeque<>();
    private boolean atLineStart = true;
    private boolean lineHasTokens;
    private Token endMarker;
    private boolean failed;

    public Lexer(Source source) {
        this.source = source;
        this.s = source.text;
    }

    /** Every token of a source, up to and including ENDMARKER. */
    public static List<Token> tokenize(String text, String filename) {
        Lexer lexer = new Lexer(new Source(text, filename));
        List<Token> out = new ArrayList<>();
        Token t;
        do {
            t = lexer.next();
            out.add(t);
        } while (t.type() != TokenType.ENDMARKER);
        return out;
    }

    public Source source() {
        return source;
    }

    /** Whether the lexer has thrown a CompileError (it must not be asked for more tokens). */
    public boolean failed() {
        return failed;
    }

    /** The next token; ENDMARKER again and again once the end is reached. */
    public Token next() {
        try {
            return scan();
        } catch (CompileError e) {
            failed = true;
            throw e;
        }
    }

    private Token scan() {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        if (endMarker != null) {
            return endMarker;
        }
        while (true) {
            if (atLineStart && brackets.isEmpty()) {
                if (!measureIndentation()) {
                    continue;
                }
                if (!pending.isEmpty()) {
                    return pending.poll();
                }
            }
            skipBlanks();
            if (pos >= s.length()) {
                return finish();
            }
            char c = s.charAt(pos);
            if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') {
                    pos++;
                }
                continue;
            }
            if (c == '\n') {
                int col = pos - lineStart;
                pos++;
                int nlLine = line;
                newLine();
                if (!brackets.isEmpty()) {
                    continue;
                }
                atLineStart = true;
                if (!lineHasTokens) {
                    continue;
                }
                lineHasTokens = false;
                return new Token(TokenType.NEWLINE, "", null, nlLine, col, nlLine, col);
            }
            if (c == '\\') {
                continuation();
                continue;
            }
            lineHasTokens = true;
            return scanToken(c);
        }
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void skipBlanks() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\f') {
                break;
            }
            pos++;
        }
    }

    private void continuation() {
        int col = pos - lineStart;
        if (pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
            pos += 2;
            int bsLine = line;
            newLine();
            if (pos >= s.length()) {
                throw source.error(CompileError.SYNTAX, "unexpected EOF while parsing", bsLine, col + 2, -1);
            }
            return;
        }
        if (pos + 1 >= s.length()) {
            throw source.error(CompileError.SYNTAX, "unexpected EOF while parsing", line, col + 2, -1);
        }
        throw source.error(CompileError.SYNTAX, "unexpected character after line continuation character", line,
                col + 2, 0);
    }

    /** Handles the indentation of a new line; false if the line was blank and skipped. */
    private boolean measureIndentation() {
        int col = 0;
        int altcol = 0;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ') {
                col++;
                altcol++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                altcol++;
            } else if (c == '\f') {
                col = 0;
                altcol = 0;
            } else {
                break;
            }
            pos++;
        }
        if (pos >= s.length()) {
            atLineStart = false;
            return true;
        }
        char c = s.charAt(pos);
        if (c == '#' || c == '\n') {
            while (pos < s.length() && s.charAt(pos) != '\n') {
                pos++;
            }
            if (pos < s.length()) {
                pos++;
                newLine();
            }
            return false;
        }
        atLineStart = false;
        int width = pos - lineStart;
        if (col == indents[depth]) {
            if (altcol != altIndents[depth]) {
                throw tabError();
            }
        } else if (col > indents[depth]) {
            if (depth + 1 >= MAX_INDENT) {
                throw source.error(CompileError.INDENTATION, "too many levels of indentation", line, width + 1, -1);
            }
            if (altcol <= altIndents[depth]) {
                throw tabError();
            }
            depth++;
            indents[depth] = col;
            altIndents[depth] = altcol;
            pending.add(new Token(TokenType.INDENT, "", null, line, 0, line, width));
        } else {
            while (depth > 0 && col < indents[depth]) {
                depth--;
                pending.add(new Token(TokenType.DEDENT, "", null, line, width, line, width));
            }
            if (col != indents[depth]) {
                throw source.error(CompileError.INDENTATION, "unindent does not match any outer indentation level",
                        line, source.line(line).length() + 1, -1);
            }
            if (altcol != altIndents[depth]) {
                throw tabError();
            }
        }
        return true;
    }

    private CompileError tabError() {
        return source.error(CompileError.TAB, "inconsistent use of tabs and spaces in indentation", line, 1, 0);
    }

    private Token finish() {
        if (!brackets.isEmpty()) {
            Token open = brackets.peek();
            throw source.error(CompileError.SYNTAX, "'" + open.text() + "' was never closed", open.line(),
                    open.col() + 1, 0);
        }
        int lastLine = Math.max(1, source.lineCount());
        int lastCol = source.line(lastLine).length();
        if (lineHasTokens) {
            lineHasTokens = false;
            int col = pos - lineStart;
            pending.add(new Token(TokenType.NEWLINE, "", null, line, col, line, col));
        }
        while (depth > 0) {
            depth--;
            pending.add(new Token(TokenType.DEDENT, "", null, lastLine, lastCol, lastLine, lastCol));
        }
        endMarker = new Token(TokenType.ENDMARKER, "", null, lastLine, lastCol, lastLine, -1);
        pending.add(endMarker);
        return pending.poll();
    }

    private Token scanToken(char c) {
        int cp = s.codePointAt(pos);
        if (isIdentifierStart(cp)) {
            return scanNameOrString();
        }
        if (c >= '0' && c <= '9' || (c == '.' && pos + 1 < s.length() && isDigit(s.charAt(pos + 1)))) {
            return scanNumber();
        }
        if (c == '\'' || c == '"') {
            return scanString(pos, "");
        }
        int col = pos - lineStart;
        for (String op : OPERATORS) {
            if (s.startsWith(op, pos)) {
                pos += op.length();
                Token t = new Token(TokenType.OP, op, null, line, col, line, col + op.length());
                trackBracket(t);
                return t;
            }
        }
        if (cp > 127 && !Character.isWhitespace(cp)) {
            throw source.error(CompileError.SYNTAX, String.format("invalid character '%s' (U+%04X)",
                    new String(Character.toChars(cp)), cp), line, col + 1, 0);
        }
        pos += Character.charCount(cp);
        return new Token(TokenType.ERRORTOKEN, new String(Character.toChars(cp)), null, line, col, line,
                col + 1);
    }

    /** The tokenizer's MAXLEVEL: brackets open at once. */
    private static final int MAX_LEVEL = 200;

    private void trackBracket(Token t) {
        switch (t.text()) {
            case "(", "[", "{" -> {
                if (brackets.size() >= MAX_LEVEL) {
                    throw source.error(CompileError.SYNTAX, "too many nested parentheses", t.line(), t.col() + 1,
                            t.col() + 1);
                }
                brackets.push(t);
            }
            case ")", "]", "}" -> {
                if (brackets.isEmpty()) {
                    throw source.error(CompileError.SYNTAX, "unmatched '" + t.text() + "'", t.line(), t.col() + 1,
                            t.col() + 1);
                }
                Token open = brackets.pop();
                String expected = switch (open.text()) {
                    case "(" -> ")";
                    case "[" -> "]";
                    default -> "}";
                };
                if (!expected.equals(t.text())) {
                    String msg = "closing parenthesis '" + t.text() + "' does not match opening parenthesis '"
                            + open.text() + "'" + (open.line() != t.line() ? " on line " + open.line() : "");
                    throw source.error(CompileError.SYNTAX, msg, t.line(), t.col() + 1, t.col() + 1);
                }
            }
            default -> { }
        }
    }

    private static boolean isIdentifierStart(int cp) {
        return cp == '_' || (cp < 128 ? Character.isLetter(cp) : Character.isUnicodeIdentifierStart(cp));
    }

    private static boolean isIdentifierPart(int cp) {
        return cp == '_' || (cp < 128 ? Character.isLetterOrDigit(cp) : Character.isUnicodeIdentifierPart(cp)
                && !Character.isIdentifierIgnorable(cp));
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Token scanNameOrString() {
        int start = pos;
        while (pos < s.length() && isIdentifierPart(s.codePointAt(pos))) {
            pos += Character.charCount(s.codePointAt(pos));
        }
        String name = s.substring(start, pos);
        if (pos < s.length() && (s.charAt(pos) == '\'' || s.charAt(pos) == '"') && isStringPrefix(name)) {
            return scanString(start, name.toLowerCase());
        }
        int col = start - lineStart;
        // NFKC leaves ASCII as it is; asking would load the normalizer's data on the first name
        String normalized = isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKC);
        return new Token(TokenType.NAME, normalized, null, line, col, line, pos - lineStart);
    }

    private static boolean isStringPrefix(String p) {
        return switch (p.toLowerCase()) {
            case "r", "u", "f", "b", "br", "rb", "fr", "rf" -> true;
            default -> false;
        };
    }

    // ---- numbers ----

    private Token scanNumber() {
        int start = pos;
        int col = start - lineStart;
        char c = s.charAt(pos);
        if (c == '0' && pos + 1 < s.length() && "xXoObB".indexOf(s.charAt(pos + 1)) >= 0) {
            char kind = Character.toLowerCase(s.charAt(pos + 1));
            pos += 2;
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            String name = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            readRadixDigits(radix, name);
            verifyEnd(name);
            String digits = s.substring(start + 2, pos).replace("_", "");
            return number(start, col, new BigInteger(digits, radix));
        }
        boolean isFloat = false;
        if (c == '0') {
            pos++;
            int firstNonzero = -1;
            while (pos < s.length()) {
                char d = s.charAt(pos);
                if (d == '_') {
                    pos++;
                    if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                        throw invalidAt("invalid decimal literal");
                    }
                } else if (isDigit(d)) {
                    if (d != '0' && firstNonzero < 0) {
                        firstNonzero = pos;
                    }
                    pos++;
                } else {
                    break;
                }
            }
            boolean fraction = pos < s.length() && ".eEjJ".indexOf(s.charAt(pos)) >= 0;
            if (firstNonzero >= 0 && !fraction) {
                throw source.error(CompileError.SYNTAX, "leading zeros in decimal integer literals are not "
                        + "permitted; use an 0o prefix for octal integers", line, col + 1,
                        firstNonzero - lineStart + 1);
            }
        } else if (c != '.') {
            readDecimalDigits();
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            if (pos < s.length() && isDigit(s.charAt(pos))) {
                readDecimalDigits();
            }
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            int ePos = pos;
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                pos = ePos;
                throw invalidAt("invalid decimal literal");
            }
            readDecimalDigits();
            isFloat = true;
        }
        String text = s.substring(start, pos).replace("_", "");
        if (pos < s.length() && (s.charAt(pos) == 'j' || s.charAt(pos) == 'J')) {
            pos++;
            verifyEnd("imaginary");
            return number(start, col, new Token.Imaginary(Double.parseDouble(text)));
        }
        verifyEnd("decimal");
        if (isFloat) {
            return number(start, col, Double.parseDouble(text));
        }
        return number(start, col, new BigInteger(text));
    }

    private Token number(int start, int col, Object value) {
        return new Token(TokenType.NUMBER, s.substring(start, pos), value, line, col, line, pos - lineStart);
    }

    private void readDecimalDigits() {
        while (pos < s.length()) {
            char d = s.charAt(pos);
            if (isDigit(d)) {
                pos++;
            } else if (d == '_') {
                pos++;
                if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                    throw invalidAt("invalid decimal literal");
                }
            } else {
                break;
            }
        }
    }

    private void readRadixDigits(int radix, String name) {
        boolean first = true;
        while (true) {
            if (pos < s.length() && s.charAt(pos) == '_') {
                pos++;
            } else if (!first) {
                break;
            }
            first = false;
            if (pos >= s.length() || Character.digit(s.charAt(pos), radix) < 0) {
                checkInvalidDigit(radix, name);
                throw invalidAt("invalid " + name + " literal");
            }
            while (pos < s.length() && Character.digit(s.charAt(pos), radix) >= 0) {
                pos++;
            }
            checkInvalidDigit(radix, name);
        }
    }

    private void checkInvalidDigit(int radix, String name) {
        if (radix < 10 && pos < s.length() && isDigit(s.charAt(pos))) {
            int col = pos - lineStart;
            throw source.error(CompileError.SYNTAX, "invalid digit '" + s.charAt(pos) + "' in " + name + " literal",
                    line, col + 1, col + 1);
        }
    }

    /** An error whose offset is the 0-based column of the current char, as CPython's tokenizer reports it. */
    private CompileError invalidAt(String message) {
        int col = pos - lineStart;
        return source.error(CompileError.SYNTAX, message, line, col, col);
    }

    private void verifyEnd(String kind) {
        if (pos >= s.length()) {
            return;
        }
        int cp = s.codePointAt(pos);
        if (!isIdentifierPart(cp)) {
            return;
        }
        for (String kw : new String[] {"and", "else", "for", "if", "in", "is", "not", "or"}) {
            if (s.startsWith(kw, pos)) {
                return;
            }
        }
        throw invalidAt("invalid " + kind + " literal");
    }

    // ---- strings ----

    private Token scanString(int start, String prefix) {
        int startLine = line;
        int col = start - lineStart;
        char quote = s.charAt(pos);
        boolean triple = s.startsWith(String.valueOf(quote).repeat(3), pos);
        pos += triple ? 3 : 1;
        int contentStart = pos;
        int contentEnd;
        while (true) {
            if (pos >= s.length()) {
                throw unterminated(triple, startLine, col);
            }
            char c = s.charAt(pos);
            if (c == '\\') {
                pos++;
                if (pos < s.length()) {
                    if (s.charAt(pos) == '\n') {
                        pos++;
                        newLine();
                    } else {
                        pos++;
                    }
                }
                continue;
            }
            if (c == '\n') {
                if (!triple) {
                    throw unterminated(false, startLine, col);
                }
                pos++;
                newLine();
                continue;
            }
            if (c == quote && (!triple || s.startsWith(String.valueOf(quote).repeat(3), pos))) {
                contentEnd = pos;
                pos += triple ? 3 : 1;
                break;
            }
            pos++;
        }
        String raw = s.substring(contentStart, contentEnd);
        boolean isRaw = prefix.contains("r");
        boolean isBytes = prefix.contains("b");
        boolean isF = prefix.contains("f");
        int endCol = pos - lineStart;
        String value;
        if (isF) {
            value = raw;
        } else {
            if (isBytes) {
                for (int i = 0; i < raw.length(); i++) {
                    if (raw.charAt(i) > 127) {
                        throw source.errorAt(CompileError.SYNTAX, "bytes can only contain ASCII literal characters",
                                startLine, col, line, endCol);
                    }
                }
            }
            value = isRaw ? raw : decodeEscapes(raw, isBytes, startLine, endCol);
        }
        return new Token(TokenType.STRING, s.substring(start, pos), new Token.StringLiteral(value, isBytes, isF),
                startLine, col, line, endCol);
    }

    private CompileError unterminated(boolean triple, int startLine, int col) {
        if (triple) {
            int detected = Math.min(line, Math.max(1, source.lineCount()));
            return source.error(CompileError.SYNTAX, "unterminated triple-quoted string literal (detected at line "
                    + detected + ")", startLine, col + 1, col + 1);
        }
        return source.error(CompileError.SYNTAX, "unterminated string literal (detected at line " + line + ")",
                startLine, col + 1, col + 1);
    }

    public String decodeEscapes(String raw, boolean bytes, int tokLine, int endCol) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        int i = 0;
        while (i < raw.length()) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                i++;
                continue;
            }
            char e = raw.charAt(i + 1);
            int escStart = i;
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000B');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '7'; k++) {
                        v = v * 8 + (raw.charAt(i++) - '0');
                    }
                    out.append((char) (bytes ? v & 0xFF : v));
                }
                case 'x' -> i = hexEscape(raw, i, 2, escStart, bytes, "\\xXX", out, tokLine, endCol);
                case 'u' -> {
                    if (bytes) {
                        out.append("\\u");
                    } else {
                        i = hexEscape(raw, i, 4, escStart, false, "\\uXXXX", out, tokLine, endCol);
                    }
                }
                case 'U' -> {
                    if (bytes) {
                        out.append("\\U");
                    } else {
                        i = hexEscape(raw, i, 8, escStart, false, "\\UXXXXXXXX", out, tokLine, endCol);
                    }
                }
                case 'N' -> {
                    if (bytes) {
                        out.append("\\N");
                    } else {
                        int close = raw.indexOf('}', i);
                        int cp = -1;
                        if (i < raw.length() && raw.charAt(i) == '{' && close > i) {
                            try {
                                cp = Character.codePointOf(raw.substring(i + 1, close));
                            } catch (IllegalArgumentException unknownName) {
                                cp = -1;
                            }
                        }
                        if (cp < 0) {
                            throw source.error(CompileError.SYNTAX, "(unicode error) 'unicodeescape' codec can't "
                                    + "decode bytes in position " + escStart + "-" + (i - 1)
                                    + ": malformed \\N character escape", tokLine, endCol + 1, endCol + 1);
                        }
                        out.appendCodePoint(cp);
                        i = close + 1;
                    }
                }
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    private int hexEscape(String raw, int i, int n, int escStart, boolean bytes, String shape, StringBuilder out,
            int tokLine, int endCol) {
        long v = 0; // eight hex digits overflow an int (\Ua0001F600 came out negative)
        int k = 0;
        while (k < n && i + k < raw.length() && Character.digit(raw.charAt(i + k), 16) >= 0) {
            v = v * 16 + Character.digit(raw.charAt(i + k), 16);
            k++;
        }
        if (k < n) {
            String msg = bytes ? "(value error) invalid \\x escape at position " + escStart
                    : "(unicode error) 'unicodeescape' codec can't decode bytes in position " + escStart + "-"
                    + (escStart + 1 + k) + ": truncated " + shape + " escape";
            throw source.error(CompileError.SYNTAX, msg, tokLine, endCol + 1, endCol + 1);
        }
        if (v > 0x10FFFF) {
            throw source.error(CompileError.SYNTAX, "(unicode error) 'unicodeescape' codec can't decode bytes in "
                    + "position " + escStart + "-" + (escStart + 1 + n) + ": illegal Unicode character", tokLine,
                    endCol + 1, endCol + 1);
        }
        out.appendCodePoint((int) v);
        return i + n;
    }
}
