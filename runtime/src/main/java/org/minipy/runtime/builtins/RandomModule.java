package org.minipy.runtime.builtins;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.BytesObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.KeywordFunction;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.SetObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;

/**
 * The random module, producing CPython 3.11's numbers for the same seed: the Mersenne Twister
 * of _randommodule.c (init_by_array seeding from the seed's 32-bit chunks, random() from two
 * draws, getrandbits) with Lib/random.py's algorithms on top (_randbelow by getrandbits with
 * rejection, randrange, randint, choice, shuffle, sample, choices, uniform, gauss). str and bytes
 * seeds are extended with their SHA-512 digest as random.py's version 2 seeding does.
 *
 * <p>A Random object is RandomObject's layout: +16 index (int), +20 state[624] (uint32), then
 * gauss_next (a reference or 0) at +2520; the module's functions are bound to a hidden instance.
 */
final class RandomModule {
    private RandomModule() {}

    static final int N = 624;
    static final int M = 397;
    static final long R_INDEX = 16;
    static final long R_STATE = 20;
    static final long R_GAUSS_NEXT = 2520;
    static final long R_SIZE = 2528;

    private static final String[] FUNCTIONS = {"seed", "random", "getrandbits", "randrange", "randint", "choice",
        "shuffle", "uniform", "sample", "choices", "gauss"};

    static final PyType RANDOM = new RandomType().ready();

    static long create() {
        long m = ModuleObject.create("random");
        ModuleObject.setAttr(m, "Random", RANDOM.address);
        long inst = newRandom();
        seed(inst, 0);
        ModuleObject.setAttr(m, "_inst", inst);
        for (String name : FUNCTIONS) {
            long f = CFunctionObject.createWithKeywords(name, function(name), inst, m);
            ModuleObject.setAttr(m, name, f);
            Heap.decref(f);
        }
        Heap.decref(inst);
        return m;
    }

    static long newRandom() {
        long r = Heap.allocObject(RANDOM.address, R_SIZE, false);
        Memory.fill(r + 16, R_SIZE - 16, (byte) 0);
        return r;
    }

    /** The implementation of method name, taking self first. */
    static KeywordFunction function(String name) {
        return switch (name) {
            case "seed" -> (self, a, o, n, kw) -> {
                long[] p = Kw.bind("seed", new String[] {"a", "version"}, 0, 0, a, o, n, kw);
                seed(self, p[0] == BoolObject.NONE ? 0 : p[0]);
                return BoolObject.none();
            };
            case "random" -> positional("random", 0, 0, (self, a, o) -> FloatObject.fromDouble(random(self)));
            case "getrandbits" -> positional("getrandbits", 1, 1, (self, a, o) -> {
                long k = IntObject.asLong(a[o]);
                if (k < 0) {
                    throw Errors.valueError("number of bits must be non-negative");
                }
                return IntObject.fromBig(getrandbits(self, k));
            });
            case "randrange" -> (self, a, o, n, kw) -> {
                long[] p = Kw.bind("randrange", new String[] {"start", "stop", "step"}, 0, 1, a, o, n, kw);
                return IntObject.fromBig(randrange(self, p[0], p[1] == BoolObject.NONE ? 0 : p[1], p[2]));
            };
            case "randint" -> positional("randint", 2, 2, (self, a, o) -> {
                BigInteger b = integer(a[o + 1], "stop").add(BigInteger.ONE);
                long stop = IntObject.fromBig(b);
                try {
                    return IntObject.fromBig(randrange(self, a[o], stop, 0));
                } finally {
                    Heap.decref(stop);
                }
            });
            case "choice" -> positional("choice", 1, 1, (self, a, o) -> {
                long n = Ops.length(a[o]);
                if (n == 0) {
                    throw Errors.indexError("Cannot choose from an empty sequence");
                }
                long i = IntObject.fromLong(randbelow(self, n));
                try {
                    return Ops.getItem(a[o], i);
                } finally {
                    Heap.decref(i);
                }
            });
            case "shuffle" -> positional("shuffle", 1, 1, (self, a, o) -> {
                shuffle(self, a[o]);
                return BoolObject.none();
            });
            case "uniform" -> positional("uniform", 2, 2, (self, a, o) -> {
                long diff = Ops.binaryOp(a[o + 1], a[o], Ops.NB_SUBTRACT);
                long r = FloatObject.fromDouble(random(self));
                try {
                    long prod = Ops.binaryOp(diff, r, Ops.NB_MULTIPLY);
                    try {
                        return Ops.binaryOp(a[o], prod, Ops.NB_ADD);
                    } finally {
                        Heap.decref(prod);
                    }
                } finally {
                    Heap.decref(diff);
                    Heap.decref(r);
                }
            });
            case "sample" -> (self, a, o, n, kw) -> {
                long[] p = Kw.bind("sample", new String[] {"population", "k", "counts"}, 0, 2, a, o, n, kw);
                return sample(self, p[0], p[1]);
            };
            case "choices" -> (self, a, o, n, kw) -> {
                long[] p = Kw.bind("choices", new String[] {"population", "weights", "cum_weights", "k"}, 0, 1, a, o,
                        n, kw);
                return RandomChoices.choices(self, p[0], p[1], p[2], p[3]);
            };
            case "gauss" -> (self, a, o, n, kw) -> {
                long[] p = Kw.bind("gauss", new String[] {"mu", "sigma"}, 0, 0, a, o, n, kw);
                double mu = p[0] == 0 ? 0.0 : MathModule.num(p[0]);
                double sigma = p[1] == 0 ? 1.0 : MathModule.num(p[1]);
                return FloatObject.fromDouble(mu + gauss(self) * sigma);
            };
            default -> throw new IllegalArgumentException(name);
        };
    }

    @FunctionalInterface
    interface Body {
        long call(long self, long[] a, int o);
    }

    /** A method taking min..max positional arguments and no keywords. */
    private static KeywordFunction positional(String name, int min, int max, Body body) {
        return (self, a, o, n, kw) -> {
            if (Kw.count(kw) > 0) {
                throw Errors.typeError(name + "() got an unexpected keyword argument '" + Kw.name(kw, 0) + "'");
            }
            if (n < min || n > max) {
                String plural = max == 1 ? "" : "s";
                if (min == max) {
                    throw Errors.typeError(name + "() takes " + (max == 0 ? "no arguments" : "exactly " + max
                            + " argument" + plural) + " (" + n + " given)");
                }
                throw Errors.typeError(name + "() takes from " + min + " to " + max + " positional arguments but "
                        + n + " were given");
            }
            return body.call(self, a, o);
        };
    }

    // ---- the Mersenne Twister (_randommodule.c)

    private static int state(long r, int i) {
        return Memory.getInt(r + R_STATE + 4L * i);
    }

    private static void state(long r, int i, int v) {
        Memory.putInt(r + R_STATE + 4L * i, v);
    }

    private static void initGenrand(long r, int s) {
        state(r, 0, s);
        for (int i = 1; i < N; i++) {
            int prev = state(r, i - 1);
            state(r, i, 1812433253 * (prev ^ (prev >>> 30)) + i);
        }
        Memory.putInt(r + R_INDEX, N);
    }

    private static void initByArray(long r, int[] key) {
        initGenrand(r, 19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, key.length); k > 0; k--) {
            int prev = state(r, i - 1);
            state(r, i, (state(r, i) ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j);
            i++;
            j++;
            if (i >= N) {
                state(r, 0, state(r, N - 1));
                i = 1;
            }
            if (j >= key.length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = state(r, i - 1);
            state(r, i, (state(r, i) ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i);
            i++;
            if (i >= N) {
                state(r, 0, state(r, N - 1));
                i = 1;
            }
        }
        state(r, 0, 0x80000000);
    }

    private static int mag01(int y) {
        return (y & 1) != 0 ? 0x9908b0df : 0;
    }

    /** genrand_uint32, as an unsigned value in a long. */
    static long genrand(long r) {
        int index = Memory.getInt(r + R_INDEX);
        if (index >= N) {
            int kk = 0;
            for (; kk < N - M; kk++) {
                int y = (state(r, kk) & 0x80000000) | (state(r, kk + 1) & 0x7fffffff);
                state(r, kk, state(r, kk + M) ^ (y >>> 1) ^ mag01(y));
            }
            for (; kk < N - 1; kk++) {
                int y = (state(r, kk) & 0x80000000) | (state(r, kk + 1) & 0x7fffffff);
                state(r, kk, state(r, kk + (M - N)) ^ (y >>> 1) ^ mag01(y));
            }
            int y = (state(r, N - 1) & 0x80000000) | (state(r, 0) & 0x7fffffff);
            state(r, N - 1, state(r, M - 1) ^ (y >>> 1) ^ mag01(y));
            index = 0;
        }
        int y = state(r, index);
        Memory.putInt(r + R_INDEX, index + 1);
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= y >>> 18;
        return y & 0xFFFFFFFFL;
    }

    static double random(long r) {
        long a = genrand(r) >>> 5;
        long b = genrand(r) >>> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    static BigInteger getrandbits(long r, long k) {
        if (k == 0) {
            return BigInteger.ZERO;
        }
        if (k <= 32) {
            return BigInteger.valueOf(genrand(r) >>> (32 - k));
        }
        int words = (int) ((k - 1) / 32 + 1);
        byte[] bytes = new byte[words * 4];
        for (int i = 0; i < words; i++, k -= 32) {
            long w = genrand(r);
            if (k < 32) {
                w >>>= 32 - k;
            }
            int at = bytes.length - 4 * (i + 1);
            bytes[at] = (byte) (w >>> 24);
            bytes[at + 1] = (byte) (w >>> 16);
            bytes[at + 2] = (byte) (w >>> 8);
            bytes[at + 3] = (byte) w;
        }
        return new BigInteger(1, bytes);
    }

    /** getrandbits(k) for k <= 63 as a long. */
    private static long getrandbitsLong(long r, int k) {
        if (k <= 32) {
            return k == 0 ? 0 : genrand(r) >>> (32 - k);
        }
        long lo = genrand(r);
        long hi = genrand(r) >>> (64 - k);
        return lo | (hi << 32);
    }

    /** _randbelow_with_getrandbits. */
    static long randbelow(long r, long n) {
        int k = 64 - Long.numberOfLeadingZeros(n);
        long x = getrandbitsLong(r, k);
        while (x >= n) {
            x = getrandbitsLong(r, k);
        }
        return x;
    }

    static BigInteger randbelow(long r, BigInteger n) {
        if (n.bitLength() < 63) {
            return BigInteger.valueOf(randbelow(r, n.longValue()));
        }
        int k = n.bitLength();
        BigInteger x = getrandbits(r, k);
        while (x.compareTo(n) >= 0) {
            x = getrandbits(r, k);
        }
        return x;
    }

    // ---- seeding

    /** seed(a): a is 0 for None. */
    static void seed(long r, long a) {
        long g = Memory.getLong(r + R_GAUSS_NEXT);
        Memory.putLong(r + R_GAUSS_NEXT, 0);
        Heap.xdecref(g);
        if (a == 0) {
            int[] key = new int[N];
            SecureRandom sr = new SecureRandom();
            for (int i = 0; i < N; i++) {
                key[i] = sr.nextInt();
            }
            initByArray(r, key);
            return;
        }
        BigInteger n;
        if (IntObject.check(a)) {
            n = IntObject.toBig(a).abs();
        } else if (StrObject.check(a) || BytesObject.check(a)) {
            byte[] bytes = StrObject.check(a) ? StrObject.toJava(a).getBytes(StandardCharsets.UTF_8)
                    : BytesObject.toArray(a);
            byte[] digest = sha512(bytes);
            byte[] all = new byte[bytes.length + digest.length];
            System.arraycopy(bytes, 0, all, 0, bytes.length);
            System.arraycopy(digest, 0, all, bytes.length, digest.length);
            n = new BigInteger(1, all);
        } else if (FloatObject.check(a)) {
            long h = Ops.hash(a);
            n = new BigInteger(Long.toUnsignedString(h));
        } else {
            throw Errors.typeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        int bits = n.bitLength();
        int keyUsed = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[keyUsed];
        for (int i = 0; i < keyUsed; i++) {
            key[i] = n.shiftRight(32 * i).intValue();
        }
        initByArray(r, key);
    }

    private static byte[] sha512(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-512").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "sha512 is not available");
        }
    }

    // ---- random.py

    private static BigInteger integer(long x, String what) {
        if (IntObject.check(x)) {
            return IntObject.toBig(x);
        }
        if (FloatObject.check(x)) {
            double d = FloatObject.value(x);
            if (d == Math.rint(d) && Double.isFinite(d)) {
                return new java.math.BigDecimal(d).toBigInteger();
            }
            throw Errors.valueError(what.equals("start") ? "non-integer arg 1 for randrange()"
                    : "non-integer " + what + " for randrange()");
        }
        long i = FunctionBuiltins.index(x);
        try {
            return IntObject.toBig(i);
        } finally {
            Heap.decref(i);
        }
    }

    /** randrange(start, stop, step): stop 0 for None, step 0 for the default 1. */
    static BigInteger randrange(long r, long start, long stop, long step) {
        BigInteger istart = integer(start, "start");
        if (stop == 0) {
            if (step != 0) {
                throw Errors.typeError("Missing a non-None stop argument");
            }
            if (istart.signum() > 0) {
                return randbelow(r, istart);
            }
            throw Errors.valueError("empty range for randrange()");
        }
        BigInteger istop = integer(stop, "stop");
        BigInteger width = istop.subtract(istart);
        BigInteger istep = step == 0 ? BigInteger.ONE : integer(step, "step");
        if (istep.equals(BigInteger.ONE)) {
            if (width.signum() > 0) {
                return istart.add(randbelow(r, width));
            }
            throw Errors.valueError("empty range for randrange() (" + istart + ", " + istop + ", " + width + ")");
        }
        BigInteger n;
        if (istep.signum() > 0) {
            n = floorDiv(width.add(istep).subtract(BigInteger.ONE), istep);
        } else if (istep.signum() < 0) {
            n = floorDiv(width.add(istep).add(BigInteger.ONE), istep);
        } else {
            throw Errors.valueError("zero step for randrange()");
        }
        if (n.signum() <= 0) {
            throw Errors.valueError("empty range for randrange()");
        }
        return istart.add(istep.multiply(randbelow(r, n)));
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        return qr[1].signum() != 0 && qr[1].signum() != b.signum() ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    private static void shuffle(long r, long x) {
        long n = Ops.length(x);
        boolean list = ListObject.check(x);
        for (long i = n - 1; i >= 1; i--) {
            long j = randbelow(r, i + 1);
            if (list && ListObject.size(x) == n) {
                long t = ListObject.get(x, i);
                ListObject.set(x, i, ListObject.get(x, j));
                ListObject.set(x, j, t);
                continue;
            }
            long ki = IntObject.fromLong(i);
            long kj = IntObject.fromLong(j);
            try {
                long xj = Ops.getItem(x, kj);
                long xi;
                try {
                    xi = Ops.getItem(x, ki);
                } catch (RuntimeException e) {
                    Heap.decref(xj);
                    throw e;
                }
                try {
                    Types.of(x).setItem(x, ki, xj);
                    Types.of(x).setItem(x, kj, xi);
                } finally {
                    Heap.decref(xj);
                    Heap.decref(xi);
                }
            } finally {
                Heap.decref(ki);
                Heap.decref(kj);
            }
        }
    }

    private static long sample(long r, long population, long kObj) {
        PyType t = Types.of(population);
        if (SetObject.check(population) || t == Types.DICT) {
            throw Errors.typeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        long n = Ops.length(population);
        long k = IntObject.asLong(kObj);
        if (k < 0 || k > n) {
            throw Errors.valueError("Sample larger than population or is negative");
        }
        long result = ListObject.allocate(k);
        for (long i = 0; i < k; i++) {
            ListObject.set(result, i, BoolObject.none());
        }
        long setsize = 21;
        if (k > 5) {
            setsize += (long) Math.pow(4, Math.ceil(Math.log(k * 3) / Math.log(4)));
        }
        try {
            if (n <= setsize) {
                long pool = Sequence.toList(population);
                try {
                    for (long i = 0; i < k; i++) {
                        long j = randbelow(r, n - i);
                        long old = ListObject.get(result, i);
                        ListObject.set(result, i, Heap.newRef(ListObject.get(pool, j)));
                        Heap.decref(old);
                        long moved = ListObject.get(pool, n - i - 1);
                        Heap.incref(moved);
                        long was = ListObject.get(pool, j);
                        ListObject.set(pool, j, moved);
                        Heap.decref(was);
                    }
                } finally {
                    Heap.decref(pool);
                }
            } else {
                java.util.HashSet<Long> selected = new java.util.HashSet<>();
                for (long i = 0; i < k; i++) {
                    long j = randbelow(r, n);
                    while (selected.contains(j)) {
                        j = randbelow(r, n);
                    }
                    selected.add(j);
                    long key = IntObject.fromLong(j);
                    try {
                        long old = ListObject.get(result, i);
                        ListObject.set(result, i, Ops.getItem(population, key));
                        Heap.decref(old);
                    } finally {
                        Heap.decref(key);
                    }
                }
            }
        } catch (RuntimeException e) {
            Heap.decref(result);
            throw e;
        }
        return result;
    }

    private static double gauss(long r) {
        long next = Memory.getLong(r + R_GAUSS_NEXT);
        Memory.putLong(r + R_GAUSS_NEXT, 0);
        if (next != 0) {
            double z = FloatObject.value(next);
            Heap.decref(next);
            return z;
        }
        double x2pi = random(r) * (2 * Math.PI);
        double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - random(r)));
        double z = Math.cos(x2pi) * g2rad;
        Memory.putLong(r + R_GAUSS_NEXT, FloatObject.fromDouble(Math.sin(x2pi) * g2rad));
        return z;
    }

    /** random.Random: instances made by Random(seed), with the module's functions as methods. */
    static final class RandomType extends PyType {
        RandomType() {
            super("random.Random", Types.OBJECT, false, R_SIZE, 0);
        }

        @Override
        protected void defineMethods() {
            for (String name : FUNCTIONS) {
                methodWithKeywords(name, function(name));
            }
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count > 1) {
                throw Errors.typeError("Random() takes at most 1 argument (" + count + " given)");
            }
            long r = newRandom();
            try {
                seed(r, count == 0 || args[offset] == BoolObject.NONE ? 0 : args[offset]);
            } catch (RuntimeException e) {
                Heap.decref(r);
                throw e;
            }
            return r;
        }

        /** gauss_next, a float or 0. */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            visitOffsets(obj, new long[] {R_GAUSS_NEXT}, visit);
        }

        @Override
        public void dealloc(long obj) {
            Heap.xdecref(field(obj, R_GAUSS_NEXT));
            Heap.freeObject(obj, false);
        }
    }
}
