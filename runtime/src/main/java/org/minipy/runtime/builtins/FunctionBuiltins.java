package org.minipy.runtime.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.BytesObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.KeywordFunction;
import org.minipy.runtime.object.Layout;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.Sequences;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * The built-in functions over numbers and iterables (bltinmodule.c): abs, min, max, sum, sorted,
 * any, all, iter, hash, ord, chr, round, divmod, pow, format, globals, locals, and the iterator
 * types enumerate, zip, map, filter, reversed by name.
 */
final class FunctionBuiltins {
    private FunctionBuiltins() {}

    static void define(long m) {
        for (PyType t : new PyType[] {IteratorTypes.ENUMERATE, IteratorTypes.ZIP, IteratorTypes.MAP,
            IteratorTypes.FILTER, IteratorTypes.REVERSED}) {
            ModuleObject.setAttr(m, t.name, t.address);
        }
        BuiltinsModule.function(m, "abs", (self, a, o, n) -> {
            Args.exactly("abs", n, 1);
            return abs(a[o]);
        });
        keywordFunction(m, "min", (self, a, o, n, kw) -> minMax(a, o, n, kw, Ops.LT, "min"));
        keywordFunction(m, "max", (self, a, o, n, kw) -> minMax(a, o, n, kw, Ops.GT, "max"));
        keywordFunction(m, "sum", FunctionBuiltins::sum);
        keywordFunction(m, "sorted", FunctionBuiltins::sorted);
        BuiltinsModule.function(m, "any", (self, a, o, n) -> {
            Args.exactly("any", n, 1);
            return BoolObject.fromBoolean(anyAll(a[o], true));
        });
        BuiltinsModule.function(m, "all", (self, a, o, n) -> {
            Args.exactly("all", n, 1);
            return BoolObject.fromBoolean(!anyAll(a[o], false));
        });
        BuiltinsModule.function(m, "iter", (self, a, o, n) -> {
            Args.between("iter", n, 1, 2);
            if (n == 1) {
                return Ops.iter(a[o]);
            }
            if (!isCallable(a[o])) {
                throw Errors.typeError("iter(v, w): v must be callable");
            }
            return IteratorTypes.newCallableIterator(a[o], a[o + 1]);
        });
        BuiltinsModule.function(m, "hash", (self, a, o, n) -> {
            Args.exactly("hash", n, 1);
            return IntObject.fromLong(Ops.hash(a[o]));
        });
        BuiltinsModule.function(m, "ord", (self, a, o, n) -> {
            Args.exactly("ord", n, 1);
            return ord(a[o]);
        });
        BuiltinsModule.function(m, "chr", (self, a, o, n) -> {
            Args.exactly("chr", n, 1);
            long i = index(a[o]);
            if (!IntObject.fitsMachineWord(i)) {
                Heap.decref(i);
                throw Errors.overflowError("Python int too large to convert to C int");
            }
            long v = IntObject.wordValue(i);
            Heap.decref(i);
            if (v < 0 || v > 0x10FFFF) {
                throw Errors.valueError("chr() arg not in range(0x110000)");
            }
            return StrObject.fromJava(new String(Character.toChars((int) v)));
        });
        keywordFunction(m, "round", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("round", new String[] {"number", "ndigits"}, 0, 1, a, o, n, kw);
            return round(p[0], p[1] == BoolObject.NONE ? 0 : p[1]);
        });
        BuiltinsModule.function(m, "divmod", (self, a, o, n) -> {
            Args.exactly("divmod", n, 2);
            return divmod(a[o], a[o + 1]);
        });
        keywordFunction(m, "pow", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("pow", new String[] {"base", "exp", "mod"}, 0, 2, a, o, n, kw);
            if (p[2] == 0 || p[2] == BoolObject.NONE) {
                return Ops.binaryOp(p[0], p[1], Ops.NB_POWER);
            }
            return pow3(p[0], p[1], p[2]);
        });
        BuiltinsModule.function(m, "format", (self, a, o, n) -> {
            Args.between("format", n, 1, 2);
            if (n == 2 && !StrObject.check(a[o + 1])) {
                throw Errors.typeError("format() argument 2 must be str, not " + Types.of(a[o + 1]).name);
            }
            long spec = n == 2 ? Heap.newRef(a[o + 1]) : StrObject.fromJava("");
            try {
                return Ops.format(a[o], spec);
            } finally {
                Heap.decref(spec);
            }
        });
        BuiltinsModule.function(m, "globals", (self, a, o, n) -> {
            Args.exactly("globals", n, 0);
            return FrameAccess.globals();
        });
        BuiltinsModule.function(m, "locals", (self, a, o, n) -> {
            Args.exactly("locals", n, 0);
            return FrameAccess.locals();
        });
    }

    static void keywordFunction(long module, String name, KeywordFunction fn) {
        long f = CFunctionObject.createWithKeywords(name, fn, module, module);
        ModuleObject.setAttr(module, name, f);
        Heap.decref(f);
    }

    // ---- abs, round, divmod, pow

    static long abs(long x) {
        if (IntObject.check(x)) {
            boolean negative = Memory.getLong(x + Layout.OB_SIZE) < 0;
            if (negative) {
                return IntObject.negate(x);
            }
            return Types.of(x) == Types.BOOL ? IntObject.fromLong(IntObject.wordValue(x)) : Heap.newRef(x);
        }
        if (FloatObject.check(x)) {
            return FloatObject.fromDouble(Math.abs(FloatObject.value(x)));
        }
        long r = HeapType.callUnaryDunder(x, "__abs__");
        if (r != 0) {
            return r;
        }
        throw Errors.typeError("bad operand type for abs(): '" + Types.of(x).name + "'");
    }

    /** operator.index(obj) for an int argument: a new reference; TypeError otherwise. */
    static long index(long obj) {
        if (IntObject.check(obj)) {
            return Types.of(obj) == Types.BOOL ? IntObject.fromLong(IntObject.wordValue(obj)) : Heap.newRef(obj);
        }
        if (Types.of(obj) instanceof HeapType) {
            long r = HeapType.callUnaryDunder(obj, "__index__");
            if (r != 0) {
                return r;
            }
        }
        throw Errors.typeError("'" + Types.of(obj).name + "' object cannot be interpreted as an integer");
    }

    /** round(x, ndigits); ndigits 0 means None. */
    static long round(long x, long ndigits) {
        if (FloatObject.check(x)) {
            double v = FloatObject.value(x);
            if (ndigits == 0) {
                return FloatObject.toInt(Math.rint(v));
            }
            long nd = index(ndigits);
            long digits;
            try {
                digits = IntObject.fitsMachineWord(nd) ? IntObject.wordValue(nd)
                        : IntObject.toBig(nd).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
            } finally {
                Heap.decref(nd);
            }
            return FloatObject.fromDouble(roundDouble(v, digits));
        }
        if (IntObject.check(x)) {
            if (ndigits == 0) {
                return index(x);
            }
            long nd = index(ndigits);
            BigInteger d = IntObject.toBig(nd);
            Heap.decref(nd);
            if (d.signum() >= 0) {
                return index(x);
            }
            if (d.compareTo(BigInteger.valueOf(-100000)) < 0) {
                return IntObject.fromLong(0);
            }
            BigInteger pow = BigInteger.TEN.pow(d.negate().intValueExact());
            BigDecimal r = new BigDecimal(IntObject.toBig(x)).divide(new BigDecimal(pow)).setScale(0, RoundingMode.HALF_EVEN);
            return IntObject.fromBig(r.toBigIntegerExact().multiply(pow));
        }
        if (Types.of(x) instanceof HeapType h) {
            long f = h.lookup(Names.get("__round__"));
            if (f != 0) {
                long bound = Ops.getAttr(x, Names.get("__round__"));
                try {
                    return ndigits == 0 ? Calls.call(bound, new long[0], 0, 0) : Calls.call(bound, new long[] {ndigits}, 0, 1);
                } finally {
                    Heap.decref(bound);
                }
            }
        }
        throw Errors.typeError("type " + Types.of(x).name + " doesn't define __round__ method");
    }

    /** CPython's double_round: the exact binary value rounded half-even to ndigits decimal places. */
    static double roundDouble(double v, long ndigits) {
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) {
            return v;
        }
        if (ndigits > 323) {
            return v;
        }
        if (ndigits < -308) {
            return 0.0 * v;
        }
        double r = new BigDecimal(v).setScale((int) ndigits, RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, v) : r;
    }

    static long divmod(long a, long b) {
        PyType ta = Types.of(a);
        PyType tb = Types.of(b);
        if (ta instanceof HeapType || tb instanceof HeapType) {
            long r = dunderPair(a, b, "__divmod__", "__rdivmod__");
            if (r != 0) {
                return r;
            }
        } else if (IntObject.check(a) && IntObject.check(b)) {
            long q = IntObject.floorDivide(a, b);
            long t = TupleObject.allocate(2);
            TupleObject.set(t, 0, q);
            TupleObject.set(t, 1, IntObject.remainder(a, b));
            return t;
        } else if ((FloatObject.check(a) || IntObject.check(a)) && (FloatObject.check(b) || IntObject.check(b))) {
            double vx = FloatObject.asDouble(a);
            double wx = FloatObject.asDouble(b);
            if (wx == 0.0) {
                throw Errors.zeroDivisionError("float divmod()");
            }
            double mod = vx % wx;
            double div = (vx - mod) / wx;
            if (mod != 0) {
                if ((wx < 0) != (mod < 0)) {
                    mod += wx;
                    div -= 1.0;
                }
            } else {
                mod = Math.copySign(0.0, wx);
            }
            double floordiv;
            if (div != 0) {
                floordiv = Math.floor(div);
                if (div - floordiv > 0.5) {
                    floordiv += 1.0;
                }
            } else {
                floordiv = Math.copySign(0.0, vx / wx);
            }
            long t = TupleObject.allocate(2);
            TupleObject.set(t, 0, FloatObject.fromDouble(floordiv));
            TupleObject.set(t, 1, FloatObject.fromDouble(mod));
            return t;
        }
        throw Errors.typeError("unsupported operand type(s) for divmod(): '" + ta.name + "' and '" + tb.name + "'");
    }

    /** a.__op__(b), then b.__rop__(a), for classes; 0 when neither applies. */
    private static long dunderPair(long a, long b, String op, String rop) {
        for (int side = 0; side < 2; side++) {
            long self = side == 0 ? a : b;
            long other = side == 0 ? b : a;
            if (Types.of(self) instanceof HeapType h && h.lookup(Names.get(side == 0 ? op : rop)) != 0) {
                long bound = Ops.getAttr(self, Names.get(side == 0 ? op : rop));
                long r;
                try {
                    r = Calls.call(bound, new long[] {other}, 0, 1);
                } finally {
                    Heap.decref(bound);
                }
                if (r != org.minipy.runtime.object.NotImplementedObject.NOT_IMPLEMENTED) {
                    return r;
                }
                Heap.decref(r);
            }
        }
        return 0;
    }

    static long pow3(long base, long exp, long mod) {
        if (!IntObject.check(base) || !IntObject.check(exp) || !IntObject.check(mod)) {
            boolean numbers = isNumber(base) && isNumber(exp) && isNumber(mod);
            if (numbers) {
                throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + Types.of(base).name + "', '"
                    + Types.of(exp).name + "', '" + Types.of(mod).name + "'");
        }
        BigInteger m = IntObject.toBig(mod);
        if (m.signum() == 0) {
            throw Errors.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger b = IntObject.toBig(base);
        BigInteger e = IntObject.toBig(exp);
        BigInteger am = m.abs();
        if (e.signum() < 0) {
            try {
                b = b.mod(am).modInverse(am);
            } catch (ArithmeticException ex) {
                throw Errors.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : b.mod(am).modPow(e, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return IntObject.fromBig(r);
    }

    private static boolean isNumber(long x) {
        return IntObject.check(x) || FloatObject.check(x);
    }

    // ---- ord

    static long ord(long c) {
        if (StrObject.check(c)) {
            long n = StrObject.length(c);
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return IntObject.fromLong(StrObject.charAt(c, 0));
        }
        if (BytesObject.check(c)) {
            long n = BytesObject.size(c);
            if (n != 1) {
                throw Errors.typeError("ord() expected a character, but string of length " + n + " found");
            }
            return IntObject.fromLong(BytesObject.byteAt(c, 0));
        }
        throw Errors.typeError("ord() expected string of length 1, but " + Types.of(c).name + " found");
    }

    // ---- iterables

    private static boolean anyAll(long iterable, boolean wanted) {
        long it = Ops.iter(iterable);
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                boolean t;
                try {
                    t = Ops.isTrue(x);
                } finally {
                    Heap.decref(x);
                }
                if (t == wanted) {
                    return true;
                }
            }
            return false;
        } finally {
            Heap.decref(it);
        }
    }

    /** min_max: op LT for min, GT for max. */
    private static long minMax(long[] a, int o, int n, long kwnames, int op, String name) {
        int npos = n - Kw.count(kwnames);
        if (npos == 0) {
            throw Errors.typeError(name + " expected at least 1 argument, got 0");
        }
        long[] kw = keywords(name, new String[] {"key", "default"}, a, o, n, kwnames);
        long key = kw[0] == BoolObject.NONE ? 0 : kw[0];
        long dflt = kw[1];
        if (npos > 1 && dflt != 0) {
            throw Errors.typeError("Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        long seq = npos == 1 ? Heap.newRef(a[o]) : Sequences.tupleOf(a, o, npos);
        long it;
        try {
            it = Ops.iter(seq);
        } finally {
            Heap.decref(seq);
        }
        long maxItem = 0;
        long maxVal = 0;
        try {
            for (long item = Ops.next(it); item != 0; item = Ops.next(it)) {
                long val;
                try {
                    val = key != 0 ? Calls.call(key, new long[] {item}, 0, 1) : Heap.newRef(item);
                } catch (PyException e) {
                    Heap.decref(item);
                    throw e;
                }
                if (maxVal == 0) {
                    maxItem = item;
                    maxVal = val;
                    continue;
                }
                boolean better;
                try {
                    long r = Ops.richCompare(val, maxVal, op);
                    try {
                        better = Ops.isTrue(r);
                    } finally {
                        Heap.decref(r);
                    }
                } catch (PyException e) {
                    Heap.decref(item);
                    Heap.decref(val);
                    throw e;
                }
                if (better) {
                    Heap.decref(maxVal);
                    Heap.decref(maxItem);
                    maxVal = val;
                    maxItem = item;
                } else {
                    Heap.decref(item);
                    Heap.decref(val);
                }
            }
        } catch (PyException e) {
            Heap.xdecref(maxVal);
            Heap.xdecref(maxItem);
            throw e;
        } finally {
            Heap.decref(it);
        }
        if (maxVal == 0) {
            if (dflt != 0) {
                return Heap.newRef(dflt);
            }
            throw Errors.valueError(name + "() arg is an empty sequence");
        }
        Heap.decref(maxVal);
        return maxItem;
    }

    /** Keyword-only parameters of a builtin that takes any number of positional arguments. */
    private static long[] keywords(String name, String[] names, long[] a, int o, int n, long kwnames) {
        return Kw.keywordsOnly(name, names, a, o, n, kwnames);
    }

    /** sum(iterable, /, start=0). */
    private static long sum(long self, long[] a, int o, int n, long kwnames) {
        int npos = n - Kw.count(kwnames);
        if (npos == 0) {
            throw Errors.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        if (npos > 2) {
            throw Errors.typeError("sum() takes at most 2 arguments (" + n + " given)");
        }
        long[] kw = keywords("sum", new String[] {"start"}, a, o, n, kwnames);
        long start = npos == 2 ? a[o + 1] : kw[0];
        if (npos == 2 && kw[0] != 0) {
            throw Errors.typeError("argument for sum() given by name ('start') and position (2)");
        }
        return sum(a[o], start);
    }

    /**
     * builtin_sum_impl: the iterator first, then the start value's checks; while the sum is an
     * exact int that fits a C long it is kept in a Java long and the items (exact ints and bools
     * that fit) are dropped without making intermediate ints, likewise a float sum in a double
     * (exact floats, ints that fit), so the allocations are CPython's; anything else goes
     * through PyNumber_Add, the old sum dropped before the item.
     */
    private static long sum(long iterable, long start) {
        long it = Ops.iter(iterable);
        long result;
        if (start == 0) {
            result = IntObject.fromLong(0);
        } else {
            String what = Types.of(start).isSubtypeOf(Types.STR) ? "strings [use ''.join(seq) instead]"
                    : Types.of(start).isSubtypeOf(Types.BYTES) ? "bytes [use b''.join(seq) instead]" : null;
            if (what != null) {
                Heap.decref(it);
                throw Errors.typeError("sum() can't sum " + what);
            }
            result = Heap.newRef(start);
        }
        if (Types.typeAddressOf(result) == Types.INT.address && fitsLong(result)) { // PyLong_CheckExact
            long iResult = IntObject.asLong(result);
            Heap.decref(result);
            result = 0;
            while (result == 0) {
                long item = next(it);
                if (item == 0) {
                    Heap.decref(it);
                    return IntObject.fromLong(iResult);
                }
                if (IntObject.check(item) && fitsLong(item)) { // an exact int or a bool
                    long b = IntObject.asLong(item);
                    if (iResult >= 0 ? b <= Long.MAX_VALUE - iResult : b >= Long.MIN_VALUE - iResult) {
                        iResult += b;
                        Heap.decref(item);
                        continue;
                    }
                }
                result = add(IntObject.fromLong(iResult), item, it);
            }
        }
        if (FloatObject.check(result)) {
            double fResult = FloatObject.value(result);
            Heap.decref(result);
            result = 0;
            while (result == 0) {
                long item = next(it);
                if (item == 0) {
                    Heap.decref(it);
                    return FloatObject.fromDouble(fResult);
                }
                if (FloatObject.check(item)) {
                    fResult += FloatObject.value(item);
                    Heap.decref(item);
                    continue;
                }
                if (Types.of(item).isSubtypeOf(Types.INT) && fitsLong(item)) {
                    fResult += (double) IntObject.asLong(item);
                    Heap.decref(item);
                    continue;
                }
                result = add(FloatObject.fromDouble(fResult), item, it);
            }
        }
        while (true) {
            long item;
            try {
                item = Ops.next(it);
            } catch (PyException e) {
                Heap.decref(result);
                Heap.decref(it);
                throw e;
            }
            if (item == 0) {
                break;
            }
            result = add(result, item, it);
        }
        Heap.decref(it);
        return result;
    }

    /** PyIter_Next inside sum's fast loops, where no sum object is held: the iterator dropped on error. */
    private static long next(long it) {
        try {
            return Ops.next(it);
        } catch (PyException e) {
            Heap.decref(it);
            throw e;
        }
    }

    /** temp = PyNumber_Add(result, item); Py_DECREF(result); Py_DECREF(item): both taken; on error the iterator too. */
    private static long add(long result, long item, long it) {
        long temp;
        try {
            temp = Ops.binaryOp(result, item, Ops.NB_ADD);
        } catch (PyException e) {
            Heap.decref(result);
            Heap.decref(item);
            Heap.decref(it);
            throw e;
        }
        Heap.decref(result);
        Heap.decref(item);
        return temp;
    }

    /** PyLong_AsLongAndOverflow reports no overflow (obj an int or an instance of a subclass). */
    private static boolean fitsLong(long obj) {
        return IntObject.fitsMachineWord(obj) || IntObject.toBig(obj).bitLength() <= 63;
    }

    /** sorted(iterable, /, *, key=None, reverse=False). */
    private static long sorted(long self, long[] a, int o, int n, long kwnames) {
        int npos = n - Kw.count(kwnames);
        if (npos != 1) {
            throw Errors.typeError("sorted expected 1 argument, got " + npos);
        }
        long[] kw = keywords("sort", new String[] {"key", "reverse"}, a, o, n, kwnames);
        long list = ListObject.allocate(0);
        try {
            ListObject.extend(list, a[o]);
            ListObject.sort(list, kw[0] == BoolObject.NONE ? 0 : kw[0], kw[1] != 0 && Ops.isTrue(kw[1]));
        } catch (PyException e) {
            Heap.decref(list);
            throw e;
        }
        return list;
    }

    // ---- reversed

    /** reversed(seq): __reversed__ if the type has one, else the sequence protocol. */
    static long reversed(long seq) {
        PyType t = Types.of(seq);
        if (t == Types.LIST) {
            return IteratorTypes.newListReverseIterator(seq);
        }
        if (t == Types.RANGE) {
            long rev = reversedRange(seq);
            if (rev != 0) {
                return rev;
            }
        }
        if (!(t instanceof HeapType) && t.lookup(Names.get("__reversed__")) != 0) {
            // a built-in type's own __reversed__ (dict, dict views, deque)
            long bound = Ops.getAttr(seq, Names.get("__reversed__"));
            try {
                return Calls.call(bound, new long[0], 0, 0);
            } finally {
                Heap.decref(bound);
            }
        }
        if (t instanceof HeapType h) {
            long f = h.lookup(Names.get("__reversed__"));
            if (f == BoolObject.NONE) {
                throw Errors.typeError("'" + t.name + "' object is not reversible");
            }
            if (f != 0) {
                long bound = Ops.getAttr(seq, Names.get("__reversed__"));
                try {
                    return Calls.call(bound, new long[0], 0, 0);
                } finally {
                    Heap.decref(bound);
                }
            }
            boolean builtinSequence = t.isSubtypeOf(Types.LIST) || t.isSubtypeOf(Types.TUPLE) || t.isSubtypeOf(Types.STR)
                    || t.isSubtypeOf(Types.BYTES);
            if (h.lookup(Names.get("__getitem__")) == 0 && !builtinSequence || t.isSubtypeOf(Types.DICT)) {
                throw Errors.typeError("'" + t.name + "' object is not reversible");
            }
            if (t.isSubtypeOf(Types.LIST) && h.lookup(Names.get("__getitem__")) == Types.LIST.lookup(Names.get("__getitem__"))) {
                return IteratorTypes.newListReverseIterator(seq);
            }
            return IteratorTypes.newReversed(seq, Ops.length(seq));
        }
        if (t == Types.TUPLE || t == Types.STR || t == Types.BYTES || t == Types.RANGE) {
            return IteratorTypes.newReversed(seq, Ops.length(seq));
        }
        throw Errors.typeError("'" + t.name + "' object is not reversible");
    }

    /** range_reverse for a range whose bounds fit machine words; 0 otherwise. */
    private static long reversedRange(long r) {
        long start = Memory.getLong(r + Layout.RANGE_START);
        long step = Memory.getLong(r + Layout.RANGE_STEP);
        long len = Memory.getLong(r + Layout.RANGE_LENGTH);
        if (!IntObject.fitsMachineWord(start) || !IntObject.fitsMachineWord(step) || !IntObject.fitsMachineWord(len)) {
            return 0;
        }
        long n = IntObject.wordValue(len);
        long st = IntObject.wordValue(step);
        long last = IntObject.wordValue(start) + (n - 1) * st;
        long it = Heap.allocObject(Types.RANGE_ITERATOR.address, Layout.RANGEITER_SIZE, false);
        Memory.putLong(it + Layout.RANGEITER_INDEX, 0);
        Memory.putLong(it + Layout.RANGEITER_START, n == 0 ? IntObject.wordValue(start) : last);
        Memory.putLong(it + Layout.RANGEITER_STEP, -st);
        Memory.putLong(it + Layout.RANGEITER_LEN, n);
        return it;
    }

    /** callable(obj): a class with __call__, or a built-in type whose behaviour implements call. */
    static boolean isCallable(long obj) {
        return Ops.isCallable(obj);
    }

    /** Whether obj is a dict (for reversed's sequence check). */
    static boolean isDict(long obj) {
        return DictObject.check(obj);
    }
}
