package org.minipy.runtime.object;

import org.minipy.runtime.mem.Memory;

/**
 * The abstract object protocol (CPython's abstract.c and object.c): operations on any object,
 * dispatched to its type's slots with CPython's fallbacks. Every {@code long} returned is a new
 * reference; arguments are borrowed.
 */
public final class Ops {
    // BINARY_OP arguments (CPython's NB_*)
    public static final int NB_ADD = 0;
    public static final int NB_AND = 1;
    public static final int NB_FLOOR_DIVIDE = 2;
    public static final int NB_LSHIFT = 3;
    public static final int NB_MATRIX_MULTIPLY = 4;
    public static final int NB_MULTIPLY = 5;
    public static final int NB_REMAINDER = 6;
    public static final int NB_OR = 7;
    public static final int NB_POWER = 8;
    public static final int NB_RSHIFT = 9;
    public static final int NB_SUBTRACT = 10;
    public static final int NB_TRUE_DIVIDE = 11;
    public static final int NB_XOR = 12;
    public static final int NB_INPLACE_ADD = 13;
    public static final int NB_INPLACE_SUBTRACT = 23;
    public static final int NB_INPLACE_OFFSET = 13;
    private static final String[] NB_SYMBOLS = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};

    // rich comparison operators (Py_LT .. Py_GE)
    public static final int LT = 0;
    public static final int LE = 1;
    public static final int EQ = 2;
    public static final int NE = 3;
    public static final int GT = 4;
    public static final int GE = 5;
    private static final String[] CMP_SYMBOLS = {"<", "<=", "==", "!=", ">", ">="};
    private static final int[] SWAPPED = {GT, GE, EQ, NE, LT, LE};

    public static final int UNARY_NEGATIVE = 0;
    public static final int UNARY_POSITIVE = 1;
    public static final int UNARY_INVERT = 2;
    private static final String[] UNARY_SYMBOLS = {"unary -", "unary +", "unary ~"};

    /**
     * The thread state's dict that the first Py_ReprEnter makes (PyThreadState_GetDict), holding
     * the list Py_ReprEnter keeps under "Py_Repr": both live as long as the interpreter, so the
     * first repr of a container costs CPython a dict and a list (gc counts, free lists).
     */
    private static long reprState;

    private static void makeReprState() {
        reprState = DictObject.create();
        long list = ListObject.allocate(0);
        long key = StrObject.fromJava("Py_Repr");
        DictObject.set(reprState, key, list);
        Heap.decref(key);
        Heap.decref(list);
        Roots.register("thread state dict", visit -> visit.visit(reprState));
    }

    /** Objects whose repr is being made (Py_ReprEnter's list), for the [...] of a self-containing list. */
    private static long[] reprStack = new long[16];
    private static int reprDepth;
    /** Reprs being made inside one another, which count against the recursion limit as C calls do. */
    private static int reprNesting;
    /** How many more nested calls the recursion limit allows the running frame (set by the VM). */
    private static java.util.function.IntSupplier recursionRoom = () -> Integer.MAX_VALUE;

    private Ops() {}

    // ---- truth, hashing, equality

    public static boolean isTrue(long obj) {
        if (obj == BoolObject.TRUE) {
            return true;
        }
        if (obj == BoolObject.FALSE || obj == BoolObject.NONE) {
            return false;
        }
        return Types.of(obj).isTrue(obj);
    }

    /** PyCallable_Check: whether obj's type has a call slot (a class: a __call__ along its MRO). */
    public static boolean isCallable(long obj) {
        PyType t = Types.of(obj);
        if (t instanceof HeapType h) {
            return h.lookup(Names.get("__call__")) != 0;
        }
        return t.hasCallSlot();
    }

    public static long hash(long obj) {
        long t = Types.typeAddressOf(obj);
        if (t == Types.STR.address) {
            return StrObject.hash(obj);
        }
        if (t == Types.INT.address) {
            return IntObject.hash(obj);
        }
        return Types.of(obj).hash(obj);
    }

    /** a == b as a Java boolean (identity first, as PyObject_RichCompareBool). */
    public static boolean equal(long a, long b) {
        if (a == b) {
            return true;
        }
        long ta = Types.typeAddressOf(a);
        if (ta == Types.STR.address && Types.typeAddressOf(b) == ta) { // unicode_compare_eq, no bool made
            return StrObject.equal(a, b);
        }
        long r = richCompare(a, b, EQ);
        boolean result = isTrue(r);
        Heap.decref(r);
        return result;
    }

    /** Whether a three-way comparison result satisfies op. */
    public static boolean compareResult(int cmp, int op) {
        return switch (op) {
            case LT -> cmp < 0;
            case LE -> cmp <= 0;
            case EQ -> cmp == 0;
            case NE -> cmp != 0;
            case GT -> cmp > 0;
            default -> cmp >= 0;
        };
    }

    /** PyObject_RichCompare: the left slot, then the reflected right one, then identity for ==/!=. */
    public static long richCompare(long a, long b, int op) {
        PyType ta = Types.of(a);
        PyType tb = Types.of(b);
        boolean reflectedFirst = tb != ta && tb.isSubtypeOf(ta);
        long r;
        if (reflectedFirst) {
            r = tb.richCompare(b, a, SWAPPED[op]);
            if (r != 0) {
                return r;
            }
        }
        r = ta.richCompare(a, b, op);
        if (r != 0) {
            return r;
        }
        if (!reflectedFirst) {
            r = tb.richCompare(b, a, SWAPPED[op]);
            if (r != 0) {
                return r;
            }
        }
        if (op == EQ) {
            return BoolObject.fromBoolean(a == b);
        }
        if (op == NE) {
            return BoolObject.fromBoolean(a != b);
        }
        throw Errors.typeError("'" + CMP_SYMBOLS[op] + "' not supported between instances of '" + ta.name + "' and '"
                + tb.name + "'");
    }

    // ---- numbers

    /** a op b for BINARY_OP's argument (in-place forms try the in-place slot first). */
    public static long binaryOp(long a, long b, int op) {
        long sa = Types.typeAddressOf(a);
        if (sa == Types.INT.address && Types.typeAddressOf(b) == sa) {
            // two exact ints: int has no in-place slots, so binary_op1 ends in long's slot
            long r = Types.INT.binaryOp(a, b, op >= NB_INPLACE_OFFSET ? op - NB_INPLACE_OFFSET : op);
            if (r != 0) {
                return r;
            }
        }
        if (sa == Types.STR.address) { // exact str on the left: the str slot answers first (and last)
            long sb = Types.typeAddressOf(b);
            if ((op == NB_ADD || op == NB_INPLACE_ADD) && sb == sa) {
                return StrObject.concat(a, b);
            }
            if (op == NB_REMAINDER && (sb == sa || sb == Types.INT.address || sb == Types.TUPLE.address)) {
                return PercentFormat.format(a, b);
            }
        }
        PyType ta = Types.of(a);
        if (ta instanceof HeapType || Types.of(b) instanceof HeapType) {
            return HeapType.numberOp(a, b, op);
        }
        boolean inplace = op >= NB_INPLACE_OFFSET;
        if (op >= NB_INPLACE_OFFSET) {
            long r = ta.binaryOp(a, b, op);
            if (r != 0) {
                return r;
            }
            op -= NB_INPLACE_OFFSET;
        }
        PyType tb = Types.of(b);
        // binary_op1: a right operand whose type is a subtype with its own slot goes first
        boolean rightSlot = tb != ta && tb.binaryOpSlot() != ta.binaryOpSlot();
        if (rightSlot && tb.isSubtypeOf(ta)) {
            long r = tb.binaryOp(a, b, op);
            if (r != 0) {
                return r;
            }
            rightSlot = false;
        }
        long r = ta.binaryOp(a, b, op);
        if (r != 0) {
            return r;
        }
        if (rightSlot) {
            r = tb.binaryOp(a, b, op);
            if (r != 0) {
                return r;
            }
        }
        throw unsupported(a, b, op, inplace);
    }

    /**
     * The TypeError a binary operation ends with when no slot answered: PyNumber_Multiply's
     * sequence_repeat names the non-index operand when one side is a sequence, the others
     * "unsupported operand type(s)".
     */
    static PyException unsupported(long a, long b, int op, boolean inplace) {
        if (op == NB_MULTIPLY && (isRepeatable(a) || isRepeatable(b))) {
            long n = isRepeatable(a) ? b : a;
            return Errors.typeError("can't multiply sequence by non-int of type '" + Types.of(n).name + "'");
        }
        String sym = NB_SYMBOLS[op] + (inplace ? "=" : op == NB_POWER ? " or pow()" : "");
        return Errors.typeError("unsupported operand type(s) for " + sym + ": '" + Types.of(a).name + "' and '"
                + Types.of(b).name + "'");
    }

    /** Whether obj's type has sq_repeat: list, tuple, str, bytes and their subclasses. */
    private static boolean isRepeatable(long obj) {
        PyType t = Types.of(obj);
        return t.isSubtypeOf(Types.LIST) || t.isSubtypeOf(Types.TUPLE) || t.isSubtypeOf(Types.STR)
                || t.isSubtypeOf(Types.BYTES);
    }

    public static long unaryOp(long a, int op) {
        PyType t = Types.of(a);
        long r = t.unaryOp(a, op);
        if (r == 0) {
            throw Errors.typeError("bad operand type for " + UNARY_SYMBOLS[op] + ": '" + t.name + "'");
        }
        return r;
    }

    /**
     * operator.index for a subscript or count: the int's value; otherwise a TypeError whose message
     * is format with the object's type name in place of its %s.
     */
    public static long index(long obj, String format) {
        if (WeakRefs.isProxy(obj)) { // proxy_index: the referent's index
            long x = WeakRefObject.ProxyType.unwrap(obj);
            try {
                return index(x, format);
            } finally {
                Heap.decref(x);
            }
        }
        if (!IntObject.check(obj) && !Types.of(obj).isSubtypeOf(Types.INT)) { // int subclasses are ints
            if (Types.of(obj) instanceof HeapType h && h.find("__index__") != 0) {
                java.math.BigInteger b = MethodArgs.bigIndex(obj);
                if (b.bitLength() > 63) {
                    throw Errors.indexError("cannot fit '" + Types.of(obj).name + "' into an index-sized integer");
                }
                return b.longValue();
            }
            throw Errors.typeError(format.replace("%s", Types.of(obj).name));
        }
        if (!IntObject.fitsMachineWord(obj)) { // past 60 bits: Py_ssize_t still holds 63
            java.math.BigInteger b = IntObject.toBig(obj);
            if (b.bitLength() > 63) {
                throw Errors.indexError("cannot fit 'int' into an index-sized integer");
            }
            return b.longValue();
        }
        return IntObject.wordValue(obj);
    }

    /** A sequence subscript: negative indexes count from the end; IndexError when out of range. */
    public static long sequenceIndex(long key, long length, String what) {
        String kind = what.endsWith("assignment") ? what.substring(0, what.indexOf(' ')) : what;
        long i = index(key, kind + " indices must be integers or slices, not %s");
        if (i < 0) {
            i += length;
        }
        if (i < 0 || i >= length) {
            throw Errors.indexError(what + " index out of range");
        }
        return i;
    }

    /** Whether an object is of a sequence type (its exact type or a subclass, as the type decides). */
    @FunctionalInterface
    public interface SequenceCheck {
        boolean test(long obj);
    }

    /** The concatenation of two sequences of one type. */
    @FunctionalInterface
    public interface Concat {
        long concat(long a, long b);
    }

    /**
     * sq_concat for `a + b` (str, list, tuple): both operands of the type concatenate; a left
     * operand of the type with anything else is CPython's "can only concatenate" TypeError;
     * otherwise NotImplemented (0) so the right operand may try.
     */
    public static long concatSequences(long a, long b, SequenceCheck check, String typeName, Concat concat) {
        if (check.test(a) && check.test(b)) {
            return concat.concat(a, b);
        }
        if (check.test(a)) {
            throw Errors.typeError("can only concatenate " + typeName + " (not \"" + Types.of(b).name + "\") to "
                    + typeName);
        }
        return 0;
    }

    /** A repeat operation of a sequence: the function the sequence type does repetition with. */
    @FunctionalInterface
    public interface Repeat {
        long repeat(long seq, long times);
    }

    /**
     * seq * n or n * seq, seq an instance of type (sequence_repeat): n an int or an object with
     * __index__, its value as PyNumber_AsSsize_t(n, OverflowError) takes it. 0 (not handled)
     * for any other n, so that the protocol tries n's own slots first, as binary_op1 does
     * before sequence_repeat, and ends with sequence_repeat's error ({@link #unsupported}).
     */
    public static long repeatSequence(long a, long b, PyType type, Repeat repeat) {
        boolean aIsSeq = Types.of(a) == type || Types.of(a).isSubtypeOf(type);
        long seq = aIsSeq ? a : b;
        long n = aIsSeq ? b : a;
        return isIndex(n) ? repeat.repeat(seq, repeatCount(n)) : 0;
    }

    /** _PyIndex_Check: an int, or an object whose class defines __index__. */
    public static boolean isIndex(long n) {
        return IntObject.check(n) || Types.of(n).isSubtypeOf(Types.INT)
                || Types.of(n) instanceof HeapType h && h.find("__index__") != 0;
    }

    /** The count of a sequence repetition: TypeError for a non-index n, OverflowError past 64 bits. */
    public static long repeatCount(long n) {
        if (IntObject.check(n) && IntObject.fitsMachineWord(n)) {
            return IntObject.wordValue(n);
        }
        if (!isIndex(n)) {
            throw Errors.typeError("can't multiply sequence by non-int of type '" + Types.of(n).name + "'");
        }
        java.math.BigInteger big = MethodArgs.bigIndex(n);
        if (big.bitLength() > 63) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        return big.longValue();
    }

    /** Reading item i of a sequence. */
    @FunctionalInterface
    public interface ItemReader {
        long get(long seq, long i);
    }

    /**
     * PyObject_RichCompareBool(item, x, Py_EQ) with a reference to item taken for the
     * comparison, as list_contains, list_count, list_index, list_remove and list_richcompare
     * take one (an __eq__ that empties the list cannot free the item under it).
     */
    public static boolean equalHolding(long item, long x) {
        if (item == x) {
            return true;
        }
        Heap.incref(item);
        try {
            return equal(item, x);
        } finally {
            Heap.decref(item);
        }
    }

    /**
     * Lexicographic comparison of two lists or two tuples (list_richcompare, tuplerichcompare).
     * A list's sizes are read again at each step, since a comparison can change either list,
     * and its two items are held while they are compared; a tuple's are compared as they are.
     */
    public static long compareSequences(long a, long b, boolean lists, int op) {
        if ((op == EQ || op == NE) && seqSize(a, lists) != seqSize(b, lists)) {
            return BoolObject.fromBoolean(op == NE);
        }
        long i = 0;
        for (; i < seqSize(a, lists) && i < seqSize(b, lists); i++) {
            long x = seqItem(a, i, lists);
            long y = seqItem(b, i, lists);
            boolean eq;
            if (lists && x != y) {
                Heap.incref(y);
                try {
                    eq = equalHolding(x, y);
                } finally {
                    Heap.decref(y);
                }
            } else {
                eq = equal(x, y);
            }
            if (!eq) {
                break;
            }
        }
        long na = seqSize(a, lists);
        long nb = seqSize(b, lists);
        if (i >= na || i >= nb) {
            return BoolObject.fromBoolean(compareResult(Long.compare(na, nb), op));
        }
        if (op == EQ) {
            return BoolObject.fromBoolean(false);
        }
        if (op == NE) {
            return BoolObject.fromBoolean(true);
        }
        return richCompare(seqItem(a, i, lists), seqItem(b, i, lists), op);
    }

    private static long seqSize(long s, boolean list) {
        return list ? ListObject.size(s) : TupleObject.size(s);
    }

    private static long seqItem(long s, long i, boolean list) {
        return list ? ListObject.get(s, i) : TupleObject.get(s, i);
    }

    /** CPython 3.11's tuple hash (xxHash-based). */
    public static long tupleHash(long t) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long n = TupleObject.size(t);
        long acc = prime5;
        for (long i = 0; i < n; i++) {
            long lane = hash(TupleObject.get(t, i));
            acc += lane * prime2;
            acc = Long.rotateLeft(acc, 31);
            acc *= prime1;
        }
        acc += n ^ (prime5 ^ 3527539L);
        if (acc == -1) {
            return 1546275796;
        }
        return acc;
    }

    // ---- attributes, items, iteration

    /**
     * obj.name (name a str); AttributeError when missing. PyObject_GetAttr: an AttributeError
     * leaving the lookup, whoever raised it, gets the name and obj (set_attribute_error_context).
     */
    public static long getAttr(long obj, long name) {
        try {
            return lookupAttr(obj, name);
        } catch (PyException e) {
            ExceptionObject.setAttributeErrorContext(e.exception, obj, name);
            throw e;
        }
    }

    private static long lookupAttr(long obj, long name) {
        PyType t = Types.of(obj);
        long r = t.getAttr(obj, name);
        if (r != 0) {
            return r;
        }
        long found = t.lookup(name);
        if (found != 0) {
            return Attributes.heldDescrGet(found, obj, t.address);
        }
        if (ModuleObject.check(obj)) {
            throw Errors.attributeError("module '" + StrObject.toJava(Memory.getLong(obj + Layout.MODULE_NAME))
                    + "' has no attribute '" + StrObject.toJava(name) + "'");
        }
        throw Errors.attributeError("'" + t.name + "' object has no attribute '" + StrObject.toJava(name) + "'");
    }

    public static void setAttr(long obj, long name, long value) {
        PyType t = Types.of(obj);
        if (!t.setAttr(obj, name, value)) {
            if (value == 0) {
                throw Errors.attributeError(StrObject.toJava(name));
            }
            if (t.lookup(name) != 0) { // PyObject_GenericSetAttr: found on the type, but not settable
                throw Errors.attributeError("'" + t.name + "' object attribute '" + StrObject.toJava(name)
                        + "' is read-only");
            }
            throw Errors.attributeError("'" + t.name + "' object has no attribute '" + StrObject.toJava(name) + "'");
        }
    }

    public static long getItem(long obj, long key) {
        return Types.of(obj).getItem(obj, key);
    }

    public static long iter(long obj) {
        return Types.of(obj).iter(obj);
    }

    /**
     * next(it) as a new reference, or 0 when exhausted (a StopIteration the iterator raises counts
     * as exhaustion, as FOR_ITER treats it). The builtin next() calls the slot itself so that a
     * StopIteration's value reaches the program.
     */
    public static long next(long it) {
        try {
            return Types.of(it).next(it);
        } catch (PyException e) {
            if (e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                Heap.decref(e.exception);
                return 0;
            }
            throw e;
        }
    }

    /** `item in container`. */
    public static boolean contains(long container, long item) {
        PyType t = Types.of(container);
        int slot = t.contains(container, item);
        if (slot >= 0) {
            return slot == 1;
        }
        if (t == Types.STR && StrObject.check(item)) {
            return StrObject.toJava(container).contains(StrObject.toJava(item));
        }
        if (t == Types.DICT) {
            return DictObject.get(container, item) != 0;
        }
        long it = iter(container);
        try {
            for (long x = next(it); x != 0; x = next(it)) {
                boolean eq = equal(x, item);
                Heap.decref(x);
                if (eq) {
                    return true;
                }
            }
            return false;
        } finally {
            Heap.decref(it);
        }
    }

    /**
     * PyObject_LengthHint(o, dflt): len(o) when o's type has a length (a TypeError from it is
     * dropped), else what o's __length_hint__ answers, bound to o and called (NotImplemented or
     * a TypeError from it: dflt), else dflt.
     */
    public static long lengthHint(long o, long dflt) {
        PyType t = Types.of(o);
        try {
            long n = t.length(o);
            if (n >= 0) {
                return n;
            }
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                throw e;
            }
            Heap.decref(e.exception);
        }
        long f = t.lookup(Names.get("__length_hint__"));
        if (f == 0) {
            return dflt;
        }
        long r;
        try {
            r = Calls.callBound(f, o, new long[0], 0, 0, 0);
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                throw e;
            }
            Heap.decref(e.exception);
            return dflt;
        }
        if (r == NotImplementedObject.NOT_IMPLEMENTED) {
            Heap.decref(r);
            return dflt;
        }
        if (!IntObject.check(r)) {
            String name = Types.of(r).name;
            Heap.decref(r);
            throw Errors.typeError("__length_hint__ must be an integer, not " + name);
        }
        try {
            long n = IntObject.asSsize(r);
            if (n < 0) {
                throw Errors.valueError("__length_hint__() should return >= 0");
            }
            return n;
        } finally {
            Heap.decref(r);
        }
    }

    public static long length(long obj) {
        long ta = Types.typeAddressOf(obj);
        if (ta == Types.STR.address) { // the exact built-in containers without the virtual call
            return StrObject.length(obj);
        }
        if (ta == Types.LIST.address) {
            return ListObject.size(obj);
        }
        if (ta == Types.TUPLE.address) {
            return TupleObject.size(obj);
        }
        if (ta == Types.DICT.address) {
            return DictObject.size(obj);
        }
        PyType t = Types.of(obj);
        long n = t.length(obj);
        if (n < 0) {
            throw Errors.typeError("object of type '" + t.name + "' has no len()");
        }
        return n;
    }

    /**
     * PyObject_Format(v, spec), spec 0 for '': the __format__ found on v's type, bound to v
     * (_PyObject_LookupSpecial) and called with the spec, its result checked. For an instance of a
     * class that is the class's own __format__ or the one it inherits (object's, int's, ...), and
     * v has the bound method's reference while it runs (and while the __str__ that
     * object.__format__ calls runs). A value of a built-in type is formatted by its type's
     * __format__ directly: no code of the program's runs there, and the bound method CPython
     * makes and drops around it is left out.
     */
    public static long format(long v, long spec) {
        PyType t = Types.of(v);
        if (!(t instanceof HeapType)) {
            return Format.format(v, spec);
        }
        long f = t.lookup(Names.get("__format__"));
        if (f == 0) {
            throw Errors.typeError("Type " + t.name + " doesn't define __format__");
        }
        long specArg = spec == 0 ? StrObject.fromJava("") : Heap.newRef(spec);
        long r;
        try {
            r = Calls.callBound(f, v, new long[] {specArg}, 0, 1, 0);
        } finally {
            Heap.decref(specArg);
        }
        if (!Types.of(r).isSubtypeOf(Types.STR)) {
            String name = Types.of(r).name;
            Heap.decref(r);
            throw Errors.typeError("__format__ must return a str, not " + name);
        }
        return r;
    }

    // ---- repr and str

    public static String reprJava(long obj) {
        // PyObject_Repr's _Py_EnterRecursiveCall: a list nested a million deep is a RecursionError
        if (reprNesting >= recursionRoom.getAsInt()) {
            throw Errors.raise(Types.RECURSION_ERROR,
                    "maximum recursion depth exceeded while getting the repr of an object");
        }
        reprNesting++;
        try {
            return Types.of(obj).repr(obj);
        } finally {
            reprNesting--;
        }
    }

    /** The VM tells how many more nested calls the recursion limit allows. */
    public static void setRecursionRoom(java.util.function.IntSupplier room) {
        recursionRoom = room;
    }

    /**
     * A container's repr between Py_ReprEnter and Py_ReprLeave: {@code marker} when obj's repr is
     * already being made further up (it contains itself), else what body makes. The containers
     * whose C repr does this (list, tuple, dict, set, deque, dict views, ...) call it themselves.
     */
    public static String reprGuarded(long obj, String marker, java.util.function.Supplier<String> body) {
        if (reprState == 0) {
            makeReprState();
        }
        for (int i = 0; i < reprDepth; i++) {
            if (reprStack[i] == obj) {
                return marker;
            }
        }
        if (reprDepth == reprStack.length) {
            reprStack = java.util.Arrays.copyOf(reprStack, reprDepth * 2);
        }
        reprStack[reprDepth++] = obj;
        try {
            return body.get();
        } finally {
            reprDepth--;
        }
    }

    public static String strJava(long obj) {
        return Types.of(obj).str(obj);
    }

    /** repr(obj) as a new str object. */
    public static long repr(long obj) {
        if (Types.typeAddressOf(obj) == Types.BOOL.address) {
            return Heap.newRef(obj == BoolObject.TRUE ? StrObject.TRUE_TEXT : StrObject.FALSE_TEXT);
        }
        if (Types.typeAddressOf(obj) == Types.INT.address) {
            return IntObject.fitsMachineWord(obj) ? StrObject.fromLongDecimal(IntObject.wordValue(obj))
                    : StrObject.fromJavaUncached(IntObject.toDecimal(obj));
        }
        if (Types.of(obj) instanceof HeapType h) { // the str a __repr__ returned is the repr itself
            if (reprNesting >= recursionRoom.getAsInt()) {
                throw Errors.raise(Types.RECURSION_ERROR,
                        "maximum recursion depth exceeded while getting the repr of an object");
            }
            reprNesting++;
            long r;
            try {
                r = h.reprObject(obj);
            } finally {
                reprNesting--;
            }
            if (r != 0) {
                return r;
            }
        }
        return StrObject.fromJava(reprJava(obj));
    }

    /** str(obj) as a new str object (obj itself for an exact str, what a __str__ returned itself). */
    public static long str(long obj) {
        if (StrObject.check(obj)) {
            return Heap.newRef(obj);
        }
        if (Types.typeAddressOf(obj) == Types.BOOL.address) { // bool_repr's static strs
            return Heap.newRef(obj == BoolObject.TRUE ? StrObject.TRUE_TEXT : StrObject.FALSE_TEXT);
        }
        if (Types.typeAddressOf(obj) == Types.INT.address) { // long_to_decimal_string
            return IntObject.fitsMachineWord(obj) ? StrObject.fromLongDecimal(IntObject.wordValue(obj))
                    : StrObject.fromJavaUncached(IntObject.toDecimal(obj));
        }
        if (Types.of(obj) instanceof HeapType h) {
            long r = h.strObject(obj);
            if (r != 0) {
                return r;
            }
        }
        return StrObject.fromJava(strJava(obj));
    }

    /** "[a, b, c]"-style repr of n items. */
    public static String reprItems(long seq, long n, ItemReader items, String open, String close) {
        StringBuilder sb = new StringBuilder(open);
        for (long i = 0; i < n; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(reprJava(items.get(seq, i)));
        }
        return sb.append(close).toString();
    }
}
