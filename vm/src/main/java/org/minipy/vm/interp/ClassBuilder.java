package org.minipy.vm.interp;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.CellObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FunctionObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.TypeObject;
import org.minipy.runtime.object.Types;

/** builtins.__build_class__: runs a class body in a fresh namespace and calls the metaclass. */
final class ClassBuilder {
    private ClassBuilder() {}

    static void install(Interpreter interp, long builtins) {
        Generators.install(interp);
        long f = CFunctionObject.createWithKeywords("__build_class__",
                (self, a, o, n, kw) -> build(interp, a, o, n, kw), builtins, builtins);
        ModuleObject.setAttr(builtins, "__build_class__", f);
        Heap.decref(f);
    }

    /**
     * builtin___build_class__(func, name, *bases, metaclass=..., **kwds): the metaclass (the one
     * given, or the bases' most derived), the class body run in a fresh namespace, then
     * metaclass(name, bases, namespace, **kwds), whose keywords reach __init_subclass__.
     */
    private static long build(Interpreter interp, long[] a, int o, int n, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        int npos = n - nkw;
        if (npos < 2) {
            throw Errors.typeError("__build_class__: not enough arguments");
        }
        long func = a[o];
        if (!FunctionObject.check(func)) {
            throw Errors.typeError("__build_class__: func must be a function");
        }
        if (!StrObject.check(a[o + 1])) {
            throw Errors.typeError("__build_class__: name is not a string");
        }
        long meta = 0;
        List<Long> keywords = new ArrayList<>();
        List<Long> values = new ArrayList<>();
        for (int k = 0; k < nkw; k++) {
            long key = TupleObject.get(kwnames, k);
            if (StrObject.toJava(key).equals("metaclass")) {
                meta = a[o + npos + k];
            } else {
                keywords.add(key);
                values.add(a[o + npos + k]);
            }
        }
        long bases = TupleObject.allocate(npos - 2);
        for (int i = 2; i < npos; i++) {
            TupleObject.set(bases, i - 2, Heap.newRef(a[o + i]));
        }
        long ns = 0;
        try {
            if (meta == 0) {
                meta = metaclass(TupleObject.size(bases) == 0 ? Types.TYPE.address
                        : Types.typeAddressOf(TupleObject.get(bases, 0)), bases);
            } else if (TypeObject.isType(meta)) {
                meta = metaclass(meta, bases);
            }
            ns = DictObject.create();
            long cell = interp.runClassBody(func, ns);
            try {
                int m = keywords.size();
                long[] args = new long[3 + m];
                args[0] = a[o + 1];
                args[1] = bases;
                args[2] = ns;
                long names = m == 0 ? 0 : TupleObject.allocate(m);
                for (int k = 0; k < m; k++) {
                    args[3 + k] = values.get(k);
                    TupleObject.set(names, k, Heap.newRef(keywords.get(k)));
                }
                long cls;
                try {
                    cls = names == 0 ? Calls.call(meta, args, 0, 3) : Calls.call(meta, args, 0, 3 + m, names);
                } finally {
                    Heap.xdecref(names);
                }
                if (Types.typeAddressOf(cell) == Types.CELL.address && CellObject.get(cell) == 0) {
                    CellObject.set(cell, cls);
                }
                return cls;
            } finally {
                Heap.decref(cell);
            }
        } finally {
            Heap.xdecref(ns);
            Heap.decref(bases);
        }
    }

    /** _PyType_CalculateMetaclass: the most derived of meta and the bases' metaclasses. */
    private static long metaclass(long meta, long bases) {
        long winner = meta;
        for (long i = 0, n = TupleObject.size(bases); i < n; i++) {
            long m = Types.typeAddressOf(TupleObject.get(bases, i));
            if (Types.ofTypeObject(winner).isSubtypeOf(Types.ofTypeObject(m))) {
                continue;
            }
            if (Types.ofTypeObject(m).isSubtypeOf(Types.ofTypeObject(winner))) {
                winner = m;
                continue;
            }
            throw Errors.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }
}
