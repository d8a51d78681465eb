package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * The weak reference types (weakrefobject.c): {@code weakref.ReferenceType} (what
 * {@code weakref.ref} makes; classes may derive from it), {@code weakref.ProxyType} and
 * {@code weakref.CallableProxyType}. All three are PyWeakReference (Layout.WEAKREF_*, 64 bytes and a
 * GC header); the lists they sit on are {@link WeakRefs}' business.
 */
public final class WeakRefObject {
    private WeakRefObject() {}

    /** A weakref's size and the slots all three types share: dealloc, traverse and clear. */
    private abstract static class Base extends PyType {
        Base(String name) {
            super(name, Types.OBJECT, true, WEAKREF_SIZE, 0);
        }

        /** weakref_dealloc / proxy_dealloc: off its referent's list, the callback dropped, freed. */
        @Override
        public void dealloc(long wr) {
            Heap.untrack(wr);
            WeakRefs.clearWeakref(wr);
            Heap.freeObject(wr, true);
        }

        /** gc_traverse: only the callback is a reference the weakref holds. */
        @Override
        public void traverse(long wr, Visitor visit) {
            long callback = WeakRefs.callback(wr);
            if (callback != 0) {
                visit.visit(callback);
            }
        }

        /** gc_clear: clear_weakref (unlinked, callback dropped). */
        @Override
        public void clear(long wr) {
            WeakRefs.clearWeakref(wr);
        }
    }

    private static int keywordCount(long kwnames) {
        return kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
    }

    /** PyArg_UnpackTuple(args, name, 1, 2): one or two positional arguments. */
    static void unpackOneOrTwo(String name, int n) {
        if (n < 1) {
            throw Errors.typeError(name + " expected at least 1 argument, got " + n);
        }
        if (n > 2) {
            throw Errors.typeError(name + " expected at most 2 arguments, got " + n);
        }
    }

    /** weakref.ReferenceType: calling it returns the referent or None. */
    static final class RefType extends Base implements ExtensionBase {
        RefType() {
            super("weakref.ReferenceType");
        }

        @Override
        protected void defineMethods() {
            methodWithKeywords("__init__", (self, a, o, n, kwnames) -> {
                init(a, o, n, kwnames);
                return BoolObject.none();
            });
            SlotWrappers.define(this, "__call__", (self, a, o, n) -> call(self, a, o, n));
            GetSetDescrObject.defineComputed(this, "__callback__", wr -> {
                long callback = WeakRefs.callback(wr);
                return Heap.newRef(callback == 0 ? BoolObject.NONE : callback);
            });
            SlotWrappers.reprStrHash(this, false);
            SlotWrappers.comparisons(this);
        }

        /** weakref___init__: checks the arguments again (and rejects keywords); the work was done by new. */
        private static void init(long[] args, int offset, int count, long kwnames) {
            int nkw = keywordCount(kwnames);
            if (nkw > 0) {
                throw Errors.typeError("ref() takes no keyword arguments");
            }
            unpackOneOrTwo("__init__", count);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        /** type_call: weakref___new__ (keywords ignored), then weakref___init__. */
        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            int npos = count - keywordCount(kwnames);
            unpackOneOrTwo("__new__", npos);
            long wr = WeakRefs.newRef(args[offset], npos > 1 ? args[offset + 1] : 0);
            try {
                init(args, offset, count, kwnames);
            } catch (PyException e) {
                Heap.decref(wr);
                throw e;
            }
            return wr;
        }

        // ---- as the base of a class (KeyedRef, WeakMethod)

        @Override
        public void newInstance(long wr) {
            Memory.putLong(wr + WEAKREF_OBJECT, BoolObject.NONE);
            Memory.putLong(wr + WEAKREF_HASH, -1);
        }

        @Override
        public long newWithArguments(HeapType cls, long[] args, int offset, int count, long kwnames) {
            int npos = count - keywordCount(kwnames);
            unpackOneOrTwo("__new__", npos);
            return WeakRefs.newSubclassRef(cls, args[offset], npos > 1 ? args[offset + 1] : 0);
        }

        @Override
        public void initInstance(long wr, long[] args, int offset, int count, long kwnames) {
            init(args, offset, count, kwnames);
        }

        // ---- slots

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long wr, long[] args, int offset, int count) {
            if (count != 0) {
                throw Errors.typeError("weakref expected 0 arguments, got " + count);
            }
            return Heap.newRef(WeakRefs.referent(wr));
        }

        @Override
        public long callWithKeywords(long wr, long[] args, int offset, int count, long kwnames) {
            if (keywordCount(kwnames) > 0) {
                throw Errors.typeError("weakref() takes no keyword arguments");
            }
            return call(wr, args, offset, count);
        }

        /** weakref_hash: the referent's hash, computed once and kept after the referent dies. */
        @Override
        public long hash(long wr) {
            long h = Memory.getLong(wr + WEAKREF_HASH);
            if (h != -1) {
                return h;
            }
            long obj = WeakRefs.referent(wr);
            if (obj == BoolObject.NONE) {
                throw Errors.typeError("weak object has gone away");
            }
            Heap.incref(obj);
            try {
                h = Ops.hash(obj);
            } finally {
                Heap.decref(obj);
            }
            Memory.putLong(wr + WEAKREF_HASH, h);
            return h;
        }

        /** weakref_richcompare: == and != compare the referents while both live, identity after. */
        @Override
        public long richCompare(long a, long b, int op) {
            if (op != Ops.EQ && op != Ops.NE || !WeakRefs.isWeakref(a) || !WeakRefs.isWeakref(b)) {
                return 0;
            }
            long x = WeakRefs.referent(a);
            long y = WeakRefs.referent(b);
            if (x == BoolObject.NONE || y == BoolObject.NONE) {
                return BoolObject.fromBoolean((a == b) == (op == Ops.EQ));
            }
            Heap.incref(x);
            Heap.incref(y);
            try {
                return Ops.richCompare(x, y, op);
            } finally {
                Heap.decref(x);
                Heap.decref(y);
            }
        }

        @Override
        public String repr(long wr) {
            long obj = WeakRefs.referent(wr);
            if (obj == BoolObject.NONE) {
                return "<weakref at " + Heap.hexAddress(wr) + "; dead>";
            }
            Heap.incref(obj);
            try {
                String head = "<weakref at " + Heap.hexAddress(wr) + "; to '" + Types.of(obj).name + "' at "
                        + Heap.hexAddress(obj);
                long name = lookupName(obj);
                if (name == 0) {
                    return head + ">";
                }
                try {
                    return head + " (" + StrObject.toJava(name) + ")>";
                } finally {
                    Heap.decref(name);
                }
            } finally {
                Heap.decref(obj);
            }
        }

        /** obj.__name__ when it exists and is a str (a new reference), else 0; AttributeError swallowed. */
        private static long lookupName(long obj) {
            long name;
            try {
                name = Ops.getAttr(obj, Names.get("__name__"));
            } catch (PyException e) {
                if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                Heap.decref(e.exception);
                return 0;
            }
            if (!StrObject.check(name)) {
                Heap.decref(name);
                return 0;
            }
            return name;
        }

        /** __callback__ is a read-only member. */
        @Override
        public boolean setAttr(long wr, long name, long value) {
            if (StrObject.toJava(name).equals("__callback__")) {
                throw Errors.attributeError("readonly attribute");
            }
            return false;
        }
    }

    /**
     * weakref.ProxyType: every operation is applied to the referent (ReferenceError once it is
     * gone); proxies are unhashable and, for a callable referent, of the callable variant.
     */
    static class ProxyType extends Base {
        ProxyType(String name) {
            super(name);
        }

        ProxyType() {
            this("weakref.ProxyType");
        }

        /** UNWRAP: a proxy's referent (ReferenceError when dead), any other object itself; a new reference. */
        static long unwrap(long o) {
            if (!WeakRefs.isProxy(o)) {
                return Heap.newRef(o);
            }
            long obj = WeakRefs.referent(o);
            if (obj == BoolObject.NONE) {
                throw Errors.raise(Types.REFERENCE_ERROR, "weakly-referenced object no longer exists");
            }
            return Heap.newRef(obj);
        }

        @Override
        public String repr(long p) {
            long obj = WeakRefs.referent(p);
            return "<weakproxy at " + Heap.hexAddress(p) + " to " + Types.of(obj).name + " at "
                    + Heap.hexAddress(obj) + ">";
        }

        @Override
        public String str(long p) {
            long x = unwrap(p);
            try {
                return Ops.strJava(x);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public long hash(long p) {
            throw Errors.typeError("unhashable type: '" + name + "'");
        }

        @Override
        public boolean isTrue(long p) {
            long x = unwrap(p);
            try {
                return Ops.isTrue(x);
            } finally {
                Heap.decref(x);
            }
        }

        /** proxy_length: the referent's length, -1 when it has none (len() then raises). */
        @Override
        public long length(long p) {
            long x = unwrap(p);
            try {
                return Types.of(x).length(x);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public long richCompare(long a, long b, int op) {
            long x = unwrap(a);
            try {
                long y = unwrap(b);
                try {
                    return Ops.richCompare(x, y, op);
                } finally {
                    Heap.decref(y);
                }
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            long x = unwrap(a);
            try {
                long y = unwrap(b);
                try {
                    return Ops.binaryOp(x, y, op);
                } finally {
                    Heap.decref(y);
                }
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public long unaryOp(long a, int op) {
            long x = unwrap(a);
            try {
                return Ops.unaryOp(x, op);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public long getItem(long p, long key) {
            long x = unwrap(p);
            try {
                return Ops.getItem(x, key);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public void setItem(long p, long key, long value) {
            long x = unwrap(p);
            try {
                Types.of(x).setItem(x, key, value);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public void delItem(long p, long key) {
            long x = unwrap(p);
            try {
                Types.of(x).delItem(x, key);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public int contains(long p, long item) {
            long x = unwrap(p);
            try {
                return Ops.contains(x, item) ? 1 : 0;
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public boolean hasIterSlot() {
            return true;
        }

        @Override
        public long iter(long p) {
            long x = unwrap(p);
            try {
                return Ops.iter(x);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public long next(long p) {
            long x = unwrap(p);
            try {
                if (!isIterator(x)) {
                    throw Errors.typeError("Weakref proxy referenced a non-iterator '" + Types.of(x).name + "' object");
                }
                return Types.of(x).next(x);
            } finally {
                Heap.decref(x);
            }
        }

        /** PyIter_Check: whether x's type has a tp_iternext (a class: __next__ along its MRO). */
        private static boolean isIterator(long x) {
            PyType t = Types.of(x);
            if (t instanceof HeapType h) {
                return h.lookup(Names.get("__next__")) != 0 || !h.builtin.equals(Types.OBJECT) && isIteratorType(h.builtin);
            }
            return isIteratorType(t);
        }

        private static boolean isIteratorType(PyType t) {
            try {
                return t.getClass().getMethod("next", long.class).getDeclaringClass() != PyType.class;
            } catch (NoSuchMethodException e) {
                return false;
            }
        }

        @Override
        public boolean methodShortcut() {
            return false;
        }

        /** proxy_getattr: the referent's attribute (AttributeError names the referent's type). */
        @Override
        public long getAttr(long p, long name) {
            long x = unwrap(p);
            try {
                return Ops.getAttr(x, name);
            } finally {
                Heap.decref(x);
            }
        }

        @Override
        public boolean setAttr(long p, long name, long value) {
            long x = unwrap(p);
            try {
                Ops.setAttr(x, name, value);
                return true;
            } finally {
                Heap.decref(x);
            }
        }
    }

    /** weakref.CallableProxyType: a proxy to a callable, itself callable. */
    static final class CallableProxyType extends ProxyType {
        CallableProxyType() {
            super("weakref.CallableProxyType");
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
            long x = unwrap(p);
            try {
                return Calls.call(x, args, offset, count, kwnames);
            } finally {
                Heap.decref(x);
            }
        }
    }
}
