package org.minipy.runtime.builtins;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * The iterator types of the builtins module, with CPython 3.11's layouts (enumobject.c,
 * bltinmodule.c, listobject.c, iterobject.c). Each holds the references CPython's does; enumerate
 * and zip reuse their result tuple when nobody else holds it, as CPython does, which a program can
 * see in {@code sys.getrefcount} of the items.
 *
 * <pre>
 * enumerate            +16 en_index  +24 en_sit  +32 en_result  +40 en_longindex  +48 one   (56)
 * zip                  +16 tuplesize +24 ittuple +32 result     +40 strict                (48)
 * map                  +16 iters     +24 func                                             (32)
 * filter               +16 func      +24 it                                               (32)
 * reversed             +16 index     +24 seq                                              (32)
 * list_reverseiterator +16 it_index  +24 it_seq                                           (32)
 * callable_iterator    +16 it_callable +24 it_sentinel                                    (32)
 * </pre>
 */
public final class IteratorTypes {
    private IteratorTypes() {}

    static final long PY_SSIZE_T_MAX = Long.MAX_VALUE;

    public static final PyType ENUMERATE = new Enumerate().ready();
    public static final PyType ZIP = new Zip().ready();
    public static final PyType MAP = new MapType().ready();
    public static final PyType FILTER = new Filter().ready();
    public static final PyType REVERSED = new Reversed().ready();
    public static final PyType LIST_REVERSEITERATOR = new ListReverseIterator().ready();
    public static final PyType CALLABLE_ITERATOR = new CallableIterator().ready();

    static long get(long obj, long offset) {
        return Memory.getLong(obj + offset);
    }

    static void put(long obj, long offset, long v) {
        Memory.putLong(obj + offset, v);
    }

    /** A new tracked object of type t with size bytes, fields zeroed. */
    static long alloc(PyType t, long size) {
        long obj = Heap.allocObject(t.address, size, true);
        Memory.fill(obj + 16, size - 16, (byte) 0);
        return obj;
    }

    /** The next item of an iterator (tp_iternext): a new reference or 0 at the end. */
    static long next(long it) {
        return Ops.next(it);
    }

    static void visitIf(PyType.Visitor v, long ref) {
        if (ref != 0) {
            v.visit(ref);
        }
    }

    // ---- enumerate

    static final long EN_INDEX = 16;
    static final long EN_SIT = 24;
    static final long EN_RESULT = 32;
    static final long EN_LONGINDEX = 40;
    static final long EN_ONE = 48;
    static final long EN_SIZE = 56;

    static final class Enumerate extends PyType {
        Enumerate() {
            super("enumerate", Types.OBJECT, true, EN_SIZE, 0);
        }

        /** CPython 3.11 has enumerate_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            long[] p = Kw.bind("enumerate", new String[] {"iterable", "start"}, 0, 1, args, offset, count, kwnames);
            long start = p[1];
            if (start != 0 && !IntObject.check(start)) {
                throw Errors.typeError("'" + Types.of(start).name + "' object cannot be interpreted as an integer");
            }
            long it = Ops.iter(p[0]);
            long result = TupleObject.allocate(2);
            TupleObject.set(result, 0, BoolObject.none());
            TupleObject.set(result, 1, BoolObject.none());
            long en = alloc(this, EN_SIZE);
            if (start == 0) {
                put(en, EN_INDEX, 0);
            } else if (IntObject.fitsMachineWord(start)) {
                put(en, EN_INDEX, IntObject.wordValue(start));
            } else {
                put(en, EN_INDEX, PY_SSIZE_T_MAX);
                put(en, EN_LONGINDEX, Heap.newRef(start));
            }
            put(en, EN_SIT, it);
            put(en, EN_RESULT, result);
            put(en, EN_ONE, IntObject.fromLong(1));
            Heap.track(en);
            return en;
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long en) {
            long item = IteratorTypes.next(get(en, EN_SIT));
            if (item == 0) {
                return 0;
            }
            long index;
            long i = get(en, EN_INDEX);
            if (i == PY_SSIZE_T_MAX) {
                long li = get(en, EN_LONGINDEX);
                if (li == 0) {
                    li = IntObject.fromLong(PY_SSIZE_T_MAX);
                }
                index = li;
                put(en, EN_LONGINDEX, Ops.binaryOp(li, get(en, EN_ONE), Ops.NB_ADD));
                index = Heap.newRef(index);
                Heap.decref(li);
            } else {
                index = IntObject.fromLong(i);
                put(en, EN_INDEX, i + 1);
            }
            return reuseOrNew(get(en, EN_RESULT), index, item);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj, EN_SIT));
            Heap.xdecref(get(obj, EN_RESULT));
            Heap.xdecref(get(obj, EN_LONGINDEX));
            Heap.xdecref(get(obj, EN_ONE));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor v) {
            visitIf(v, get(obj, EN_SIT));
            visitIf(v, get(obj, EN_RESULT));
            visitIf(v, get(obj, EN_LONGINDEX));
        }

        /** The cached int 1 too, which enum_traverse leaves out. */
        @Override
        public void visitReferences(long obj, Visitor v) {
            traverse(obj, v);
            visitIf(v, get(obj, EN_ONE));
        }
    }

    /** The (index, item) pair: the cached tuple refilled when only the iterator holds it, else a new one. */
    static long reuseOrNew(long result, long a, long b) {
        if (Heap.refcount(result) == 1) {
            Heap.incref(result);
            long oldA = TupleObject.get(result, 0);
            long oldB = TupleObject.get(result, 1);
            TupleObject.set(result, 0, a);
            TupleObject.set(result, 1, b);
            Heap.decref(oldA);
            Heap.decref(oldB);
            if (!Heap.isTracked(result)) {
                Heap.track(result);
            }
            return result;
        }
        long t = TupleObject.allocate(2);
        TupleObject.set(t, 0, a);
        TupleObject.set(t, 1, b);
        return t;
    }

    // ---- zip

    static final long ZIP_TUPLESIZE = 16;
    static final long ZIP_ITTUPLE = 24;
    static final long ZIP_RESULT = 32;
    static final long ZIP_STRICT = 40;
    static final long ZIP_SIZE = 48;

    static final class Zip extends PyType {
        Zip() {
            super("zip", Types.OBJECT, true, ZIP_SIZE, 0);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            int nkw = Kw.count(kwnames);
            long[] kw = Kw.keywordsOnly("zip", new String[] {"strict"}, args, offset, count, kwnames);
            boolean strict = kw[0] != 0 && Ops.isTrue(kw[0]);
            int n = count - nkw;
            long ittuple = TupleObject.allocate(n);
            try {
                for (int i = 0; i < n; i++) {
                    TupleObject.set(ittuple, i, Ops.iter(args[offset + i]));
                }
            } catch (PyException e) {
                Heap.decref(ittuple);
                throw e;
            }
            long result = TupleObject.allocate(n);
            for (int i = 0; i < n; i++) {
                TupleObject.set(result, i, BoolObject.none());
            }
            long z = alloc(this, ZIP_SIZE);
            put(z, ZIP_TUPLESIZE, n);
            put(z, ZIP_ITTUPLE, ittuple);
            put(z, ZIP_RESULT, result);
            Memory.putInt(z + ZIP_STRICT, strict ? 1 : 0);
            Heap.track(z);
            return z;
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long z) {
            int n = (int) get(z, ZIP_TUPLESIZE);
            if (n == 0) {
                return 0;
            }
            long its = get(z, ZIP_ITTUPLE);
            long result = get(z, ZIP_RESULT);
            if (Heap.refcount(result) == 1) {
                Heap.incref(result);
                for (int i = 0; i < n; i++) {
                    long item = IteratorTypes.next(TupleObject.get(its, i));
                    if (item == 0) {
                        Heap.decref(result);
                        return strictCheck(z, i);
                    }
                    long old = TupleObject.get(result, i);
                    TupleObject.set(result, i, item);
                    Heap.decref(old);
                }
                if (!Heap.isTracked(result)) {
                    Heap.track(result);
                }
                return result;
            }
            result = TupleObject.allocate(n);
            for (int i = 0; i < n; i++) {
                long item = IteratorTypes.next(TupleObject.get(its, i));
                if (item == 0) {
                    Heap.decref(result);
                    return strictCheck(z, i);
                }
                TupleObject.set(result, i, item);
            }
            return result;
        }

        /** Iterator i ran out: with strict=True, a ValueError unless all the others end there too. */
        private long strictCheck(long z, int i) {
            if (Memory.getInt(z + ZIP_STRICT) == 0) {
                return 0;
            }
            long its = get(z, ZIP_ITTUPLE);
            int n = (int) get(z, ZIP_TUPLESIZE);
            String plural = i == 1 ? " " : "s 1-";
            if (i > 0) {
                throw Errors.valueError("zip() argument " + (i + 1) + " is shorter than argument" + plural + i);
            }
            for (i = 1; i < n; i++) {
                long item = IteratorTypes.next(TupleObject.get(its, i));
                if (item != 0) {
                    Heap.decref(item);
                    plural = i == 1 ? " " : "s 1-";
                    throw Errors.valueError("zip() argument " + (i + 1) + " is longer than argument" + plural + i);
                }
            }
            return 0;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj, ZIP_ITTUPLE));
            Heap.xdecref(get(obj, ZIP_RESULT));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor v) {
            visitIf(v, get(obj, ZIP_ITTUPLE));
            visitIf(v, get(obj, ZIP_RESULT));
        }
    }

    // ---- map

    static final long MAP_ITERS = 16;
    static final long MAP_FUNC = 24;
    static final long MAP_SIZE = 32;

    static final class MapType extends PyType {
        MapType() {
            super("map", Types.OBJECT, true, MAP_SIZE, 0);
        }

        /** CPython 3.11 has map_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count < 2) {
                throw Errors.typeError("map() must have at least two arguments.");
            }
            long iters = TupleObject.allocate(count - 1);
            try {
                for (int i = 1; i < count; i++) {
                    TupleObject.set(iters, i - 1, Ops.iter(args[offset + i]));
                }
            } catch (PyException e) {
                Heap.decref(iters);
                throw e;
            }
            long m = alloc(this, MAP_SIZE);
            put(m, MAP_ITERS, iters);
            put(m, MAP_FUNC, Heap.newRef(args[offset]));
            Heap.track(m);
            return m;
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            if (Kw.count(kwnames) > 0) {
                throw Errors.typeError("map() takes no keyword arguments");
            }
            return construct(args, offset, count);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long m) {
            long iters = get(m, MAP_ITERS);
            int n = (int) TupleObject.size(iters);
            long[] stack = new long[n];
            for (int i = 0; i < n; i++) {
                long item;
                try {
                    item = IteratorTypes.next(TupleObject.get(iters, i));
                } catch (PyException e) {
                    release(stack, i);
                    throw e;
                }
                if (item == 0) {
                    release(stack, i);
                    return 0;
                }
                stack[i] = item;
            }
            try {
                return Calls.call(get(m, MAP_FUNC), stack, 0, n);
            } finally {
                release(stack, n);
            }
        }

        private static void release(long[] stack, int n) {
            for (int i = 0; i < n; i++) {
                Heap.decref(stack[i]);
            }
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj, MAP_ITERS));
            Heap.xdecref(get(obj, MAP_FUNC));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor v) {
            visitIf(v, get(obj, MAP_ITERS));
            visitIf(v, get(obj, MAP_FUNC));
        }
    }

    // ---- filter

    static final long FILTER_FUNC = 16;
    static final long FILTER_IT = 24;
    static final long FILTER_SIZE = 32;

    static final class Filter extends PyType {
        Filter() {
            super("filter", Types.OBJECT, true, FILTER_SIZE, 0);
        }

        /** CPython 3.11 has filter_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count != 2) {
                throw Errors.typeError("filter expected 2 arguments, got " + count);
            }
            long it = Ops.iter(args[offset + 1]);
            long f = alloc(this, FILTER_SIZE);
            put(f, FILTER_FUNC, Heap.newRef(args[offset]));
            put(f, FILTER_IT, it);
            Heap.track(f);
            return f;
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            if (Kw.count(kwnames) > 0) {
                throw Errors.typeError("filter() takes no keyword arguments");
            }
            return construct(args, offset, count);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long f) {
            long func = get(f, FILTER_FUNC);
            boolean checkTrue = func == BoolObject.NONE || func == Types.BOOL.address;
            while (true) {
                long item = IteratorTypes.next(get(f, FILTER_IT));
                if (item == 0) {
                    return 0;
                }
                boolean ok;
                try {
                    if (checkTrue) {
                        ok = Ops.isTrue(item);
                    } else {
                        long good = Calls.call(func, new long[] {item}, 0, 1);
                        try {
                            ok = Ops.isTrue(good);
                        } finally {
                            Heap.decref(good);
                        }
                    }
                } catch (PyException e) {
                    Heap.decref(item);
                    throw e;
                }
                if (ok) {
                    return item;
                }
                Heap.decref(item);
            }
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj, FILTER_FUNC));
            Heap.xdecref(get(obj, FILTER_IT));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor v) {
            visitIf(v, get(obj, FILTER_IT));
            visitIf(v, get(obj, FILTER_FUNC));
        }
    }

    // ---- reversed and list_reverseiterator

    static final long REV_INDEX = 16;
    static final long REV_SEQ = 24;
    static final long REV_SIZE = 32;

    /** reversed(seq) for a sequence without __reversed__: indexes from len(seq) - 1 down. */
    static final class Reversed extends PyType {
        Reversed() {
            super("reversed", Types.OBJECT, true, REV_SIZE, 0);
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        /** reversed_len: the items left, by the sequence's len() now (which may run its __len__). */
        @Override
        public long lengthHint(long r) {
            long seq = get(r, REV_SEQ);
            if (seq == 0) {
                return 0;
            }
            long size = Ops.length(seq);
            long position = get(r, REV_INDEX) + 1;
            return size < position ? 0 : position;
        }

        /** CPython 3.11 has reversed_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count != 1) {
                throw Errors.typeError("reversed expected 1 argument, got " + count);
            }
            return FunctionBuiltins.reversed(args[offset]);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            if (Kw.count(kwnames) > 0) {
                throw Errors.typeError("reversed() takes no keyword arguments");
            }
            return construct(args, offset, count);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long r) {
            long index = get(r, REV_INDEX);
            long seq = get(r, REV_SEQ);
            if (index >= 0 && seq != 0) {
                long i = IntObject.fromLong(index);
                try {
                    long item = Ops.getItem(seq, i);
                    put(r, REV_INDEX, index - 1);
                    return item;
                } catch (PyException e) {
                    if (!e.type().isSubtypeOf(Types.INDEX_ERROR) && !e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                        throw e;
                    }
                    Heap.decref(e.exception);
                } finally {
                    Heap.decref(i);
                }
            }
            put(r, REV_INDEX, -1);
            put(r, REV_SEQ, 0);
            Heap.xdecref(seq);
            return 0;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj, REV_SEQ));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor v) {
            visitIf(v, get(obj, REV_SEQ));
        }
    }

    /** A new reversed object over seq of length n. */
    static long newReversed(long seq, long n) {
        long r = alloc(REVERSED, REV_SIZE);
        put(r, REV_INDEX, n - 1);
        put(r, REV_SEQ, Heap.newRef(seq));
        Heap.track(r);
        return r;
    }

    /** A new list_reverseiterator over list. */
    static long newListReverseIterator(long list) {
        long r = alloc(LIST_REVERSEITERATOR, REV_SIZE);
        put(r, REV_INDEX, ListObject.size(list) - 1);
        put(r, REV_SEQ, Heap.newRef(list));
        Heap.track(r);
        return r;
    }

    static final class ListReverseIterator extends PyType {
        ListReverseIterator() {
            super("list_reverseiterator", Types.OBJECT, true, REV_SIZE, 0);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long r) {
            long index = get(r, REV_INDEX);
            long seq = get(r, REV_SEQ);
            if (seq == 0) {
                return 0;
            }
            if (index >= 0 && index < ListObject.size(seq)) {
                put(r, REV_INDEX, index - 1);
                return Heap.newRef(ListObject.get(seq, index));
            }
            put(r, REV_INDEX, -1);
            put(r, REV_SEQ, 0);
            Heap.decref(seq);
            return 0;
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        /** listreviter_len (its __length_hint__; it has no len()). */
        @Override
        public long lengthHint(long obj) {
            long seq = get(obj, REV_SEQ);
            long index = get(obj, REV_INDEX);
            return seq == 0 || index < 0 || index >= ListObject.size(seq) ? 0 : index + 1;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj, REV_SEQ));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor v) {
            visitIf(v, get(obj, REV_SEQ));
        }
    }

    // ---- callable_iterator: iter(callable, sentinel)

    static final long CALLITER_CALLABLE = 16;
    static final long CALLITER_SENTINEL = 24;
    static final long CALLITER_SIZE = 32;

    static long newCallableIterator(long callable, long sentinel) {
        long it = alloc(CALLABLE_ITERATOR, CALLITER_SIZE);
        put(it, CALLITER_CALLABLE, Heap.newRef(callable));
        put(it, CALLITER_SENTINEL, Heap.newRef(sentinel));
        Heap.track(it);
        return it;
    }

    static final class CallableIterator extends PyType {
        CallableIterator() {
            super("callable_iterator", Types.OBJECT, true, CALLITER_SIZE, 0);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long it) {
            long callable = get(it, CALLITER_CALLABLE);
            if (callable == 0) {
                return 0;
            }
            long result;
            try {
                result = Calls.call(callable, new long[0], 0, 0);
            } catch (PyException e) {
                if (e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                    Heap.decref(e.exception);
                    exhaust(it);
                    return 0;
                }
                throw e;
            }
            boolean end;
            try {
                end = Ops.equal(get(it, CALLITER_SENTINEL), result);
            } catch (PyException e) {
                Heap.decref(result);
                throw e;
            }
            if (!end) {
                return result;
            }
            Heap.decref(result);
            exhaust(it);
            return 0;
        }

        private static void exhaust(long it) {
            long c = get(it, CALLITER_CALLABLE);
            long s = get(it, CALLITER_SENTINEL);
            put(it, CALLITER_CALLABLE, 0);
            put(it, CALLITER_SENTINEL, 0);
            Heap.xdecref(c);
            Heap.xdecref(s);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj, CALLITER_CALLABLE));
            Heap.xdecref(get(obj, CALLITER_SENTINEL));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor v) {
            visitIf(v, get(obj, CALLITER_CALLABLE));
            visitIf(v, get(obj, CALLITER_SENTINEL));
        }
    }
}
