package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * A type's behaviour, in Java: CPython's slot functions (tp_dealloc, tp_repr, tp_hash, ...).
 * The type object itself, the thing {@code type(x)} returns, is a block in native memory at
 * {@link #address}; its TP_DEALLOC word holds this behaviour's {@link #index}, so
 * {@code Types.of(obj)} costs two loads and an array read.
 *
 * <p>Subclasses override the slots their type has; the defaults raise TypeError as CPython's
 * missing slots do. A PyType holds no state of any Python object.
 */
public class PyType {
    public final String name;
    public final PyType base;
    public final boolean gc;
    public final long basicSize;
    public final long itemSize;
    /** Address of the type object. */
    public final long address;
    /** Position in {@link Types}' table, stored in the type object. */
    public final int index;

    protected PyType(String name, PyType base, boolean gc, long basicSize, long itemSize) {
        this.name = name;
        this.base = base;
        this.gc = gc;
        this.basicSize = basicSize;
        this.itemSize = itemSize;
        this.index = Types.register(this);
        this.address = Types.allocateTypeObject(this);
    }

    /**
     * For a class made at run time ({@link HeapType}): the type object at {@code address} was
     * allocated by the caller; this registers the behaviour and stores its index there.
     */
    protected PyType(String name, PyType base, boolean gc, long basicSize, long itemSize, long address) {
        this.name = name;
        this.base = base;
        this.gc = gc;
        this.basicSize = basicSize;
        this.itemSize = itemSize;
        this.index = Types.register(this);
        this.address = address;
        Memory.putLong(address + TP_DEALLOC, index);
    }

    /**
     * The method resolution order (a Java cache of tp_mro) for classes; null for built-in types,
     * whose MRO is the chain of bases.
     */
    protected PyType[] mro;

    /** The MRO as an array: tp_mro for classes, the chain of bases for built-in types. */
    public final PyType[] mroArray() {
        if (mro != null) {
            return mro;
        }
        int n = 0;
        for (PyType t = this; t != null; t = t.base) {
            n++;
        }
        PyType[] r = new PyType[n];
        n = 0;
        for (PyType t = this; t != null; t = t.base) {
            r[n++] = t;
        }
        return r;
    }

    /** tp_dict: the type's namespace (a dict object), made when the type system is set up. */
    public final long typeDict() {
        return Memory.getLong(address + TP_DICT);
    }

    /** Makes the type's dict and fills it: called once for every built-in type by {@link Types}. */
    final void initDict() {
        Memory.putLong(address + TP_DICT, DictObject.create());
        defineMethods();
    }

    /** Puts the type's builtin methods in its dict with {@link #method}; nothing by default. */
    protected void defineMethods() {
    }

    /** Adds a builtin method (a method descriptor in the type's dict). */
    protected final void method(String name, BuiltinFunction fn) {
        long descr = MethodDescrObject.create(this, MethodDefs.register(name, fn));
        DictObject.set(typeDict(), Names.get(name), descr);
        Heap.decref(descr);
    }

    /** Adds a builtin method that takes keyword arguments. */
    protected final void methodWithKeywords(String name, KeywordFunction fn) {
        long descr = MethodDescrObject.create(this, MethodDefs.registerWithKeywords(name, fn));
        DictObject.set(typeDict(), Names.get(name), descr);
        Heap.decref(descr);
    }

    /**
     * Makes the dict of a type created after the built-in types were set up (a module's types, as
     * collections.deque) and fills it with {@link #defineMethods}; call once, after construction.
     */
    public final PyType ready() {
        if (typeDict() == 0) {
            initDict();
        }
        return this;
    }

    /**
     * _PyType_Lookup: the attribute name (a str) in the dicts along the type's bases, or 0.
     * Borrowed reference.
     */
    public final long lookup(long name) {
        if (mro != null) {
            for (PyType t : mro) {
                long v = DictObject.get(t.typeDict(), name);
                if (v != 0) {
                    return v;
                }
            }
            return 0;
        }
        for (PyType t = this; t != null; t = t.base) {
            long d = t.typeDict();
            if (d != 0) {
                long v = DictObject.get(d, name);
                if (v != 0) {
                    return v;
                }
            }
        }
        return 0;
    }

    public final boolean isSubtypeOf(PyType other) {
        if (mro != null) {
            for (PyType t : mro) {
                if (t == other) {
                    return true;
                }
            }
            return false;
        }
        for (PyType t = this; t != null; t = t.base) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** __qualname__ of the type: its name for built-in types. */
    public String qualname() {
        return name;
    }

    /** tp_dealloc: drop the object's references and give its memory back. Refcount is 0. */
    public void dealloc(long obj) {
        Heap.freeObject(obj, gc);
    }

    /** repr(obj). */
    public String repr(long obj) {
        return "<" + name + " object at " + Heap.hexAddress(obj) + ">";
    }

    /** str(obj); repr unless the type says otherwise (through Ops, which guards self-containing containers). */
    public String str(long obj) {
        return Ops.reprJava(obj);
    }

    /** hash(obj): identity hash as object.__hash__ (address rotated by 4 bits). */
    public long hash(long obj) {
        long h = (obj >>> 4) | (obj << 60);
        return h == -1 ? -2 : h;
    }

    /** obj.__sizeof__(), without the GC header. */
    public long sizeof(long obj) {
        return basicSize;
    }

    /** bool(obj). */
    public boolean isTrue(long obj) {
        return true;
    }

    /** len(obj), or -1 when the type has no length. */
    public long length(long obj) {
        return -1;
    }

    /** Rich comparison; returns a new reference, or 0 for NotImplemented. */
    public long richCompare(long a, long b, int op) {
        return 0;
    }

    /** obj[key]: a new reference. */
    public long getItem(long obj, long key) {
        throw Errors.typeError("'" + name + "' object is not subscriptable");
    }

    /** obj[key] = value. */
    public void setItem(long obj, long key, long value) {
        throw Errors.typeError("'" + name + "' object does not support item assignment");
    }

    /** del obj[key]. */
    public void delItem(long obj, long key) {
        throw Errors.typeError("'" + name + "' object doesn't support item deletion");
    }

    /** Whether the type has an iter slot of its own (tp_iter), used to word "not iterable" errors. */
    public boolean hasIterSlot() {
        try {
            return getClass().getMethod("iter", long.class).getDeclaringClass() != PyType.class;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** iter(obj): a new reference. */
    public long iter(long obj) {
        throw Errors.typeError("'" + name + "' object is not iterable");
    }

    /** next(it): a new reference, or 0 when exhausted. */
    public long next(long obj) {
        throw Errors.typeError("'" + name + "' object is not an iterator");
    }

    /** obj.name as a new reference, or 0 if there is no such attribute (the caller raises). */
    public long getAttr(long obj, long name) {
        return 0;
    }

    /**
     * Whether attribute lookup on this type's instances is the generic one (CPython's
     * {@code tp_getattro == PyObject_GenericGetAttr}), so LOAD_METHOD may take a method straight
     * from the type without binding it. False for types with their own lookup (super, modules,
     * type objects, classes defining __getattr__ or __getattribute__).
     */
    public boolean methodShortcut() {
        return true;
    }

    /**
     * Whether obj's own namespace (instance values or __dict__) has the attribute name, which
     * would shadow a method of the type (LOAD_METHOD's check). False for types without one.
     */
    public boolean hasInstanceAttribute(long obj, long name) {
        return false;
    }

    /** obj.name = value (value 0: delete); false if the type has no such settable attribute. */
    public boolean setAttr(long obj, long name, long value) {
        return false;
    }

    /** A dict subtype whose iteration is dict's (tp_iter == dict_iter); OrderedDict's is its own. */
    public boolean keepsDictIteration() {
        return true;
    }

    /**
     * tp_dictoffset of a built-in type whose instances have a __dict__ of their own (0: none). Its
     * subclasses keep their attributes there too.
     */
    public long instanceDictOffset() {
        return isSubtypeOf(Types.BASE_EXCEPTION) ? Layout.EXC_DICT : 0;
    }

    /** Binary operator slot (nb_add, ...); returns a new reference or 0 for NotImplemented. */
    public long binaryOp(long a, long b, int op) {
        return 0;
    }

    private Class<?> binaryOpSlot;

    /** Which Java class implements this type's binary operators (CPython's nb_* function pointers). */
    final Class<?> binaryOpSlot() {
        if (binaryOpSlot == null) {
            try {
                binaryOpSlot = getClass().getMethod("binaryOp", long.class, long.class, int.class).getDeclaringClass();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException(e);
            }
        }
        return binaryOpSlot;
    }

    /** Unary operator slot: 0 negative, 1 positive, 2 invert; a new reference or 0 if unsupported. */
    public long unaryOp(long a, int op) {
        return 0;
    }

    /** Calls obj with a window of the caller's stack as arguments; returns a new reference. */
    public long call(long callable, long[] args, int offset, int count) {
        throw Errors.typeError("'" + name + "' object is not callable");
    }

    /**
     * Calls obj with keyword arguments: the last len(kwnames) of the window are keywords named by
     * the tuple kwnames. Types that take keywords override it.
     */
    public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
        throw Errors.typeError(Ops.reprJava(callable) + " takes no keyword arguments");
    }

    /** Calling the type object itself: makes an instance (tp_new + tp_init). */
    public long construct(long[] args, int offset, int count) {
        throw Errors.typeError("cannot create '" + name + "' instances");
    }

    /** Calling the type object with keywords: the last len(kwnames) arguments are named by kwnames. */
    public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
        if (kwnames == 0 || TupleObject.size(kwnames) == 0) {
            return construct(args, offset, count);
        }
        throw Errors.typeError(name + "() takes no keyword arguments");
    }

    /** item in obj (sq_contains): 1 or 0, or -1 when the type has no such slot (iterate instead). */
    public int contains(long obj, long item) {
        return -1;
    }

    /** Whether the type has tp_descr_get (functions, properties, ...): attribute lookup binds it. */
    public boolean hasDescrGet() {
        return false;
    }

    /** Whether the type has tp_descr_set: a data descriptor, which wins over the instance dict. */
    public boolean hasDescrSet() {
        return false;
    }

    /** tp_descr_get: descr.__get__(obj, type) as a new reference; obj is 0 for access on the class. */
    public long descrGet(long descr, long obj, long type) {
        return Heap.newRef(descr);
    }

    /** tp_descr_set: descr.__set__(obj, value), or __delete__ when value is 0. */
    public void descrSet(long descr, long obj, long value) {
        throw Errors.attributeError("'" + name + "' object attribute is read-only");
    }

    /** Fills {@code visit} with the object's references (tp_traverse), in the type's order. */
    public void traverse(long obj, Visitor visit) {
    }

    /** A callback for {@link #traverse}. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long referent);
    }

    protected static long field(long obj, long offset) {
        return Memory.getLong(obj + offset);
    }
}
