package org.minipy.runtime.builtins;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The process's standard streams as the VM writes them: UTF-8, stdout buffered and flushed before
 * anything goes to stderr and at exit, so the two interleave as CPython's do on a terminal.
 */
public final class Stdio {
    private static PrintStream out = stream(new FileOutputStream(FileDescriptor.out), true);
    private static PrintStream err = stream(new FileOutputStream(FileDescriptor.err), false);

    private Stdio() {}

    private static PrintStream stream(OutputStream os, boolean buffered) {
        return new PrintStream(buffered ? new BufferedOutputStream(os, 1 << 16) : os, false, StandardCharsets.UTF_8);
    }

    public static PrintStream out() {
        return out;
    }

    /** stderr, with stdout flushed first. */
    public static PrintStream err() {
        out.flush();
        return err;
    }

    /** Whether s is the stderr stream (asking does not flush stdout, as {@link #err} does). */
    public static boolean isErr(PrintStream s) {
        return s == err;
    }

    public static void flush() {
        out.flush();
        err.flush();
    }

    /** Redirects both streams (tests and embedding). */
    public static void redirect(OutputStream stdout, OutputStream stderr) {
        out = stream(stdout, true);
        err = stream(stderr, false);
    }
}
