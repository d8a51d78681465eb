package org.minipy.runtime.seeing;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
        return new GcLog(new PrintStream(new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 14), false,
                StandardCharsets.UTF_8), false);
    }

    @Override
    public void collected(GC.Collection c) {
        String line = line(++seq, c) + "\n";
        PrintStream p = toStderr ? Stdio.err() : out;
        p.print(line);
        p.flush();
    }

    /** The JSON line, built without java.util.Formatter (it would cost more than the collection). */
    private String line(long n, GC.Collection c) {
        StringBuilder sb = new StringBuilder(256);
        sb.append("{\"seq\": ").append(n).append(", \"t_ms\": ");
        millis(sb, c.startNanos() - origin);
        sb.append(", \"generation\": ").append(c.generation()).append(", \"reason\": \"").append(c.reason())
                .append("\", \"duration_ms\": ");
        millis(sb, c.durationNanos());
        sb.append(", \"examined\": ").append(c.examined()).append(", \"collected\": ").append(c.collected())
                .append(", \"uncollectable\": ").append(c.uncollectable()).append(", \"promoted\": ").append(c.promoted())
                .append(", \"counts_before\": ");
        counts(sb, c.countsBefore());
        sb.append(", \"counts_after\": ");
        counts(sb, c.countsAfter());
        return sb.append('}').toString();
    }

    /** Nanoseconds as milliseconds with three decimals. */
    static void millis(StringBuilder sb, long nanos) {
        long micros = Math.max(0, (nanos + 500) / 1000);
        long frac = micros % 1000;
        sb.append(micros / 1000).append('.').append(frac < 100 ? (frac < 10 ? "00" : "0") : "").append(frac);
    }

    private static void counts(StringBuilder sb, long[] c) {
        sb.append('[').append(c[0]).append(", ").append(c[1]).append(", ").append(c[2]).append(']');
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
