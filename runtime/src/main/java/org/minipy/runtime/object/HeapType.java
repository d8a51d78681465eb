package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * The behaviour of a class made by a class statement or {@code type(name, bases, dict)}: each
 * class gets its own HeapType, registered in {@link Types}' table while the class lives (its
 * type object's TP_DEALLOC word holds the index, as for built-in types).
 *
 * <p>Slots dispatch to the dunder methods found along the MRO (CPython's slot_tp_* functions):
 * the search stops at the first built-in type, whose Java slot then applies ({@link #builtin},
 * e.g. object's defaults, or list's for {@code class L(list)}). Instances hold a reference to
 * their class. The class itself is made by {@link ClassBuilder}.
 */
public final class HeapType extends PyType {
    /** The nearest built-in type along tp_base: whose layout and slots instances inherit. */
    final PyType builtin;
    /** Instances have the managed-dict pre-header (inline values, then a dict). */
    final boolean managedDict;
    /**
     * Offset of a dict pointer inside instances (exception subclasses), 0 when none or managed, -8
     * when it is the last word of a var-sized instance (int, tuple, bytes subclasses).
     */
    final long dictOffset;
    /** Offset of the weak reference list, 0 when none. */
    final long weaklistOffset;
    /** Offsets of this class's own __slots__ members (in ht_slots order). */
    final long[] slotOffsets;

    /**
     * Reports an exception nobody can catch (raised by __del__, a weakref callback, an atexit
     * function): the VM prints the message line ("Exception ignored in: ...") and the traceback as
     * CPython does, and releases the exception.
     */
    public interface UnraisableHook {
        void report(PyException e, String message);
    }

    private static UnraisableHook unraisableHook = (e, message) -> {
        System.out.flush();
        System.err.println(message);
        System.err.println(e.describe());
        Heap.decref(e.exception);
    };

    public static void setUnraisableHook(UnraisableHook hook) {
        unraisableHook = hook;
    }

    /** PyErr_WriteUnraisable: reports e ("Exception ignored in: where") and releases it. */
    public static void reportUnraisable(PyException e, String where) {
        unraisableHook.report(e, "Exception ignored in: " + where);
    }

    /**
     * PyErr_WriteUnraisable(obj): reports e, which nobody can catch (raised by a weakref callback,
     * ...), as raised in obj; releases the exception.
     */
    public static void writeUnraisable(PyException e, long obj) {
        writeUnraisable(e, "Exception ignored in", obj);
    }

    /** _PyErr_WriteUnraisableMsg: "{context}: {repr(obj)}", then the traceback. */
    public static void writeUnraisable(PyException e, String context, long obj) {
        String where;
        try {
            where = Ops.reprJava(obj);
        } catch (PyException reprError) {
            Heap.decref(reprError.exception);
            where = "<object repr() failed>";
        }
        unraisableHook.report(e, context + ": " + where);
    }

    HeapType(String name, PyType base, PyType builtin, long basicSize, long itemSize, long address,
            boolean managedDict, long dictOffset, long weaklistOffset, long[] slotOffsets, PyType[] mroTail) {
        super(name, base, true, basicSize, itemSize, address);
        this.builtin = builtin;
        this.managedDict = managedDict;
        this.dictOffset = dictOffset;
        this.weaklistOffset = weaklistOffset;
        this.slotOffsets = slotOffsets;
        PyType[] m = new PyType[mroTail.length + 1];
        m[0] = this;
        System.arraycopy(mroTail, 0, m, 1, mroTail.length);
        this.mro = m;
    }

    @Override
    public long weaklistOffset() {
        return weaklistOffset;
    }

    public static boolean check(long typeObject) {
        return TypeObject.isType(typeObject) && Types.ofTypeObject(typeObject) instanceof HeapType;
    }

    /** ht_cached_keys: the shared keys of instances' inline values (0 without a managed dict). */
    long cachedKeys() {
        return Memory.getLong(address + HT_CACHED_KEYS);
    }

    @Override
    public String qualname() {
        return StrObject.toJava(Memory.getLong(address + HT_QUALNAME));
    }

    /** __module__ from the class dict, or null. */
    public String module() {
        long m = DictObject.get(typeDict(), Names.get("__module__"));
        return m != 0 && StrObject.check(m) ? StrObject.toJava(m) : null;
    }

    /** repr(C): {@code <class 'module.qualname'>}. */
    String typeRepr() {
        String m = module();
        return "<class '" + (m == null || m.equals("builtins") ? "" : m + ".") + qualname() + "'>";
    }

    // ---- finding and calling dunders

    /**
     * The dunder's value (borrowed) when the first type along the MRO that defines it is a class,
     * or 0 when none does or a built-in type's comes first (the built-in behaviour then applies, as
     * a slot inherited from a built-in type does in CPython).
     */
    long find(String dunder) {
        int tag = currentVersionTag();
        if (tag != foundTag) {
            java.util.Arrays.fill(foundNames, null);
            foundTag = tag;
        }
        int h = dunder.hashCode() & (FOUND_SIZE - 1);
        if (foundNames[h] == dunder) {
            return foundValues[h];
        }
        long name = Names.get(dunder);
        long v = lookup(name);
        v = v != 0 && lookupOwner(name) instanceof HeapType ? v : 0;
        foundNames[h] = dunder;
        foundValues[h] = v;
        return v;
    }

    /**
     * What {@link #find} answered, by the dunder's Java string (the literals at its call sites),
     * while the version tag is foundTag: a change along the MRO changes the tag and drops them all,
     * as it would drop CPython's slots (update_slot) and method cache entries.
     */
    private static final int FOUND_SIZE = 32; // __new__, __init__, __del__ and __setattr__ in four entries
    private final String[] foundNames = new String[FOUND_SIZE];
    private final long[] foundValues = new long[FOUND_SIZE];
    private int foundTag;

    boolean customGetAttribute() {
        return find("__getattribute__") != 0;
    }

    /**
     * Calls the dunder f found on type(self) with self first, as the slot functions do
     * (lookup_maybe_method, then the call): f is held, a reference of the call's own, until the
     * call returns; a function is called with self prepended, anything else bound first.
     */
    static long invoke(long f, long self, long[] rest, int offset, int count, long kwnames) {
        Heap.incref(f);
        try {
            return FunctionObject.check(f) ? Calls.callWithSelf(f, self, rest, offset, count, kwnames)
                    : Calls.callBound(f, self, rest, offset, count, kwnames);
        } finally {
            Heap.decref(f);
        }
    }

    /**
     * call_attribute, how slot_tp_getattr_hook calls __getattribute__ and __getattr__: f held,
     * bound to self through its __get__ (a function makes a bound method), and the result called
     * with the name.
     */
    static long invokeAttribute(long f, long self, long name) {
        Heap.incref(f);
        try {
            return Calls.callBound(f, self, new long[] {name}, 0, 1, 0);
        } finally {
            Heap.decref(f);
        }
    }

    static long invoke(long f, long self, long... args) {
        return invoke(f, self, args, 0, args.length, 0);
    }

    private static boolean isNotImplemented(long r) {
        if (r == NotImplementedObject.NOT_IMPLEMENTED) {
            Heap.decref(r);
            return true;
        }
        return false;
    }

    private String stringResult(long r, String dunder) {
        try {
            if (!StrObject.check(r)) {
                throw Errors.typeError(dunder + " returned non-string (type " + Types.of(r).name + ")");
            }
            return StrObject.toJava(r);
        } finally {
            Heap.decref(r);
        }
    }

    /**
     * PyObject_Repr through the class's own {@code __repr__}: the str it returned, itself (a new
     * reference), or 0 when the class defines none.
     */
    long reprObject(long obj) {
        long f = find("__repr__");
        return f == 0 ? 0 : strResult(invoke(f, obj), "__repr__");
    }

    /** PyObject_Str likewise: the str {@code __str__} (or, lacking it, {@code __repr__}) returned, or 0. */
    long strObject(long obj) {
        long f = find("__str__");
        if (f != 0) {
            return strResult(invoke(f, obj), "__str__");
        }
        boolean ownStr = builtin == Types.STR || builtin == Types.BYTES || builtin.isSubtypeOf(Types.BASE_EXCEPTION);
        f = ownStr ? 0 : find("__repr__");
        // object.__str__ calls the __repr__; PyObject_Str checks what comes back
        return f == 0 ? 0 : strResult(invoke(f, obj), "__str__");
    }

    private static long strResult(long r, String dunder) {
        if (!StrObject.check(r)) {
            String type = Types.of(r).name;
            Heap.decref(r);
            throw Errors.typeError(dunder + " returned non-string (type " + type + ")");
        }
        return r;
    }

    private boolean objectBase() {
        return builtin == Types.OBJECT;
    }

    // ---- repr, str, hash, truth, length

    @Override
    public String repr(long obj) {
        long f = find("__repr__");
        if (f != 0) {
            return stringResult(invoke(f, obj), "__repr__");
        }
        if (objectBase()) {
            return objectRepr(obj);
        }
        return builtin.repr(obj);
    }

    /** object.__repr__: {@code <module.qualname object at 0x...>}. */
    static String objectRepr(long obj) {
        PyType t = Types.of(obj);
        String prefix = "";
        if (t instanceof HeapType h) {
            String m = h.module();
            prefix = m == null || m.equals("builtins") ? "" : m + ".";
        }
        return "<" + prefix + t.qualname() + " object at " + Heap.hexAddress(obj) + ">";
    }

    @Override
    public String str(long obj) {
        long r = strObject(obj);
        if (r != 0) {
            try {
                return StrObject.toJava(r);
            } finally {
                Heap.decref(r);
            }
        }
        // only str, bytes and the exceptions have a tp_str of their own; the others use repr
        boolean ownStr = builtin == Types.STR || builtin == Types.BYTES || builtin.isSubtypeOf(Types.BASE_EXCEPTION);
        return ownStr ? builtin.str(obj) : repr(obj);
    }

    @Override
    public long hash(long obj) {
        long f = find("__hash__");
        if (f == BoolObject.NONE) {
            throw Errors.typeError("unhashable type: '" + name + "'");
        }
        if (f == 0) {
            return builtin.hash(obj);
        }
        long r = invoke(f, obj);
        try {
            if (!IntObject.check(r)) {
                throw Errors.typeError("__hash__ method should return an integer");
            }
            long h = IntObject.fitsMachineWord(r) ? IntObject.wordValue(r) : IntObject.hash(r);
            return h == -1 ? -2 : h;
        } finally {
            Heap.decref(r);
        }
    }

    @Override
    public boolean isTrue(long obj) {
        long f = find("__bool__");
        if (f != 0) {
            long r = invoke(f, obj);
            if (r != BoolObject.TRUE && r != BoolObject.FALSE) {
                String t = Types.of(r).name;
                Heap.decref(r);
                throw Errors.typeError("__bool__ should return bool, returned " + t);
            }
            Heap.decref(r);
            return r == BoolObject.TRUE;
        }
        if (find("__len__") != 0) {
            return length(obj) != 0;
        }
        return objectBase() || builtin.isTrue(obj);
    }

    @Override
    public long length(long obj) {
        long f = find("__len__");
        if (f == 0) {
            return objectBase() ? -1 : builtin.length(obj);
        }
        long r = invoke(f, obj);
        try {
            if (!IntObject.check(r)) {
                throw Errors.typeError("'" + Types.of(r).name + "' object cannot be interpreted as an integer");
            }
            if (!IntObject.fitsMachineWord(r)) {
                if (IntObject.toBig(r).signum() < 0) {
                    throw Errors.valueError("__len__() should return >= 0");
                }
                throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
            }
            long n = IntObject.wordValue(r);
            if (n < 0) {
                throw Errors.valueError("__len__() should return >= 0");
            }
            return n;
        } finally {
            Heap.decref(r);
        }
    }

    @Override
    public long sizeof(long obj) {
        if (BuiltinSubclasses.isValueBase(builtin)) {
            return BuiltinSubclasses.sizeof(this, obj);
        }
        // object.__sizeof__ is the basic size; sys.getsizeof adds the pre-header (GC head, dict pointers)
        return objectBase() ? basicSize : builtin.sizeof(obj) - builtin.basicSize + basicSize;
    }

    // ---- comparison

    private static final String[] CMP_NAMES = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

    @Override
    public long richCompare(long a, long b, int op) {
        long f = find(CMP_NAMES[op]);
        if (f != 0) {
            long r = invoke(f, a, b);
            return isNotImplemented(r) ? 0 : r;
        }
        if (!objectBase()) {
            return onExact(a, b, (x, y) -> builtin.richCompare(x, y, op));
        }
        if (op == Ops.EQ) {
            return a == b ? BoolObject.fromBoolean(true) : 0;
        }
        if (op == Ops.NE) {
            long eq = richCompare(a, b, Ops.EQ);
            if (eq == 0) {
                return 0;
            }
            boolean t = Ops.isTrue(eq);
            Heap.decref(eq);
            return BoolObject.fromBoolean(!t);
        }
        return 0;
    }

    /** Runs a built-in slot on exact copies of operands that are instances of value-base classes. */
    private static long onExact(long a, long b, java.util.function.LongBinaryOperator slot) {
        boolean ua = Types.of(a) instanceof HeapType ha && BuiltinSubclasses.isValueBase(ha.builtin);
        boolean ub = Types.of(b) instanceof HeapType hb && BuiltinSubclasses.isValueBase(hb.builtin);
        if (!ua && !ub) {
            return slot.applyAsLong(a, b);
        }
        long x = ua ? BuiltinSubclasses.exact(a) : a;
        long y = ub ? BuiltinSubclasses.exact(b) : b;
        try {
            return slot.applyAsLong(x, y);
        } finally {
            if (ua) {
                Heap.decref(x);
            }
            if (ub) {
                Heap.decref(y);
            }
        }
    }

    // ---- items, iteration, calls

    @Override
    public long getItem(long obj, long key) {
        long f = find("__getitem__");
        if (f == 0) {
            return objectBase() ? super.getItem(obj, key) : onExact(obj, key, builtin::getItem);
        }
        return invoke(f, obj, key);
    }

    @Override
    public void setItem(long obj, long key, long value) {
        long f = find("__setitem__");
        if (f == 0) {
            if (!objectBase()) {
                builtin.setItem(obj, key, value);
                return;
            }
            if (find("__delitem__") != 0) {
                throw Errors.attributeError("__setitem__");
            }
            super.setItem(obj, key, value);
        }
        Heap.decref(invoke(f, obj, key, value));
    }

    @Override
    public void delItem(long obj, long key) {
        long f = find("__delitem__");
        if (f == 0) {
            if (!objectBase()) {
                builtin.delItem(obj, key);
                return;
            }
            if (find("__setitem__") != 0) {
                throw Errors.attributeError("__delitem__");
            }
            super.delItem(obj, key);
        }
        Heap.decref(invoke(f, obj, key));
    }

    @Override
    public int contains(long obj, long item) {
        long f = find("__contains__");
        if (f != 0) {
            long r = invoke(f, obj, item);
            boolean t = Ops.isTrue(r);
            Heap.decref(r);
            return t ? 1 : 0;
        }
        if (objectBase() && find("__iter__") == 0) {
            throw Errors.typeError("argument of type '" + name + "' is not iterable");
        }
        return objectBase() ? -1 : (int) onExact(obj, item, (x, y) -> builtin.contains(x, y));
    }

    @Override
    public long iter(long obj) {
        long f = find("__iter__");
        if (f == BoolObject.NONE || f == 0 && objectBase()) {
            return super.iter(obj);
        }
        if (f == 0) {
            return builtin.iter(obj);
        }
        long it = invoke(f, obj);
        if (Types.of(it) instanceof HeapType h && h.find("__next__") == 0 && h.objectBase()) {
            Heap.decref(it);
            throw Errors.typeError("iter() returned non-iterator of type '" + h.name + "'");
        }
        return it;
    }

    @Override
    public long next(long obj) {
        long f = find("__next__");
        if (f == 0) {
            return objectBase() ? super.next(obj) : builtin.next(obj);
        }
        try {
            return invoke(f, obj);
        } catch (PyException e) {
            if (e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                Heap.decref(e.exception);
                return 0;
            }
            throw e;
        }
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
        long f = find("__call__");
        if (f == 0) {
            if (objectBase()) {
                return super.call(callable, args, offset, count);
            }
            return kwnames == 0 ? builtin.call(callable, args, offset, count)
                    : builtin.callWithKeywords(callable, args, offset, count, kwnames);
        }
        return invoke(f, callable, args, offset, count, kwnames);
    }

    // ---- numbers

    private static final String[] NB_NAMES = {"add", "and", "floordiv", "lshift", "matmul", "mul", "mod", "or", "pow",
        "rshift", "sub", "truediv", "xor"};
    /** Marks the slot that calls dunders (slot_nb_*), as opposed to a built-in type's slot. */
    private static final Object DUNDER_SLOT = new Object();

    /** The nb slot of type t for op: DUNDER_SLOT, a built-in type (its binaryOp), or null. */
    private static Object slotOf(PyType t, int op) {
        if (t instanceof HeapType h) {
            if (h.find("__" + NB_NAMES[op] + "__") != 0 || h.find("__r" + NB_NAMES[op] + "__") != 0) {
                return DUNDER_SLOT;
            }
            return h.objectBase() ? null : h.builtin;
        }
        return t;
    }

    private static long callSlot(Object slot, long a, long b, int op) {
        if (slot == DUNDER_SLOT) {
            return dunderSlot(a, b, op);
        }
        return onExact(a, b, (x, y) -> ((PyType) slot).binaryOp(x, y, op));
    }

    /** Calls type(self).dunder(self, other) if it exists; 0 for missing or NotImplemented. */
    private static long maybeCall(long self, String dunder, long other) {
        if (!(Types.of(self) instanceof HeapType h)) {
            return 0;
        }
        long f = h.find(dunder);
        if (f == 0) {
            return 0;
        }
        long r = invoke(f, self, other);
        return isNotImplemented(r) ? 0 : r;
    }

    /** SLOT1BINFULL: self.__op__(other), with other.__rop__(self) first when other's type is a subclass. */
    private static long dunderSlot(long self, long other, int op) {
        PyType ts = Types.of(self);
        PyType to = Types.of(other);
        String fwd = "__" + NB_NAMES[op] + "__";
        String rev = "__r" + NB_NAMES[op] + "__";
        boolean doOther = ts != to && slotOf(to, op) == DUNDER_SLOT;
        if (slotOf(ts, op) == DUNDER_SLOT) {
            if (doOther && to.isSubtypeOf(ts)) {
                long r = maybeCall(other, rev, self);
                if (r != 0) {
                    return r;
                }
                doOther = false;
            }
            long r = maybeCall(self, fwd, other);
            if (r != 0 || ts == to) {
                return r;
            }
        }
        return doOther ? maybeCall(other, rev, self) : 0;
    }

    /** binary_op1: the left operand's slot and the right one's (a subclass's first). */
    private static long binaryOp1(long v, long w, int op) {
        PyType tv = Types.of(v);
        PyType tw = Types.of(w);
        Object slotv = slotOf(tv, op);
        Object slotw = null;
        if (tw != tv) {
            slotw = slotOf(tw, op);
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtypeOf(tv)) {
                long x = callSlot(slotw, v, w, op);
                if (x != 0) {
                    return x;
                }
                slotw = null;
            }
            long x = callSlot(slotv, v, w, op);
            if (x != 0) {
                return x;
            }
        }
        return slotw != null ? callSlot(slotw, v, w, op) : 0;
    }

    /**
     * a op b (BINARY_OP's argument) when either operand is an instance of a class: the in-place
     * dunder first for in-place forms, then the forward and reflected ones; TypeError if none.
     */
    public static long numberOp(long a, long b, int op) {
        int base = op >= Ops.NB_INPLACE_OFFSET ? op - Ops.NB_INPLACE_OFFSET : op;
        if (op != base) {
            PyType ta = Types.of(a);
            if (ta instanceof HeapType h) {
                long r = maybeCall(a, "__i" + NB_NAMES[base] + "__", b);
                if (r == 0 && !h.objectBase() && !BuiltinSubclasses.isValueBase(h.builtin)) {
                    r = h.builtin.binaryOp(a, b, op);
                }
                if (r != 0) {
                    return r;
                }
            } else {
                long r = ta.binaryOp(a, b, op);
                if (r != 0) {
                    return r;
                }
            }
        }
        long r = binaryOp1(a, b, base);
        if (r != 0) {
            return r;
        }
        throw Ops.unsupported(a, b, base, op != base);
    }

    private static final String[] UNARY_NAMES = {"__neg__", "__pos__", "__invert__"};

    @Override
    public long unaryOp(long a, int op) {
        long f = find(UNARY_NAMES[op]);
        if (f != 0) {
            return invoke(f, a);
        }
        return objectBase() ? 0 : onExact(a, a, (x, y) -> builtin.unaryOp(x, op));
    }

    /**
     * Calls a unary dunder such as __abs__ on obj if its class defines one; 0 otherwise. For a
     * weakref proxy, the referent's (proxy_abs, proxy_float, proxy_index, proxy_int).
     */
    public static long callUnaryDunder(long obj, String dunder) {
        if (WeakRefs.isProxy(obj)) {
            long x = WeakRefObject.ProxyType.unwrap(obj);
            try {
                long f = Types.of(x).lookup(Names.get(dunder));
                return f == 0 ? 0 : invoke(f, x);
            } finally {
                Heap.decref(x);
            }
        }
        if (Types.of(obj) instanceof HeapType h) {
            long f = h.find(dunder);
            if (f != 0) {
                return invoke(f, obj);
            }
        }
        return 0;
    }

    // ---- attributes

    @Override
    public long getAttr(long obj, long name) {
        long ga = find("__getattribute__");
        long r;
        if (ga != 0) {
            try {
                r = invokeAttribute(ga, obj, name);
            } catch (PyException e) {
                if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR) || find("__getattr__") == 0) {
                    throw e;
                }
                Heap.decref(e.exception);
                r = 0;
            }
        } else {
            r = Attributes.genericGetAttr(obj, name);
        }
        if (r == 0 && (builtin instanceof ExtensionBase || builtin.isSubtypeOf(Types.BASE_EXCEPTION))) {
            r = builtin.getAttr(obj, name); // the base's own fields (SystemExit.code, SyntaxError.lineno, ...)
        }
        if (r == 0) {
            long g = find("__getattr__");
            if (g != 0) {
                return invokeAttribute(g, obj, name);
            }
        }
        return r;
    }

    @Override
    public boolean setAttr(long obj, long name, long value) {
        long f = find(value == 0 ? "__delattr__" : "__setattr__");
        if (f != 0) {
            Heap.decref(value == 0 ? invoke(f, obj, name) : invoke(f, obj, name, value));
            return true;
        }
        if (builtin instanceof ExtensionBase && builtin.setAttr(obj, name, value)) {
            return true;
        }
        Attributes.genericSetAttr(obj, name, value);
        return true;
    }

    @Override
    public boolean methodShortcut() {
        return find("__getattribute__") == 0 && find("__getattr__") == 0;
    }

    /** Overrides PyType#hasInstanceAttribute (LOAD_METHOD's shadowing check) where it exists. */
    public boolean hasInstanceAttribute(long obj, long name) {
        return InstanceObject.lookup(obj, this, name) != 0;
    }

    @Override
    public boolean hasDescrGet() {
        return find("__get__") != 0;
    }

    @Override
    public boolean hasDescrSet() {
        return find("__set__") != 0 || find("__delete__") != 0;
    }

    @Override
    public long descrGet(long descr, long obj, long type) {
        return invoke(find("__get__"), descr, obj == 0 ? BoolObject.NONE : obj, type == 0 ? BoolObject.NONE : type);
    }

    @Override
    public void descrSet(long descr, long obj, long value) {
        String dunder = value == 0 ? "__delete__" : "__set__";
        long f = find(dunder);
        if (f == 0) {
            throw Errors.attributeError(dunder);
        }
        Heap.decref(value == 0 ? invoke(f, descr, obj) : invoke(f, descr, obj, value));
    }

    // ---- making instances (type_call: tp_new, then tp_init)

    @Override
    public long construct(long[] args, int offset, int count) {
        return constructWithKeywords(args, offset, count, 0);
    }

    @Override
    public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
        long obj = newInstance(args, offset, count, kwnames);
        if (!Types.of(obj).isSubtypeOf(this)) {
            return obj;
        }
        try {
            init(obj, args, offset, count, kwnames);
        } catch (PyException e) {
            Heap.decref(obj);
            throw e;
        }
        return obj;
    }

    private long newInstance(long[] args, int offset, int count, long kwnames) {
        long f = find("__new__");
        if (f == 0) {
            return builtinNew(args, offset, count, kwnames);
        }
        // slot_tp_new: type.__new__ fetched (a reference held through the call), type prepended
        long fn = Types.of(f) == Types.STATICMETHOD ? StaticMethodObject.callable(f) : f;
        long[] a = new long[count + 1];
        a[0] = address;
        System.arraycopy(args, offset, a, 1, count);
        Heap.incref(fn);
        try {
            return Calls.call(fn, a, 0, count + 1, kwnames);
        } finally {
            Heap.decref(fn);
        }
    }

    /** The built-in base's tp_new for this class (object_new, BaseException_new, list/dict new). */
    long builtinNew(long[] args, int offset, int count, long kwnames) {
        if (objectBase()) {
            if (count > 0 && find("__init__") == 0) {
                throw Errors.typeError(name + "() takes no arguments");
            }
            long obj = allocInstance();
            if (managedDict) {
                InstanceObject.initValues(obj, this);
            }
            return obj;
        }
        if (BuiltinSubclasses.isValueBase(builtin)) {
            long v = builtin.constructWithKeywords(args, offset, count, kwnames);
            try {
                return BuiltinSubclasses.fromExact(this, v);
            } finally {
                Heap.decref(v);
            }
        }
        if (builtin instanceof ExtensionBase e) {
            long made = e.newWithArguments(this, args, offset, count, kwnames);
            if (made != 0) {
                return made;
            }
        }
        long obj = allocInstance();
        if (builtin == Types.FROZENSET && count > 0) { // frozenset_new fills the set; set_new does not
            if (kwnames != 0 && TupleObject.size(kwnames) > 0) {
                Heap.decref(obj);
                throw Errors.typeError(name + "() takes no keyword arguments");
            }
            if (count > 1) {
                Heap.decref(obj);
                throw Errors.typeError(name + " expected at most 1 argument, got " + count);
            }
            try {
                SetObject.update(obj, args[offset]);
            } catch (PyException e) {
                Heap.decref(obj);
                throw e;
            }
        }
        if (builtin.isSubtypeOf(Types.BASE_EXCEPTION)) {
            int npos = count - (kwnames == 0 ? 0 : (int) TupleObject.size(kwnames));
            Memory.putLong(obj + EXC_ARGS, Sequences.tupleOf(args, offset, npos));
        }
        return obj;
    }

    /** tp_alloc: a zeroed instance holding a reference to its class, tracked. */
    long allocInstance() {
        long obj = Heap.allocObject(address, basicSize, true);
        Memory.fill(obj + OBJECT_HEAD, basicSize - OBJECT_HEAD, (byte) 0);
        Heap.incref(address);
        if (builtin.isSubtypeOf(Types.DICT)) {
            Memory.putLong(obj + DICT_KEYS, ClassBuilder.emptyDictKeys());
        }
        if (builtin instanceof ExtensionBase e) {
            e.newInstance(obj);
        }
        if (builtin == Types.SET || builtin == Types.FROZENSET) {
            SetObject.initEmpty(obj);
        }
        Heap.track(obj);
        return obj;
    }

    private void init(long obj, long[] args, int offset, int count, long kwnames) {
        long f = find("__init__");
        if (f != 0) {
            long r;
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            if (nkw == 0) {
                r = invoke(f, obj, args, offset, count, kwnames);
            } else {
                // slot_tp_init gets the keywords as a dict and unpacks them again for the call
                // (_PyStack_UnpackDict): a new tuple of their names and a copy of the arguments
                long names = TupleObject.allocate(nkw);
                for (int k = 0; k < nkw; k++) {
                    TupleObject.set(names, k, Heap.newRef(TupleObject.get(kwnames, k)));
                }
                for (int i = 0; i < count; i++) {
                    Heap.incref(args[offset + i]);
                }
                try {
                    r = invoke(f, obj, args, offset, count, kwnames);
                } finally {
                    for (int i = 0; i < count; i++) {
                        Heap.decref(args[offset + i]);
                    }
                    Heap.decref(names);
                }
            }
            if (r != BoolObject.NONE) {
                String t = Types.of(r).name;
                Heap.decref(r);
                throw Errors.typeError("__init__() should return None, not '" + t + "'");
            }
            Heap.decref(r);
            return;
        }
        builtinInit(this, obj, args, offset, count, kwnames);
    }

    /** The built-in base's tp_init: object's checks nothing more, the others fill the instance. */
    static void builtinInit(HeapType t, long obj, long[] args, int offset, int count, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        int npos = count - nkw;
        PyType b = t.builtin;
        if (b == Types.OBJECT) {
            return;
        }
        if (b.isSubtypeOf(Types.BASE_EXCEPTION)) {
            long old = Memory.getLong(obj + EXC_ARGS);
            Memory.putLong(obj + EXC_ARGS, Sequences.tupleOf(args, offset, npos));
            Heap.xdecref(old);
            ExceptionObject.initMembers(obj, t, args, offset, count, kwnames); // StopIteration_init, NameError_init, ...
        } else if (b == Types.LIST) {
            if (nkw > 0) {
                throw Errors.typeError("list() takes no keyword arguments");
            }
            if (npos > 1) {
                throw Errors.typeError("list expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                ListObject.extend(obj, args[offset]);
            }
        } else if (b == Types.DICT) {
            if (npos > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                DictMethods.update(obj, args[offset]);
            }
            for (int k = 0; k < nkw; k++) {
                DictObject.set(obj, TupleObject.get(kwnames, k), args[offset + npos + k]);
            }
        } else if (b == Types.SET) {
            SetObject.init(obj, t.name, args, offset, npos, nkw);
        } else if (b instanceof ExtensionBase e) {
            e.initInstance(obj, args, offset, count, kwnames);
        }
    }

    // ---- deallocation (subtype_dealloc) and traversal (subtype_traverse)

    @Override
    public void dealloc(long obj) {
        Heap.untrack(obj);
        if (!Heap.trashBegin(obj)) {
            return;
        }
        try {
            if (find("__del__") != 0) {
                Heap.track(obj);
                if (finalizeFromDealloc(obj)) {
                    return;
                }
                Heap.untrack(obj);
            }
            // If this class added the weaklist, its weakrefs are cleared now, before slots and dict
            // (the built-in base's dealloc clears a weaklist of its own).
            if (weaklistOffset != 0 && builtin.weaklistOffset() == 0) {
                WeakRefs.clearWeakRefs(obj);
                if (find("__del__") != 0) {
                    WeakRefs.clearWithoutCallbacks(obj);
                }
            }
            clearSlots(obj);
            if (managedDict) {
                InstanceObject.clearManaged(obj, this);
            } else if (dictOffset < 0) {
                Heap.clearField(BuiltinSubclasses.varDictSlot(obj, this), 0);
            }
            long type = address;
            if (objectBase()) {
                Heap.freeObject(obj, true);
            } else if (BuiltinSubclasses.isValueBase(builtin)) {
                BuiltinSubclasses.deallocValue(this, obj);
            } else {
                if (builtin.gc) {
                    Heap.track(obj);
                }
                builtin.dealloc(obj);
            }
            Heap.decref(type);
        } finally {
            Heap.trashEnd();
        }
    }

    /**
     * PyObject_CallFinalizerFromDealloc: runs __del__ once (PEP 442) with the object temporarily
     * alive; true when __del__ resurrected it (a reference to it survives).
     */
    private boolean finalizeFromDealloc(long obj) {
        Memory.putLong(obj + OB_REFCNT, 1);
        if (!Heap.isFinalized(obj)) {
            callDel(obj);
            Heap.setFinalized(obj);
        }
        long rc = Heap.refcount(obj) - 1;
        Memory.putLong(obj + OB_REFCNT, rc);
        return rc != 0;
    }

    /** slot_tp_finalize: calls __del__; an exception it raises is reported, never propagated. */
    void callDel(long obj) {
        long f = find("__del__");
        if (f == 0) {
            return;
        }
        int saved = GC.errorSave();
        try {
            Heap.decref(invoke(f, obj));
        } catch (PyException e) {
            unraisableHook.report(e, "Exception ignored in: " + Ops.reprJava(f));
        } finally {
            GC.errorRestore(saved);
        }
    }

    /** Whether instances have a finalizer (tp_finalize): __del__ on the class. */
    public boolean hasFinalizer() {
        return find("__del__") != 0;
    }

    @Override
    public boolean hasFinalize() {
        return find("__del__") != 0 || builtin.hasFinalize();
    }

    @Override
    public void finalize(long obj) {
        if (find("__del__") != 0) {
            callDel(obj);
        } else {
            builtin.finalize(obj);
        }
    }

    /**
     * subtype_clear: the __slots__ of each class up the chain, then the inline values and the
     * instance dict, then the built-in base's tp_clear. The reference to the class stays.
     */
    @Override
    public void clear(long obj) {
        clearSlots(obj);
        if (managedDict) {
            InstanceObject.clearValues(obj, this);
            Heap.clearField(obj, MANAGED_DICT);
        } else if (dictOffset < 0) {
            Heap.clearField(BuiltinSubclasses.varDictSlot(obj, this), 0);
        }
        if (!objectBase()) {
            builtin.clear(obj);
        }
    }

    /** clear_slots for each class up the chain: every __slots__ member, Py_CLEAR'd in order. */
    private void clearSlots(long obj) {
        for (PyType t = this; t instanceof HeapType h; t = t.base) {
            for (long off : h.slotOffsets) {
                Heap.clearField(obj, off);
            }
        }
    }

    /** subtype_traverse's references, with the built-in base's full set instead of its traverse. */
    @Override
    public void visitReferences(long obj, Visitor visit) {
        visitInstance(obj, visit);
        if (!objectBase()) {
            builtin.visitReferences(obj, visit);
        }
    }

    @Override
    public void traverse(long obj, Visitor visit) {
        visitInstance(obj, visit);
        if (!objectBase()) {
            builtin.traverse(obj, visit);
        }
    }

    /** The slots, the instance's values or __dict__, then the class. */
    private void visitInstance(long obj, Visitor visit) {
        for (PyType t = this; t instanceof HeapType h; t = t.base) {
            for (long off : h.slotOffsets) {
                long v = Memory.getLong(obj + off);
                if (v != 0) {
                    visit.visit(v);
                }
            }
        }
        if (managedDict) {
            InstanceObject.traverse(obj, this, visit);
        } else if (dictOffset < 0) {
            long dict = Memory.getLong(BuiltinSubclasses.varDictSlot(obj, this));
            if (dict != 0) {
                visit.visit(dict);
            }
        }
        visit.visit(address);
    }

    // ---- the class object itself

    private static final long[] TYPE_TRAVERSE = {TP_DICT, TP_MRO, TP_BASES, TP_BASE, HT_MODULE};

    private static final long[] TYPE_REFERENCES = {TP_BASE, TP_DICT, TP_BASES, TP_MRO, HT_NAME, HT_QUALNAME, HT_SLOTS,
        HT_MODULE};

    /** Everything type_dealloc releases for a class: its fields and its shared keys. */
    void visitTypeReferences(Visitor visit) {
        visitOffsets(address, TYPE_REFERENCES, visit);
        long keys = cachedKeys();
        if (keys != 0) {
            visit.visitSharedKeys(keys);
        }
    }

    /** type_traverse for a class. */
    void traverseType(Visitor visit) {
        for (long off : TYPE_TRAVERSE) {
            long r = Memory.getLong(address + off);
            if (r != 0) {
                visit.visit(r);
            }
        }
    }

    /**
     * type_clear for a class: empties its dict, drops ht_module and tp_mro (which holds the class
     * itself: a tuple has no tp_clear, so this is what breaks a class's cycle). Lookups then walk
     * the chain of bases, as CPython's do without an MRO.
     */
    void clearType() {
        long d = typeDict();
        if (d != 0) {
            DictObject.clear(d);
        }
        modified();
        Heap.clearField(address, HT_MODULE);
        Heap.clearField(address, TP_MRO);
        mro = null;
        mro = mroArray(); // the chain of bases
    }

    /** type_dealloc for a class: drops its references, frees its table slot and its memory. */
    void deallocType() {
        long t = address;
        Heap.untrack(t);
        WeakRefs.clearWeakRefs(t);
        modified();
        for (PyType b : directBases()) {
            b.removeSubclass(this); // remove_all_subclasses
        }
        for (long off : new long[] {TP_BASE, TP_DICT, TP_BASES, TP_MRO, HT_NAME, HT_QUALNAME, HT_SLOTS, HT_MODULE}) {
            long r = Memory.getLong(t + off);
            Memory.putLong(t + off, 0);
            Heap.xdecref(r);
        }
        long keys = Memory.getLong(t + HT_CACHED_KEYS);
        if (keys != 0) {
            Memory.putLong(t + HT_CACHED_KEYS, 0);
            SharedKeys.decref(keys);
        }
        mro = new PyType[] {this};
        Types.unregister(index);
        Heap.freeObject(t, true);
    }

    /** type.__sizeof__ for a class: PyHeapTypeObject plus its shared keys. */
    long typeSizeof() {
        long keys = cachedKeys();
        return HEAP_TYPE_SIZE + (keys == 0 ? 0 : SharedKeys.byteSize(keys));
    }
}
