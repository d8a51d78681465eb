package org.minipy.runtime.builtins;

import java.math.BigInteger;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.Types;

/** The methods of collections.deque (deque_methods) and its number/sequence operators. */
final class DequeMethods {
    private DequeMethods() {}

    private static void noArgs(String name, int n) {
        if (n != 0) {
            throw Errors.typeError("deque." + name + "() takes no arguments (" + n + " given)");
        }
    }

    private static void oneArg(String name, int n) {
        if (n != 1) {
            throw Errors.typeError("deque." + name + "() takes exactly one argument (" + n + " given)");
        }
    }

    /** Adds a builtin method to the type being defined (PyType#method). */
    interface Definer {
        void method(String name, org.minipy.runtime.object.BuiltinFunction fn);
    }

    /** Adds a keyword-taking builtin method (PyType#methodWithKeywords). */
    interface KwDefiner {
        void method(String name, org.minipy.runtime.object.KeywordFunction fn);
    }

    static void define(Definer t, KwDefiner tk) {
        t.method("append", (self, a, o, n) -> {
            oneArg("append", n);
            Deque.append(self, Heap.newRef(a[o]), maxlen(self));
            return BoolObject.none();
        });
        t.method("appendleft", (self, a, o, n) -> {
            oneArg("appendleft", n);
            Deque.appendLeft(self, Heap.newRef(a[o]), maxlen(self));
            return BoolObject.none();
        });
        t.method("pop", (self, a, o, n) -> {
            noArgs("pop", n);
            return Deque.pop(self);
        });
        t.method("popleft", (self, a, o, n) -> {
            noArgs("popleft", n);
            return Deque.popLeft(self);
        });
        t.method("extend", (self, a, o, n) -> {
            oneArg("extend", n);
            Deque.extend(self, a[o], false);
            return BoolObject.none();
        });
        t.method("extendleft", (self, a, o, n) -> {
            oneArg("extendleft", n);
            Deque.extend(self, a[o], true);
            return BoolObject.none();
        });
        t.method("clear", (self, a, o, n) -> {
            noArgs("clear", n);
            Deque.clear(self);
            return BoolObject.none();
        });
        t.method("copy", (self, a, o, n) -> {
            noArgs("copy", n);
            return copy(self);
        });
        t.method("__copy__", (self, a, o, n) -> {
            noArgs("__copy__", n);
            return copy(self);
        });
        t.method("count", (self, a, o, n) -> {
            oneArg("count", n);
            return IntObject.fromLong(count(self, a[o]));
        });
        t.method("index", (self, a, o, n) -> {
            if (n < 1 || n > 3) {
                throw Errors.typeError(n < 1 ? "index expected at least 1 argument, got " + n
                        : "index expected at most 3 arguments, got " + n);
            }
            long len = Deque.size(self);
            long start = n > 1 ? clampIndex(a[o + 1], len) : 0;
            long stop = n > 2 ? clampIndex(a[o + 2], len) : len;
            long i = find(self, a[o], start, stop);
            if (i < 0) {
                throw Errors.valueError(Ops.reprJava(a[o]) + " is not in deque");
            }
            return IntObject.fromLong(i);
        });
        t.method("insert", (self, a, o, n) -> {
            if (n != 2) {
                throw Errors.typeError("insert expected 2 arguments, got " + n);
            }
            insert(self, ssize(a[o]), a[o + 1]);
            return BoolObject.none();
        });
        t.method("remove", (self, a, o, n) -> {
            oneArg("remove", n);
            long i = find(self, a[o], 0, Deque.size(self));
            if (i < 0) {
                throw Errors.valueError(Ops.reprJava(a[o]) + " is not in deque");
            }
            Deque.delItem(self, i);
            return BoolObject.none();
        });
        t.method("reverse", (self, a, o, n) -> {
            noArgs("reverse", n);
            reverse(self);
            return BoolObject.none();
        });
        t.method("rotate", (self, a, o, n) -> {
            if (n > 1) {
                throw Errors.typeError("rotate expected at most 1 argument, got " + n);
            }
            Deque.rotate(self, n == 0 ? 1 : ssize(a[o]));
            return BoolObject.none();
        });
        t.method("__reversed__", (self, a, o, n) -> {
            noArgs("__reversed__", n);
            return newIterator(self, true);
        });
        tk.method("__init__", (self, a, o, n, kw) -> {
            init(self, a, o, n, kw);
            return BoolObject.none();
        });
    }

    private static long maxlen(long d) {
        return Memory.getLong(d + Deque.MAXLEN);
    }

    /** PyNumber_AsSsize_t(obj, IndexError) for an int-like argument. */
    private static long ssize(long obj) {
        BigInteger b = bigIndex(obj);
        if (b.bitLength() > 63) {
            throw Errors.indexError("cannot fit 'int' into an index-sized integer");
        }
        return b.longValue();
    }

    private static BigInteger bigIndex(long obj) {
        if (IntObject.check(obj)) {
            return IntObject.toBig(obj);
        }
        if (Types.of(obj) instanceof HeapType) {
            long r = HeapType.callUnaryDunder(obj, "__index__");
            if (r != 0) {
                try {
                    return IntObject.toBig(r);
                } finally {
                    Heap.decref(r);
                }
            }
        }
        throw Errors.typeError("'" + Types.of(obj).name + "' object cannot be interpreted as an integer");
    }

    /** A start/stop of index(): negative counts from the end, clamped to 0..len. */
    private static long clampIndex(long obj, long len) {
        BigInteger b = bigIndex(obj);
        long v = b.bitLength() > 63 ? (b.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : b.longValue();
        if (v < 0) {
            v += len;
            if (v < 0) {
                v = 0;
            }
        }
        return Math.min(v, len);
    }

    /** A subscript of deque d: checked and made non-negative. */
    static long index(long d, long key) {
        if (!IntObject.check(key) && !(Types.of(key) instanceof HeapType h && h.lookup(
                org.minipy.runtime.object.Names.get("__index__")) != 0)) {
            throw Errors.typeError("sequence index must be integer, not '" + Types.of(key).name + "'");
        }
        long i = ssize(key);
        long n = Deque.size(d);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw Errors.indexError("deque index out of range");
        }
        return i;
    }

    /** deque_init: deque(iterable=(), maxlen=None). */
    static void init(long d, long[] a, int o, int n, long kw) {
        long[] p = Kw.bind("deque", new String[] {"iterable", "maxlen"}, 0, 0, a, o, n, kw);
        long maxlen = -1;
        if (p[1] != 0 && p[1] != BoolObject.NONE) {
            if (!IntObject.check(p[1])) {
                throw Errors.typeError("an integer is required");
            }
            BigInteger b = IntObject.toBig(p[1]);
            if (b.bitLength() > 63) {
                throw Errors.overflowError("Python int too large to convert to C ssize_t");
            }
            maxlen = b.longValue();
            if (maxlen < 0) {
                throw Errors.valueError("maxlen must be non-negative");
            }
        }
        Memory.putLong(d + Deque.MAXLEN, maxlen);
        if (Deque.size(d) > 0) {
            Deque.clear(d);
        }
        if (p[0] != 0) {
            Deque.extend(d, p[0], false);
        }
    }

    static long newIterator(long d, boolean reverse) {
        return Deque.newIter(d, reverse);
    }

    /** deque_copy: a new deque with the same items and maxlen. */
    static long copy(long d) {
        if (Types.of(d) != Deque.TYPE) { // a subclass: type(d)(d) or type(d)(d, maxlen)
            long ml = maxlen(d);
            if (ml < 0) {
                return org.minipy.runtime.object.Calls.call(Types.typeAddressOf(d), new long[] {d}, 0, 1);
            }
            long m = IntObject.fromLong(ml);
            try {
                return org.minipy.runtime.object.Calls.call(Types.typeAddressOf(d), new long[] {d, m}, 0, 2);
            } finally {
                Heap.decref(m);
            }
        }
        long c = Deque.create(Deque.TYPE);
        Memory.putLong(c + Deque.MAXLEN, maxlen(d));
        try {
            if (Deque.size(d) == 1) {
                long item = Memory.getLong(Deque.itemSlot(d, 0));
                Deque.append(c, Heap.newRef(item), maxlen(c));
            } else {
                Deque.extend(c, d, false);
            }
        } catch (RuntimeException e) {
            Heap.decref(c);
            throw e;
        }
        return c;
    }

    private static long count(long d, long v) {
        long state = Memory.getLong(d + Deque.STATE);
        long[] c = {0};
        Deque.forEach(d, item -> {
            Heap.incref(item);
            try {
                if (Ops.equal(item, v)) {
                    c[0]++;
                }
            } finally {
                Heap.decref(item);
            }
            if (state != Memory.getLong(d + Deque.STATE)) {
                throw Errors.raise(Types.RUNTIME_ERROR, "deque mutated during iteration");
            }
            return true;
        });
        return c[0];
    }

    /** The index of the first item equal to v in [start, stop), or -1. */
    private static long find(long d, long v, long start, long stop) {
        long state = Memory.getLong(d + Deque.STATE);
        long[] found = {-1};
        long[] i = {0};
        Deque.forEach(d, item -> {
            long k = i[0]++;
            if (k >= stop) {
                return false;
            }
            if (k < start) {
                return true;
            }
            Heap.incref(item);
            boolean eq;
            try {
                eq = Ops.equal(item, v);
            } finally {
                Heap.decref(item);
            }
            if (state != Memory.getLong(d + Deque.STATE)) {
                throw Errors.raise(Types.RUNTIME_ERROR, "deque mutated during iteration");
            }
            if (eq) {
                found[0] = k;
                return false;
            }
            return true;
        });
        return found[0];
    }

    /** deque_insert. */
    private static void insert(long d, long index, long v) {
        long n = Deque.size(d);
        if (maxlen(d) == n) {
            throw Errors.indexError("deque already at its maximum size");
        }
        if (index >= n) {
            Deque.append(d, Heap.newRef(v), maxlen(d));
            return;
        }
        if (index <= -n || index == 0) {
            Deque.appendLeft(d, Heap.newRef(v), maxlen(d));
            return;
        }
        Deque.rotate(d, -index);
        if (index < 0) {
            Deque.append(d, Heap.newRef(v), maxlen(d));
        } else {
            Deque.appendLeft(d, Heap.newRef(v), maxlen(d));
        }
        Deque.rotate(d, index);
    }

    /** deque_reverse: swaps items pairwise from both ends. */
    private static void reverse(long d) {
        long n = Deque.size(d) >> 1;
        for (long i = 0; i < n; i++) {
            long left = Deque.itemSlot(d, i);
            long right = Deque.itemSlot(d, Deque.size(d) - 1 - i);
            long x = Memory.getLong(left);
            Memory.putLong(left, Memory.getLong(right));
            Memory.putLong(right, x);
        }
        Memory.putLong(d + Deque.STATE, Memory.getLong(d + Deque.STATE) + 1);
    }

    /** deque + deque, deque * n, n * deque and the in-place forms. */
    static long binaryOp(long a, long b, int op) {
        if (op == Ops.NB_ADD) {
            if (!Deque.isDeque(a)) {
                return 0;
            }
            if (!Deque.isDeque(b)) {
                throw Errors.typeError("can only concatenate deque (not \"" + Types.of(b).name + "\") to deque");
            }
            long c = copy(a);
            try {
                Deque.extend(c, b, false);
            } catch (RuntimeException e) {
                Heap.decref(c);
                throw e;
            }
            return c;
        }
        if (op == Ops.NB_INPLACE_ADD && Deque.isDeque(a)) {
            Deque.extend(a, b, false);
            return Heap.newRef(a);
        }
        if (op == Ops.NB_MULTIPLY || op == Ops.NB_INPLACE_OFFSET + Ops.NB_MULTIPLY) {
            boolean inplace = op != Ops.NB_MULTIPLY;
            long d = Deque.isDeque(a) ? a : b;
            long times = Deque.isDeque(a) ? b : a;
            if (!Deque.isDeque(d) || inplace && d != a) {
                return 0;
            }
            if (!IntObject.check(times)) {
                throw Errors.typeError("can't multiply sequence by non-int of type '" + Types.of(times).name + "'");
            }
            long target = inplace ? Heap.newRef(d) : copy(d);
            try {
                repeatInPlace(target, IntObject.toBig(times));
            } catch (RuntimeException e) {
                Heap.decref(target);
                throw e;
            }
            return target;
        }
        return 0;
    }

    /** deque_inplace_repeat: n <= 0 empties the deque; otherwise the items n times (maxlen trims). */
    private static void repeatInPlace(long d, BigInteger times) {
        long size = Deque.size(d);
        if (times.signum() <= 0 || size == 0) {
            Deque.clear(d);
            return;
        }
        if (times.equals(BigInteger.ONE)) {
            return;
        }
        long n = times.bitLength() > 62 ? Long.MAX_VALUE : times.longValue();
        long maxlen = maxlen(d);
        if (maxlen >= 0 && n > (maxlen + size - 1) / size + 1) {
            n = (maxlen + size - 1) / size + 1;
        }
        if (maxlen < 0 && size > (Long.MAX_VALUE >> 4) / n) {
            throw Errors.memoryError();
        }
        long items = Deque.toList(d);
        try {
            for (long k = 1; k < n; k++) {
                Deque.extend(d, items, false);
            }
        } finally {
            Heap.decref(items);
        }
    }
}
