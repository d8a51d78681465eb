package org.minipy.runtime.builtins;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.Sequences;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/** The gc module: the collector's controls and views (Modules/gcmodule.c's functions). */
final class GcModule {
    private GcModule() {}

    static long create() {
        long m = ModuleObject.create("gc");
        noArgs(m, "enable", () -> {
            GC.setEnabled(true);
            return BoolObject.none();
        });
        noArgs(m, "disable", () -> {
            GC.setEnabled(false);
            return BoolObject.none();
        });
        noArgs(m, "isenabled", () -> BoolObject.fromBoolean(GC.isEnabled()));
        long[] collectFunction = new long[1];
        long collect = CFunctionObject.createWithKeywords("collect", (self, a, o, n, kw) -> {
            int nkw = Kw.count(kw);
            if (n - nkw > 1) {
                throw Errors.typeError("collect() takes at most 1 argument (" + (n - nkw) + " given)");
            }
            if (nkw > 1) {
                throw Errors.typeError("collect() takes at most 1 keyword argument (" + nkw + " given)");
            }
            long[] v = Kw.bind("collect", new String[] {"generation"}, 0, 0, a, o, n, kw);
            int generation = v[0] == 0 ? GC.NUM_GENERATIONS - 1 : intArg(v[0]);
            if (generation < 0 || generation >= GC.NUM_GENERATIONS) {
                throw Errors.valueError("invalid generation");
            }
            return IntObject.fromLong(GC.collect(generation, Calls.calledFromBytecode(collectFunction[0])));
        }, m, m);
        collectFunction[0] = collect;
        ModuleObject.setAttr(m, "collect", collect);
        Heap.decref(collect);
        noArgs(m, "get_count", () -> tupleOf(GC.count(0), GC.count(1), GC.count(2)));
        noArgs(m, "get_threshold", () -> tupleOf(GC.threshold(0), GC.threshold(1), GC.threshold(2)));
        BuiltinsModule.function(m, "set_threshold", (self, a, o, n) -> {
            if (n < 1) {
                throw Errors.typeError("set_threshold() takes at least 1 argument (0 given)");
            }
            if (n > 3) {
                throw Errors.typeError("set_threshold() takes at most 3 arguments (" + n + " given)");
            }
            long args = Sequences.tupleOf(a, o, n); // METH_VARARGS: the args tuple CPython makes
            try {
                int[] values = new int[n];
                for (int i = 0; i < n; i++) {
                    values[i] = intArg(a[o + i]);
                }
                for (int i = 0; i < n; i++) {
                    GC.setThreshold(i, values[i]);
                }
            } finally {
                Heap.decref(args);
            }
            return BoolObject.none();
        });
        long getObjects = CFunctionObject.createWithKeywords("get_objects", (self, a, o, n, kw) -> {
            long[] v = Kw.bind("get_objects", new String[] {"generation"}, 0, 0, a, o, n, kw);
            int generation = -1;
            if (v[0] != 0 && v[0] != BoolObject.NONE) {
                int g = intArg(v[0]);
                if (g >= GC.NUM_GENERATIONS) {
                    throw Errors.valueError("generation parameter must be less than the number of available "
                            + "generations (" + GC.NUM_GENERATIONS + ")");
                }
                if (g < -1) {
                    throw Errors.valueError("generation parameter cannot be negative");
                }
                generation = g;
            }
            long result = ListObject.allocate(0);
            for (long obj : GC.objects(generation)) {
                if (obj != result) {
                    ListObject.append(result, obj);
                }
            }
            return result;
        }, m, m);
        ModuleObject.setAttr(m, "get_objects", getObjects);
        Heap.decref(getObjects);
        noArgs(m, "get_stats", () -> {
            long result = ListObject.allocate(0);
            for (int i = 0; i < GC.NUM_GENERATIONS; i++) {
                long[] s = GC.stats(i);
                long d = DictObject.create();
                put(d, "collections", s[0]);
                put(d, "collected", s[1]);
                put(d, "uncollectable", s[2]);
                ListObject.append(result, d);
                Heap.decref(d);
            }
            return result;
        });
        BuiltinsModule.function(m, "is_tracked", (self, a, o, n) -> {
            exactlyOne("gc.is_tracked", n);
            long obj = a[o];
            return BoolObject.fromBoolean(GC.isGc(obj) && Heap.isTracked(obj));
        });
        BuiltinsModule.function(m, "is_finalized", (self, a, o, n) -> {
            exactlyOne("gc.is_finalized", n);
            long obj = a[o];
            return BoolObject.fromBoolean(GC.isGc(obj) && Heap.isFinalized(obj));
        });
        BuiltinsModule.function(m, "get_referrers", (self, a, o, n) -> {
            long args = Sequences.tupleOf(a, o, n); // METH_VARARGS: the args tuple CPython makes
            long[] targets = new long[n];
            System.arraycopy(a, o, targets, 0, n);
            long result = ListObject.allocate(0);
            for (long obj : GC.referrers(targets, result, args)) {
                ListObject.append(result, obj);
            }
            Heap.decref(args);
            return result;
        });
        BuiltinsModule.function(m, "get_referents", (self, a, o, n) -> {
            long args = Sequences.tupleOf(a, o, n); // METH_VARARGS: the args tuple CPython makes
            long result = ListObject.allocate(0);
            PyType.Visitor add = ref -> {
                if (ref != 0) {
                    ListObject.append(result, ref);
                }
            };
            for (int i = 0; i < n; i++) {
                long obj = a[o + i];
                if (GC.isGc(obj)) {
                    Types.of(obj).traverse(obj, add);
                }
            }
            Heap.decref(args);
            return result;
        });
        noArgs(m, "freeze", () -> {
            GC.freeze();
            return BoolObject.none();
        });
        noArgs(m, "unfreeze", () -> {
            GC.unfreeze();
            return BoolObject.none();
        });
        noArgs(m, "get_freeze_count", () -> IntObject.fromLong(GC.freezeCount()));
        BuiltinsModule.function(m, "set_debug", (self, a, o, n) -> {
            exactlyOne("gc.set_debug", n);
            GC.setDebugFlags(intArg(a[o]));
            return BoolObject.none();
        });
        noArgs(m, "get_debug", () -> IntObject.fromLong(GC.debugFlags()));
        ModuleObject.setAttr(m, "garbage", GC.garbage());
        ModuleObject.setAttr(m, "callbacks", GC.callbacks());
        constant(m, "DEBUG_STATS", GC.DEBUG_STATS);
        constant(m, "DEBUG_COLLECTABLE", GC.DEBUG_COLLECTABLE);
        constant(m, "DEBUG_UNCOLLECTABLE", GC.DEBUG_UNCOLLECTABLE);
        constant(m, "DEBUG_SAVEALL", GC.DEBUG_SAVEALL);
        constant(m, "DEBUG_LEAK", GC.DEBUG_LEAK);
        return m;
    }

    private interface NoArgs {
        long call();
    }

    /** A METH_NOARGS function: "gc.NAME() takes no arguments (n given)". */
    private static void noArgs(long m, String name, NoArgs body) {
        BuiltinsModule.function(m, name, (self, a, o, n) -> {
            if (n != 0) {
                throw Errors.typeError("gc." + name + "() takes no arguments (" + n + " given)");
            }
            return body.call();
        });
    }

    private static void exactlyOne(String name, int n) {
        if (n != 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + n + " given)");
        }
    }

    /** An int argument as Argument Clinic's "i" converter takes it. */
    private static int intArg(long obj) {
        if (!IntObject.check(obj) && Types.of(obj) != Types.BOOL && !Types.of(obj).isSubtypeOf(Types.INT)) {
            throw Errors.typeError("'" + Types.of(obj).name + "' object cannot be interpreted as an integer");
        }
        long v = IntObject.asLong(obj);
        if (v > Integer.MAX_VALUE) {
            throw Errors.raise(Types.OVERFLOW_ERROR, "signed integer is greater than maximum");
        }
        if (v < Integer.MIN_VALUE) {
            throw Errors.raise(Types.OVERFLOW_ERROR, "signed integer is less than minimum");
        }
        return (int) v;
    }

    private static long tupleOf(long a, long b, long c) {
        long t = TupleObject.allocate(3);
        TupleObject.set(t, 0, IntObject.fromLong(a));
        TupleObject.set(t, 1, IntObject.fromLong(b));
        TupleObject.set(t, 2, IntObject.fromLong(c));
        return t;
    }

    private static void put(long d, String key, long value) {
        long k = StrObject.fromJava(key);
        long v = IntObject.fromLong(value);
        DictObject.set(d, k, v);
        Heap.decref(k);
        Heap.decref(v);
    }

    private static void constant(long m, String name, long value) {
        long v = IntObject.fromLong(value);
        ModuleObject.setAttr(m, name, v);
        Heap.decref(v);
    }
}
