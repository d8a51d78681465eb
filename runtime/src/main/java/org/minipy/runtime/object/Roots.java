package org.minipy.runtime.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The VM's roots: every place outside the Python heap's own objects that holds a reference, as
 * CPython's interpreter state is walkable. Each holder (the interpreter's data stack and frame
 * arrays, the module table, the interned names, the static singletons, gc.garbage ...) registers
 * a {@link RootSet} once, when it is made; the heap verifier ({@link HeapVerifier}) asks them all
 * for the references they own, so that every object's refcount can be compared with the
 * references found to it. Nothing here runs on the normal paths: a registration is one map
 * entry made at class initialisation or when a session starts.
 *
 * <p>A holder that is replaced (a second interpreter in the same process, as the tests make) is
 * retired: what it still owns at that moment is kept as a fixed list, because the objects it
 * never released stay alive for the rest of the process.
 */
public final class Roots {
    /** A holder of references. */
    public interface RootSet {
        /** Visits each reference the holder owns (one visit per counted reference; never 0). */
        void visitRoots(PyType.Visitor visit);

        /**
         * Whether {@link #visitRoots} reports every reference the holder owns right now: false
         * while Java code under this holder keeps references in Java locals (a builtin running
         * Python code, a class body, a generator resumed from Java), where only a one-sided check
         * can be made.
         */
        default boolean complete() {
            return true;
        }
    }

    private static final Map<String, RootSet> SETS = new LinkedHashMap<>();
    private static int retired;

    private Roots() {}

    /** Registers (or replaces, retiring the old one) the holder called name. */
    public static synchronized void register(String name, RootSet set) {
        RootSet old = SETS.put(name, set);
        if (old != null && old != set) {
            List<Long> kept = new ArrayList<>();
            old.visitRoots(kept::add);
            if (!kept.isEmpty()) {
                long[] refs = kept.stream().mapToLong(Long::longValue).toArray();
                SETS.put(name + " (retired " + ++retired + ")", v -> {
                    for (long r : refs) {
                        v.visit(r);
                    }
                });
                SETS.remove(name);
                SETS.put(name, set);
            }
        }
    }

    /**
     * Visits each registered holder's references, telling the visitor which holder it is; with
     * completeOnly, only those of the holders that report all they own now.
     */
    static void forEach(RootVisitor visitor, boolean completeOnly) {
        for (Map.Entry<String, RootSet> e : new ArrayList<>(SETS.entrySet())) {
            String name = e.getKey();
            if (completeOnly && !e.getValue().complete()) {
                continue;
            }
            e.getValue().visitRoots(ref -> visitor.visit(name, ref));
        }
    }

    /** Whether every holder reports all it owns now (a safe point for the exact check). */
    static boolean complete() {
        for (RootSet s : SETS.values()) {
            if (!s.complete()) {
                return false;
            }
        }
        return true;
    }

    /** The names of the holders that are not complete now, for the verifier's report. */
    static List<String> incomplete() {
        List<String> r = new ArrayList<>();
        for (Map.Entry<String, RootSet> e : SETS.entrySet()) {
            if (!e.getValue().complete()) {
                r.add(e.getKey());
            }
        }
        return r;
    }

    /** A visit of one root reference, with the name of its holder. */
    @FunctionalInterface
    interface RootVisitor {
        void visit(String holder, long ref);
    }

    /** Visits every non-zero address of a Java array of owned references. */
    public static void visitAll(long[] refs, PyType.Visitor visit) {
        for (long r : refs) {
            if (r != 0) {
                visit.visit(r);
            }
        }
    }
}
