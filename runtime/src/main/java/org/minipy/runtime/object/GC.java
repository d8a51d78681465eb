package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.mem.Memory;

/**
 * The cycle collector: CPython 3.11's generational collector (Modules/gcmodule.c) working on the
 * GC headers in native memory.
 *
 * <h2>Lists and header words</h2>
 * Every tracked object sits on exactly one list, linked through its 16-byte {@code PyGC_Head}:
 * one of the three generations, the permanent generation ({@code gc.freeze}), or, during a
 * collection, one of the collector's working lists. {@code _gc_next} is the address of the next
 * header (0: untracked); {@code _gc_prev} is the address of the previous header in its upper bits
 * and two flags in its low bits:
 * <ul>
 * <li>bit 0, {@link #PREV_FINALIZED}: the object's finalizer has run (PEP 442), kept for life;
 * <li>bit 1, {@link #PREV_COLLECTING}: the object is in the generation being collected.
 * </ul>
 * While a collection computes reachability ({@link #deduceUnreachable}) the upper bits of
 * {@code _gc_prev} of the objects being collected hold {@code gc_refs} instead of a pointer (the
 * list is singly linked then), and {@code _gc_next} of an object moved to the unreachable list has
 * bit 0 ({@link #NEXT_UNREACHABLE}) set. List heads carry no flags.
 *
 * <h2>Invariants (checked by {@link #verifyLists} in the debug build of the tests)</h2>
 * <ol>
 * <li>Outside a collection every list is a well formed doubly linked ring: {@code prev(next(g)) == g};
 *     no header carries {@code PREV_COLLECTING} or {@code NEXT_UNREACHABLE}.
 * <li>An object is on a list if and only if its {@code _gc_next} is non-zero, and on one list only.
 * <li>Only objects of collected types ({@link #isGc}) are ever tracked; atoms never are.
 * <li>Every tracked object has a refcount greater than 0 (a dead object is untracked by its
 *     dealloc before its memory is given back).
 * <li>{@code count[0]} rises by one on each allocation of a GC object and falls by one (not below
 *     0) when one is freed; {@code count[g]} for g &gt; 0 counts the collections of g - 1 since g
 *     was last collected.
 * </ol>
 *
 * <h2>A collection</h2>
 * (gc_collect_main) merges the younger generations into the one collected; copies each object's
 * refcount into gc_refs (update_refs), subtracts the references the objects of the generation hold
 * to each other (subtract_refs), so gc_refs counts references from outside; moves what is not
 * reachable from an object with gc_refs &gt; 0 to the unreachable list (move_unreachable); untracks
 * tuples (and in a full collection dicts) that hold nothing trackable; promotes the survivors;
 * clears weak references to the unreachable objects and calls the callbacks of those weakrefs that
 * survive (handle_weakrefs); calls each unreachable object's finalizer once (finalize_garbage);
 * computes reachability again within the unreachable set to keep what a finalizer resurrected
 * (handle_resurrected_objects); and breaks the remaining cycles with each type's tp_clear
 * (delete_garbage), which lets reference counting free them.
 */
public final class GC {
    public static final int NUM_GENERATIONS = 3;

    public static final int DEBUG_STATS = 1;
    public static final int DEBUG_COLLECTABLE = 1 << 1;
    public static final int DEBUG_UNCOLLECTABLE = 1 << 2;
    public static final int DEBUG_SAVEALL = 1 << 5;
    public static final int DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

    static final long PREV_FINALIZED = GC_PREV_FINALIZED;
    static final long PREV_COLLECTING = 2;
    static final long PREV_FLAGS = 3;
    static final long PREV_MASK = ~PREV_FLAGS;
    static final int PREV_SHIFT = 2;
    static final long NEXT_UNREACHABLE = 1;

    /** The generations' list heads (native PyGC_Head-sized blocks) and the permanent generation. */
    private static final long[] GEN = {newHead(), newHead(), newHead()};
    static final long GEN0 = GEN[0];
    private static final long PERMANENT = newHead();
    /** The collector's working lists (a collection never nests). */
    private static final long UNREACHABLE = newHead();
    private static final long FINALIZERS = newHead();
    private static final long FINAL_UNREACHABLE = newHead();
    private static final long WRCB_TO_CALL = newHead();
    private static final long SEEN = newHead();

    /** generations[i].threshold and .count. */
    static final int[] threshold = {700, 10, 10};
    static final long[] count = new long[NUM_GENERATIONS];
    static boolean enabled = true;
    static boolean collecting;
    static int debug;
    static long longLivedTotal;
    static long longLivedPending;
    /** Set while an exception is being propagated (PyErr_Occurred): no automatic collection then. */
    private static int errorPending;
    /** gc-stress mode (-X gc-stress): a collection of generation 0 on every tracked allocation. */
    private static boolean stress;
    /** verify mode (-X gc-verify): the lists and the heap are checked around every collection. */
    private static boolean verify;

    /** generation_stats: collections, collected, uncollectable per generation. */
    static final long[][] stats = new long[NUM_GENERATIONS][3];

    /** gc.garbage and gc.callbacks: lists owned here, made on first use. */
    private static long garbage;
    private static long callbacks;

    static {
        Roots.register("gc.garbage, gc.callbacks", visit -> {
            if (garbage != 0) {
                visit.visit(garbage);
            }
            if (callbacks != 0) {
                visit.visit(callbacks);
            }
        });
    }

    private GC() {}

    // ---- what -X gclog records

    /** Why a collection ran: the allocation threshold, gc.collect(), or interpreter shutdown. */
    public static final String AUTOMATIC = "automatic";
    public static final String MANUAL = "manual";
    public static final String SHUTDOWN = "shutdown";
    /** _PyGC_CollectNoFail at shutdown: runs even when disabled, with no gc.callbacks. */
    public static final String SHUTDOWN_FINAL = "shutdown-final";

    /**
     * One collection: its generation and reason, when it started (System.nanoTime) and how long it
     * took, the tracked objects it examined (the generations merged into the collected one), the
     * unreachable objects it freed (collected) or could not (uncollectable), the survivors it moved
     * to the next generation (promoted; 0 for the oldest), and gc.get_count() before and after.
     */
    public record Collection(int generation, String reason, long startNanos, long durationNanos, long examined,
            long collected, long uncollectable, long promoted, long[] countsBefore, long[] countsAfter) {}

    /** Told of every collection after it finished (after gc.callbacks' "stop"). */
    public interface CollectionListener {
        void collected(Collection c);
    }

    private static CollectionListener listener;

    /**
     * Whether the program made something whose freeing can be seen: a generator (closing a
     * suspended one runs its finally blocks), a weakref with a callback, a file (closing one
     * flushes it). Classes with __del__ are looked for when asked ({@link #exitCollectionsVisible}).
     */
    private static boolean finalizableMade;

    /** Told when something of {@link #finalizableMade}'s kinds is made. */
    public static void noteFinalizable() {
        finalizableMade = true;
    }

    /**
     * Whether the collections Py_FinalizeEx runs at exit could show in what the program prints
     * or writes: when no class has __del__, nothing of {@link #finalizableMade}'s kinds was ever
     * made, gc.callbacks is empty and no debug flag is set, freeing whatever cycles are left runs
     * no code and prints nothing, and nothing runs after them. The caller may then leave them
     * out: 10 ms of every short run, spent in collector code the JVM has not compiled yet.
     */
    public static boolean exitCollectionsVisible() {
        if (finalizableMade || debug != 0 || listener != null || (callbacks != 0 && ListObject.size(callbacks) > 0)) {
            return true;
        }
        for (PyType t : Types.all()) {
            if (t instanceof HeapType h && h.hasFinalize()) {
                return true;
            }
        }
        return false;
    }

    public static void setCollectionListener(CollectionListener l) {
        listener = l;
    }

    private static long newHead() {
        long head = Memory.allocateNative(GC_HEAD_SIZE);
        Memory.putLong(head, head);
        Memory.putLong(head + 8, head);
        return head;
    }

    // ---- configuration

    public static void setStress(boolean on) {
        stress = on;
    }

    public static void setVerify(boolean on) {
        verify = on;
    }

    public static boolean verifying() {
        return verify;
    }

    /** Brackets code that runs while an exception is in flight (PyErr_Occurred is true). */
    public static void errorBegin() {
        errorPending++;
    }

    public static void errorEnd() {
        errorPending--;
    }

    /** PyErr_Fetch around a finalizer: the error indicator is clear while __del__ runs. */
    static int errorSave() {
        int saved = errorPending;
        errorPending = 0;
        return saved;
    }

    static void errorRestore(int saved) {
        errorPending = saved;
    }

    // ---- header words

    static long next(long g) {
        return Memory.getLong(g);
    }

    static long prev(long g) {
        return Memory.getLong(g + 8) & PREV_MASK;
    }

    private static void setNext(long g, long n) {
        Memory.putLong(g, n);
    }

    /** _PyGCHead_SET_PREV: keeps the flag bits of g. */
    private static void setPrev(long g, long p) {
        Memory.putLong(g + 8, (Memory.getLong(g + 8) & PREV_FLAGS) | p);
    }

    private static long getRefs(long g) {
        return Memory.getLong(g + 8) >> PREV_SHIFT;
    }

    private static void setRefs(long g, long refs) {
        Memory.putLong(g + 8, (Memory.getLong(g + 8) & PREV_FLAGS) | (refs << PREV_SHIFT));
    }

    private static void resetRefs(long g, long refs) {
        Memory.putLong(g + 8, (Memory.getLong(g + 8) & PREV_FINALIZED) | PREV_COLLECTING | (refs << PREV_SHIFT));
    }

    private static boolean isCollecting(long g) {
        return (Memory.getLong(g + 8) & PREV_COLLECTING) != 0;
    }

    private static void clearCollecting(long g) {
        Memory.putLong(g + 8, Memory.getLong(g + 8) & ~PREV_COLLECTING);
    }

    static long objectOf(long g) {
        return g + GC_HEAD_SIZE;
    }

    static long headOf(long obj) {
        return obj - GC_HEAD_SIZE;
    }

    /**
     * _PyObject_IS_GC: whether obj is of a collected type. Type objects are collected only when
     * they are classes (built-in types are static, as CPython's type_is_gc says).
     */
    public static boolean isGc(long obj) {
        PyType t = Types.of(obj);
        return t.gc && (t != Types.TYPE || (Memory.getLong(obj + TP_FLAGS) & TPFLAGS_HEAPTYPE) != 0);
    }

    // ---- list operations

    private static void listInit(long list) {
        Memory.putLong(list, list);
        Memory.putLong(list + 8, list);
    }

    private static boolean listIsEmpty(long list) {
        return next(list) == list;
    }

    /** Appends node to list (node must not be on a list, or its old list is repaired by the caller). */
    private static void listAppend(long node, long list) {
        long last = Memory.getLong(list + 8);
        setPrev(node, last);
        setNext(last, node);
        setNext(node, list);
        Memory.putLong(list + 8, node);
    }

    /** Moves node from its list to the end of list. */
    private static void listMove(long node, long list) {
        long fromPrev = prev(node);
        long fromNext = next(node);
        setNext(fromPrev, fromNext);
        setPrev(fromNext, fromPrev);
        long toPrev = Memory.getLong(list + 8);
        setPrev(node, toPrev);
        setNext(toPrev, node);
        Memory.putLong(list + 8, node);
        setNext(node, list);
    }

    /** Appends all of from to to, leaving from empty. */
    private static void listMerge(long from, long to) {
        if (!listIsEmpty(from)) {
            long toTail = prev(to);
            long fromHead = next(from);
            long fromTail = prev(from);
            setNext(toTail, fromHead);
            setPrev(fromHead, toTail);
            setNext(fromTail, to);
            setPrev(to, fromTail);
        }
        listInit(from);
    }

    /**
     * Start-up's survivors: what generation 0 holds joins generation 1, and the generations'
     * statistics become those given (StartupState, which models CPython's start-up).
     */
    static void ageStartupObjects(long[][] startupStats) {
        listMerge(GEN[0], GEN[1]);
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            System.arraycopy(startupStats[i], 0, stats[i], 0, 3);
        }
    }

    /** The number of objects generation i holds. */
    static long generationSize(int i) {
        return listSize(GEN[i]);
    }

    static long listSize(long list) {
        long n = 0;
        for (long g = next(list); g != list; g = next(g)) {
            n++;
        }
        return n;
    }

    /** Links an object at the end of generation 0 (_PyObject_GC_TRACK). */
    static void track(long obj) {
        long g = headOf(obj);
        long last = Memory.getLong(GEN0 + 8);
        setNext(last, g);
        setPrev(g, last);
        setNext(g, GEN0);
        Memory.putLong(GEN0 + 8, g);
    }

    /** Unlinks an object from its list (_PyObject_GC_UNTRACK); keeps only its FINALIZED flag. */
    static void untrack(long obj) {
        long g = headOf(obj);
        long p = prev(g);
        long n = next(g);
        setNext(p, n);
        setPrev(n & ~NEXT_UNREACHABLE, p); // g may be garbage still marked by move_unreachable
        Memory.putLong(g, 0);
        Memory.putLong(g + 8, Memory.getLong(g + 8) & PREV_FINALIZED);
    }

    // ---- allocation accounting (_PyObject_GC_Link / PyObject_GC_Del)

    /** A GC object was allocated: count it, and collect when generation 0 passes its threshold. */
    static void linked() {
        long c = ++count[0];
        if (stress && !collecting) {
            // generation 0 every time; every list once as many allocations as there were tracked
            // objects at the last full check have passed (amortised constant work per allocation)
            if (++stressAllocations >= stressFullEvery) {
                stressAllocations = 0;
                stressFullEvery = Math.max(64, checkHeap(true));
            } else {
                checkHeap(false);
            }
        }
        if (c > threshold[0] && enabled && threshold[0] != 0 && !collecting && errorPending == 0) {
            collecting = true;
            try {
                collectGenerations();
            } finally {
                collecting = false;
            }
        }
    }

    private static long stressAllocations;
    private static long stressFullEvery = 64;

    /** A GC object's memory was given back. */
    static void freed() {
        if (count[0] > 0) {
            count[0]--;
        }
    }

    // ---- collection entry points

    /**
     * gc_collect_generations: collects the oldest generation whose count passed its threshold,
     * except that a full collection also waits until long_lived_pending exceeds a quarter of
     * long_lived_total.
     */
    private static long collectGenerations() {
        for (int i = NUM_GENERATIONS - 1; i >= 0; i--) {
            if (count[i] > threshold[i]) {
                if (i == NUM_GENERATIONS - 1 && longLivedPending < longLivedTotal / 4) {
                    continue;
                }
                return collectWithCallback(i, AUTOMATIC);
            }
        }
        return 0;
    }

    /**
     * gc.collect(generation): 0 when a collection is already running. fromBytecode says the call
     * comes straight from Python code (a CALL instruction), not through other Java code: with
     * -X gc-verify, that and a complete set of roots make its start and end safe points, where
     * the heap verifier's check is exact.
     */
    public static long collect(int generation, boolean fromBytecode) {
        if (collecting) {
            return 0;
        }
        boolean safe = verify && fromBytecode && HeapVerifier.atSafePoint();
        if (verify) {
            HeapVerifier.check(safe, "at the start of gc.collect()");
        }
        long n = collect(generation);
        if (verify) {
            HeapVerifier.check(safe && HeapVerifier.atSafePoint(), "at the end of gc.collect()");
        }
        return n;
    }

    /**
     * A collection asked for by Java code (the benchmarks, interpreter shutdown): 0 when one is
     * already running. Its start and end are not safe points for the heap verifier.
     */
    public static long collect(int generation) {
        return collect(generation, MANUAL);
    }

    /** A collection asked for by the VM or the program, with its reason (for -X gclog). */
    public static long collect(int generation, String reason) {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            return collectWithCallback(generation, reason);
        } finally {
            collecting = false;
        }
    }

    /**
     * With -X gc-verify, the heap verifier's check at a point the caller names: exact when every
     * root holder reports all it owns (the interpreter runs no nested frames), else one-sided.
     * Called at interpreter exit, before teardown and after it.
     */
    public static void verifyHeap(String where) {
        if (verify) {
            checkHeap(true);
            HeapVerifier.check(HeapVerifier.atSafePoint(), where);
        }
    }

    /**
     * PyGC_Collect, as interpreter shutdown calls it: a full collection when the collector is
     * enabled and not running.
     */
    public static long collectIfEnabled() {
        if (!enabled) {
            return 0;
        }
        return collect(NUM_GENERATIONS - 1, SHUTDOWN);
    }

    /** _PyGC_CollectNoFail: a full collection even when disabled (finalize_modules). */
    public static long collectNoFail() {
        if (collecting) {
            return 0;
        }
        collecting = true;
        try {
            return collectMain(NUM_GENERATIONS - 1, new long[2], SHUTDOWN_FINAL);
        } finally {
            collecting = false;
        }
    }

    private static long collectWithCallback(int generation, String reason) {
        invokeCallbacks("start", generation, 0, 0);
        long[] result = new long[2];
        long n = collectMain(generation, result, reason);
        invokeCallbacks("stop", generation, result[0], result[1]);
        if (lastCollection != null) {
            Collection c = lastCollection;
            lastCollection = null;
            listener.collected(c);
        }
        return n;
    }

    /** The collection just finished, held until gc.callbacks have run (listener set only). */
    private static Collection lastCollection;

    private static void report(Collection c) {
        if (SHUTDOWN_FINAL.equals(c.reason())) {
            listener.collected(c); // no callbacks to wait for
        } else {
            lastCollection = c;
        }
    }

    // ---- the collection (gc_collect_main)

    private static long collectMain(int generation, long[] collectedAndUncollectable, String reason) {
        if (verify) {
            checkAroundCollection(generation);
        }
        long startNanos = listener != null ? System.nanoTime() : 0;
        long[] countsBefore = listener != null ? count.clone() : null;
        long examined = 0;
        long promoted = 0;
        long t1 = 0;
        if ((debug & DEBUG_STATS) != 0) {
            writeStderr("gc: collecting generation " + generation + "...\n");
            showStatsEachGeneration();
            t1 = System.nanoTime();
        }
        if (generation + 1 < NUM_GENERATIONS) {
            count[generation + 1]++;
        }
        for (int i = 0; i <= generation; i++) {
            count[i] = 0;
        }
        for (int i = 0; i < generation; i++) {
            listMerge(GEN[i], GEN[generation]);
        }
        long young = GEN[generation];
        long old = generation < NUM_GENERATIONS - 1 ? GEN[generation + 1] : young;
        if (listener != null) {
            examined = listSize(young);
        }

        boolean plain = deduceUnreachable(young, UNREACHABLE);
        untrackTuples(young);
        if (listener != null && young != old) {
            promoted = listSize(young);
        }
        if (young != old) {
            if (generation == NUM_GENERATIONS - 2) {
                longLivedPending += listSize(young);
            }
            listMerge(young, old);
        } else {
            untrackDicts(young);
            longLivedPending = 0;
            longLivedTotal = listSize(young);
        }

        // no type of minipy has a legacy finalizer (tp_del): the finalizers list stays empty
        listInit(FINALIZERS);
        long m;
        if (plain && debug == 0) {
            // Every object of the generation is of a type plain for the collector (no weakrefs, no
            // finalizers), so no code can run before deletion and nothing needs looking at: the
            // garbage is deleted at once, deleteGarbage taking the NEXT_UNREACHABLE marks off
            m = unreachableCount;
            deleteGarbage(UNREACHABLE, old);
        } else {
            m = collectUnreachable(old);
        }

        long n = 0;
        for (long g = next(FINALIZERS); g != FINALIZERS; g = next(g)) {
            n++;
            if ((debug & DEBUG_UNCOLLECTABLE) != 0) {
                debugCycle("uncollectable", objectOf(g));
            }
        }
        if ((debug & DEBUG_STATS) != 0) {
            double d = (System.nanoTime() - t1) / 1e9;
            writeStderr(String.format("gc: done, %d unreachable, %d uncollectable, %.4fs elapsed\n", n + m, n, d));
        }
        listMerge(FINALIZERS, old);

        if (generation == NUM_GENERATIONS - 1) {
            clearFreeLists();
        }
        collectedAndUncollectable[0] = m;
        collectedAndUncollectable[1] = n;
        stats[generation][0]++;
        stats[generation][1] += m;
        stats[generation][2] += n;
        if (verify) {
            checkAroundCollection(generation);
        }
        if (listener != null) {
            report(new Collection(generation, reason, startNanos, System.nanoTime() - startNanos, examined, m, n,
                    promoted, countsBefore, count.clone()));
        }
        return n + m;
    }

    /**
     * The unreachable set after move_unreachable, when some object in it may need looking at before
     * deletion: clear_unreachable_mask, handle_weakrefs, finalize_garbage, handle_resurrected_objects
     * and delete_garbage. Returns the number of objects collected.
     */
    private static long collectUnreachable(long old) {
        // one pass does clear_unreachable_mask and handle_weakrefs' first loop
        boolean finalizersDue = clearMaskAndWeakrefs(UNREACHABLE);
        if ((debug & DEBUG_COLLECTABLE) != 0) {
            for (long g = next(UNREACHABLE); g != UNREACHABLE; g = next(g)) {
                debugCycle("collectable", objectOf(g));
            }
        }
        boolean callbacksDue = !listIsEmpty(WRCB_TO_CALL);
        long m = callWeakrefCallbacks(old);
        if (finalizersDue || callbacksDue) {
            finalizeGarbage(UNREACHABLE);
            handleResurrectedObjects(UNREACHABLE, FINAL_UNREACHABLE, old);
            m += listSize(FINAL_UNREACHABLE);
        } else {
            // No code has run since move_unreachable, so nothing can have been resurrected:
            // handle_resurrected_objects would find the same set, finalize_garbage only walk it
            m += unreachableCount;
            listInit(FINAL_UNREACHABLE);
            listMerge(UNREACHABLE, FINAL_UNREACHABLE);
        }
        deleteGarbage(FINAL_UNREACHABLE, old);
        return m;
    }

    /**
     * update_refs, subtract_refs and move_unreachable: splits base into reachable and unreachable
     * ({@link #unreachableCount} objects). Returns whether every object in unreachable is of a type
     * {@link PyType#plainForCollector plain for the collector}.
     */
    private static boolean deduceUnreachable(long base, long unreachable) {
        updateRefs(base);
        subtractRefs(base);
        listInit(unreachable);
        return moveUnreachable(base, unreachable);
    }

    /** The number of objects move_unreachable left in the unreachable list. */
    private static long unreachableCount;

    private static void updateRefs(long containers) {
        for (long g = next(containers); g != containers; g = next(g)) {
            long rc = Memory.getLong(objectOf(g) + OB_REFCNT);
            if (rc <= 0) {
                throw new IllegalStateException("gc: tracked object " + Heap.hexAddress(objectOf(g)) + " of type '"
                        + Types.of(objectOf(g)).name + "' has refcount " + rc);
            }
            resetRefs(g, rc);
        }
    }

    private static final DecrefVisitor DECREF = new DecrefVisitor();
    private static final ReachableVisitor REACHABLE = new ReachableVisitor();

    /** visit_decref: a reference from inside the collected set is not a reference from outside. */
    private static final class DecrefVisitor implements PyType.Visitor {
        @Override
        public void visit(long op) {
            if (op != 0 && isGc(op)) {
                long g = headOf(op);
                long p = Memory.getLong(g + 8);
                if ((p & PREV_COLLECTING) != 0) {
                    Memory.putLong(g + 8, p - (1L << PREV_SHIFT));
                }
            }
        }
    }

    private static void subtractRefs(long containers) {
        for (long g = next(containers); g != containers; g = next(g)) {
            long op = objectOf(g);
            Types.of(op).traverse(op, DECREF);
        }
    }

    /** visit_reachable: what a reachable object refers to is reachable. */
    private static final class ReachableVisitor implements PyType.Visitor {
        long reachable;

        @Override
        public void visit(long op) {
            if (op == 0 || !isGc(op)) {
                return;
            }
            long g = headOf(op);
            if (!isCollecting(g)) {
                return;
            }
            long n = Memory.getLong(g);
            if ((n & NEXT_UNREACHABLE) != 0) {
                // moved to unreachable by move_unreachable, but reachable after all: back to young
                long p = prev(g);
                long nx = n & ~NEXT_UNREACHABLE;
                Memory.putLong(p, n); // keeps NEXT_UNREACHABLE on prev's next
                setPrev(nx, p);
                listAppend(g, reachable);
                setRefs(g, 1);
                unreachableCount--;
            } else if (getRefs(g) == 0) {
                setRefs(g, 1);
            }
        }
    }

    /** Also returns whether every object put in unreachable is of a type plain for the collector. */
    private static boolean moveUnreachable(long young, long unreachable) {
        long prev = young;
        long g = next(young);
        ReachableVisitor visitor = REACHABLE;
        long saved = visitor.reachable;
        visitor.reachable = young;
        unreachableCount = 0;
        boolean plain = true;
        try {
            while (g != young) {
                if (getRefs(g) != 0) {
                    long op = objectOf(g);
                    Types.of(op).traverse(op, visitor);
                    setPrev(g, prev);
                    clearCollecting(g);
                    prev = g;
                } else {
                    // may be unreachable: move it there; visit_reachable brings it back if not
                    setNext(prev, next(g));
                    long last = prev(unreachable);
                    Memory.putLong(last, NEXT_UNREACHABLE | g);
                    setPrev(g, last);
                    Memory.putLong(g, NEXT_UNREACHABLE | unreachable);
                    Memory.putLong(unreachable + 8, g);
                    unreachableCount++;
                    if (plain && !Types.of(objectOf(g)).plainForCollector()) {
                        plain = false; // (when it comes back to young, this stays a safe answer)
                    }
                }
                g = next(prev);
            }
        } finally {
            visitor.reachable = saved;
        }
        Memory.putLong(young + 8, prev);
        Memory.putLong(unreachable, Memory.getLong(unreachable) & ~NEXT_UNREACHABLE);
        return plain;
    }

    private static void clearUnreachableMask(long unreachable) {
        long next;
        for (long g = next(unreachable); g != unreachable; g = next) {
            long n = Memory.getLong(g) & ~NEXT_UNREACHABLE;
            Memory.putLong(g, n);
            next = n;
        }
    }

    private static void listClearCollecting(long list) {
        for (long g = next(list); g != list; g = next(g)) {
            clearCollecting(g);
        }
    }

    /** untrack_tuples: a tuple that holds nothing that may be tracked leaves the collector. */
    private static void untrackTuples(long head) {
        long next;
        for (long g = next(head); g != head; g = next) {
            next = next(g);
            long op = objectOf(g);
            if (Types.of(op) == Types.TUPLE) {
                maybeUntrackTuple(op);
            }
        }
    }

    /** _PyTuple_MaybeUntrack. */
    static void maybeUntrackTuple(long t) {
        for (long i = 0, n = TupleObject.size(t); i < n; i++) {
            long item = TupleObject.get(t, i);
            if (item == 0 || Heap.mayBeTracked(item)) {
                return;
            }
        }
        untrack(t);
    }

    /** untrack_dicts (full collections only): _PyDict_MaybeUntrack on every dict. */
    private static void untrackDicts(long head) {
        long next;
        for (long g = next(head); g != head; g = next) {
            next = next(g);
            long op = objectOf(g);
            if (Types.of(op) == Types.DICT) {
                DictObject.maybeUntrack(op);
            }
        }
    }

    // ---- weak references

    /**
     * clear_unreachable_mask, then handle_weakrefs' first loop, in one pass: clears every weakref
     * to an unreachable object; a weakref that is itself trash has its callback dropped, the others
     * go to WRCB_TO_CALL. Returns whether some object in the set has a finalizer still to run.
     */
    private static boolean clearMaskAndWeakrefs(long unreachable) {
        listInit(WRCB_TO_CALL);
        boolean finalizersDue = false;
        for (long g = next(unreachable); g != unreachable; ) {
            long next = Memory.getLong(g) & ~NEXT_UNREACHABLE;
            Memory.putLong(g, next);
            long op = objectOf(g);
            PyType t = Types.of(op);
            if (!finalizersDue && t.hasFinalize() && (Memory.getLong(g + 8) & PREV_FINALIZED) == 0) {
                finalizersDue = true;
            }
            if (WeakRefs.isWeakrefType(t)) {
                WeakRefs.clearRef(op);
            }
            long slot = WeakRefs.weaklistSlot(op);
            if (slot != 0) {
                for (long wr = Memory.getLong(slot); wr != 0; wr = Memory.getLong(slot)) {
                    WeakRefs.clearRef(wr);
                    if (WeakRefs.callback(wr) == 0) {
                        continue;
                    }
                    long wg = headOf(wr);
                    if (isCollecting(wg)) {
                        continue; // the weakref is trash too: its callback never runs
                    }
                    Heap.incref(wr);
                    listMove(wg, WRCB_TO_CALL);
                }
            }
            g = next;
        }
        return finalizersDue;
    }

    /**
     * handle_weakrefs' second loop: the callbacks of the cleared weakrefs that outlive the
     * collection. Returns the number of those weakrefs freed by running their callbacks.
     */
    private static long callWeakrefCallbacks(long old) {
        long freed = 0;
        while (!listIsEmpty(WRCB_TO_CALL)) {
            long g = next(WRCB_TO_CALL);
            long wr = objectOf(g);
            long callback = WeakRefs.callback(wr);
            try {
                Heap.decref(Calls.call1(callback, wr));
            } catch (PyException e) {
                HeapType.writeUnraisable(e, callback);
            }
            Heap.decref(wr);
            if (next(WRCB_TO_CALL) == g) {
                listMove(g, old);
            } else {
                freed++;
            }
        }
        return freed;
    }

    // ---- finalizers

    /** finalize_garbage: each object's finalizer, once in its life (PEP 442). */
    private static void finalizeGarbage(long collectable) {
        listInit(SEEN);
        while (!listIsEmpty(collectable)) {
            long g = next(collectable);
            long op = objectOf(g);
            listMove(g, SEEN);
            if ((Memory.getLong(g + 8) & PREV_FINALIZED) == 0) {
                PyType t = Types.of(op);
                if (t.hasFinalize()) {
                    Memory.putLong(g + 8, Memory.getLong(g + 8) | PREV_FINALIZED);
                    Heap.incref(op);
                    t.finalize(op);
                    Heap.decref(op);
                }
            }
        }
        listMerge(SEEN, collectable);
    }

    /**
     * handle_resurrected_objects: reachability again, inside the unreachable set, so what a
     * finalizer made reachable again survives (to the old generation).
     */
    private static void handleResurrectedObjects(long unreachable, long stillUnreachable, long old) {
        listClearCollecting(unreachable);
        // update_refs sets COLLECTING on all of unreachable again
        deduceUnreachable(unreachable, stillUnreachable);
        clearUnreachableMask(stillUnreachable);
        listMerge(unreachable, old);
    }

    /** delete_garbage: tp_clear on each object left, which frees the cycles by reference counting. */
    private static void deleteGarbage(long collectable, long old) {
        for (long g; (g = next(collectable) & ~NEXT_UNREACHABLE) != collectable; ) {
            Memory.putLong(g, Memory.getLong(g) & ~NEXT_UNREACHABLE);
            long op = objectOf(g);
            if ((debug & DEBUG_SAVEALL) != 0) {
                ListObject.append(garbage(), op);
            } else {
                Heap.incref(op);
                try {
                    Types.of(op).clear(op);
                } catch (PyException e) {
                    HeapType.writeUnraisable(e, "Exception ignored in tp_clear of", Types.of(op).address);
                }
                Heap.decref(op);
            }
            if ((next(collectable) & ~NEXT_UNREACHABLE) == g) {
                // still alive: move it, it may die later
                clearCollecting(g);
                listMove(g, old);
            }
        }
        listInit(collectable); // empty; an untrack may have left the mark on the head's next
    }

    /** clear_freelists, after a full collection: the free lists give their blocks back. */
    private static void clearFreeLists() {
        TupleObject.clearFreeList();
        FloatObject.clearFreeList();
        ListObject.clearFreeList();
        DictObject.clearFreeList();
    }

    // ---- callbacks and debugging output

    private static void invokeCallbacks(String phase, int generation, long collected, long uncollectable) {
        long cbs = callbacks;
        if (cbs == 0 || ListObject.size(cbs) == 0) {
            return;
        }
        long info = DictObject.create();
        setItem(info, "generation", IntObject.fromLong(generation));
        setItem(info, "collected", IntObject.fromLong(collected));
        setItem(info, "uncollectable", IntObject.fromLong(uncollectable));
        for (long i = 0; i < ListObject.size(cbs); i++) {
            long cb = Heap.newRef(ListObject.get(cbs, i));
            long ph = StrObject.fromJavaUncached(phase);
            try {
                Heap.decref(Calls.call2(cb, ph, info));
            } catch (PyException e) {
                HeapType.reportUnraisable(e, Ops.reprJava(cb));
            } finally {
                Heap.decref(ph);
                Heap.decref(cb);
            }
        }
        Heap.decref(info);
    }

    private static void setItem(long dict, String key, long value) {
        long k = StrObject.fromJava(key);
        DictObject.set(dict, k, value);
        Heap.decref(k);
        Heap.decref(value);
    }

    private static void showStatsEachGeneration() {
        StringBuilder sb = new StringBuilder("gc: objects in each generation:");
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            sb.append(' ').append(listSize(GEN[i]));
        }
        sb.append("\ngc: objects in permanent generation: ").append(listSize(PERMANENT)).append('\n');
        writeStderr(sb.toString());
    }

    private static void debugCycle(String msg, long op) {
        writeStderr("gc: " + msg + " <" + Types.of(op).name + " " + Heap.hexAddress(op) + ">\n");
    }

    private static StderrWriter stderr = s -> {
        System.out.flush();
        System.err.print(s);
    };

    /** Where DEBUG_* output goes (sys.stderr, set by the VM). */
    public interface StderrWriter {
        void write(String s);
    }

    public static void setStderr(StderrWriter w) {
        stderr = w;
    }

    private static void writeStderr(String s) {
        stderr.write(s);
    }

    // ---- the gc module's view

    public static boolean isEnabled() {
        return enabled;
    }

    public static void setEnabled(boolean on) {
        enabled = on;
    }

    public static int debugFlags() {
        return debug;
    }

    public static void setDebugFlags(int flags) {
        debug = flags;
    }

    public static int threshold(int generation) {
        return threshold[generation];
    }

    public static void setThreshold(int generation, int value) {
        threshold[generation] = value;
    }

    public static long count(int generation) {
        return count[generation];
    }

    public static long[] stats(int generation) {
        return stats[generation].clone();
    }

    /** gc.garbage (borrowed). */
    public static long garbage() {
        if (garbage == 0) {
            garbage = ListObject.allocate(0);
        }
        return garbage;
    }

    /** gc.callbacks (borrowed). */
    public static long callbacks() {
        if (callbacks == 0) {
            callbacks = ListObject.allocate(0);
        }
        return callbacks;
    }

    /** The objects on generation g's list (0..2), or on all three for g = -1, in list order. */
    public static List<Long> objects(int generation) {
        List<Long> r = new ArrayList<>();
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            if (generation == -1 || generation == i) {
                for (long g = next(GEN[i]); g != GEN[i]; g = next(g)) {
                    r.add(objectOf(g));
                }
            }
        }
        return r;
    }

    /** gc.get_referrers: the tracked objects whose traverse visits one of targets. */
    public static List<Long> referrers(long[] targets, long exclude1, long exclude2) {
        List<Long> r = new ArrayList<>();
        boolean[] hit = new boolean[1];
        PyType.Visitor v = ref -> {
            for (long t : targets) {
                if (ref == t) {
                    hit[0] = true;
                }
            }
        };
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            for (long g = next(GEN[i]); g != GEN[i]; g = next(g)) {
                long op = objectOf(g);
                if (op == exclude1 || op == exclude2) {
                    continue;
                }
                hit[0] = false;
                Types.of(op).traverse(op, v);
                if (hit[0]) {
                    r.add(op);
                }
            }
        }
        return r;
    }

    /** gc.freeze: every tracked object to the permanent generation. */
    public static void freeze() {
        for (int i = 0; i < NUM_GENERATIONS; i++) {
            listMerge(GEN[i], PERMANENT);
            count[0] = 0;
        }
    }

    public static void unfreeze() {
        listMerge(PERMANENT, GEN[NUM_GENERATIONS - 1]);
    }

    public static long freezeCount() {
        return listSize(PERMANENT);
    }

    // ---- verification

    /**
     * Checks invariants 1 to 4 over every list: rings well formed, no collection flags left,
     * every object of a collected type with a live refcount. Throws IllegalStateException.
     */
    public static void verifyLists() {
        for (int i = 0; i <= NUM_GENERATIONS; i++) {
            long head = i < NUM_GENERATIONS ? GEN[i] : PERMANENT;
            long prev = head;
            for (long g = Memory.getLong(head); g != head; g = Memory.getLong(g)) {
                if ((g & 7) != 0 || g == 0) {
                    throw new IllegalStateException("gc: generation " + i + ": bad next pointer " + Long.toHexString(g));
                }
                long p = Memory.getLong(g + 8);
                if ((p & PREV_MASK) != prev) {
                    throw new IllegalStateException("gc: generation " + i + ": broken prev link at "
                            + Heap.hexAddress(objectOf(g)));
                }
                if ((p & PREV_COLLECTING) != 0) {
                    throw new IllegalStateException("gc: COLLECTING flag left on " + Heap.hexAddress(objectOf(g)));
                }
                long op = objectOf(g);
                if (!isGc(op)) {
                    throw new IllegalStateException("gc: tracked object " + Heap.hexAddress(op) + " of non-GC type '"
                            + Types.of(op).name + "'");
                }
                if (Memory.getLong(op + OB_REFCNT) <= 0) {
                    throw new IllegalStateException("gc: tracked object " + Heap.hexAddress(op) + " of type '"
                            + Types.of(op).name + "' has refcount " + Memory.getLong(op + OB_REFCNT));
                }
                prev = g;
            }
            if ((Memory.getLong(head + 8) & PREV_MASK) != prev) {
                throw new IllegalStateException("gc: generation " + i + ": head's prev is not its last object");
            }
        }
    }

    /**
     * The heap check of -X gc-verify and -X gc-stress: the lists are well formed, and no object
     * is referenced more often than its refcount says (the first half of a collection, update_refs
     * and subtract_refs, over generation 0, or over every list when all is true, then
     * undone: no object moves and no flag stays, so the program sees nothing). With all, the
     * allocator's invariants are checked too.
     */
    public static long checkHeap(boolean all) {
        try {
            return checkTracked(all);
        } catch (HeapVerifier.Failure e) {
            throw e;
        } catch (IllegalStateException e) {
            throw new HeapVerifier.Failure("gc-verify: " + e.getMessage(), List.of());
        }
    }

    private static long checkTracked(boolean all) {
        if (all) {
            verifyLists();
        }
        int lists = all ? NUM_GENERATIONS + 1 : 1;
        long checked = 0;
        for (int i = 0; i < lists; i++) {
            long head = i < NUM_GENERATIONS ? GEN[i] : PERMANENT;
            for (long g = next(head); g != head; g = next(g)) {
                resetRefs(g, Memory.getLong(objectOf(g) + OB_REFCNT));
                checked++;
            }
        }
        String problem = null;
        for (int i = 0; i < lists; i++) {
            long head = i < NUM_GENERATIONS ? GEN[i] : PERMANENT;
            for (long g = next(head); g != head; g = next(g)) {
                long op = objectOf(g);
                Types.of(op).traverse(op, DECREF);
            }
        }
        for (int i = 0; i < lists; i++) {
            long head = i < NUM_GENERATIONS ? GEN[i] : PERMANENT;
            long prev = head;
            for (long g = next(head); g != head; g = next(g)) {
                if (getRefs(g) < 0 && problem == null) {
                    long op = objectOf(g);
                    problem = "object " + Heap.hexAddress(op) + " of type '" + Types.of(op).name + "' has refcount "
                            + Memory.getLong(op + OB_REFCNT) + " but " + (Memory.getLong(op + OB_REFCNT) - getRefs(g))
                            + " references from tracked objects";
                }
                Memory.putLong(g + 8, (Memory.getLong(g + 8) & PREV_FINALIZED) | prev);
                prev = g;
            }
        }
        if (problem != null) {
            throw new HeapVerifier.Failure("gc-verify: one-sided heap check of the tracked objects: " + problem,
                    List.of());
        }
        if (all) {
            org.minipy.runtime.mem.AllocatorVerifier.check();
        }
        return checked;
    }

    private static long collectionsSinceFullCheck;
    private static long trackedAtFullCheck;

    /**
     * -X gc-verify's check before and after a collection, one-sided (a collection may run inside
     * an allocation, with references in Java locals): the lists collected are checked each time,
     * every list and the allocator once as many objects may have been allocated (a collection
     * per threshold of them) as were tracked at the last full check, so the work per allocation
     * stays bounded however large the heap grows.
     */
    private static void checkAroundCollection(int generation) {
        if (++collectionsSinceFullCheck * Math.max(1, threshold[0]) >= trackedAtFullCheck) {
            collectionsSinceFullCheck = 0;
            trackedAtFullCheck = checkHeap(true);
        } else {
            checkHeap(false);
        }
    }

    /** Calls f on every tracked object (all generations and the permanent one). */
    public static void forEachTracked(java.util.function.LongConsumer f) {
        for (int i = 0; i <= NUM_GENERATIONS; i++) {
            long head = i < NUM_GENERATIONS ? GEN[i] : PERMANENT;
            for (long g = next(head); g != head; g = next(g)) {
                f.accept(objectOf(g));
            }
        }
    }
}
