package org.minipy.vm;

import java.util.List;
import java.util.Locale;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.minipy.runtime.builtins.MemoryReport;
import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.mem.AddressMap;
import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.LeakCheck;
import org.minipy.runtime.seeing.GcLog;
import org.minipy.runtime.seeing.HeapMap;
import org.minipy.vm.interp.Interpreter;

/**
 * The {@code -X} options of {@code minipy run}:
 *
 * <pre>
 *   -X dev                 debug allocator: freed blocks poisoned (0xDD), use of a freed object is
 *                          a fatal error naming it, objects leaked at exit are reported
 *   -X mallocstats         print sys._debugmallocstats()'s table on stderr at exit
 *   -X mallocstats=json    the same figures as JSON
 *   -X max-heap=SIZE       cap live arenas + raw blocks at SIZE (bytes, or with k, m, g);
 *                          beyond it allocation raises MemoryError
 *   -X gc-verify           the heap verifier (HeapVerifier): every refcount equals the references
 *                          found from objects and roots at gc.collect() called from Python and at
 *                          exit (no refcount below them where Java holds references), no reference
 *                          into a free block; the generation lists and the allocator's invariants
 *                          around every collection (GC.checkHeap)
 *   -X gc-stress           the collector's reference analysis on every tracked allocation, checked
 *                          and undone (generation 0 each time; every list once as many
 *                          allocations have passed as there were tracked objects), so the
 *                          program's behaviour is unchanged
 *   -X gclog[=FILE]        one JSON line per collection (generation, reason, duration, objects
 *                          examined, collected, uncollectable, promoted, counts before and after)
 *                          to FILE, or to stderr without one; see GcLog
 *   -X heapmap=FILE.svg    at the end of the program (before shutdown frees __main__), a map of
 *                          every arena and pool as FILE.svg and the same data as FILE.json
 *                          (FILE.json alone for a .json name); see HeapMap
 *   -X jit=N|off           the JVM-bytecode tier compiles a code object after N calls and loop
 *                          iterations (default 200; 0: on its first call), or never
 *   -X deterministic-ids   id() values, reprs' addresses, identity hashes and heap maps the same on
 *                          every run: addresses are shown mapped onto a fixed layout (AddressMap)
 * </pre>
 *
 * Unknown names are ignored, as CPython ignores them. {@link #apply()} must run before the
 * first object is allocated: {@code -X dev} is read once, when the allocator's debug hooks load.
 */
public final class VmOptions {
    private static VmOptions current = new VmOptions();

    private boolean dev;
    private String mallocStats;
    private long maxHeap;
    private boolean gcVerify;
    private boolean gcStress;
    private boolean gclog;
    private String gclogFile;
    private String heapmap;
    private boolean deterministicIds;
    private int jitThreshold = Interpreter.DEFAULT_JIT_THRESHOLD;
    private GcLog gcLogWriter;

    private VmOptions() {}

    /** Parses the values of the repeated -X option; IllegalArgumentException for a bad value. */
    public static VmOptions parse(List<String> values) {
        VmOptions o = new VmOptions();
        for (String v : values) {
            int eq = v.indexOf('=');
            String name = eq < 0 ? v : v.substring(0, eq);
            String value = eq < 0 ? null : v.substring(eq + 1);
            switch (name) {
                case "dev" -> o.dev = true;
                case "mallocstats" -> {
                    if (value != null && !value.equals("json") && !value.equals("text")) {
                        throw new IllegalArgumentException("-X mallocstats takes no value or =json");
                    }
                    o.mallocStats = value == null ? "text" : value;
                }
                case "max-heap" -> o.maxHeap = parseSize(value);
                case "gc-verify" -> o.gcVerify = true;
                case "gc-stress" -> o.gcStress = true;
                case "gclog" -> {
                    if (value != null && value.isEmpty()) {
                        throw new IllegalArgumentException("-X gclog=FILE needs a file name (or no value for stderr)");
                    }
                    o.gclog = true;
                    o.gclogFile = value;
                }
                case "heapmap" -> {
                    if (value == null || !(value.endsWith(".svg") || value.endsWith(".json")) || value.length() < 5) {
                        throw new IllegalArgumentException("-X heapmap needs a file name ending in .svg or .json, "
                                + "e.g. -X heapmap=heap.svg");
                    }
                    o.heapmap = value;
                }
                case "deterministic-ids" -> {
                    if (value != null) {
                        throw new IllegalArgumentException("-X deterministic-ids takes no value");
                    }
                    o.deterministicIds = true;
                }
                case "jit" -> {
                    if ("off".equals(value)) {
                        o.jitThreshold = -1;
                    } else {
                        try {
                            o.jitThreshold = Integer.parseInt(value == null ? "" : value);
                            if (o.jitThreshold < 0) {
                                throw new NumberFormatException();
                            }
                        } catch (NumberFormatException e) {
                            throw new IllegalArgumentException("-X jit takes a count of calls (0 or more) or off, e.g. -X jit=0");
                        }
                    }
                }
                default -> {
                }
            }
        }
        return o;
    }

    /** "256m" -> 268435456; k, m, g (either case) are powers of 1024. */
    static long parseSize(String s) {
        if (s == null || s.isEmpty()) {
            throw new IllegalArgumentException("-X max-heap needs a size, e.g. -X max-heap=256m");
        }
        String t = s.toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = t.charAt(t.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            t = t.substring(0, t.length() - 1);
        }
        try {
            long n = Long.parseLong(t);
            if (n <= 0) {
                throw new NumberFormatException();
            }
            return Math.multiplyExact(n, unit);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("-X max-heap: bad size '" + s + "'");
        }
    }

    /**
     * Makes these the options of this process and applies them; before any allocation.
     * IllegalArgumentException when the gclog file cannot be opened.
     */
    public void apply() {
        AddressMap.setDeterministic(deterministicIds); // first: every native block from here on is mapped
        if (gclog) {
            try {
                gcLogWriter = gclogFile == null ? GcLog.toStderr() : GcLog.toFile(Path.of(gclogFile));
            } catch (IOException | InvalidPathException e) {
                throw new IllegalArgumentException("-X gclog: cannot open '" + gclogFile + "': " + reason(e));
            }
            GC.setCollectionListener(gcLogWriter);
        }
        current = this;
        if (dev) {
            System.setProperty("minipy.dev", "true");
        }
        if (maxHeap > 0) {
            ObjectAllocator.setLimit(maxHeap);
        }
        Interpreter.setJitThreshold(jitThreshold);
        GC.setVerify(gcVerify);
        GC.setStress(gcStress);
    }

    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * Called when the program's module body has finished (normally or not), before shutdown frees
     * __main__: -X heapmap's picture of the heap the program built.
     */
    public static void atProgramEnd() {
        VmOptions o = current;
        if (o.heapmap != null) {
            try {
                HeapMap.write(o.heapmap);
            } catch (IOException | IllegalArgumentException e) {
                Stdio.err().println("minipy: -X heapmap: cannot write '" + o.heapmap + "': " + reason(e));
            }
        }
    }

    /**
     * Called when the program has finished (Runner.run's end): the reports the options ask for.
     * The heap checks are made only when the session finished normally: after a VM failure (a
     * heap check that failed, a Java error) the heap is not expected to be consistent, and a
     * second report would hide the first.
     */
    /** Whether an option looks at the heap or the collections at exit (what atExit reports, -X gclog). */
    public static boolean inspectsExitHeap() {
        VmOptions o = current;
        return o.gcVerify || o.gcStress || o.dev || o.gcLogWriter != null || o.mallocStats != null;
    }

    public static void atExit(boolean finished) {
        VmOptions o = current;
        if (!finished) {
            // nothing to check
        } else if (o.gcVerify) {
            GC.verifyHeap("at exit, after teardown");
        } else if (o.gcStress) {
            GC.checkHeap(true);
        }
        if (o.dev) {
            try {
                String leaks = LeakCheck.report();
                if (!leaks.isEmpty()) {
                    Stdio.err().print(leaks);
                }
            } catch (RuntimeException | Error e) {
                Stdio.err().println("minipy: -X dev: leak check failed: " + e);
            }
        }
        if (o.gcLogWriter != null) {
            GC.setCollectionListener(null);
            if (!o.gcLogWriter.close()) {
                Stdio.err().println("minipy: -X gclog: error writing '" + o.gclogFile + "'");
            }
        }
        if (o.mallocStats != null) {
            Stdio.err().print(o.mallocStats.equals("json") ? MemoryReport.json() : MemoryReport.text());
        }
        Stdio.flush();
    }
}
