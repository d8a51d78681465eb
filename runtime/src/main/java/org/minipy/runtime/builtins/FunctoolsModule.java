package org.minipy.runtime.builtins;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.object.WeakRefs;

/**
 * The functools module: reduce, wraps and update_wrapper, and partial objects with _functoolsmodule.c's layout
 * (+16 fn, +24 args tuple, +32 kw dict, +40 dict, +48 weakreflist, +56 vectorcall; 64 bytes).
 */
final class FunctoolsModule {
    private FunctoolsModule() {}

    static final long P_FN = 16;
    static final long P_ARGS = 24;
    static final long P_KW = 32;
    static final long P_WEAKREFLIST = 48;
    static final long P_SIZE = 64;

    static final PyType PARTIAL = new Partial().ready();

    static long create() {
        long m = ModuleObject.create("functools");
        ModuleObject.setAttr(m, "partial", PARTIAL.address);
        BuiltinsModule.function(m, "reduce", (self, a, o, n) -> {
            Args.between("reduce", n, 2, 3);
            return reduce(a[o], a[o + 1], n == 3 ? a[o + 2] : 0);
        });
        long assigned = strTuple("__module__", "__name__", "__qualname__", "__doc__", "__annotations__");
        long updated = strTuple("__dict__");
        ModuleObject.setAttr(m, "WRAPPER_ASSIGNMENTS", assigned);
        ModuleObject.setAttr(m, "WRAPPER_UPDATES", updated);
        FunctionBuiltins.keywordFunction(m, "update_wrapper", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("update_wrapper", new String[] {"wrapper", "wrapped", "assigned", "updated"}, 0, 2,
                    a, o, n, kw);
            return updateWrapper(p[0], p[1], p[2] != 0 ? p[2] : assigned, p[3] != 0 ? p[3] : updated);
        });
        // wraps finds update_wrapper among the module's globals when it is called, as functools.py's does
        long moduleDict = ModuleObject.dict(m);
        FunctionBuiltins.keywordFunction(m, "wraps", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("wraps", new String[] {"wrapped", "assigned", "updated"}, 0, 1, a, o, n, kw);
            long updateWrapper = DictObject.get(moduleDict, org.minipy.runtime.object.Names.get("update_wrapper"));
            if (updateWrapper == 0) {
                throw Errors.nameError("name 'update_wrapper' is not defined");
            }
            // partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)
            long names = strTuple("wrapped", "assigned", "updated");
            try {
                return PARTIAL.constructWithKeywords(new long[] {updateWrapper, p[0], p[1] != 0 ? p[1] : assigned,
                    p[2] != 0 ? p[2] : updated}, 0, 4, names);
            } finally {
                Heap.decref(names);
            }
        });
        // update_wrapper's and wraps' defaults keep their tuples, as the functions' __defaults__ do
        org.minipy.runtime.object.Roots.register("functools defaults", visit -> {
            visit.visit(assigned);
            visit.visit(updated);
        });
        return m;
    }

    private static long strTuple(String... items) {
        long t = TupleObject.allocate(items.length);
        for (int i = 0; i < items.length; i++) {
            TupleObject.set(t, i, StrObject.intern(StrObject.fromJava(items[i])));
        }
        return t;
    }

    /**
     * functools.update_wrapper: the assigned attributes copied from wrapped (those it has), the
     * updated ones merged, and __wrapped__ set; returns wrapper.
     */
    private static long updateWrapper(long wrapper, long wrapped, long assigned, long updated) {
        long it = Ops.iter(assigned);
        try {
            for (long attr = Ops.next(it); attr != 0; attr = Ops.next(it)) {
                try {
                    long value;
                    try {
                        value = Ops.getAttr(wrapped, attr);
                    } catch (PyException e) {
                        if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                            throw e;
                        }
                        Heap.decref(e.exception);
                        continue;
                    }
                    try {
                        Ops.setAttr(wrapper, attr, value);
                    } finally {
                        Heap.decref(value);
                    }
                } finally {
                    Heap.decref(attr);
                }
            }
        } finally {
            Heap.decref(it);
        }
        it = Ops.iter(updated);
        try {
            for (long attr = Ops.next(it); attr != 0; attr = Ops.next(it)) {
                try {
                    long target = Ops.getAttr(wrapper, attr);
                    try {
                        long source;
                        try {
                            source = Ops.getAttr(wrapped, attr);
                        } catch (PyException e) {
                            if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                                throw e;
                            }
                            Heap.decref(e.exception);
                            source = DictObject.create();
                        }
                        try {
                            long update = Ops.getAttr(target, org.minipy.runtime.object.Names.get("update"));
                            try {
                                Heap.decref(Calls.call(update, new long[] {source}, 0, 1));
                            } finally {
                                Heap.decref(update);
                            }
                        } finally {
                            Heap.decref(source);
                        }
                    } finally {
                        Heap.decref(target);
                    }
                } finally {
                    Heap.decref(attr);
                }
            }
        } finally {
            Heap.decref(it);
        }
        Ops.setAttr(wrapper, org.minipy.runtime.object.Names.get("__wrapped__"), wrapped);
        return Heap.newRef(wrapper);
    }

    private static long reduce(long func, long seq, long initial) {
        long it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (e.type() == Types.TYPE_ERROR) {
                Heap.decref(e.exception);
                throw Errors.typeError("reduce() arg 2 must support iteration");
            }
            throw e;
        }
        long result = initial == 0 ? 0 : Heap.newRef(initial);
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                if (result == 0) {
                    result = x;
                    continue;
                }
                long r;
                try {
                    r = Calls.call(func, new long[] {result, x}, 0, 2);
                } finally {
                    Heap.decref(x);
                }
                Heap.decref(result);
                result = r;
            }
        } catch (PyException e) {
            Heap.xdecref(result);
            throw e;
        } finally {
            Heap.decref(it);
        }
        if (result == 0) {
            throw Errors.typeError("reduce() of empty iterable with no initial value");
        }
        return result;
    }

    static final class Partial extends PyType {
        Partial() {
            super("functools.partial", Types.OBJECT, true, P_SIZE, 0);
        }

        @Override
        public long weaklistOffset() {
            return P_WEAKREFLIST;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            int nkw = Kw.count(kwnames);
            int npos = count - nkw;
            if (npos < 1) {
                throw Errors.typeError("type 'partial' takes at least one argument");
            }
            long func = args[offset];
            if (!FunctionBuiltins.isCallable(func)) {
                throw Errors.typeError("the first argument must be callable");
            }
            long innerArgs = 0;
            long innerKw = 0;
            if (Types.typeAddressOf(func) == address) {
                innerArgs = Memory.getLong(func + P_ARGS);
                innerKw = Memory.getLong(func + P_KW);
                func = Memory.getLong(func + P_FN);
            }
            int ni = innerArgs == 0 ? 0 : (int) TupleObject.size(innerArgs);
            long pargs = TupleObject.allocate(ni + npos - 1);
            for (int i = 0; i < ni; i++) {
                TupleObject.set(pargs, i, Heap.newRef(TupleObject.get(innerArgs, i)));
            }
            for (int i = 1; i < npos; i++) {
                TupleObject.set(pargs, ni + i - 1, Heap.newRef(args[offset + i]));
            }
            long kw = DictObject.create();
            if (innerKw != 0) {
                for (long i = 0, e = DictObject.entryCount(innerKw); i < e; i++) {
                    long k = DictObject.keyAt(innerKw, i);
                    if (k != 0) {
                        DictObject.set(kw, k, DictObject.valueAt(innerKw, i));
                    }
                }
            }
            for (int k = 0; k < nkw; k++) {
                DictObject.set(kw, TupleObject.get(kwnames, k), args[offset + npos + k]);
            }
            long p = Heap.allocObject(address, P_SIZE, true);
            Memory.fill(p + 16, P_SIZE - 16, (byte) 0);
            Memory.putLong(p + P_FN, Heap.newRef(func));
            Memory.putLong(p + P_ARGS, pargs);
            Memory.putLong(p + P_KW, kw);
            Heap.track(p);
            return p;
        }

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long p, long[] args, int offset, int count) {
            return callWithKeywords(p, args, offset, count, 0);
        }

        @Override
        public long callWithKeywords(long p, long[] args, int offset, int count, long kwnames) {
            long pargs = field(p, P_ARGS);
            long kw = field(p, P_KW);
            int np = (int) TupleObject.size(pargs);
            int nkw = Kw.count(kwnames);
            int npos = count - nkw;
            long merged = DictObject.create();
            try {
                for (long i = 0, e = DictObject.entryCount(kw); i < e; i++) {
                    long k = DictObject.keyAt(kw, i);
                    if (k != 0) {
                        DictObject.set(merged, k, DictObject.valueAt(kw, i));
                    }
                }
                for (int k = 0; k < nkw; k++) {
                    DictObject.set(merged, TupleObject.get(kwnames, k), args[offset + npos + k]);
                }
                int nm = (int) DictObject.size(merged);
                long[] all = new long[np + npos + nm];
                for (int i = 0; i < np; i++) {
                    all[i] = TupleObject.get(pargs, i);
                }
                System.arraycopy(args, offset, all, np, npos);
                long names = nm == 0 ? 0 : TupleObject.allocate(nm);
                int j = 0;
                for (long i = 0, e = DictObject.entryCount(merged); i < e; i++) {
                    long k = DictObject.keyAt(merged, i);
                    if (k != 0) {
                        TupleObject.set(names, j, Heap.newRef(k));
                        all[np + npos + j] = DictObject.valueAt(merged, i);
                        j++;
                    }
                }
                try {
                    return Calls.call(field(p, P_FN), all, 0, all.length, names);
                } finally {
                    Heap.xdecref(names);
                }
            } finally {
                Heap.decref(merged);
            }
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "func" -> Heap.newRef(field(obj, P_FN));
                case "args" -> Heap.newRef(field(obj, P_ARGS));
                case "keywords" -> Heap.newRef(field(obj, P_KW));
                default -> 0;
            };
        }

        @Override
        public String repr(long p) {
            StringBuilder sb = new StringBuilder("functools.partial(").append(Ops.reprJava(field(p, P_FN)));
            long pargs = field(p, P_ARGS);
            for (long i = 0; i < TupleObject.size(pargs); i++) {
                sb.append(", ").append(Ops.reprJava(TupleObject.get(pargs, i)));
            }
            long kw = field(p, P_KW);
            for (long i = 0, e = DictObject.entryCount(kw); i < e; i++) {
                long k = DictObject.keyAt(kw, i);
                if (k != 0) {
                    sb.append(", ").append(Ops.strJava(k)).append('=').append(Ops.reprJava(DictObject.valueAt(kw, i)));
                }
            }
            return sb.append(')').toString();
        }

        @Override
        public void dealloc(long p) {
            Heap.untrack(p);
            if (field(p, P_WEAKREFLIST) != 0) {
                WeakRefs.clearWeakRefs(p);
            }
            Heap.xdecref(field(p, P_FN));
            Heap.xdecref(field(p, P_ARGS));
            Heap.xdecref(field(p, P_KW));
            Heap.freeObject(p, true);
        }

        @Override
        public void traverse(long p, Visitor v) {
            v.visit(field(p, P_FN));
            v.visit(field(p, P_ARGS));
            v.visit(field(p, P_KW));
        }

        /** partial_clear. */
        @Override
        public void clear(long p) {
            Heap.clearField(p, P_FN);
            Heap.clearField(p, P_ARGS);
            Heap.clearField(p, P_KW);
        }

        @Override
        public boolean hasDescrGet() {
            return false;
        }
    }

}
