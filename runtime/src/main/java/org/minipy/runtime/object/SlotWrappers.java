package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * A built-in type's slots exposed as methods, as CPython's typeobject.c add_operators does:
 * {@code str.__len__} is a wrapper_descriptor ({@code <slot wrapper '__len__' of 'str' objects>})
 * and {@code "abc".__len__} a method-wrapper bound to the str. Each wrapper calls the Java slot
 * of the type that owns it (never the dispatch of {@link Ops}), so {@code super().__add__(x)} in
 * a subclass reaches the built-in behaviour.
 *
 * <pre>
 *  wrapper_descriptor (PyWrapperDescrObject, 56 bytes):  header | d_type | d_name | d_qualname
 *                                                         | d_base (the MethodDefs index) | d_wrapped
 *  method-wrapper (wrapperobject, 32 bytes):             header | descr | self
 * </pre>
 */
public final class SlotWrappers {
    private static final long WRAPPER_DESCR = 16;
    private static final long WRAPPER_SELF = 24;
    private static final long WRAPPER_SIZE = 32;

    private SlotWrappers() {}

    /**
     * Whether obj is an instance of a class derived from a value base (int, float, str, bytes,
     * tuple), whose built-in slots apply to an exact copy of its value.
     */
    private static boolean copied(long obj) {
        return Types.of(obj) instanceof HeapType h && BuiltinSubclasses.isValueBase(h.builtin);
    }

    private interface Slot2 {
        long apply(long a, long b);
    }

    /**
     * Applies a two-operand slot to a and b, an instance of a value-base class as an exact copy
     * (the others as they are: a wrapper holds no reference of its own); NotImplemented when the
     * slot declines.
     */
    private static long onExact(long a, long b, Slot2 slot) {
        return orNotImplemented(onExactRaw(a, b, slot));
    }

    private static long onExactRaw(long a, long b, Slot2 slot) {
        boolean ca = copied(a);
        boolean cb = copied(b);
        long x = ca ? BuiltinSubclasses.exact(a) : a;
        long y = cb ? BuiltinSubclasses.exact(b) : b;
        try {
            return slot.apply(x, y);
        } finally {
            if (ca) {
                Heap.decref(x);
            }
            if (cb) {
                Heap.decref(y);
            }
        }
    }

    /** Puts a slot wrapper named name calling fn (self, args) in t's dict. */
    public static void define(PyType t, String name, BuiltinFunction fn) {
        define(t, name, MethodDefs.register(name, fn));
    }

    /** Puts a slot wrapper that takes keyword arguments (wrap_call's) in t's dict. */
    static void defineWithKeywords(PyType t, String name, KeywordFunction fn) {
        define(t, name, MethodDefs.registerWithKeywords(name, fn));
    }

    private static void define(PyType t, String name, int index) {
        long d = Heap.allocObject(Types.WRAPPER_DESCRIPTOR.address, DESCR_SIZE, true);
        Memory.putLong(d + DESCR_TYPE, t.address);
        Memory.putLong(d + DESCR_NAME, StrObject.intern(StrObject.fromJava(name)));
        Memory.putLong(d + DESCR_QUALNAME, 0);
        Memory.putLong(d + DESCR_METHOD, index);
        Memory.putLong(d + DESCR_VECTORCALL, 0);
        Heap.track(d);
        t.putInDict(Names.get(name), d);
        Heap.decref(d);
    }

    // ---- families of slots

    /** __call__ from t's call slot (wrap_call: positional and keyword arguments passed on). */
    public static void call(PyType t) {
        defineWithKeywords(t, "__call__", (self, a, o, n, kwnames) -> {
            if (Types.of(self) == t) {
                return Calls.call(self, a, o, n, kwnames);
            }
            // an instance of a subclass: t's own slot, whatever __call__ the subclass defines
            return kwnames != 0 && TupleObject.size(kwnames) > 0 ? t.callWithKeywords(self, a, o, n, kwnames)
                    : t.call(self, a, o, n);
        });
    }

    /**
     * __get__, and for a data descriptor __set__ and __delete__, from t's descriptor slots
     * (wrap_descr_get, wrap_descr_set, wrap_descr_delete): {@code f.__get__(obj)} binds a
     * function as attribute lookup does, None standing for a missing instance or owner.
     */
    public static void descriptor(PyType t) {
        define(t, "__get__", (self, a, o, n) -> {
            if (n < 1 || n > 2) { // PyArg_UnpackTuple with an empty name
                throw Errors.typeError(" expected at " + (n < 1 ? "least 1 argument" : "most 2 arguments") + ", got " + n);
            }
            long obj = a[o] == BoolObject.NONE ? 0 : a[o];
            long type = n == 2 && a[o + 1] != BoolObject.NONE ? a[o + 1] : 0;
            if (obj == 0 && type == 0) {
                throw Errors.typeError("__get__(None, None) is invalid");
            }
            return Attributes.descrGet(self, obj, type);
        });
        if (t.hasDescrSet()) {
            define(t, "__set__", (self, a, o, n) -> {
                if (n != 2) { // PyArg_UnpackTuple with an empty name
                    throw Errors.typeError(" expected 2 arguments, got " + n);
                }
                t.descrSet(self, a[o], a[o + 1]);
                return BoolObject.none();
            });
            define(t, "__delete__", (self, a, o, n) -> {
                expect(n, 1);
                t.descrSet(self, a[o], 0);
                return BoolObject.none();
            });
        }
    }


    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    /** __lt__ .. __ge__ from t's richCompare slot (NotImplemented when it declines). */
    public static void comparisons(PyType t) {
        for (int op = 0; op < CMP_NAMES.length; op++) {
            int cmp = op;
            define(t, CMP_NAMES[op], (self, a, o, n) -> {
                expect(n, 1);
                return onExact(self, a[o], (x, y) -> t.richCompare(x, y, cmp));
            });
        }
    }

    /** __name__ and (when reflected is given) __rname__ from t's binaryOp slot for op. */
    public static void binary(PyType t, String name, String reflected, int op) {
        define(t, name, (self, a, o, n) -> {
            expect(n, 1);
            return onExact(self, a[o], (x, y) -> t.binaryOp(x, y, op));
        });
        if (reflected != null) {
            define(t, reflected, (self, a, o, n) -> {
                expect(n, 1);
                return onExact(a[o], self, (x, y) -> t.binaryOp(x, y, op));
            });
        }
    }

    /** The arithmetic operators of a number type, each with its reflected form. */
    public static void numberOperators(PyType t, boolean bitwise) {
        binary(t, "__add__", "__radd__", Ops.NB_ADD);
        binary(t, "__sub__", "__rsub__", Ops.NB_SUBTRACT);
        binary(t, "__mul__", "__rmul__", Ops.NB_MULTIPLY);
        binary(t, "__mod__", "__rmod__", Ops.NB_REMAINDER);
        binary(t, "__floordiv__", "__rfloordiv__", Ops.NB_FLOOR_DIVIDE);
        binary(t, "__truediv__", "__rtruediv__", Ops.NB_TRUE_DIVIDE);
        if (bitwise) {
            binary(t, "__lshift__", "__rlshift__", Ops.NB_LSHIFT);
            binary(t, "__rshift__", "__rrshift__", Ops.NB_RSHIFT);
            binary(t, "__and__", "__rand__", Ops.NB_AND);
            binary(t, "__xor__", "__rxor__", Ops.NB_XOR);
            binary(t, "__or__", "__ror__", Ops.NB_OR);
        }
        unary(t, "__neg__", Ops.UNARY_NEGATIVE);
        unary(t, "__pos__", Ops.UNARY_POSITIVE);
        if (bitwise) {
            unary(t, "__invert__", Ops.UNARY_INVERT);
        }
        define(t, "__bool__", (self, a, o, n) -> {
            expect(n, 0);
            return BoolObject.fromBoolean(t.isTrue(self));
        });
    }

    public static void unary(PyType t, String name, int op) {
        define(t, name, (self, a, o, n) -> {
            expect(n, 0);
            return orNotImplemented(t.unaryOp(self, op));
        });
    }

    /** __repr__, __str__ and __hash__ from t's slots. */
    public static void reprStrHash(PyType t, boolean str) {
        repr(t);
        if (str) {
            str(t);
        }
        hash(t);
    }

    /** __repr__ from t's repr slot (wrap_unaryfunc). */
    public static void repr(PyType t) {
        define(t, "__repr__", (self, a, o, n) -> {
            expect(n, 0);
            return StrObject.fromJava(t.repr(self));
        });
    }

    /** __str__ from t's str slot. */
    public static void str(PyType t) {
        define(t, "__str__", (self, a, o, n) -> {
            expect(n, 0);
            return StrObject.fromJava(t.str(self));
        });
    }

    /** __hash__ from t's hash slot (wrap_hashfunc). */
    public static void hash(PyType t) {
        define(t, "__hash__", (self, a, o, n) -> {
            expect(n, 0);
            return IntObject.fromLong(t.hash(self));
        });
    }

    /**
     * __hash__ = None, as type_ready's inherit_slots leaves in the dict of a type whose tp_hash is
     * PyObject_HashNotImplemented (list, set, dict).
     */
    public static void hashNone(PyType t) {
        t.putInDict(Names.get("__hash__"), BoolObject.NONE);
    }

    /** __bool__ from t's truth slot (wrap_inquirypred). */
    public static void bool(PyType t) {
        define(t, "__bool__", (self, a, o, n) -> {
            expect(n, 0);
            return BoolObject.fromBoolean(t.isTrue(self));
        });
    }

    /** __len__, __getitem__, __contains__ and __iter__ from t's sequence slots. */
    public static void sequence(PyType t) {
        length(t);
        getItem(t);
        contains(t);
        iter(t);
    }

    /** __len__ from t's length slot (wrap_lenfunc). */
    public static void length(PyType t) {
        define(t, "__len__", (self, a, o, n) -> {
            expect(n, 0);
            return IntObject.fromLong(t.length(self));
        });
    }

    /** __getitem__ from t's subscript slot (wrap_binaryfunc over mp_subscript). */
    public static void getItem(PyType t) {
        define(t, "__getitem__", (self, a, o, n) -> {
            expect(n, 1);
            return onExactRaw(self, a[o], t::getItem);
        });
    }

    /** __iter__ from t's iter slot. */
    public static void iter(PyType t) {
        define(t, "__iter__", (self, a, o, n) -> {
            expect(n, 0);
            return t.iter(self);
        });
    }

    /**
     * __contains__ from t's sq_contains (wrap_objobjproc); list's and tuple's, whose Java types
     * have no contains slot, search their items as list_contains and tuplecontains do, whatever
     * __iter__ a subclass defines (any other such type: what t's own iteration gives).
     */
    public static void contains(PyType t) {
        define(t, "__contains__", (self, a, o, n) -> {
            expect(n, 1);
            int r = (int) onExactRaw(self, a[o], (x, y) -> t.contains(x, y));
            return BoolObject.fromBoolean(r >= 0 ? r == 1 : search(t, self, a[o]));
        });
    }

    private static boolean search(PyType t, long self, long item) {
        if (t == Types.LIST) { // list_contains: each item held while it is compared
            for (long i = 0; i < ListObject.size(self); i++) {
                long v = Heap.newRef(ListObject.get(self, i));
                boolean eq;
                try {
                    eq = Ops.equal(v, item);
                } finally {
                    Heap.decref(v);
                }
                if (eq) {
                    return true;
                }
            }
            return false;
        }
        if (t == Types.TUPLE) { // tuplecontains: the items compared as they are
            for (long i = 0; i < TupleObject.size(self); i++) {
                if (Ops.equal(TupleObject.get(self, i), item)) {
                    return true;
                }
            }
            return false;
        }
        long x = copied(self) ? BuiltinSubclasses.exact(self) : Heap.newRef(self);
        long it = t.iter(x);
        Heap.decref(x);
        try {
            PyType it_t = Types.of(it);
            for (long v = it_t.next(it); v != 0; v = it_t.next(it)) {
                boolean eq = Ops.equal(v, item);
                Heap.decref(v);
                if (eq) {
                    return true;
                }
            }
            return false;
        } finally {
            Heap.decref(it);
        }
    }

    /** An in-place operator __iname__ from t's nb_inplace_* slot op (wrap_binaryfunc). */
    public static void inplace(PyType t, String name, int op) {
        define(t, name, (self, a, o, n) -> {
            expect(n, 1);
            return onExact(self, a[o], (x, y) -> t.binaryOp(x, y, Ops.NB_INPLACE_OFFSET + op));
        });
    }

    /**
     * __mul__ and __rmul__ from sq_repeat, and __imul__ from sq_inplace_repeat when inplace
     * (wrap_indexargfunc: the count through PyNumber_AsSsize_t with OverflowError).
     */
    public static void repeat(PyType t, boolean inplace) {
        define(t, "__mul__", (self, a, o, n) -> repeatCall(t, self, a, o, n, Ops.NB_MULTIPLY));
        define(t, "__rmul__", (self, a, o, n) -> repeatCall(t, self, a, o, n, Ops.NB_MULTIPLY));
        if (inplace) {
            define(t, "__imul__", (self, a, o, n) -> repeatCall(t, self, a, o, n,
                    Ops.NB_INPLACE_OFFSET + Ops.NB_MULTIPLY));
        }
    }

    private static long repeatCall(PyType t, long self, long[] a, int o, int n, int op) {
        expect(n, 1);
        long arg = a[o];
        if (Types.of(arg).isSubtypeOf(Types.INT) && IntObject.toBig(arg).bitLength() > 63) {
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long count = IntObject.fromLong(Ops.index(arg, "'%s' object cannot be interpreted as an integer"));
        try {
            return onExact(self, count, (x, y) -> t.binaryOp(x, y, op));
        } finally {
            Heap.decref(count);
        }
    }

    /** "expected 1 argument, got 0", as wrap_binaryfunc's check_num_args. */
    public static void expect(int n, int expected) {
        if (n != expected) {
            throw Errors.typeError("expected " + expected + " argument" + (expected == 1 ? "" : "s") + ", got " + n);
        }
    }

    private static long orNotImplemented(long r) {
        return r != 0 ? r : NotImplementedObject.get();
    }

    // ---- the two types

    private static String name(long descr) {
        return StrObject.toJava(Memory.getLong(descr + DESCR_NAME));
    }

    private static PyType owner(long descr) {
        return Types.ofTypeObject(Memory.getLong(descr + DESCR_TYPE));
    }

    private static long invoke(long descr, long self, long[] args, int offset, int count) {
        return MethodDefs.function((int) Memory.getLong(descr + DESCR_METHOD)).call(self, args, offset, count);
    }

    /** invoke with keyword arguments, which only a wrapper like __call__'s takes. */
    private static long invoke(long descr, long self, long[] args, int offset, int count, long kwnames) {
        if (kwnames == 0 || TupleObject.size(kwnames) == 0) {
            return invoke(descr, self, args, offset, count);
        }
        KeywordFunction fn = MethodDefs.keywordFunction((int) Memory.getLong(descr + DESCR_METHOD));
        if (fn == null) {
            throw Errors.typeError("wrapper " + name(descr) + "() takes no keyword arguments");
        }
        return fn.call(self, args, offset, count, kwnames);
    }

    /** wrapper_descriptor: the slot wrapper in a type's dict. */
    static final class DescrType extends PyType {
        DescrType() {
            super("wrapper_descriptor", Types.OBJECT, true, DESCR_SIZE, 0);
        }

        @Override
        public String repr(long obj) {
            return "<slot wrapper '" + name(obj) + "' of '" + owner(obj).name + "' objects>";
        }

        @Override
        public boolean hasDescrGet() {
            return true;
        }

        @Override
        public long descrGet(long descr, long obj, long type) {
            if (obj == 0) {
                return Heap.newRef(descr);
            }
            long w = Heap.allocObject(Types.METHOD_WRAPPER.address, WRAPPER_SIZE, true);
            Memory.putLong(w + WRAPPER_DESCR, Heap.newRef(descr));
            Memory.putLong(w + WRAPPER_SELF, Heap.newRef(obj));
            Heap.track(w);
            return w;
        }

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            return callWithKeywords(callable, args, offset, count, 0);
        }

        @Override
        public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
            PyType owner = owner(callable);
            if (count == 0) {
                throw Errors.typeError("descriptor '" + name(callable) + "' of '" + owner.name
                        + "' object needs an argument");
            }
            long self = args[offset];
            if (!Types.of(self).isSubtypeOf(owner)) {
                throw Errors.typeError("descriptor '" + name(callable) + "' requires a '" + owner.name
                        + "' object but received a '" + Types.of(self).name + "'");
            }
            return invoke(callable, self, args, offset + 1, count - 1, kwnames);
        }



        /** The name (d_type is borrowed: the descriptor lives in its type's dict). */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            visitOffsets(obj, new long[] {DESCR_NAME}, visit);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, DESCR_NAME));
            Heap.freeObject(obj, true);
        }
    }

    /** method-wrapper: a slot wrapper bound to an object. */
    static final class BoundType extends PyType {
        BoundType() {
            super("method-wrapper", Types.OBJECT, true, WRAPPER_SIZE, 0);
        }

        @Override
        public String repr(long obj) {
            long self = field(obj, WRAPPER_SELF);
            return "<method-wrapper '" + name(field(obj, WRAPPER_DESCR)) + "' of " + Types.of(self).name
                    + " object at " + Heap.hexAddress(self) + ">";
        }

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            return invoke(field(callable, WRAPPER_DESCR), field(callable, WRAPPER_SELF), args, offset, count);
        }

        @Override
        public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
            return invoke(field(callable, WRAPPER_DESCR), field(callable, WRAPPER_SELF), args, offset, count, kwnames);
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (Types.typeAddressOf(b) != address || (op != Ops.EQ && op != Ops.NE)) {
                return 0;
            }
            boolean eq = field(a, WRAPPER_DESCR) == field(b, WRAPPER_DESCR)
                    && field(a, WRAPPER_SELF) == field(b, WRAPPER_SELF);
            return BoolObject.fromBoolean(eq == (op == Ops.EQ));
        }

        @Override
        public long hash(long obj) {
            long h = Ops.hash(field(obj, WRAPPER_SELF)) ^ field(obj, WRAPPER_DESCR);
            return h == -1 ? -2 : h;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.decref(field(obj, WRAPPER_SELF));
            Heap.decref(field(obj, WRAPPER_DESCR));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(field(obj, WRAPPER_DESCR));
            visit.visit(field(obj, WRAPPER_SELF));
        }
    }
}
