package org.minipy.runtime.builtins;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.function.DoubleUnaryOperator;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.BuiltinFunction;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * The math module (mathmodule.c): libm functions on doubles with CPython's error rules (a NaN
 * from a non-NaN argument is "math domain error", an infinite result from finite arguments
 * "math range error"), and the exact integer functions. Transcendental functions use
 * StrictMath (fdlibm), which agrees with glibc to the last bit on all but rare arguments.
 */
final class MathModule {
    private MathModule() {}

    static long create() {
        long m = ModuleObject.create("math");
        constant(m, "pi", Math.PI);
        constant(m, "e", Math.E);
        constant(m, "tau", 2 * Math.PI);
        constant(m, "inf", Double.POSITIVE_INFINITY);
        constant(m, "nan", Double.NaN);
        unary(m, "sqrt", Math::sqrt);
        unary(m, "exp", Math::exp);
        unary(m, "expm1", StrictMath::expm1);
        unary(m, "log1p", StrictMath::log1p);
        unary(m, "sin", StrictMath::sin);
        unary(m, "cos", StrictMath::cos);
        unary(m, "tan", StrictMath::tan);
        unary(m, "asin", StrictMath::asin);
        unary(m, "acos", StrictMath::acos);
        unary(m, "atan", StrictMath::atan);
        unary(m, "sinh", StrictMath::sinh);
        unary(m, "cosh", StrictMath::cosh);
        unary(m, "tanh", StrictMath::tanh);
        unary(m, "fabs", Math::abs);
        unary(m, "degrees", x -> x * (180.0 / Math.PI));
        unary(m, "radians", x -> x * (Math.PI / 180.0));
        fn(m, "log", (self, a, o, n) -> {
            Args.between("log", n, 1, 2);
            double r = log(a[o], StrictMath::log);
            if (n == 2) {
                double b = log(a[o + 1], StrictMath::log);
                if (b == 0) {
                    throw Errors.zeroDivisionError("float division by zero");
                }
                r = r / b;
            }
            return FloatObject.fromDouble(r);
        });
        fn(m, "log2", (self, a, o, n) -> {
            Args.exactly("log2", n, 1);
            return FloatObject.fromDouble(log(a[o], MathModule::log2));
        });
        fn(m, "log10", (self, a, o, n) -> {
            Args.exactly("log10", n, 1);
            return FloatObject.fromDouble(log(a[o], StrictMath::log10));
        });
        fn(m, "pow", (self, a, o, n) -> {
            Args.exactly("pow", n, 2);
            return FloatObject.fromDouble(pow(num(a[o]), num(a[o + 1])));
        });
        fn(m, "atan2", (self, a, o, n) -> {
            Args.exactly("atan2", n, 2);
            return FloatObject.fromDouble(StrictMath.atan2(num(a[o]), num(a[o + 1])));
        });
        fn(m, "copysign", (self, a, o, n) -> {
            Args.exactly("copysign", n, 2);
            return FloatObject.fromDouble(Math.copySign(num(a[o]), num(a[o + 1])));
        });
        fn(m, "fmod", (self, a, o, n) -> {
            Args.exactly("fmod", n, 2);
            double x = num(a[o]);
            double y = num(a[o + 1]);
            if (Double.isInfinite(y) && Double.isFinite(x)) {
                return FloatObject.fromDouble(x);
            }
            return FloatObject.fromDouble(check(x % y, x, y));
        });
        fn(m, "modf", (self, a, o, n) -> {
            Args.exactly("modf", n, 1);
            double x = num(a[o]);
            double ip = Double.isInfinite(x) ? x : (x < 0 ? Math.ceil(x) : Math.floor(x));
            double fp = Double.isInfinite(x) ? Math.copySign(0.0, x) : Math.copySign(x - ip, x);
            long t = TupleObject.allocate(2);
            TupleObject.set(t, 0, FloatObject.fromDouble(fp));
            TupleObject.set(t, 1, FloatObject.fromDouble(ip));
            return t;
        });
        fn(m, "hypot", (self, a, o, n) -> {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = num(a[o + i]);
            }
            return FloatObject.fromDouble(norm(v));
        });
        fn(m, "dist", (self, a, o, n) -> {
            Args.exactly("dist", n, 2);
            long p = Sequence.toTuple(a[o]);
            long q = Sequence.toTuple(a[o + 1]);
            try {
                int len = (int) TupleObject.size(p);
                if (len != TupleObject.size(q)) {
                    throw Errors.valueError("both points must have the same number of dimensions");
                }
                double[] v = new double[len];
                for (int i = 0; i < len; i++) {
                    v[i] = num(TupleObject.get(p, i)) - num(TupleObject.get(q, i));
                }
                return FloatObject.fromDouble(norm(v));
            } finally {
                Heap.decref(p);
                Heap.decref(q);
            }
        });
        fn(m, "floor", (self, a, o, n) -> {
            Args.exactly("floor", n, 1);
            return rounding(a[o], "__floor__", Math::floor);
        });
        fn(m, "ceil", (self, a, o, n) -> {
            Args.exactly("ceil", n, 1);
            return rounding(a[o], "__ceil__", Math::ceil);
        });
        fn(m, "trunc", (self, a, o, n) -> {
            Args.exactly("trunc", n, 1);
            if (!FloatObject.check(a[o]) && !IntObject.check(a[o]) && !(Types.of(a[o]) instanceof HeapType)) {
                throw Errors.typeError("type " + Types.of(a[o]).name + " doesn't define __trunc__ method");
            }
            return rounding(a[o], "__trunc__", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        });
        fn(m, "isnan", (self, a, o, n) -> {
            Args.exactly("isnan", n, 1);
            return BoolObject.fromBoolean(Double.isNaN(num(a[o])));
        });
        fn(m, "isinf", (self, a, o, n) -> {
            Args.exactly("isinf", n, 1);
            return BoolObject.fromBoolean(Double.isInfinite(num(a[o])));
        });
        fn(m, "isfinite", (self, a, o, n) -> {
            Args.exactly("isfinite", n, 1);
            return BoolObject.fromBoolean(Double.isFinite(num(a[o])));
        });
        FunctionBuiltins.keywordFunction(m, "isclose", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("isclose", new String[] {"a", "b", "rel_tol", "abs_tol"}, 2, 2, a, o, n, kw);
            return BoolObject.fromBoolean(isClose(num(p[0]), num(p[1]), p[2] == 0 ? 1e-9 : num(p[2]),
                    p[3] == 0 ? 0.0 : num(p[3])));
        });
        fn(m, "gcd", (self, a, o, n) -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) {
                g = g.gcd(integer(a[o + i]));
            }
            return IntObject.fromBig(g);
        });
        fn(m, "lcm", (self, a, o, n) -> {
            BigInteger l = BigInteger.ONE;
            for (int i = 0; i < n; i++) {
                BigInteger x = integer(a[o + i]).abs();
                l = x.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(x)).multiply(x);
            }
            return IntObject.fromBig(l);
        });
        fn(m, "factorial", (self, a, o, n) -> {
            Args.exactly("factorial", n, 1);
            BigInteger x = integer(a[o]);
            if (x.signum() < 0) {
                throw Errors.valueError("factorial() not defined for negative values");
            }
            if (x.bitLength() > 31) {
                throw Errors.overflowError("factorial() argument should not exceed " + Long.MAX_VALUE);
            }
            return IntObject.fromBig(product(1, x.intValue()));
        });
        fn(m, "isqrt", (self, a, o, n) -> {
            Args.exactly("isqrt", n, 1);
            BigInteger x = integer(a[o]);
            if (x.signum() < 0) {
                throw Errors.valueError("isqrt() argument must be nonnegative");
            }
            return IntObject.fromBig(x.sqrt());
        });
        fn(m, "comb", (self, a, o, n) -> {
            Args.exactly("comb", n, 2);
            BigInteger nn = nonNegative(a[o], "n");
            BigInteger k = nonNegative(a[o + 1], "k");
            if (k.compareTo(nn) > 0) {
                return IntObject.fromLong(0);
            }
            int kk = Math.min(k.intValueExact(), nn.subtract(k).intValueExact());
            BigInteger r = BigInteger.ONE;
            for (int i = 0; i < kk; i++) {
                r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
            }
            return IntObject.fromBig(r);
        });
        fn(m, "perm", (self, a, o, n) -> {
            Args.between("perm", n, 1, 2);
            BigInteger nn = nonNegative(a[o], "n");
            BigInteger k = n == 2 && a[o + 1] != BoolObject.NONE ? nonNegative(a[o + 1], "k") : nn;
            if (k.compareTo(nn) > 0) {
                return IntObject.fromLong(0);
            }
            BigInteger r = BigInteger.ONE;
            for (long i = 0, kk = k.longValueExact(); i < kk; i++) {
                r = r.multiply(nn.subtract(BigInteger.valueOf(i)));
            }
            return IntObject.fromBig(r);
        });
        fn(m, "fsum", (self, a, o, n) -> {
            Args.exactly("fsum", n, 1);
            return FloatObject.fromDouble(fsum(a[o]));
        });
        FunctionBuiltins.keywordFunction(m, "prod", (self, a, o, n, kw) -> {
            long[] k = Kw.keywordsOnly("prod", new String[] {"start"}, a, o, n, kw);
            int npos = n - Kw.count(kw);
            if (npos != 1) {
                throw Errors.typeError("prod() takes exactly 1 positional argument (" + npos + " given)");
            }
            long result = k[0] == 0 ? IntObject.fromLong(1) : Heap.newRef(k[0]);
            long it = Ops.iter(a[o]);
            try {
                for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                    long r;
                    try {
                        r = Ops.binaryOp(result, x, Ops.NB_MULTIPLY);
                    } finally {
                        Heap.decref(x);
                    }
                    Heap.decref(result);
                    result = r;
                }
            } catch (PyException e) {
                Heap.decref(result);
                throw e;
            } finally {
                Heap.decref(it);
            }
            return result;
        });
        return m;
    }

    private static void constant(long m, String name, double v) {
        long f = FloatObject.fromDouble(v);
        ModuleObject.setAttr(m, name, f);
        Heap.decref(f);
    }

    private static void fn(long m, String name, BuiltinFunction f) {
        BuiltinsModule.function(m, name, f);
    }

    private static void unary(long m, String name, DoubleUnaryOperator op) {
        fn(m, name, (self, a, o, n) -> {
            Args.exactly(name, n, 1);
            double x = num(a[o]);
            return FloatObject.fromDouble(check(op.applyAsDouble(x), x, x));
        });
    }

    /** PyFloat_AsDouble with math's message. */
    static double num(long x) {
        if (FloatObject.check(x) || IntObject.check(x)) {
            return FloatObject.asDouble(x);
        }
        if (Types.of(x) instanceof HeapType) {
            long r = HeapType.callUnaryDunder(x, "__float__");
            if (r != 0) {
                try {
                    return FloatObject.asDouble(r);
                } finally {
                    Heap.decref(r);
                }
            }
        }
        throw Errors.typeError("must be real number, not " + Types.of(x).name);
    }

    /** math_1's error rules: NaN out of non-NaN in is a domain error, inf out of finite in a range error. */
    private static double check(double r, double x, double y) {
        if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Errors.valueError("math domain error");
        }
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw Errors.overflowError("math range error");
        }
        return r;
    }

    private static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            int e = Math.getExponent(x);
            if (x == Math.scalb(1.0, e)) {
                return e;
            }
        }
        if (x > 0 && Double.isFinite(x)) {
            int e = Math.getExponent(x);
            if (e > Double.MIN_EXPONENT) {
                return e + StrictMath.log(Math.scalb(x, -e)) / StrictMath.log(2.0);
            }
        }
        return StrictMath.log(x) / StrictMath.log(2.0);
    }

    /** loghelper: ints too large for a double go through frexp; non-positive arguments are domain errors. */
    private static double log(long arg, DoubleUnaryOperator f) {
        if (IntObject.check(arg)) {
            BigInteger v = IntObject.toBig(arg);
            if (v.signum() <= 0) {
                throw Errors.valueError("math domain error");
            }
            if (v.bitLength() > 1000) {
                int e = v.bitLength() - 53;
                double x = v.shiftRight(e).doubleValue();
                return f.applyAsDouble(x) + f.applyAsDouble(2.0) * e;
            }
            return f.applyAsDouble(v.doubleValue());
        }
        double x = num(arg);
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= 0) {
            throw Errors.valueError("math domain error");
        }
        return f.applyAsDouble(x);
    }

    /** C99 pow with CPython's math.pow error rules. */
    private static double pow(double x, double y) {
        if (x == 1.0 || y == 0.0) {
            return 1.0;
        }
        if (x == -1.0 && Double.isInfinite(y)) {
            return 1.0;
        }
        double r = Math.pow(x, y);
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (Double.isNaN(r) || (x == 0 && y < 0)) {
                throw Errors.valueError("math domain error");
            }
            if (Double.isInfinite(r)) {
                throw Errors.overflowError("math range error");
            }
        }
        return r;
    }

    /** floor / ceil / trunc: ints unchanged, floats to int, classes through their dunder. */
    private static long rounding(long x, String dunder, DoubleUnaryOperator f) {
        if (IntObject.check(x)) {
            return FunctionBuiltins.index(x);
        }
        if (Types.of(x) instanceof HeapType) {
            long r = HeapType.callUnaryDunder(x, dunder);
            if (r != 0) {
                return r;
            }
        }
        return FloatObject.toInt(f.applyAsDouble(num(x)));
    }

    private static boolean isClose(double a, double b, double rel, double abs) {
        if (rel < 0 || abs < 0) {
            throw Errors.valueError("tolerances must be non-negative");
        }
        if (a == b) {
            return true;
        }
        if (Double.isInfinite(a) || Double.isInfinite(b)) {
            return false;
        }
        double diff = Math.abs(b - a);
        return diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs;
    }

    private static BigInteger integer(long x) {
        long i = FunctionBuiltins.index(x);
        try {
            return IntObject.toBig(i);
        } finally {
            Heap.decref(i);
        }
    }

    private static BigInteger nonNegative(long x, String what) {
        BigInteger v = integer(x);
        if (v.signum() < 0) {
            throw Errors.valueError(what + " must be a non-negative integer");
        }
        return v;
    }

    /** lo * (lo+1) * ... * hi by halving, so big factorials stay fast. */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 8) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    /** The Euclidean norm, correctly rounded from the exact sum of squares. */
    private static double norm(double[] v) {
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
        }
        if (nan) {
            return Double.NaN;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            sum = sum.add(b.multiply(b));
        }
        return sum.sqrt(new MathContext(60)).doubleValue();
    }

    /** fsum: the correctly rounded sum (exact decimal arithmetic), with msum's rules for inf and nan. */
    private static double fsum(long iterable) {
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        boolean inf = false;
        boolean nan = false;
        long it = Ops.iter(iterable);
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                double d;
                try {
                    d = num(x);
                } finally {
                    Heap.decref(x);
                }
                if (Double.isNaN(d)) {
                    nan = true;
                } else if (Double.isInfinite(d)) {
                    if (inf && special != d) {
                        throw Errors.valueError("-inf + inf in fsum");
                    }
                    inf = true;
                    special = d;
                } else {
                    sum = sum.add(new BigDecimal(d));
                }
            }
        } finally {
            Heap.decref(it);
        }
        if (nan) {
            return Double.NaN;
        }
        if (inf) {
            return special;
        }
        double r = sum.doubleValue();
        if (Double.isInfinite(r)) {
            throw Errors.overflowError("intermediate overflow in fsum");
        }
        return r;
    }


}
