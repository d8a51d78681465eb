package org.minipy.runtime.object;

import java.math.BigInteger;

/**
 * Argument checks for the methods of str, int and float, in the three shapes CPython's messages
 * take: METH_NOARGS/METH_O ("str.upper() takes no arguments (1 given)"), _PyArg_CheckPositional
 * ("center expected at least 1 argument, got 0") and PyArg_ParseTuple ("find() takes at least 1
 * argument (0 given)"); plus Argument Clinic's keyword binding and index conversions.
 */
final class MethodArgs {
    private MethodArgs() {}

    /** METH_NOARGS: "str.upper() takes no arguments (1 given)". */
    static void none(String qualified, int n) {
        if (n != 0) {
            throw Errors.typeError(qualified + "() takes no arguments (" + n + " given)");
        }
    }

    /** METH_O: "str.join() takes exactly one argument (0 given)". */
    static void one(String qualified, int n) {
        if (n != 1) {
            throw Errors.typeError(qualified + "() takes exactly one argument (" + n + " given)");
        }
    }

    /** _PyArg_CheckPositional: "center expected at least 1 argument, got 0". */
    static void positional(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** PyArg_ParseTuple: "find() takes at least 1 argument (0 given)". */
    static void parseTuple(String name, int n, int min, int max) {
        if (n < min) {
            throw Errors.typeError(name + "() takes " + (min == max ? "exactly " : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + " (" + n + " given)");
        }
        if (n > max) {
            throw Errors.typeError(name + "() takes " + (min == max ? "exactly " : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /**
     * Argument Clinic's binding of positional-or-keyword parameters: one value per name (borrowed),
     * 0 where not given; the first {@code required} must be given.
     */
    static long[] bind(String function, String[] names, int required, long[] args, int offset, int count,
            long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        int npos = count - nkw;
        if (count > names.length) {
            throw Errors.typeError(function + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + count + " given)");
        }
        long[] r = new long[names.length];
        System.arraycopy(args, offset, r, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = StrObject.toJava(TupleObject.get(kwnames, k));
            int i = -1;
            for (int j = 0; j < names.length; j++) {
                if (names[j].equals(kw)) {
                    i = j;
                }
            }
            if (i < 0) {
                throw Errors.typeError("'" + kw + "' is an invalid keyword argument for " + function + "()");
            }
            if (r[i] != 0) {
                throw Errors.typeError("argument for " + function + "() given by name ('" + kw + "') and position ("
                        + (i + 1) + ")");
            }
            r[i] = args[offset + npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (r[i] == 0) {
                throw Errors.typeError(function + "() missing required argument '" + names[i] + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return r;
    }

    /** An int argument (or __index__): "'str' object cannot be interpreted as an integer". */
    static BigInteger bigIndex(long obj) {
        if (IntObject.check(obj) || Types.of(obj).isSubtypeOf(Types.INT)) {
            return IntObject.toBig(obj);
        }
        long r = numberIndex(obj);
        try {
            return IntObject.toBig(r);
        } finally {
            Heap.decref(r);
        }
    }

    /**
     * PyNumber_Index: a new reference to an exact int, the argument itself when it is one, a
     * copy of a bool or int subclass's value, else what its __index__ returns (that object
     * when it is an exact int); "'str' object cannot be interpreted as an integer" otherwise.
     */
    static long numberIndex(long obj) {
        if (Types.typeAddressOf(obj) == Types.INT.address) {
            return Heap.newRef(obj);
        }
        if (IntObject.check(obj) || Types.of(obj).isSubtypeOf(Types.INT)) {
            return IntObject.fromBig(IntObject.toBig(obj));
        }
        long r = Types.of(obj) instanceof HeapType || WeakRefs.isProxy(obj)
                ? HeapType.callUnaryDunder(obj, "__index__") : 0;
        if (r == 0) {
            throw Errors.typeError("'" + Types.of(obj).name + "' object cannot be interpreted as an integer");
        }
        if (!IntObject.check(r)) { // an int (or bool) only, as before; CPython warns for subclasses
            String t = Types.of(r).name;
            Heap.decref(r);
            throw Errors.typeError("__index__ returned non-int (type " + t + ")");
        }
        if (Types.typeAddressOf(r) == Types.INT.address) {
            return r;
        }
        try {
            return IntObject.fromBig(IntObject.toBig(r));
        } finally {
            Heap.decref(r);
        }
    }

    /** An int argument of Argument Clinic's {@code int} converter (_PyLong_AsInt): OverflowError past 32 bits. */
    static int cInt(long obj) {
        BigInteger b = bigIndex(obj);
        if (b.bitLength() > 31) {
            throw Errors.overflowError("Python int too large to convert to C int"); // _PyLong_AsInt
        }
        return b.intValue();
    }

    /** PyNumber_AsSsize_t with OverflowError: an index-sized argument. */
    static long index(long obj) {
        BigInteger b = bigIndex(obj);
        if (b.bitLength() > 63) {
            throw Errors.overflowError("Python int too large to convert to C ssize_t");
        }
        return b.longValue();
    }

    /** A slice bound of find/count/startswith: None or an index, clamped as _PyEval_SliceIndex. */
    static long sliceIndex(long obj, long dflt) {
        if (obj == 0 || obj == BoolObject.NONE) {
            return dflt;
        }
        if (!IntObject.check(obj) && !(Types.of(obj) instanceof HeapType h && h.find("__index__") != 0)) {
            throw Errors.typeError("slice indices must be integers or None or have an __index__ method");
        }
        BigInteger b = bigIndex(obj);
        if (b.bitLength() > 63) {
            return b.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return b.longValue();
    }
}
