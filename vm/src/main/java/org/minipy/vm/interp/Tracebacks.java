package org.minipy.vm.interp;

import static org.minipy.runtime.object.Layout.*;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.CodeObject;
import org.minipy.runtime.object.ExceptionObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TracebackObject;

/** Prints an uncaught exception as CPython's default excepthook does, with its chained exceptions. */
public final class Tracebacks {
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
            for (; tb != 0; tb = TracebackObject.next(tb)) {
                long code = TracebackObject.code(tb);
                String filename = StrObject.toJava(CodeObject.filename(code));
                int line = TracebackObject.line(tb);
                sb.append("  File \"").append(filename).append("\", line ").append(line).append(", in ")
                        .append(StrObject.toJava(CodeObject.name(code))).append('\n');
                String text = sourceLine(filename, line);
                if (text != null && !text.isBlank()) {
                    sb.append("    ").append(text.strip()).append('\n');
                }
            }
        }
        sb.append(ExceptionObject.describe(exc)).append('\n');
    }

    /** The text of a line of a source file, as linecache finds it; null when unreadable. */
    static String sourceLine(String filename, int line) {
        List<String> lines = LINES.computeIfAbsent(filename, f -> {
            try {
                return Files.readAllLines(Path.of(f), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException ex) {
                return List.of();
            }
        });
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
