package org.minipy.runtime.builtins;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.ExtensionBase;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * collections.defaultdict (defdictobject): a dict with one more field, default_factory, at +48
 * (56 bytes + GC header, tracked from birth). Its {@code __missing__} calls the factory and stores
 * the result; every other slot is dict's.
 */
final class DefaultDict {
    private DefaultDict() {}

    static final long FACTORY = 48;
    static final long SIZE = 56;

    static final PyType TYPE = new Type().ready();

    private static long factory(long d) {
        return Memory.getLong(d + FACTORY);
    }

    /** A new defaultdict of type t with the given factory (0 for None) and dict's items. */
    static long create(PyType t, long factory, long items) {
        long d = DictObject.allocSubclass(t, SIZE);
        Memory.putLong(d + FACTORY, factory == 0 || factory == BoolObject.NONE ? 0 : Heap.newRef(factory));
        if (items != 0) {
            try {
                DictObject.update(d, items);
            } catch (PyException e) {
                Heap.decref(d);
                throw e;
            }
        }
        return d;
    }

    /** defdict_missing: factory() stored under key, or KeyError((key,)) without a factory. */
    static long missing(long d, long key) {
        long f = factory(d);
        if (f == 0) {
            throw Errors.keyError(key);
        }
        long value = Calls.call(f, new long[0], 0, 0);
        try {
            Types.of(d).setItem(d, key, value);
        } catch (PyException e) {
            Heap.decref(value);
            throw e;
        }
        return value;
    }

    /** new_defdict: type(dd)(dd.default_factory, other). */
    private static long copyOf(long dd, long other) {
        if (Types.of(dd) == TYPE) {
            return create(TYPE, factory(dd), other);
        }
        long f = factory(dd);
        return Calls.call(Types.typeAddressOf(dd), new long[] {f == 0 ? BoolObject.NONE : f, other}, 0, 2);
    }

    /** defaultdict's slots: dict's, plus the factory. */
    static final class Type extends PyType implements ExtensionBase {
        Type() {
            super("collections.defaultdict", Types.DICT, true, SIZE, 0);
        }

        @Override
        public void newInstance(long d) {
        }

        @Override
        public void initInstance(long d, long[] args, int offset, int count, long kwnames) {
            init(d, args, offset, count, kwnames);
        }

        @Override
        public long weaklistOffset() {
            return 0;
        }

        @Override
        protected void defineMethods() {
            method("__missing__", (self, a, o, n) -> {
                if (n != 1) {
                    throw Errors.typeError("defaultdict.__missing__() takes exactly one argument (" + n + " given)");
                }
                return missing(self, a[o]);
            });
            method("copy", (self, a, o, n) -> copyOf(self, self));
            method("__copy__", (self, a, o, n) -> copyOf(self, self));
            methodWithKeywords("__init__", (self, a, o, n, kw) -> {
                init(self, a, o, n, kw);
                return BoolObject.none();
            });
        }

        /** defdict_init: the first positional argument is the factory; the rest go to dict.__init__. */
        static void init(long d, long[] a, int o, int n, long kw) {
            int nkw = Kw.count(kw);
            int npos = n - nkw;
            long f = 0;
            if (npos > 0) {
                f = a[o];
                if (f != BoolObject.NONE && !FunctionBuiltins.isCallable(f)) {
                    throw Errors.typeError("first argument must be callable or None");
                }
            }
            if (npos > 2) {
                throw Errors.typeError("dict expected at most 1 argument, got " + (npos - 1));
            }
            long old = factory(d);
            Memory.putLong(d + FACTORY, f == 0 || f == BoolObject.NONE ? 0 : Heap.newRef(f));
            Heap.xdecref(old);
            if (npos == 2) {
                DictObject.update(d, a[o + 1]);
            }
            for (int k = 0; k < nkw; k++) {
                DictObject.set(d, TupleObject.get(kw, k), a[o + npos + k]);
            }
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            long d = create(this, 0, 0);
            try {
                init(d, args, offset, count, kwnames);
            } catch (PyException e) {
                Heap.decref(d);
                throw e;
            }
            return d;
        }

        @Override
        public long getAttr(long d, long name) {
            if (StrObject.toJava(name).equals("default_factory")) {
                long f = factory(d);
                return Heap.newRef(f == 0 ? BoolObject.NONE : f);
            }
            return 0;
        }

        @Override
        public boolean setAttr(long d, long name, long value) {
            if (!StrObject.toJava(name).equals("default_factory")) {
                return false;
            }
            long old = factory(d);
            Memory.putLong(d + FACTORY, value == 0 || value == BoolObject.NONE ? 0 : Heap.newRef(value));
            Heap.xdecref(old);
            return true;
        }

        @Override
        public boolean methodShortcut() {
            return true;
        }

        @Override
        public String repr(long d) {
            long f = factory(d);
            String name = Types.of(d).name;
            name = name.substring(name.lastIndexOf('.') + 1);
            String base = Types.DICT.repr(d);
            String factory = f == 0 ? "None" : Ops.reprGuarded(f, "...", () -> Ops.reprJava(f));
            return name + "(" + factory + ", " + base + ")";
        }

        @Override
        public void dealloc(long d) {
            long f = factory(d);
            Memory.putLong(d + FACTORY, 0);
            Heap.xdecref(f);
            Types.DICT.dealloc(d);
        }

        @Override
        public void traverse(long d, Visitor visit) {
            IteratorTypes.visitIf(visit, factory(d));
            Types.DICT.traverse(d, visit);
        }

        @Override
        public void visitReferences(long d, Visitor visit) {
            IteratorTypes.visitIf(visit, factory(d));
            Types.DICT.visitReferences(d, visit);
        }

        /** defdict_tp_clear: the factory, then the dict's entries. */
        @Override
        public void clear(long d) {
            Heap.clearField(d, FACTORY);
            Types.DICT.clear(d);
        }

        @Override
        public long sizeof(long d) {
            return Types.DICT.sizeof(d) - Types.DICT.basicSize + SIZE;
        }

        @Override
        public long hash(long d) {
            throw Errors.typeError("unhashable type: 'collections.defaultdict'");
        }

        @Override
        public boolean isTrue(long d) {
            return DictObject.size(d) != 0;
        }

        @Override
        public long length(long d) {
            return DictObject.size(d);
        }

        @Override
        public long iter(long d) {
            return Types.DICT.iter(d);
        }

        @Override
        public int contains(long d, long key) {
            return Types.DICT.contains(d, key);
        }

        @Override
        public long getItem(long d, long key) {
            return Types.DICT.getItem(d, key);
        }

        @Override
        public void setItem(long d, long key, long value) {
            Types.DICT.setItem(d, key, value);
        }

        @Override
        public void delItem(long d, long key) {
            Types.DICT.delItem(d, key);
        }

        @Override
        public long richCompare(long a, long b, int op) {
            return Types.DICT.richCompare(a, b, op);
        }

        /** defdict_or: a copy of the defaultdict operand (left or right) updated with the right one. */
        @Override
        public long binaryOp(long a, long b, int op) {
            if (op != Ops.NB_OR) {
                return Types.DICT.binaryOp(a, b, op);
            }
            boolean leftIsSelf = Types.of(a).isSubtypeOf(TYPE);
            long self = leftIsSelf ? a : b;
            long other = leftIsSelf ? b : a;
            if (!DictObject.checkSub(other)) {
                return 0;
            }
            long r = copyOf(self, a);
            try {
                DictObject.update(r, b);
            } catch (PyException e) {
                Heap.decref(r);
                throw e;
            }
            return r;
        }
    }
}
