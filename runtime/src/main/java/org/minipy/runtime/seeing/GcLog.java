package org.minipy.runtime.seeing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.object.GC;

/**
 * {@code -X gclog[=FILE]}: one JSON object per line for every collection, in the order they ran:
 *
 * <pre>
 * {"seq": 1, "t_ms": 41.207, "generation": 0, "reason": "automatic", "duration_ms": 0.183,
 *  "examined": 701, "collected": 0, "uncollectable": 0, "promoted": 655,
 *  "counts_before": [701, 0, 0], "counts_after": [0, 1, 0]}
 * </pre>
 *
 * (on one line). {@code t_ms} is when the collection started, counted from the moment the log was
 * opened (VM start); {@code reason} is {@code automatic} (generation 0 passed its threshold),
 * {@code manual} (gc.collect() or a tool such as objgraph), {@code shutdown} (the full collection
 * at exit, with gc.callbacks) or {@code shutdown-final} (the one that runs even when the collector is
 * disabled, without callbacks). {@code collected} and {@code uncollectable} are the numbers
 * gc.callbacks receive. Without FILE the lines go to stderr. Each line is flushed as written.
 */
public final class GcLog implements GC.CollectionListener {
    private final PrintStream out;
    private final boolean toStderr;
    private final long origin = System.nanoTime();
    private long seq;

    private GcLog(PrintStream out, boolean toStderr) {
        this.out = out;
        this.toStderr = toStderr;
    }

    /** A log on stderr. */
    public static GcLog toStderr() {
        return new GcLog(null, true);
    }

    /** A log written to file (created or truncated); IOException when it cannot be opened. */
    public static GcLog toFile(Path file) throws IOException {
        return new GcLog(new PrintStream(Files.newOutputStream(file), false, StandardCharsets.UTF_8), false);
    }

    @Override
    public void collected(GC.Collection c) {
        String line = line(++seq, c);
        PrintStream p = toStderr ? Stdio.err() : out;
        p.print(line);
        p.print('\n');
        p.flush();
    }

    private String line(long n, GC.Collection c) {
        return String.format(Locale.ROOT,
                "{\"seq\": %d, \"t_ms\": %.3f, \"generation\": %d, \"reason\": \"%s\", \"duration_ms\": %.3f, "
                        + "\"examined\": %d, \"collected\": %d, \"uncollectable\": %d, \"promoted\": %d, "
                        + "\"counts_before\": %s, \"counts_after\": %s}",
                n, (c.startNanos() - origin) / 1e6, c.generation(), c.reason(), c.durationNanos() / 1e6, c.examined(),
                c.collected(), c.uncollectable(), c.promoted(), counts(c.countsBefore()), counts(c.countsAfter()));
    }

    private static String counts(long[] c) {
        return "[" + c[0] + ", " + c[1] + ", " + c[2] + "]";
    }

    /** Closes a log file (at exit); true unless writing it failed at some point. */
    public boolean close() {
        if (toStderr) {
            return true;
        }
        out.close();
        return !out.checkError();
    }
}
