package org.minipy.runtime.builtins;

import org.minipy.runtime.mem.MallocStats;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.TupleObject;

/**
 * What {@code sys._debugmallocstats()} and {@code -X mallocstats} print: the object allocator's
 * table ({@link MallocStats#format()}), a blank line, then the type free lists in the order of
 * CPython 3.11's {@code _PyObject_DebugTypeStats} (dict, float, list, tuple by length).
 */
public final class MemoryReport {
    private MemoryReport() {}

    /** The whole report as CPython 3.11 prints it. */
    public static String text() {
        StringBuilder out = new StringBuilder(MallocStats.snapshot().format());
        out.append('\n');
        MallocStats.printFreeList(out, "free PyDictObject", DictObject.numFree(), 48);
        MallocStats.printFreeList(out, "free PyFloatObject", FloatObject.numFree(), 24);
        MallocStats.printFreeList(out, "free PyListObject", ListObject.numFree(), 40);
        for (int n = 1; n <= TupleObject.NFREELISTS; n++) {
            MallocStats.printFreeList(out, "free " + n + "-sized PyTupleObject", TupleObject.numFree(n), 24 + 8L * n);
        }
        return out.toString();
    }

    /** The same figures as JSON. */
    public static String json() {
        StringBuilder fl = new StringBuilder("{\"dict\": ").append(DictObject.numFree())
                .append(", \"dict_keys\": ").append(DictObject.keysNumFree())
                .append(", \"float\": ").append(FloatObject.numFree())
                .append(", \"list\": ").append(ListObject.numFree())
                .append(", \"tuple\": [");
        for (int n = 1; n <= TupleObject.NFREELISTS; n++) {
            fl.append(n == 1 ? "" : ", ").append(TupleObject.numFree(n));
        }
        fl.append("]}");
        return MallocStats.snapshot().toJson(fl.toString());
    }
}
