package org.minipy.vm.interp;

import static org.minipy.runtime.object.Layout.*;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.object.CodeObject;
import org.minipy.runtime.object.ExceptionObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TracebackObject;

/**
 * Prints an uncaught exception as CPython 3.11's traceback module does ({@code print_exception},
 * which the reference runner calls): the chained causes and contexts first, then for each frame its
 * file, line and function, the stripped source line and the markers under it ({@link Carets}), with
 * runs of more than three identical frames (same file, line and function) cut short by
 * {@code [Previous line repeated N more times]}.
 */
public final class Tracebacks {
    /** Repeats of one frame shown before the rest are summarised (traceback.py's _RECURSIVE_CUTOFF). */
    private static final int RECURSIVE_CUTOFF = 3;
    private static final Map<String, List<String>> LINES = new HashMap<>();

    private Tracebacks() {}

    public static void print(long exc, PrintStream err) {
        StringBuilder sb = new StringBuilder();
        format(exc, sb, new IdentityHashMap<>());
        err.print(sb);
        err.flush();
    }

    private static void format(long exc, StringBuilder sb, Map<Long, Boolean> seen) {
        seen.put(exc, true);
        long cause = Memory.getLong(exc + EXC_CAUSE);
        long context = Memory.getLong(exc + EXC_CONTEXT);
        boolean suppress = Memory.getByte(exc + EXC_SUPPRESS_CONTEXT) != 0;
        if (cause != 0 && !seen.containsKey(cause)) {
            format(cause, sb, seen);
            sb.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (context != 0 && !suppress && !seen.containsKey(context)) {
            format(context, sb, seen);
            sb.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        long tb = Memory.getLong(exc + EXC_TRACEBACK);
        if (tb != 0) {
            sb.append("Traceback (most recent call last):\n");
            frames(tb, sb);
        }
        if (Types.of(exc).isSubtypeOf(Types.SYNTAX_ERROR)) {
            syntaxError(exc, sb);
        } else {
            sb.append(ExceptionObject.describe(exc)).append('\n');
        }
    }

    /**
     * TracebackException._format_syntax_error: where the error is (file, line, the text and a marker
     * under the offset) when the exception says, then "SyntaxError: msg".
     */
    private static void syntaxError(long exc, StringBuilder sb) {
        long filename = attribute(exc, "filename");
        long lineno = attribute(exc, "lineno");
        long text = attribute(exc, "text");
        long offset = attribute(exc, "offset");
        long endOffset = attribute(exc, "end_offset");
        long msg = attribute(exc, "msg");
        try {
            String suffix = "";
            if (lineno != BoolObject.NONE) {
                String file = filename == BoolObject.NONE || !Ops.isTrue(filename) ? "<string>" : Ops.strJava(filename);
                sb.append("  File \"").append(file).append("\", line ").append(Ops.strJava(lineno)).append('\n');
            } else if (filename != BoolObject.NONE) {
                suffix = " (" + Ops.strJava(filename) + ")";
            }
            if (StrObject.check(text)) {
                String rtext = StrObject.toJava(text).replaceAll("\n+$", "");
                String ltext = rtext.replaceAll("^[ \n\f]+", "");
                int spaces = rtext.length() - ltext.length();
                sb.append("    ").append(ltext).append('\n');
                if (Types.of(offset) == Types.INT) {
                    long off = IntObject.wordValue(offset);
                    long end = Types.of(endOffset) == Types.INT && IntObject.wordValue(endOffset) != 0
                            ? IntObject.wordValue(endOffset) : off;
                    if (off == end || end == -1) {
                        end = off + 1;
                    }
                    long col = off - 1 - spaces;
                    long endCol = end - 1 - spaces;
                    if (col >= 0) {
                        sb.append("    ");
                        for (int i = 0; i < Math.min(col, ltext.length()); i++) {
                            char c = ltext.charAt(i);
                            sb.append(Character.isWhitespace(c) ? c : ' ');
                        }
                        sb.append("^".repeat((int) Math.max(0, endCol - col))).append('\n');
                    }
                }
            }
            String name = ExceptionObject.describe(exc);
            int colon = name.indexOf(": ");
            String type = colon < 0 ? name : name.substring(0, colon);
            String message = msg == BoolObject.NONE || !Ops.isTrue(msg) ? "<no detail available>" : Ops.strJava(msg);
            sb.append(type).append(": ").append(message).append(suffix).append('\n');
        } finally {
            Heap.decref(filename);
            Heap.decref(lineno);
            Heap.decref(text);
            Heap.decref(offset);
            Heap.decref(endOffset);
            Heap.decref(msg);
        }
    }

    /** exc.name, or None when it cannot be read (a new reference). */
    private static long attribute(long exc, String name) {
        try {
            return Ops.getAttr(exc, Names.get(name));
        } catch (PyException e) {
            Heap.decref(e.exception);
            return BoolObject.none();
        }
    }

    /** One frame of a traceback: where it was, and the position of its instruction. */
    private record Frame(String filename, String name, int line, int endLine, int col, int endCol) {}

    /** StackSummary.format: every frame, with long runs of one repeated frame summarised. */
    private static void frames(long tb, StringBuilder sb) {
        List<Frame> frames = new ArrayList<>();
        for (; tb != 0; tb = TracebackObject.next(tb)) {
            frames.add(frame(tb));
        }
        Frame last = null;
        int count = 0;
        for (Frame f : frames) {
            if (last == null || !last.filename().equals(f.filename()) || last.line() != f.line()
                    || !last.name().equals(f.name())) {
                repeated(count, sb);
                last = f;
                count = 0;
            }
            count++;
            if (count <= RECURSIVE_CUTOFF) {
                formatFrame(f, sb);
            }
        }
        repeated(count, sb);
    }

    private static void repeated(int count, StringBuilder sb) {
        if (count > RECURSIVE_CUTOFF) {
            int more = count - RECURSIVE_CUTOFF;
            sb.append("  [Previous line repeated ").append(more).append(" more time").append(more > 1 ? "s" : "")
                    .append("]\n");
        }
    }

    private static Frame frame(long tb) {
        long code = TracebackObject.code(tb);
        String filename = StrObject.toJava(CodeObject.filename(code));
        String name = StrObject.toJava(CodeObject.name(code));
        int line = TracebackObject.line(tb);
        int endLine = -1;
        int col = -1;
        int endCol = -1;
        if (CodeObject.decoded(code) instanceof Code decoded) {
            int i = decoded.instructionAt(TracebackObject.lasti(tb));
            if (i >= 0) {
                endLine = decoded.positions[3 * i];
                col = decoded.positions[3 * i + 1];
                endCol = decoded.positions[3 * i + 2];
            }
        }
        return new Frame(filename, name, line, endLine, col, endCol);
    }

    /** StackSummary.format_frame_summary; an instruction without a line (-1) is at "line None", without source. */
    private static void formatFrame(Frame f, StringBuilder sb) {
        sb.append("  File \"").append(f.filename()).append("\", line ").append(f.line() < 0 ? "None" : f.line())
                .append(", in ").append(f.name()).append('\n');
        if (f.line() < 0) {
            return;
        }
        String line = sourceLine(f.filename(), f.line());
        int[] stripped = Carets.stripped(line.codePoints().toArray());
        if (stripped.length == 0) {
            return;
        }
        sb.append("    ").append(new String(stripped, 0, stripped.length)).append('\n');
        sb.append(Carets.markers(line, f.line(), f.endLine(), f.col(), f.endCol()));
    }

    /**
     * A line of a source file as linecache.getline returns it: universal newlines, ending in a
     * newline (linecache adds one to a last line without), "" when the file or line is missing.
     */
    static String sourceLine(String filename, int line) {
        List<String> lines = LINES.computeIfAbsent(filename, Tracebacks::readLines);
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : "";
    }

    private static List<String> readLines(String filename) {
        if (filename.isEmpty() || filename.startsWith("<") && filename.endsWith(">")) {
            return List.of();
        }
        String text;
        try {
            text = Files.readString(Path.of(filename), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException ex) {
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl + 1;
            out.add(nl < 0 ? text.substring(start) + "\n" : text.substring(start, end));
            start = end;
        }
        return out;
    }
}
