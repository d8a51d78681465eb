package org.minipy.runtime.object;

/**
 * The state `python3.11 script.py` leaves the collector and the free lists in when the script's
 * first statement runs, so that gc.get_count(), the moments automatic collections happen, and
 * what they find are CPython's from the first line on. CPython reaches it by its own start-up
 * (importlib, site, the modules site imports); minipy starts differently and then sets it.
 *
 * <p>Measured with Debian's python3.11 (the build compare.sh times): {@code import gc, sys} then
 * gc.get_count() and sys._debugmallocstats() give counts (247, 0, 2) and these free lists.
 * Importing a built-in module then costs nothing, as for the modules CPython's start-up has
 * already imported (see {@link #neutral}).
 */
public final class StartupState {
    private StartupState() {}

    private static final long[] COUNTS = {247, 0, 2};
    private static final int FREE_DICTS = 7;
    private static final int FREE_FLOATS = 4;
    private static final int FREE_LISTS = 39;
    /** Free tuples of sizes 1 to 20. */
    private static final int[] FREE_TUPLES = {4, 7, 2, 2, 3, 0, 8, 6, 1, 0, 1, 3, 5, 1, 2, 2, 2, 3, 1, 6};

    /** Puts the collector's counts and the free lists in CPython's start-up state. */
    public static void apply() {
        setLevels(FREE_LISTS, FREE_DICTS, FREE_FLOATS, FREE_TUPLES);
        System.arraycopy(COUNTS, 0, GC.count, 0, COUNTS.length);
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

    /** Back to a {@link #neutral} snapshot. */
    public static void restore(long[] s) {
        int[] tuples = new int[FREE_TUPLES.length];
        for (int i = 0; i < tuples.length; i++) {
            tuples[i] = (int) s[6 + i];
        }
        setLevels((int) s[3], (int) s[4], (int) s[5], tuples);
        System.arraycopy(s, 0, GC.count, 0, 3);
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
