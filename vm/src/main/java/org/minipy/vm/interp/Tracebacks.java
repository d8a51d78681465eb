package org.minipy.vm.interp;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minipy.runtime.object.PyException;

/** Prints an uncaught exception as CPython's default excepthook does. */
public final class Tracebacks {
    private static final Map<String, List<String>> LINES = new HashMap<>();

    private Tracebacks() {}

    public static void print(PyException e, PrintStream err) {
        StringBuilder sb = new StringBuilder();
        if (!e.traceback.isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (int i = e.traceback.size() - 1; i >= 0; i--) {
                PyException.TracebackEntry entry = e.traceback.get(i);
                sb.append("  File \"").append(entry.filename()).append("\", line ").append(entry.line())
                        .append(", in ").append(entry.function()).append('\n');
                String line = sourceLine(entry.filename(), entry.line());
                if (line != null && !line.isBlank()) {
                    sb.append("    ").append(line.strip()).append('\n');
                }
            }
        }
        sb.append(e.describe()).append('\n');
        err.print(sb);
        err.flush();
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
