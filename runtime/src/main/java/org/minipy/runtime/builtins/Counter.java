package org.minipy.runtime.builtins;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.ClassBuilder;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.KeywordFunction;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.MethodDefs;
import org.minipy.runtime.object.MethodDescrObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.NotImplementedObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.StaticMethodObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * collections.Counter: in CPython a class written in Python ({@code class Counter(dict)}), so
 * here a class made by the class machinery (instances are dict subclass instances with the
 * managed dict: 56 bytes + 32 of headers, as CPython's) whose methods are builtins following
 * collections/__init__.py line by line.
 */
final class Counter {
    private Counter() {}

    /** The class object (a new reference), made once per collections module. */
    static long makeClass() {
        long ns = DictObject.create();
        try {
            put(ns, "__module__", StrObject.fromJava("collections"));
            kw(ns, "__init__", (self, a, o, n, k) -> {
                update(self, a, o, n, k, "__init__", false);
                return BoolObject.none();
            });
            m(ns, "__missing__", (self, a, o, n) -> IntObject.fromLong(0));
            m(ns, "total", (self, a, o, n) -> sumValues(self));
            kw(ns, "most_common", (self, a, o, n, k) -> {
                int npos = n - Kw.count(k);
                long[] p = Kw.bind("most_common", new String[] {"n"}, 0, 0, a, o, n, k);
                if (npos > 1) {
                    throw Errors.typeError("Counter.most_common() takes from 1 to 2 positional arguments but "
                            + (npos + 1) + " were given");
                }
                return mostCommon(self, p[0] == 0 || p[0] == BoolObject.NONE ? -1 : IntObject.asLong(p[0]));
            });
            m(ns, "elements", (self, a, o, n) -> {
                long list = ListObject.allocate(0);
                try {
                    for (long i = 0, e = DictObject.entryCount(self); i < e; i++) {
                        long key = DictObject.keyAt(self, i);
                        if (key != 0) {
                            long c = DictObject.valueAt(self, i);
                            long times = IntObject.check(c) ? IntObject.asLong(c) : 0;
                            for (long t = 0; t < times; t++) {
                                ListObject.append(list, key);
                            }
                        }
                    }
                    return Ops.iter(list);
                } finally {
                    Heap.decref(list);
                }
            });
            kw(ns, "update", (self, a, o, n, k) -> {
                update(self, a, o, n, k, "update", false);
                return BoolObject.none();
            });
            kw(ns, "subtract", (self, a, o, n, k) -> {
                update(self, a, o, n, k, "subtract", true);
                return BoolObject.none();
            });
            m(ns, "copy", (self, a, o, n) -> Calls.call(Types.typeAddressOf(self), new long[] {self}, 0, 1));
            m(ns, "__delitem__", (self, a, o, n) -> {
                if (DictObject.get(self, a[o]) != 0) {
                    DictObject.delete(self, a[o]);
                }
                return BoolObject.none();
            });
            m(ns, "__repr__", (self, a, o, n) -> StrObject.fromJava(repr(self)));
            binary(ns, "__add__", Op.ADD);
            binary(ns, "__sub__", Op.SUB);
            binary(ns, "__or__", Op.OR);
            binary(ns, "__and__", Op.AND);
            m(ns, "__pos__", (self, a, o, n) -> unary(self, false));
            m(ns, "__neg__", (self, a, o, n) -> unary(self, true));
            inplace(ns, "__iadd__", Op.ADD);
            inplace(ns, "__isub__", Op.SUB);
            inplace(ns, "__ior__", Op.OR);
            inplace(ns, "__iand__", Op.AND);
            compare(ns, "__eq__", Ops.EQ);
            compare(ns, "__ne__", Ops.NE);
            compare(ns, "__le__", Ops.LE);
            compare(ns, "__lt__", Ops.LT);
            compare(ns, "__ge__", Ops.GE);
            compare(ns, "__gt__", Ops.GT);
            long fromkeys = CFunctionObject.create("fromkeys", (self, a, o, n) -> {
                throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR,
                        "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.");
            }, 0, 0);
            put(ns, "fromkeys", StaticMethodObject.create(Types.CLASSMETHOD, fromkeys));
            Heap.decref(fromkeys);
            long name = StrObject.intern(StrObject.fromJava("Counter"));
            long bases = TupleObject.allocate(1);
            TupleObject.set(bases, 0, Heap.newRef(Types.DICT.address));
            try {
                long cls = ClassBuilder.newType(name, bases, ns, 0);
                counterClass = cls;
                return cls;
            } finally {
                Heap.decref(name);
                Heap.decref(bases);
            }
        } finally {
            Heap.decref(ns);
        }
    }

    /** The Counter class of the collections module (borrowed; the module holds it). */
    private static long counterClass;

    private static void put(long ns, String key, long value) {
        DictObject.set(ns, Names.get(key), value);
        Heap.decref(value);
    }

    private static void m(long ns, String name, org.minipy.runtime.object.BuiltinFunction fn) {
        put(ns, name, MethodDescrObject.create(Types.DICT, MethodDefs.register(name, fn)));
    }

    private static void kw(long ns, String name, KeywordFunction fn) {
        put(ns, name, MethodDescrObject.create(Types.DICT, MethodDefs.registerWithKeywords(name, fn)));
    }

    private static boolean isCounter(long obj) {
        return counterClass != 0 && Types.of(obj).isSubtypeOf(Types.ofTypeObject(counterClass));
    }

    private static long newCounter() {
        return Calls.call(counterClass, new long[0], 0, 0);
    }

    // ---- item access through the class's slots (a subclass may override them)

    private static long get(long c, long key) {
        return Ops.getItem(c, key);
    }

    private static void set(long c, long key, long value) {
        Types.of(c).setItem(c, key, value);
    }

    private static boolean lt(long a, long b) {
        long r = Ops.richCompare(a, b, Ops.LT);
        try {
            return Ops.isTrue(r);
        } finally {
            Heap.decref(r);
        }
    }

    private static boolean positive(long v) {
        long zero = IntObject.fromLong(0);
        try {
            return lt(zero, v);
        } finally {
            Heap.decref(zero);
        }
    }

    /** The (key, value) pairs of a dict in order, with references held. */
    private static List<long[]> items(long d) {
        List<long[]> r = new ArrayList<>();
        for (long i = 0, n = DictObject.entryCount(d); i < n; i++) {
            long key = DictObject.keyAt(d, i);
            if (key != 0) {
                r.add(new long[] {Heap.newRef(key), Heap.newRef(DictObject.valueAt(d, i))});
            }
        }
        return r;
    }

    private static void release(List<long[]> items) {
        for (long[] kv : items) {
            Heap.decref(kv[0]);
            Heap.decref(kv[1]);
        }
    }

    // ---- update / subtract

    private static void update(long self, long[] a, int o, int n, long k, String name, boolean subtract) {
        int nkw = Kw.count(k);
        int npos = n - nkw;
        if (npos > 1) {
            throw Errors.typeError("Counter." + name + "() takes from 1 to 2 positional arguments but " + (npos + 1)
                    + " were given");
        }
        if (npos == 1 && a[o] != BoolObject.NONE) {
            long it = a[o];
            if (DictObject.checkSub(it)) {
                if (!subtract && DictObject.size(self) == 0) {
                    DictObject.update(self, it);
                } else {
                    List<long[]> pairs = items(it);
                    try {
                        for (long[] kv : pairs) {
                            long old = DictObject.get(self, kv[0]);
                            long base = old != 0 ? Heap.newRef(old) : IntObject.fromLong(0);
                            long r = subtract ? Ops.binaryOp(base, kv[1], Ops.NB_SUBTRACT)
                                    : Ops.binaryOp(kv[1], base, Ops.NB_ADD);
                            Heap.decref(base);
                            try {
                                set(self, kv[0], r);
                            } finally {
                                Heap.decref(r);
                            }
                        }
                    } finally {
                        release(pairs);
                    }
                }
            } else {
                countElements(self, it, subtract);
            }
        }
        if (nkw > 0) {
            long kwds = DictObject.create();
            try {
                for (int i = 0; i < nkw; i++) {
                    DictObject.set(kwds, TupleObject.get(k, i), a[o + npos + i]);
                }
                update(self, new long[] {kwds}, 0, 1, 0, name, subtract);
            } finally {
                Heap.decref(kwds);
            }
        }
    }

    /** _count_elements: mapping[elem] = mapping.get(elem, 0) + 1 for each element (- 1 to subtract). */
    private static void countElements(long self, long iterable, boolean subtract) {
        long one = IntObject.fromLong(1);
        long it = Ops.iter(iterable);
        try {
            for (long key = Ops.next(it); key != 0; key = Ops.next(it)) {
                try {
                    long old = DictObject.get(self, key);
                    if (old == 0 && !subtract) {
                        set(self, key, one);
                        continue;
                    }
                    long base = old != 0 ? Heap.newRef(old) : IntObject.fromLong(0);
                    long r = Ops.binaryOp(base, one, subtract ? Ops.NB_SUBTRACT : Ops.NB_ADD);
                    Heap.decref(base);
                    try {
                        set(self, key, r);
                    } finally {
                        Heap.decref(r);
                    }
                } finally {
                    Heap.decref(key);
                }
            }
        } finally {
            Heap.decref(it);
            Heap.decref(one);
        }
    }

    private static long sumValues(long self) {
        long total = IntObject.fromLong(0);
        for (long i = 0, n = DictObject.entryCount(self); i < n; i++) {
            if (DictObject.keyAt(self, i) != 0) {
                long next = Ops.binaryOp(total, DictObject.valueAt(self, i), Ops.NB_ADD);
                Heap.decref(total);
                total = next;
            }
        }
        return total;
    }

    /** most_common(n): the (elem, count) pairs by count, highest first, ties in insertion order. */
    private static long mostCommon(long self, long n) {
        List<long[]> pairs = items(self);
        try {
            pairs.sort((x, y) -> lt(y[1], x[1]) ? -1 : lt(x[1], y[1]) ? 1 : 0);
            int count = n < 0 ? pairs.size() : (int) Math.min(n, pairs.size());
            long list = ListObject.allocate(0);
            for (int i = 0; i < count; i++) {
                long t = TupleObject.allocate(2);
                TupleObject.set(t, 0, Heap.newRef(pairs.get(i)[0]));
                TupleObject.set(t, 1, Heap.newRef(pairs.get(i)[1]));
                ListObject.append(list, t);
                Heap.decref(t);
            }
            return list;
        } finally {
            release(pairs);
        }
    }

    private static String repr(long self) {
        String name = Types.of(self).name;
        if (DictObject.size(self) == 0) {
            return name + "()";
        }
        long d;
        try {
            long common = mostCommon(self, -1);
            try {
                d = Calls.call(Types.DICT.address, new long[] {common}, 0, 1);
            } finally {
                Heap.decref(common);
            }
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                throw e;
            }
            Heap.decref(e.exception);
            d = Calls.call(Types.DICT.address, new long[] {self}, 0, 1);
        }
        try {
            return name + "(" + Ops.reprJava(d) + ")";
        } finally {
            Heap.decref(d);
        }
    }

    // ---- multiset operators

    private enum Op { ADD, SUB, OR, AND }

    private static void binary(long ns, String name, Op op) {
        m(ns, name, (self, a, o, n) -> {
            if (!isCounter(a[o])) {
                return NotImplementedObject.get();
            }
            return combine(self, a[o], op);
        });
    }

    private static long combine(long self, long other, Op op) {
        long result = newCounter();
        List<long[]> mine = items(self);
        List<long[]> theirs = items(other);
        try {
            for (long[] kv : mine) {
                long oc = get(other, kv[0]);
                long newCount;
                try {
                    newCount = switch (op) {
                        case ADD -> Ops.binaryOp(kv[1], oc, Ops.NB_ADD);
                        case SUB -> Ops.binaryOp(kv[1], oc, Ops.NB_SUBTRACT);
                        case OR -> Heap.newRef(lt(kv[1], oc) ? oc : kv[1]);
                        case AND -> Heap.newRef(lt(kv[1], oc) ? kv[1] : oc);
                    };
                } finally {
                    Heap.decref(oc);
                }
                try {
                    if (positive(newCount)) {
                        set(result, kv[0], newCount);
                    }
                } finally {
                    Heap.decref(newCount);
                }
            }
            if (op != Op.AND) {
                for (long[] kv : theirs) {
                    if (DictObject.get(self, kv[0]) != 0) {
                        continue;
                    }
                    if (op == Op.SUB) {
                        long zero = IntObject.fromLong(0);
                        boolean negative = lt(kv[1], zero);
                        if (negative) {
                            long r = Ops.binaryOp(zero, kv[1], Ops.NB_SUBTRACT);
                            set(result, kv[0], r);
                            Heap.decref(r);
                        }
                        Heap.decref(zero);
                    } else if (positive(kv[1])) {
                        set(result, kv[0], kv[1]);
                    }
                }
            }
        } catch (PyException e) {
            Heap.decref(result);
            throw e;
        } finally {
            release(mine);
            release(theirs);
        }
        return result;
    }

    private static long unary(long self, boolean negate) {
        long result = newCounter();
        List<long[]> mine = items(self);
        try {
            long zero = IntObject.fromLong(0);
            try {
                for (long[] kv : mine) {
                    if (!negate && lt(zero, kv[1])) {
                        set(result, kv[0], kv[1]);
                    } else if (negate && lt(kv[1], zero)) {
                        long r = Ops.binaryOp(zero, kv[1], Ops.NB_SUBTRACT);
                        set(result, kv[0], r);
                        Heap.decref(r);
                    }
                }
            } finally {
                Heap.decref(zero);
            }
        } finally {
            release(mine);
        }
        return result;
    }

    private static void inplace(long ns, String name, Op op) {
        m(ns, name, (self, a, o, n) -> {
            long other = a[o];
            if (op == Op.AND) {
                List<long[]> mine = items(self);
                try {
                    for (long[] kv : mine) {
                        long oc = get(other, kv[0]);
                        try {
                            if (lt(oc, kv[1])) {
                                set(self, kv[0], oc);
                            }
                        } finally {
                            Heap.decref(oc);
                        }
                    }
                } finally {
                    release(mine);
                }
            } else {
                List<long[]> theirs = items(other);
                try {
                    for (long[] kv : theirs) {
                        long cur = get(self, kv[0]);
                        try {
                            long r = switch (op) {
                                case ADD -> Ops.binaryOp(cur, kv[1], Ops.NB_INPLACE_ADD);
                                case SUB -> Ops.binaryOp(cur, kv[1], Ops.NB_INPLACE_SUBTRACT);
                                default -> lt(cur, kv[1]) ? Heap.newRef(kv[1]) : 0;
                            };
                            if (r != 0) {
                                set(self, kv[0], r);
                                Heap.decref(r);
                            }
                        } finally {
                            Heap.decref(cur);
                        }
                    }
                } finally {
                    release(theirs);
                }
            }
            keepPositive(self);
            return Heap.newRef(self);
        });
    }

    private static void keepPositive(long self) {
        List<long[]> mine = items(self);
        try {
            for (long[] kv : mine) {
                if (!positive(kv[1])) {
                    Types.of(self).delItem(self, kv[0]);
                }
            }
        } finally {
            release(mine);
        }
    }

    // ---- comparisons: every element's count, missing ones counting 0

    private static void compare(long ns, String name, int op) {
        m(ns, name, (self, a, o, n) -> {
            long other = a[o];
            if (!isCounter(other)) {
                return NotImplementedObject.get();
            }
            boolean r = switch (op) {
                case Ops.EQ -> all(self, other, Ops.EQ);
                case Ops.NE -> !all(self, other, Ops.EQ);
                case Ops.LE -> all(self, other, Ops.LE);
                case Ops.LT -> all(self, other, Ops.LE) && !all(self, other, Ops.EQ);
                case Ops.GE -> all(self, other, Ops.GE);
                default -> all(self, other, Ops.GE) && !all(self, other, Ops.EQ);
            };
            return BoolObject.fromBoolean(r);
        });
    }

    private static boolean all(long self, long other, int op) {
        for (long c : new long[] {self, other}) {
            List<long[]> pairs = items(c);
            try {
                for (long[] kv : pairs) {
                    long x = get(self, kv[0]);
                    long y = get(other, kv[0]);
                    try {
                        long r = Ops.richCompare(x, y, op);
                        boolean t = Ops.isTrue(r);
                        Heap.decref(r);
                        if (!t) {
                            return false;
                        }
                    } finally {
                        Heap.decref(x);
                        Heap.decref(y);
                    }
                }
            } finally {
                release(pairs);
            }
        }
        return true;
    }
}
