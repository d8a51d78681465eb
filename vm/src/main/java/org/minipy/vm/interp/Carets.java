package org.minipy.vm.interp;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.parse.Parser;

/**
 * The marker line CPython 3.11's traceback module prints under a frame's source line to show which
 * part of it was running ({@code StackSummary.format_frame_summary}, which the reference runner uses
 * for uncaught exceptions), rule for rule:
 * <ul>
 * <li>The instruction's position gives a start and end column (UTF-8 byte offsets into the line,
 *     turned into characters). A position spanning lines runs to the line's last non-blank
 *     character.</li>
 * <li>On one line, the text in between is parsed on its own; a binary operation marks its operator
 *     with {@code ^} and the rest with {@code ~}, a subscript its brackets and index with {@code ^}
 *     and the value with {@code ~} ({@code _extract_caret_anchors_from_line_segment}). Anything else
 *     is all {@code ^}.</li>
 * <li>No line is printed when the markers would cover the whole stripped line and there is no
 *     operator or bracket range.</li>
 * <li>Wide (East Asian W/F) characters count two columns when the line is not ASCII.</li>
 * </ul>
 * Offsets are in code points, as Python's str indexes; the module's quirks (the newline counted
 * into the stripped characters, byte offsets mixed with character offsets) are kept, since they
 * decide where the markers land.
 */
final class Carets {
    /** Where the secondary range of a segment starts and ends (character offsets into the segment). */
    private record Anchors(int leftEnd, int rightStart) {}

    private Carets() {}

    /**
     * The marker line, newline included, for a frame whose source line is {@code line} (as linecache
     * returns it: with its newline) and whose instruction spans {@code lineno:col-endLineno:endCol};
     * "" when no marker line is printed. Columns of -1 mean the position has none.
     */
    static String markers(String line, int lineno, int endLineno, int col, int endCol) {
        if (col < 0 || endCol < 0) {
            return "";
        }
        int[] cps = line.codePoints().toArray();
        int strippedLength = stripped(cps).length;
        int strippedCharacters = cps.length - strippedLength;
        int start = byteToChar(cps, col);
        int end = byteToChar(cps, endCol);
        int[] segment = slice(cps, start, end);
        Anchors anchors = null;
        if (lineno == endLineno) {
            anchors = anchors(segment);
        } else {
            end = rstrippedLength(cps);
        }
        if (end - start >= strippedLength && (anchors == null || anchors.rightStart() - anchors.leftEnd() <= 0)) {
            return "";
        }
        int dpStart = displayWidth(cps, start) + 1;
        int dpEnd = displayWidth(cps, end) + 1;
        StringBuilder sb = new StringBuilder("    ");
        repeat(sb, ' ', dpStart - strippedCharacters);
        if (anchors != null) {
            int dpLeft = displayWidth(segment, anchors.leftEnd());
            int dpRight = displayWidth(segment, anchors.rightStart());
            repeat(sb, '~', dpLeft);
            repeat(sb, '^', dpRight - dpLeft);
            repeat(sb, '~', dpEnd - dpStart - dpRight);
        } else {
            repeat(sb, '^', dpEnd - dpStart);
        }
        return sb.append('\n').toString();
    }

    /**
     * {@code _extract_caret_anchors_from_line_segment}: the operator of a binary operation, or the
     * bracketed index of a subscript, when the segment parses as one such expression statement.
     */
    private static Anchors anchors(int[] segment) {
        String text = new String(segment, 0, segment.length);
        List<Stmt> body;
        try {
            body = Parser.parse(text, "<segment>");
        } catch (RuntimeException | StackOverflowError e) { // CompileError: not an expression at all
            return null;
        }
        if (body.size() != 1 || !(body.get(0) instanceof Stmt.ExprStmt statement)) {
            return null;
        }
        if (statement.value() instanceof Expr.BinOp binop) {
            int leftEnd = utf8Offset(text, binop.left().span().endCol());
            int operatorStart = byteToChar(segment, leftEnd);
            int operatorEnd = byteToChar(segment, utf8Offset(text, binop.right().span().col()));
            int[] operator = slice(segment, operatorStart, operatorEnd);
            int operatorOffset = operator.length - lstrippedLength(operator);
            int leftAnchor = leftEnd + operatorOffset;
            int rightAnchor = leftAnchor + 1;
            if (operatorOffset + 1 < operator.length && !isSpace(operator[operatorOffset + 1])) {
                rightAnchor++;
            }
            while (leftAnchor < segment.length && (isSpace(segment[leftAnchor]) || segment[leftAnchor] == ')'
                    || segment[leftAnchor] == '#')) {
                leftAnchor++;
                rightAnchor++;
            }
            return new Anchors(byteToChar(segment, leftAnchor), byteToChar(segment, rightAnchor));
        }
        if (statement.value() instanceof Expr.Subscript subscript) {
            int leftAnchor = byteToChar(segment, utf8Offset(text, subscript.value().span().endCol()));
            int rightAnchor = byteToChar(segment, utf8Offset(text, subscript.index().span().endCol()) + 1);
            while (leftAnchor < segment.length && segment[leftAnchor] != '[') {
                leftAnchor++;
            }
            while (rightAnchor < segment.length && segment[rightAnchor] != ']') {
                rightAnchor++;
            }
            if (rightAnchor < segment.length) {
                rightAnchor++;
            }
            return new Anchors(leftAnchor, rightAnchor);
        }
        return null;
    }

    /** {@code _byte_offset_to_character_offset}: the characters that start in the first {@code offset} UTF-8 bytes. */
    static int byteToChar(int[] cps, int offset) {
        int bytes = 0;
        int chars = 0;
        while (chars < cps.length && bytes < offset) {
            bytes += utf8Length(cps[chars]);
            chars++;
        }
        return chars;
    }

    /** The UTF-8 length of the first {@code charIndex} Java chars of text. */
    private static int utf8Offset(String text, int charIndex) {
        return text.substring(0, Math.max(0, Math.min(charIndex, text.length())))
                .getBytes(StandardCharsets.UTF_8).length + Math.max(0, charIndex - text.length());
    }

    private static int utf8Length(int cp) {
        return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    }

    /** {@code _display_width}: columns of the first offset characters (wide ones count 2 unless all is ASCII). */
    private static int displayWidth(int[] cps, int offset) {
        boolean ascii = true;
        for (int cp : cps) {
            ascii &= cp < 0x80;
        }
        if (ascii) {
            return offset;
        }
        int width = 0;
        for (int i = 0; i < Math.min(Math.max(offset, 0), cps.length); i++) {
            width += EastAsianWidth.isWide(cps[i]) ? 2 : 1;
        }
        return width;
    }

    /** Python's {@code str.isspace} for one character. */
    static boolean isSpace(int cp) {
        return cp >= 0x09 && cp <= 0x0D || cp >= 0x1C && cp <= 0x20 || cp == 0x85 || cp == 0xA0 || cp == 0x1680
                || cp >= 0x2000 && cp <= 0x200A || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F
                || cp == 0x3000;
    }

    /** Python's {@code str.strip()}. */
    static int[] stripped(int[] cps) {
        int end = rstrippedLength(cps);
        int start = 0;
        while (start < end && isSpace(cps[start])) {
            start++;
        }
        return slice(cps, start, end);
    }

    private static int rstrippedLength(int[] cps) {
        int end = cps.length;
        while (end > 0 && isSpace(cps[end - 1])) {
            end--;
        }
        return end;
    }

    private static int lstrippedLength(int[] cps) {
        int start = 0;
        while (start < cps.length && isSpace(cps[start])) {
            start++;
        }
        return cps.length - start;
    }

    /** Python's {@code s[start:end]} for offsets that are not negative. */
    private static int[] slice(int[] cps, int start, int end) {
        int s = Math.min(Math.max(start, 0), cps.length);
        int e = Math.min(Math.max(end, s), cps.length);
        return java.util.Arrays.copyOfRange(cps, s, e);
    }

    private static void repeat(StringBuilder sb, char c, int n) {
        for (int i = 0; i < n; i++) {
            sb.append(c);
        }
    }
}
