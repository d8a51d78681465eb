package org.minipy.compiler;

/**
 * A program the compiler rejects: what CPython 3.11 would raise as a SyntaxError (or one of its
 * subclasses IndentationError and TabError), or a construct of the language that minipy does not
 * compile yet ({@code NotImplementedError}). Positions follow CPython's SyntaxError attributes:
 * {@code line} is 1-based, {@code column} is CPython's {@code offset} (1-based, 0 when unknown),
 * {@code endColumn} is {@code end_offset} (0 or -1 when unknown).
 */
public final class CompileError extends RuntimeException {
    public static final String SYNTAX = "SyntaxError";
    public static final String INDENTATION = "IndentationError";
    public static final String TAB = "TabError";
    public static final String NOT_IMPLEMENTED = "NotImplementedError";

    public final String kind;
    public final String message;
    public final String filename;
    public final int line;
    public final int column;
    public final int endColumn;
    /** The offending line without its newline, or null when there is none to show. */
    public final String sourceLine;

    public CompileError(String kind, String message, String filename, int line, int column, int endColumn,
            String sourceLine) {
        super(kind + ": " + message + " (" + filename + ", line " + line + ")");
        this.kind = kind;
        this.message = message;
        this.filename = filename;
        this.line = line;
        this.column = column;
        this.endColumn = endColumn;
        this.sourceLine = sourceLine;
    }

    public String kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    public String filename() {
        return filename;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String sourceLine() {
        return sourceLine;
    }

    /** Whether this is a SyntaxError or one of its subclasses (not an unsupported construct). */
    public boolean isSyntaxError() {
        return !NOT_IMPLEMENTED.equals(kind);
    }

    /**
     * Exactly what CPython 3.11 prints on stderr for this error left uncaught in a script
     * (traceback.py's {@code _format_syntax_error}), each line ending with a newline.
     */
    public String format() {
        StringBuilder out = new StringBuilder();
        if (filename == null) { // not a SyntaxError (a RecursionError during compilation): no position
            return out.append(kind).append(": ").append(message).append('\n').toString();
        }
        out.append("  File \"").append(filename).append("\", line ").append(line).append('\n');
        if (sourceLine != null) {
            String rtext = sourceLine;
            int start = 0;
            while (start < rtext.length() && (rtext.charAt(start) == ' ' || rtext.charAt(start) == '\f'
                    || rtext.charAt(start) == '\n')) {
                start++;
            }
            String ltext = rtext.substring(start);
            int spaces = rtext.codePointCount(0, start);
            out.append("    ").append(ltext).append('\n');
            if (column > 0) {
                int end = (endColumn == 0) ? column : endColumn;
                if (column == end || end == -1) {
                    end = column + 1;
                }
                int colno = column - 1 - spaces;
                int endColno = end - 1 - spaces;
                if (colno >= 0) {
                    out.append("    ");
                    int[] cps = ltext.codePoints().toArray();
                    for (int i = 0; i < Math.min(colno, cps.length); i++) {
                        out.appendCodePoint(Character.isWhitespace(cps[i]) ? cps[i] : ' ');
                    }
                    out.append("^".repeat(Math.max(0, endColno - colno))).append('\n');
                }
            }
        }
        out.append(kind).append(": ").append(message).append('\n');
        return out.toString();
    }
}
