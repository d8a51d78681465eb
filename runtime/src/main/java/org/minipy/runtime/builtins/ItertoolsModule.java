package org.minipy.runtime.builtins;

import static org.minipy.runtime.builtins.IteratorTypes.alloc;
import static org.minipy.runtime.builtins.IteratorTypes.get;
import static org.minipy.runtime.builtins.IteratorTypes.put;
import static org.minipy.runtime.builtins.IteratorTypes.visitIf;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.Sequences;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * The itertools module (itertoolsmodule.c, 3.11 layouts): count, islice, chain (and
 * chain.from_iterable), product, permutations, repeat, cycle. product and permutations keep
 * their result tuple and refill it when nobody else holds it, as CPython does.
 *
 * <pre>
 * count        +16 cnt  +24 long_cnt  +32 long_step                                  (40)
 * islice       +16 it   +24 next  +32 stop  +40 step  +48 cnt                        (56)
 * chain        +16 source  +24 active                                                (32)
 * product      +16 pools  +24 indices*  +32 result  +40 stopped           (48 + 8 per pool)
 * permutations +16 pool  +24 indices*  +32 cycles*  +40 result  +48 r  +56 stopped (64 + 8n + 8r)
 * repeat       +16 element  +24 cnt                                                  (32)
 * cycle        +16 it  +24 saved  +32 index  +40 firstpass                          (48)
 * </pre>
 */
final class ItertoolsModule {
    private ItertoolsModule() {}

    static final PyType COUNT = new Count().ready();
    static final PyType ISLICE = new Islice().ready();
    static final PyType CHAIN = new Chain().ready();
    static final PyType PRODUCT = new Product().ready();
    static final PyType PERMUTATIONS = new Permutations().ready();
    static final PyType REPEAT = new Repeat().ready();
    static final PyType CYCLE = new Cycle().ready();

    static {
        long f = CFunctionObject.create("from_iterable", (self, a, o, n) -> {
            Args.exactly("from_iterable", n, 1);
            return newChain(Ops.iter(a[o]));
        }, 0, 0);
        CHAIN.putInDict(Names.get("from_iterable"), f);
        Heap.decref(f);
    }

    static long create() {
        long m = ModuleObject.create("itertools");
        for (PyType t : new PyType[] {COUNT, ISLICE, CHAIN, PRODUCT, PERMUTATIONS, REPEAT, CYCLE}) {
            ModuleObject.setAttr(m, t.name.substring("itertools.".length()), t.address);
        }
        return m;
    }

    /** Base for the iterator types: iter(x) is x. */
    abstract static class IterType extends PyType {
        IterType(String name, long size) {
            super("itertools." + name, Types.OBJECT, true, size, 0);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        void noKeywords(long kwnames) {
            if (Kw.count(kwnames) > 0) {
                throw Errors.typeError(name.substring("itertools.".length()) + "() takes no keyword arguments");
            }
        }
    }

    // ---- count(start=0, step=1)

    static final class Count extends IterType {
        Count() {
            super("count", 40);
        }

        @Override
        public long constructWithKeywords(long[] a, int o, int n, long kw) {
            long[] p = Kw.bind("count", new String[] {"start", "step"}, 0, 0, a, o, n, kw);
            for (long x : p) {
                if (x != 0 && !IntObject.check(x) && !org.minipy.runtime.object.FloatObject.check(x)) {
                    throw Errors.typeError("a number is required");
                }
            }
            long c = alloc(this, 40);
            put(c, 24, p[0] == 0 ? IntObject.fromLong(0) : Heap.newRef(p[0]));
            put(c, 32, p[1] == 0 ? IntObject.fromLong(1) : Heap.newRef(p[1]));
            Heap.track(c);
            return c;
        }

        @Override
        public long next(long c) {
            long cnt = get(c, 24);
            put(c, 24, Ops.binaryOp(cnt, get(c, 32), Ops.NB_ADD));
            return cnt;
        }

        @Override
        public String repr(long c) {
            long step = get(c, 32);
            boolean unit = IntObject.check(step) && IntObject.fitsMachineWord(step) && IntObject.wordValue(step) == 1;
            return "count(" + Ops.reprJava(get(c, 24)) + (unit ? "" : ", " + Ops.reprJava(step)) + ")";
        }

        @Override
        public void dealloc(long c) {
            Heap.untrack(c);
            Heap.xdecref(get(c, 24));
            Heap.xdecref(get(c, 32));
            Heap.freeObject(c, true);
        }

        @Override
        public void traverse(long c, Visitor v) {
            visitIf(v, get(c, 24));
            visitIf(v, get(c, 32));
        }
    }

    // ---- islice(iterable, stop) / islice(iterable, start, stop[, step])

    static final class Islice extends IterType {
        Islice() {
            super("islice", 56);
        }

        private static long index(long x, String message, long dflt) {
            if (x == BoolObject.NONE) {
                return dflt;
            }
            if (!IntObject.check(x)) {
                throw Errors.valueError(message);
            }
            long v = IntObject.fitsMachineWord(x) ? IntObject.wordValue(x) : -2;
            if (v < 0) {
                throw Errors.valueError(message);
            }
            return v;
        }

        @Override
        public long constructWithKeywords(long[] a, int o, int n, long kw) {
            noKeywords(kw);
            if (n < 2 || n > 4) {
                throw Errors.typeError(n < 2 ? "islice expected at least 2 arguments, got " + n
                        : "islice expected at most 4 arguments, got " + n);
            }
            long start = 0;
            long stop;
            long step = 1;
            if (n == 2) {
                stop = index(a[o + 1], "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
                        -1);
            } else {
                String msg = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
                start = index(a[o + 1], msg, 0);
                stop = index(a[o + 2], msg, -1);
                if (n == 4) {
                    step = a[o + 3] == BoolObject.NONE ? 1 : index(a[o + 3],
                            "Step for islice() must be a positive integer or None.", 1);
                    if (step == 0) {
                        throw Errors.valueError("Step for islice() must be a positive integer or None.");
                    }
                }
            }
            long it = Ops.iter(a[o]);
            long s = alloc(this, 56);
            put(s, 16, it);
            put(s, 24, start);
            put(s, 32, stop);
            put(s, 40, step);
            put(s, 48, 0);
            Heap.track(s);
            return s;
        }

        @Override
        public long next(long s) {
            long it = get(s, 16);
            if (it == 0) {
                return 0;
            }
            long stop = get(s, 32);
            long oldNext = get(s, 24);
            while (get(s, 48) < get(s, 24)) {
                long item = Ops.next(it);
                if (item == 0) {
                    return empty(s);
                }
                Heap.decref(item);
                put(s, 48, get(s, 48) + 1);
            }
            if (stop != -1 && get(s, 48) >= stop) {
                return empty(s);
            }
            long item = Ops.next(it);
            if (item == 0) {
                return empty(s);
            }
            put(s, 48, get(s, 48) + 1);
            long next = get(s, 24) + get(s, 40);
            if (next < oldNext || (stop != -1 && next > stop)) {
                next = stop;
            }
            put(s, 24, next);
            return item;
        }

        private static long empty(long s) {
            long it = get(s, 16);
            put(s, 16, 0);
            Heap.xdecref(it);
            return 0;
        }

        @Override
        public void dealloc(long s) {
            Heap.untrack(s);
            Heap.xdecref(get(s, 16));
            Heap.freeObject(s, true);
        }

        @Override
        public void traverse(long s, Visitor v) {
            visitIf(v, get(s, 16));
        }
    }

    // ---- chain(*iterables)

    static long newChain(long source) {
        long c = alloc(CHAIN, 32);
        put(c, 16, source);
        Heap.track(c);
        return c;
    }

    static final class Chain extends IterType {
        Chain() {
            super("chain", 32);
        }

        /**
         * No vectorcall in 3.11: chain_new iterates the call's argument tuple, which is the tuple
         * construct makes, so the call makes no other.
         */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long constructWithKeywords(long[] a, int o, int n, long kw) {
            noKeywords(kw);
            long args = Sequences.tupleOf(a, o, n);
            try {
                return newChain(Ops.iter(args));
            } finally {
                Heap.decref(args);
            }
        }

        @Override
        public long next(long c) {
            while (get(c, 16) != 0) {
                if (get(c, 24) == 0) {
                    long iterable = Ops.next(get(c, 16));
                    if (iterable == 0) {
                        clearSource(c);
                        return 0;
                    }
                    try {
                        put(c, 24, Ops.iter(iterable));
                    } catch (RuntimeException e) {
                        clearSource(c);
                        throw e;
                    } finally {
                        Heap.decref(iterable);
                    }
                }
                long item = Ops.next(get(c, 24));
                if (item != 0) {
                    return item;
                }
                long active = get(c, 24);
                put(c, 24, 0);
                Heap.decref(active);
            }
            return 0;
        }

        private static void clearSource(long c) {
            long s = get(c, 16);
            put(c, 16, 0);
            Heap.xdecref(s);
        }

        @Override
        public void dealloc(long c) {
            Heap.untrack(c);
            Heap.xdecref(get(c, 24));
            Heap.xdecref(get(c, 16));
            Heap.freeObject(c, true);
        }

        @Override
        public void traverse(long c, Visitor v) {
            visitIf(v, get(c, 16));
            visitIf(v, get(c, 24));
        }
    }

    /** A copy of the result tuple when someone else holds it, else the same one (tracked again). */
    private static long ownResult(long obj, long offset) {
        long result = get(obj, offset);
        if (Heap.refcount(result) > 1) {
            long n = TupleObject.size(result);
            long copy = TupleObject.allocate(n);
            for (long i = 0; i < n; i++) {
                TupleObject.set(copy, i, Heap.newRef(TupleObject.get(result, i)));
            }
            put(obj, offset, copy);
            Heap.decref(result);
            return copy;
        }
        if (!Heap.isTracked(result)) {
            Heap.track(result);
        }
        return result;
    }

    private static void replace(long tuple, long i, long item) {
        long old = TupleObject.get(tuple, i);
        TupleObject.set(tuple, i, Heap.newRef(item));
        Heap.decref(old);
    }

    // ---- product(*iterables, repeat=1)

    static final class Product extends IterType {
        Product() {
            super("product", 48);
        }

        /** product has a __sizeof__ of its own in 3.11 (it counts its index arrays). */
        @Override
        protected void defineMethods() {
            sizeofMethod();
        }

        @Override
        public long constructWithKeywords(long[] a, int o, int n, long kw) {
            long[] k = Kw.keywordsOnly("product", new String[] {"repeat"}, a, o, n, kw);
            int npos = n - Kw.count(kw);
            long repeat = k[0] == 0 ? 1 : IntObject.asLong(k[0]);
            if (repeat < 0) {
                throw Errors.valueError("repeat argument cannot be negative");
            }
            int npools = (int) (npos * repeat);
            long pools = TupleObject.allocate(npools);
            try {
                for (int i = 0; i < npos; i++) {
                    long pool = Sequence.toTuple(a[o + i]);
                    for (long r = 0; r < repeat; r++) {
                        TupleObject.set(pools, i + r * npos, Heap.newRef(pool));
                    }
                    Heap.decref(pool);
                }
            } catch (RuntimeException e) {
                Heap.decref(pools);
                throw e;
            }
            long p = alloc(this, 48);
            long indices = ObjectAllocator.malloc(Math.max(8, 8L * npools));
            Memory.fill(indices, Math.max(8, 8L * npools), (byte) 0);
            put(p, 16, pools);
            put(p, 24, indices);
            Heap.track(p);
            return p;
        }

        @Override
        public long sizeof(long p) {
            return 48 + 8 * TupleObject.size(get(p, 16));
        }

        @Override
        public long next(long p) {
            if (get(p, 40) != 0) {
                return 0;
            }
            long pools = get(p, 16);
            int npools = (int) TupleObject.size(pools);
            long indices = get(p, 24);
            long result = get(p, 32);
            if (result == 0) {
                result = TupleObject.allocate(npools);
                put(p, 32, result);
                for (int i = 0; i < npools; i++) {
                    long pool = TupleObject.get(pools, i);
                    if (TupleObject.size(pool) == 0) {
                        put(p, 40, 1);
                        return 0;
                    }
                    TupleObject.set(result, i, Heap.newRef(TupleObject.get(pool, 0)));
                }
            } else {
                result = ownResult(p, 32);
                if (npools == 0) {
                    put(p, 40, 1);
                    return 0;
                }
                int i;
                for (i = npools - 1; i >= 0; i--) {
                    long pool = TupleObject.get(pools, i);
                    long ix = Memory.getLong(indices + 8L * i) + 1;
                    if (ix == TupleObject.size(pool)) {
                        Memory.putLong(indices + 8L * i, 0);
                        replace(result, i, TupleObject.get(pool, 0));
                    } else {
                        Memory.putLong(indices + 8L * i, ix);
                        replace(result, i, TupleObject.get(pool, ix));
                        break;
                    }
                }
                if (i < 0) {
                    put(p, 40, 1);
                    return 0;
                }
            }
            return Heap.newRef(result);
        }

        @Override
        public void dealloc(long p) {
            Heap.untrack(p);
            Heap.xdecref(get(p, 16));
            Heap.xdecref(get(p, 32));
            ObjectAllocator.free(get(p, 24));
            Heap.freeObject(p, true);
        }

        @Override
        public void traverse(long p, Visitor v) {
            visitIf(v, get(p, 16));
            visitIf(v, get(p, 32));
        }
    }

    // ---- permutations(iterable, r=None)

    static final class Permutations extends IterType {
        Permutations() {
            super("permutations", 64);
        }

        /** permutations has a __sizeof__ of its own in 3.11 (it counts its index arrays). */
        @Override
        protected void defineMethods() {
            sizeofMethod();
        }

        @Override
        public long constructWithKeywords(long[] a, int o, int n, long kw) {
            long[] p = Kw.bind("permutations", new String[] {"iterable", "r"}, 0, 1, a, o, n, kw);
            long pool = Sequence.toTuple(p[0]);
            long len = TupleObject.size(pool);
            long r = len;
            if (p[1] != 0 && p[1] != BoolObject.NONE) {
                if (!IntObject.check(p[1])) {
                    Heap.decref(pool);
                    throw Errors.typeError("Expected int as r");
                }
                r = IntObject.asLong(p[1]);
                if (r < 0) {
                    Heap.decref(pool);
                    throw Errors.valueError("r must be non-negative");
                }
            }
            long indices = ObjectAllocator.malloc(Math.max(8, 8 * len));
            long cycles = ObjectAllocator.malloc(Math.max(8, 8 * r));
            for (long i = 0; i < len; i++) {
                Memory.putLong(indices + 8 * i, i);
            }
            for (long i = 0; i < r; i++) {
                Memory.putLong(cycles + 8 * i, len - i);
            }
            long po = alloc(this, 64);
            put(po, 16, pool);
            put(po, 24, indices);
            put(po, 32, cycles);
            put(po, 48, r);
            put(po, 56, r > len ? 1 : 0);
            Heap.track(po);
            return po;
        }

        @Override
        public long sizeof(long po) {
            return 64 + 8 * TupleObject.size(get(po, 16)) + 8 * get(po, 48);
        }

        @Override
        public long next(long po) {
            if (get(po, 56) != 0) {
                return 0;
            }
            long pool = get(po, 16);
            long n = TupleObject.size(pool);
            long r = get(po, 48);
            long indices = get(po, 24);
            long cycles = get(po, 32);
            long result = get(po, 40);
            if (result == 0) {
                result = TupleObject.allocate(r);
                put(po, 40, result);
                for (long i = 0; i < r; i++) {
                    TupleObject.set(result, i, Heap.newRef(TupleObject.get(pool, Memory.getLong(indices + 8 * i))));
                }
            } else {
                if (n == 0) {
                    put(po, 56, 1);
                    return 0;
                }
                result = ownResult(po, 40);
                long i;
                for (i = r - 1; i >= 0; i--) {
                    long c = Memory.getLong(cycles + 8 * i) - 1;
                    Memory.putLong(cycles + 8 * i, c);
                    if (c == 0) {
                        long index = Memory.getLong(indices + 8 * i);
                        for (long j = i; j < n - 1; j++) {
                            Memory.putLong(indices + 8 * j, Memory.getLong(indices + 8 * (j + 1)));
                        }
                        Memory.putLong(indices + 8 * (n - 1), index);
                        Memory.putLong(cycles + 8 * i, n - i);
                    } else {
                        long j = c;
                        long index = Memory.getLong(indices + 8 * i);
                        Memory.putLong(indices + 8 * i, Memory.getLong(indices + 8 * (n - j)));
                        Memory.putLong(indices + 8 * (n - j), index);
                        for (long k = i; k < r; k++) {
                            replace(result, k, TupleObject.get(pool, Memory.getLong(indices + 8 * k)));
                        }
                        break;
                    }
                }
                if (i < 0) {
                    put(po, 56, 1);
                    return 0;
                }
            }
            return Heap.newRef(result);
        }

        @Override
        public void dealloc(long po) {
            Heap.untrack(po);
            Heap.xdecref(get(po, 16));
            Heap.xdecref(get(po, 40));
            ObjectAllocator.free(get(po, 24));
            ObjectAllocator.free(get(po, 32));
            Heap.freeObject(po, true);
        }

        @Override
        public void traverse(long po, Visitor v) {
            visitIf(v, get(po, 16));
            visitIf(v, get(po, 40));
        }
    }

    // ---- repeat(object, times=None)

    static final class Repeat extends IterType {
        Repeat() {
            super("repeat", 32);
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        @Override
        public long constructWithKeywords(long[] a, int o, int n, long kw) {
            long[] p = Kw.bind("repeat", new String[] {"object", "times"}, 0, 1, a, o, n, kw);
            long cnt = -1;
            if (p[1] != 0) {
                cnt = Math.max(0, IntObject.asLong(p[1]));
            }
            long r = alloc(this, 32);
            put(r, 16, Heap.newRef(p[0]));
            put(r, 24, cnt);
            Heap.track(r);
            return r;
        }

        @Override
        public long next(long r) {
            long cnt = get(r, 24);
            if (cnt == 0) {
                return 0;
            }
            if (cnt > 0) {
                put(r, 24, cnt - 1);
            }
            return Heap.newRef(get(r, 16));
        }

        /** repeat_len: the count left; unsized (a TypeError) without one. It has no len(). */
        @Override
        public long lengthHint(long r) {
            return get(r, 24) < 0 ? -1 : get(r, 24);
        }

        @Override
        public String repr(long r) {
            long cnt = get(r, 24);
            return "repeat(" + Ops.reprJava(get(r, 16)) + (cnt < 0 ? "" : ", " + cnt) + ")";
        }

        @Override
        public void dealloc(long r) {
            Heap.untrack(r);
            Heap.xdecref(get(r, 16));
            Heap.freeObject(r, true);
        }

        @Override
        public void traverse(long r, Visitor v) {
            visitIf(v, get(r, 16));
        }
    }

    // ---- cycle(iterable)

    static final class Cycle extends IterType {
        Cycle() {
            super("cycle", 48);
        }

        @Override
        public long constructWithKeywords(long[] a, int o, int n, long kw) {
            noKeywords(kw);
            Args.exactly("cycle", n, 1);
            long it = Ops.iter(a[o]);
            long c = alloc(this, 48);
            put(c, 16, it);
            put(c, 24, ListObject.allocate(0));
            Memory.putInt(c + 40, 0);
            Heap.track(c);
            return c;
        }

        @Override
        public long next(long c) {
            long it = get(c, 16);
            long saved = get(c, 24);
            if (it != 0) {
                long item = Ops.next(it);
                if (item != 0) {
                    if (Memory.getInt(c + 40) == 0) {
                        ListObject.append(saved, item);
                    }
                    return item;
                }
                put(c, 16, 0);
                Heap.decref(it);
            }
            long n = ListObject.size(saved);
            if (n == 0) {
                return 0;
            }
            long i = get(c, 32);
            long item = ListObject.get(saved, i);
            put(c, 32, i + 1 >= n ? 0 : i + 1);
            return Heap.newRef(item);
        }

        @Override
        public void dealloc(long c) {
            Heap.untrack(c);
            Heap.xdecref(get(c, 16));
            Heap.xdecref(get(c, 24));
            Heap.freeObject(c, true);
        }

        @Override
        public void traverse(long c, Visitor v) {
            visitIf(v, get(c, 16));
            visitIf(v, get(c, 24));
        }
    }
}
