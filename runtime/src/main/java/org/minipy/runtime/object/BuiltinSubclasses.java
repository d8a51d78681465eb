package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * Instances of classes derived from the immutable built-in types int, float, str, bytes and tuple
 * (CPython's long_subtype_new, float_subtype_new, unicode_subtype_new, bytes_subtype_new,
 * tuple_subtype_new): the base's value is made first as an exact object, then copied into an
 * instance of the class, which has the base's layout and the class's extra words.
 *
 * <pre>
 * class I(int)    basicsize 32 (24 + dict pointer), itemsize 4: the dict pointer is the last
 *                 word of the variable part (tp_dictoffset -8); no __weakref__
 * class T(tuple)  basicsize 32, itemsize 8, dict pointer last (tp_dictoffset -8)
 * class B(bytes)  basicsize 41, itemsize 1, dict pointer last (tp_dictoffset -8)
 * class F(float)  basicsize 32 (24 + __weakref__), managed dict (pre-header)
 * class S(str)    basicsize 88 (PyUnicodeObject's 80 + __weakref__), managed dict; minipy keeps
 *                 the compact str layout inside, so str's code reads it unchanged, and sizeof
 *                 reports CPython's non-compact size: 80 + (len + 1) * kind. The characters
 *                 may run past +80, so the weaklist head is the word after them
 *                 ({@link #strWeaklistSlot}); __weakrefoffset__ still says 80
 * </pre>
 *
 * The built-in types' slots in Java accept only exact objects of their type, so operators on an
 * instance of such a class run on an exact copy of its value ({@link #exact}), as CPython's
 * operators do on the base part of the instance (their results are exact objects too).
 */
final class BuiltinSubclasses {
    private BuiltinSubclasses() {}

    /** sizeof(PyUnicodeObject): the base size CPython's str subclasses start from. */
    static final long UNICODE_OBJECT_SIZE = 80;

    /** Whether instances of classes on builtin b are copies of an exact value (immutable bases). */
    static boolean isValueBase(PyType b) {
        return b == Types.INT || b == Types.FLOAT || b == Types.STR || b == Types.BYTES || b == Types.TUPLE;
    }

    /**
     * A new reference to obj as an exact object of its built-in base: obj itself unless it is an
     * instance of a class derived from a value base, then a new exact copy of its value.
     */
    static long exact(long obj) {
        if (!(Types.of(obj) instanceof HeapType h) || !isValueBase(h.builtin)) {
            return Heap.newRef(obj);
        }
        PyType b = h.builtin;
        if (b == Types.INT) {
            return IntObject.fromBig(IntObject.toBig(obj));
        }
        if (b == Types.FLOAT) {
            return FloatObject.fromDouble(FloatObject.value(obj));
        }
        if (b == Types.STR) {
            return StrObject.fromJava(StrObject.toJava(obj));
        }
        if (b == Types.BYTES) {
            return BytesObject.fromBytes(BytesObject.toArray(obj));
        }
        long n = TupleObject.size(obj);
        long t = TupleObject.allocate(n);
        for (long i = 0; i < n; i++) {
            TupleObject.set(t, i, Heap.newRef(TupleObject.get(obj, i)));
        }
        return t;
    }

    private static long round8(long n) {
        return (n + 7) & ~7L;
    }

    /** tp_alloc for class h of a value base: zeroed, holding a reference to h, tracked. */
    private static long alloc(HeapType h, long size) {
        long obj = Heap.allocObject(h.address, size, true);
        Memory.fill(obj + OBJECT_HEAD, size - OBJECT_HEAD, (byte) 0);
        Heap.incref(h.address);
        Heap.track(obj);
        return obj;
    }

    /** An instance of h (whose builtin is a value base) holding the value of the exact object v. */
    static long fromExact(HeapType h, long v) {
        PyType b = h.builtin;
        if (b == Types.INT) {
            long size = Memory.getLong(v + OB_SIZE);
            long n = Math.max(1, Math.abs(size));
            long obj = alloc(h, round8(h.basicSize + DIGIT_SIZE * (n + 1)));
            Memory.putLong(obj + OB_SIZE, size);
            Memory.copy(v + LONG_DIGITS, obj + LONG_DIGITS, DIGIT_SIZE * n);
            return obj;
        }
        if (b == Types.FLOAT) {
            long obj = alloc(h, h.basicSize);
            Memory.putDouble(obj + FLOAT_VALUE, FloatObject.value(v));
            return obj;
        }
        if (b == Types.STR) {
            long bytes = StrObject.sizeof(v);
            long obj = alloc(h, Math.max(round8(bytes) + 8, h.basicSize));
            Memory.copy(v + OB_SIZE, obj + OB_SIZE, bytes - OB_SIZE);
            Memory.putInt(obj + STR_STATE, Memory.getInt(obj + STR_STATE) & ~STATE_INTERNED_MASK);
            Memory.putLong(obj + STR_WSTR, 0);
            if (!StrObject.isAscii(obj)) {
                Memory.putLong(obj + STR_UTF8, 0);
                Memory.putLong(obj + STR_UTF8_LENGTH, 0);
                Memory.putLong(obj + STR_WSTR_LENGTH, 0);
            }
            return obj;
        }
        if (b == Types.BYTES) {
            long n = BytesObject.size(v);
            long obj = alloc(h, round8(h.basicSize + n + 1));
            Memory.putLong(obj + OB_SIZE, n);
            Memory.putLong(obj + BYTES_HASH, Memory.getLong(v + BYTES_HASH));
            Memory.copy(v + BYTES_DATA, obj + BYTES_DATA, n + 1);
            return obj;
        }
        long n = TupleObject.size(v);
        long obj = alloc(h, round8(h.basicSize + 8 * (n + 1)));
        Memory.putLong(obj + OB_SIZE, n);
        for (long i = 0; i < n; i++) {
            TupleObject.set(obj, i, Heap.newRef(TupleObject.get(v, i)));
        }
        return obj;
    }

    /**
     * The weaklist head of an instance of a str subclass: the word after its characters (the
     * compact layout's size rounded up to 8), which fromExact allocated.
     */
    static long strWeaklistSlot(long obj) {
        return obj + round8(StrObject.sizeof(obj));
    }

    /** The address of the dict pointer of a var-sized instance (tp_dictoffset -8): its last word. */
    static long varDictSlot(long obj, HeapType h) {
        long n = Math.abs(Memory.getLong(obj + OB_SIZE));
        return obj + round8(h.basicSize + h.itemSize * n) - 8;
    }

    /** The base's part of dealloc for an instance of a value base: items dropped, block freed. */
    static void deallocValue(HeapType h, long obj) {
        if (h.builtin == Types.TUPLE) {
            for (long i = TupleObject.size(obj) - 1; i >= 0; i--) {
                Heap.xdecref(TupleObject.get(obj, i));
            }
        }
        Heap.freeObject(obj, true);
    }

    /** obj.__sizeof__() for an instance of class h with a value base (without the GC header). */
    static long sizeof(HeapType h, long obj) {
        PyType b = h.builtin;
        if (b == Types.INT) {
            return IntObject.sizeof(obj);
        }
        if (b == Types.STR) {
            return UNICODE_OBJECT_SIZE + (StrObject.length(obj) + 1) * StrObject.kindOf(obj);
        }
        if (b == Types.FLOAT) {
            return h.basicSize;
        }
        return h.basicSize + h.itemSize * Memory.getLong(obj + OB_SIZE);
    }

    // ---- tp_new and tp_init of the built-in bases, as the classes' MRO sees them

    /**
     * Puts {@code __new__} (a builtin bound to the type, as CPython's tp_new wrapper) in the dict
     * of built-in type b if it has none, so {@code super().__new__(cls, ...)} finds it.
     */
    static void installNew(PyType b) {
        long name = Names.get("__new__");
        if (b == Types.OBJECT || b.isSubtypeOf(Types.BASE_EXCEPTION) || DictObject.get(b.typeDict(), name) != 0) {
            return;
        }
        long f = CFunctionObject.createWithKeywords("__new__", (self, a, o, n, kw) -> typeNew(b, a, o, n, kw),
                b.address, 0);
        b.putInDict(name, f);
        Heap.decref(f);
    }

    /** b.__new__(cls, *args, **kwargs) (tp_new_wrapper): cls must be a subtype of b. */
    private static long typeNew(PyType b, long[] a, int o, int n, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        if (n - nkw < 1) {
            throw Errors.typeError(b.name + ".__new__(): not enough arguments");
        }
        long cls = a[o];
        if (!TypeObject.isType(cls)) {
            throw Errors.typeError(b.name + ".__new__(X): X is not a type object (" + Types.of(cls).name + ")");
        }
        PyType t = Types.ofTypeObject(cls);
        if (!t.isSubtypeOf(b)) {
            throw Errors.typeError(b.name + ".__new__(" + t.name + "): " + t.name + " is not a subtype of " + b.name);
        }
        if (t instanceof HeapType h) {
            return h.builtinNew(a, o + 1, n - 1, kwnames);
        }
        return t.constructWithKeywords(a, o + 1, n - 1, kwnames);
    }
}
