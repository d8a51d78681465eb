package org.minipy.runtime.object;

/**
 * The state `python3.11 script.py` leaves the collector and the free lists in when it starts to
 * compile the script, so that gc.get_count(), the moments automatic collections happen, and what
 * they find are CPython's from the first line on. CPython reaches it by its own start-up
 * (importlib, site, the modules site imports, __main__'s __file__ and loader, the parser's
 * arena); minipy starts differently and then sets it. What follows is CPython's too: the
 * compiler's footprint (vm's CompilerFootprint), the function PyEval_EvalCode makes for the
 * module, and what the program's own statements do (importing a module start-up did not load,
 * see {@link #importCost}; the first print, the first repr of a container).
 *
 * <p>Measured with Debian's python3.11 on the project machine (whose site-packages run .pth
 * files at start-up, which shapes this state): the free lists at a script's first line with
 * {@code import sys; sys._debugmallocstats()} and gc.get_count() with {@code import gc, sys;
 * print(gc.get_count()); sys._debugmallocstats()}, then taken back through the compiler's
 * footprint, the module's function, importing gc and the first print. Scripts of all sizes then
 * agree with python3.11 at their first line (counts and every free list).
 */
public final class StartupState {
    private StartupState() {}

    private static final long[] COUNTS = {22, 8, 0};
    private static final int FREE_DICTS = 7;
    private static final int FREE_FLOATS = 3;
    private static final int FREE_LISTS = 5;
    /** Free tuples of sizes 1 to 20. */
    private static final int[] FREE_TUPLES = {6, 7, 3, 2, 3, 0, 1, 0, 2, 0, 0, 0, 1, 0, 1, 0, 1, 2, 0, 1};

    /**
     * Puts the collector's counts and the free lists in CPython's start-up state: the one
     * measured here, or another python3.11's given as {@code -Dminipy.startup=C0,C1,C2,LISTS,
     * DICTS,FLOATS,T1,...,T20} (counts, then free lists; T1..T20 the free tuples by length).
     */
    public static void apply() {
        long[] counts = COUNTS;
        int lists = FREE_LISTS;
        int dicts = FREE_DICTS;
        int floats = FREE_FLOATS;
        int[] tuples = FREE_TUPLES;
        String other = System.getProperty("minipy.startup");
        if (other != null) {
            String[] f = other.split(",");
            if (f.length != 6 + FREE_TUPLES.length) {
                throw new IllegalArgumentException("minipy.startup: expected " + (6 + FREE_TUPLES.length) + " numbers");
            }
            counts = new long[3];
            for (int i = 0; i < 3; i++) {
                counts[i] = Long.parseLong(f[i].trim());
            }
            lists = Integer.parseInt(f[3].trim());
            dicts = Integer.parseInt(f[4].trim());
            floats = Integer.parseInt(f[5].trim());
            tuples = new int[FREE_TUPLES.length];
            for (int i = 0; i < tuples.length; i++) {
                tuples[i] = Integer.parseInt(f[6 + i].trim());
            }
        }
        setLevels(lists, dicts, floats, tuples);
        System.arraycopy(counts, 0, GC.count, 0, counts.length);
    }

    /**
     * Tracked objects python3.11's start-up leaves in generation 1 (never collected yet: 8
     * collections of generation 0, none of the others), measured at a script's first line with
     * len(gc.get_objects(1)). They matter to when full collections happen: the first collection
     * of generation 1 moves them to generation 2 (long_lived_pending), and a full collection
     * waits until what has moved there since the last one is a quarter of what it found alive.
     */
    private static final int GEN1_POPULATION = 4762;
    /** Of those, tuples of atoms the first look at them untracks. */
    private static final int GEN1_ATOM_TUPLES = 15;
    /** And dicts of atoms the first full collection untracks. */
    private static final int GEN1_ATOM_DICTS = 5;
    /**
     * Tracked objects start-up made since its last collection that live on: with the script's
     * own, generation 0 then holds what python3.11's does once collected (len(gc.get_objects(1))
     * after gc.collect(0) at the first line: 4816 there).
     */
    private static final int GEN0_SURVIVORS = 30;
    /** gc.get_stats() at the first line: 8 collections of generation 0 that found 24 objects. */
    private static final long[][] STATS = {{8, 24, 0}, {0, 0, 0}, {0, 0, 0}};
    /** Stand-ins for start-up's objects minipy does not have (held for good: a VM root). */
    private static long[] standIns = new long[0];

    /**
     * CPython's start-up population: minipy's own objects become generation 1, with stand-ins
     * (empty lists, which stay tracked, and the tuples and dicts of atoms a collection untracks)
     * for CPython's modules, functions, classes and dicts that minipy makes no object for. Done
     * once, just before the first unit is compiled; the counts and free lists stay as they were.
     */
    public static void population() {
        if (populated) {
            return;
        }
        populated = true;
        long[] state = neutral();
        boolean was = GC.collecting;
        GC.collecting = true; // making them sets off no collection
        try {
            makePopulation();
        } finally {
            GC.collecting = was;
        }
        restore(state);
    }

    private static boolean populated;

    private static void makePopulation() {
        int have = (int) (GC.generationSize(0) + GC.generationSize(1));
        int missing = Math.max(0, GEN1_POPULATION - have);
        long[] made = new long[missing];
        for (int i = 0; i < missing; i++) {
            if (i < GEN1_ATOM_TUPLES) {
                long t = TupleObject.allocate(1);
                TupleObject.set(t, 0, Heap.newRef(BoolObject.NONE));
                made[i] = t;
            } else if (i < GEN1_ATOM_TUPLES + GEN1_ATOM_DICTS) {
                made[i] = DictObject.create();
                Heap.track(made[i]); // a dict that once held a container
            } else {
                made[i] = ListObject.allocate(0);
            }
        }
        GC.ageStartupObjects(STATS);
        long[] young = new long[GEN0_SURVIVORS];
        for (int i = 0; i < young.length; i++) {
            young[i] = ListObject.allocate(0);
        }
        made = java.util.Arrays.copyOf(made, missing + young.length);
        System.arraycopy(young, 0, made, missing, young.length);
        if (standIns.length == 0) {
            Roots.register("start-up's stand-ins", visit -> {
                for (long o : standIns) {
                    visit.visit(o);
                }
            });
        }
        standIns = made;
    }

    /**
     * A snapshot of what importing a module may disturb (the counts and free-list levels); {@link
     * #restore} puts them back, so that importing a module CPython has loaded at start-up costs
     * nothing, as there. What the import made stays alive; only this bookkeeping is put back.
     */
    public static long[] neutral() {
        long[] s = new long[6 + FREE_TUPLES.length];
        System.arraycopy(GC.count, 0, s, 0, 3);
        s[3] = ListObject.numFree();
        s[4] = DictObject.numFree();
        s[5] = FloatObject.numFree();
        for (int i = 0; i < FREE_TUPLES.length; i++) {
            s[6 + i] = TupleObject.numFree(i + 1);
        }
        return s;
    }

    /** A {@link #neutral} snapshot as text: counts, then lists, dicts, floats and n-tuples kept. */
    public static String describe(long[] s) {
        StringBuilder b = new StringBuilder("(" + s[0] + ", " + s[1] + ", " + s[2] + ")");
        b.append(" List=").append(s[3]).append(" Dict=").append(s[4]).append(" Float=").append(s[5]);
        for (int i = 0; i < FREE_TUPLES.length; i++) {
            if (s[6 + i] != 0) {
                b.append(' ').append(i + 1).append("t=").append(s[6 + i]);
            }
        }
        return b.toString();
    }

    /** Back to a {@link #neutral} snapshot. */
    public static void restore(long[] s) {
        int[] tuples = new int[FREE_TUPLES.length];
        for (int i = 0; i < tuples.length; i++) {
            tuples[i] = (int) s[6 + i];
        }
        java.util.Arrays.fill(GC.count, 0); // refilling the free lists must not set off a collection
        setLevels((int) s[3], (int) s[4], (int) s[5], tuples);
        System.arraycopy(s, 0, GC.count, 0, 3);
    }

    /**
     * What importing a module costs CPython when its start-up has not loaded it: {@code counted}
     * allocations of GC objects (net of the frees), and a dict and a list taken from their free
     * lists (the module's dict and importlib's bookkeeping), as measured with python3.11 for each
     * built-in module minipy has (see Modules). Each counted allocation may set off a collection,
     * as it would there.
     */
    public static void importCost(int counted, int dicts, int lists) {
        long[] s = neutral();
        int fromFree = (int) Math.min(dicts, s[4]);
        s[4] -= fromFree;
        counted += dicts - fromFree;
        fromFree = (int) Math.min(lists, s[3]);
        s[3] -= fromFree;
        counted += lists - fromFree;
        restore(s);
        for (int i = 0; i < counted; i++) {
            GC.linked();
        }
    }

    /** Empties each free list, then makes it hold exactly the given number of dead objects. */
    private static void setLevels(int lists, int dicts, int floats, int[] tuples) {
        ListObject.clearFreeList();
        DictObject.clearFreeList();
        FloatObject.clearFreeList();
        TupleObject.clearFreeList();
        long[] held = new long[lists];
        for (int i = 0; i < lists; i++) {
            held[i] = ListObject.allocate(0);
        }
        release(held);
        held = new long[dicts];
        for (int i = 0; i < dicts; i++) {
            held[i] = DictObject.create();
        }
        release(held);
        held = new long[floats];
        for (int i = 0; i < floats; i++) {
            held[i] = FloatObject.fromDouble(0.5 + i);
        }
        release(held);
        for (int size = 1; size <= tuples.length; size++) {
            held = new long[tuples[size - 1]];
            for (int i = 0; i < held.length; i++) {
                long t = TupleObject.allocate(size);
                for (int j = 0; j < size; j++) {
                    TupleObject.set(t, j, Heap.newRef(BoolObject.NONE));
                }
                held[i] = t;
            }
            release(held);
        }
    }

    private static void release(long[] objects) {
        for (long o : objects) {
            Heap.decref(o);
        }
    }
}
