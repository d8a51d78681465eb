package org.minipy.compiler.lex;

import java.util.ArrayList;
import java.util.List;
import org.minipy.compiler.CompileError;

/**
 * A source file split into lines, and the one place that turns positions into
 * {@link CompileError}s. Newlines are normalised to {@code \n} as CPython's universal-newline
 * reading does. Columns given here are 0-based char indexes; errors carry CPython's 1-based
 * code-point offsets.
 */
public final class Source {
    public final String filename;
    public final String text;
    private final List<String> lines = new ArrayList<>();

    public Source(String text, String filename) {
        this.filename = filename;
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        this.text = t;
        int start = 0;
        while (start <= t.length()) {
            int nl = t.indexOf('\n', start);
            if (nl < 0) {
                if (start < t.length()) {
                    lines.add(t.substring(start));
                }
                break;
            }
            lines.add(t.substring(start, nl));
            start = nl + 1;
        }
    }

    /** Number of physical lines (a final newline does not start another). */
    public int lineCount() {
        return lines.size();
    }

    /** The text of a 1-based line without its newline ("" past the end). */
    public String line(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    /**
     * An error at a line, with CPython-style offsets given in chars (1-based; 0 or -1 keep their
     * special meaning) and converted here to code points.
     */
    public CompileError error(String kind, String message, int line, int offset, int endOffset) {
        String text = line >= 1 && line <= lines.size() ? lines.get(line - 1) : (line == lines.size() + 1 ? "" : null);
        return new CompileError(kind, message, filename, line, toCodePoints(text, offset),
                toCodePoints(text, endOffset), text);
    }

    /** An error spanning 0-based char columns [col, endCol) on one line (endCol on endLine). */
    public CompileError errorAt(String kind, String message, int line, int col, int endLine, int endCol) {
        int end = endLine == line ? endCol + 1 : -1;
        return error(kind, message, line, col + 1, end);
    }

    /**
     * A 0-based char column of a line as CPython's code positions count it: UTF-8 bytes. -1 stays -1;
     * a column past the end of the line counts the missing chars as one byte each.
     */
    public int utf8Column(int line, int col) {
        if (col <= 0 || line < 1 || line > lines.size()) {
            return col;
        }
        String text = lines.get(line - 1);
        int end = Math.min(col, text.length());
        int bytes = 0;
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes + (col - end);
    }

    private static int toCodePoints(String text, int offset) {
        if (text == null || offset <= 0) {
            return offset;
        }
        int idx = Math.min(offset - 1, text.length());
        return text.codePointCount(0, idx) + 1 + Math.max(0, offset - 1 - text.length());
    }
}
