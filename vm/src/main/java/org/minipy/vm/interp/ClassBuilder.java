package org.minipy.vm.interp;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.CellObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FunctionObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/** builtins.__build_class__: runs a class body in a fresh namespace and calls the metaclass. */
final class ClassBuilder {
    private ClassBuilder() {}

    static void install(Interpreter interp, long builtins) {
        Generators.install(interp);
        long f = CFunctionObject.create("__build_class__", (self, a, o, n) -> build(interp, a, o, n), builtins, builtins);
        ModuleObject.setAttr(builtins, "__build_class__", f);
        Heap.decref(f);
    }

    private static long build(Interpreter interp, long[] a, int o, int n) {
        if (n < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        long func = a[o];
        if (!FunctionObject.check(func)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        long bases = TupleObject.allocate(n - 2);
        for (int i = 2; i < n; i++) {
            TupleObject.set(bases, i - 2, Heap.newRef(a[o + i]));
        }
        long meta = metaclass(bases);
        long ns = DictObject.create();
        try {
            long cell = interp.runClassBody(func, ns);
            try {
                long cls = Calls.call(meta, new long[] {a[o + 1], bases, ns}, 0, 3);
                if (Types.typeAddressOf(cell) == Types.CELL.address && CellObject.get(cell) == 0) {
                    CellObject.set(cell, cls);
                }
                return cls;
            } finally {
                Heap.decref(cell);
            }
        } catch (PyException e) {
            throw e;
        } finally {
            Heap.decref(ns);
            Heap.decref(bases);
        }
    }

    /** The most derived metaclass of the bases (type for none). */
    private static long metaclass(long bases) {
        long winner = Types.TYPE.address;
        for (long i = 0, n = TupleObject.size(bases); i < n; i++) {
            long m = Types.typeAddressOf(TupleObject.get(bases, i));
            if (Types.ofTypeObject(m).isSubtypeOf(Types.ofTypeObject(winner))) {
                winner = m;
            } else if (!Types.ofTypeObject(winner).isSubtypeOf(Types.ofTypeObject(m))) {
                throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                        + "subclass of the metaclasses of all its bases");
            }
        }
        return winner == 0 ? BoolObject.NONE : winner;
    }
}
