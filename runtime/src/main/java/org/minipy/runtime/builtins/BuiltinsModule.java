package org.minipy.runtime.builtins;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.BuiltinFunction;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntMethods;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrFormat;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;

/** The builtins module: built-in functions, types and exceptions by name. */
public final class BuiltinsModule {
    private BuiltinsModule() {}

    /** A new reference to a fresh builtins module. */
    public static long create() {
        long m = ModuleObject.create("builtins");
        function(m, "id", (self, a, o, n) -> {
            Args.exactly("id", n, 1);
            return IntObject.fromLong(org.minipy.runtime.mem.AddressMap.toId(a[o]));
        });
        function(m, "hex", (self, a, o, n) -> {
            Args.exactly("hex", n, 1);
            return StrObject.fromJava(radix(a[o], 16, "0x"));
        });
        function(m, "oct", (self, a, o, n) -> {
            Args.exactly("oct", n, 1);
            return StrObject.fromJava(radix(a[o], 8, "0o"));
        });
        function(m, "bin", (self, a, o, n) -> {
            Args.exactly("bin", n, 1);
            return StrObject.fromJava(radix(a[o], 2, "0b"));
        });
        function(m, "len", (self, a, o, n) -> {
            Args.exactly("len", n, 1);
            return IntObject.fromLong(Ops.length(a[o]));
        });
        function(m, "repr", (self, a, o, n) -> {
            Args.exactly("repr", n, 1);
            return Ops.repr(a[o]);
        });
        function(m, "ascii", (self, a, o, n) -> {
            Args.exactly("ascii", n, 1);
            return StrFormat.ascii(a[o]);
        });
        function(m, "next", (self, a, o, n) -> {
            Args.between("next", n, 1, 2);
            long v;
            try {
                v = Types.of(a[o]).next(a[o]);
            } catch (PyException e) {
                if (n == 2 && e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                    Heap.decref(e.exception);
                    return Heap.newRef(a[o + 1]);
                }
                throw e;
            }
            if (v != 0) {
                return v;
            }
            if (n == 2) {
                return Heap.newRef(a[o + 1]);
            }
            throw Errors.raise(Types.STOP_ITERATION, null);
        });
        for (PyType t : new PyType[] {Types.INT, Types.BOOL, Types.STR, Types.TUPLE, Types.LIST, Types.DICT,
            Types.RANGE, Types.TYPE, Types.OBJECT, Types.FLOAT, Types.SET, Types.FROZENSET, Types.BYTES, Types.SLICE}) {
            ModuleObject.setAttr(m, t.name, t.address);
        }
        for (PyType t : Types.all()) {
            if (t.isSubtypeOf(Types.BASE_EXCEPTION)) {
                ModuleObject.setAttr(m, t.name, t.address);
            }
        }
        ModuleObject.setAttr(m, "EnvironmentError", Types.OS_ERROR.address); // aliases of OSError
        ModuleObject.setAttr(m, "IOError", Types.OS_ERROR.address);
        ClassBuiltins.define(m);
        FunctionBuiltins.define(m);
        IoBuiltins.define(m);
        ModuleObject.setAttr(m, "None", BoolObject.NONE);
        ModuleObject.setAttr(m, "Ellipsis", org.minipy.runtime.object.EllipsisObject.ELLIPSIS);
        ModuleObject.setAttr(m, "True", BoolObject.TRUE);
        ModuleObject.setAttr(m, "False", BoolObject.FALSE);
        return m;
    }

    static void function(long module, String name, BuiltinFunction fn) {
        long f = CFunctionObject.create(name, fn, module, module);
        ModuleObject.setAttr(module, name, f);
        Heap.decref(f);
    }

    private static String radix(long obj, int radix, String prefix) {
        java.math.BigInteger v = IntMethods.bigIndex(obj); // operator.index: ints and __index__
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }
}
