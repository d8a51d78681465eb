package org.minipy.vm;

import java.util.List;
import java.util.Locale;

import org.minipy.runtime.builtins.MemoryReport;
import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.LeakCheck;

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

    /** Makes these the options of this process and applies them; before any allocation. */
    public void apply() {
        current = this;
        if (dev) {
            System.setProperty("minipy.dev", "true");
        }
        if (maxHeap > 0) {
            ObjectAllocator.setLimit(maxHeap);
        }
        GC.setVerify(gcVerify);
        GC.setStress(gcStress);
    }

    /**
     * Called when the program has finished (Runner.run's end): the reports the options ask for.
     * The heap checks are made only when the session finished normally: after a VM failure (a
     * heap check that failed, a Java error) the heap is not expected to be consistent, and a
     * second report would hide the first.
     */
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
        if (o.mallocStats != null) {
            Stdio.err().print(o.mallocStats.equals("json") ? MemoryReport.json() : MemoryReport.text());
        }
        Stdio.flush();
    }
}
