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
    /** tp_base. Final but for 'type' itself, made before 'object' and given it as base then. */
    public PyType base;
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
        // add_operators comes before add_methods, __call__ before __get__
        if (hasCallSlot()) {
            SlotWrappers.call(this);
        }
        if (bindsAsDescriptor()) {
            SlotWrappers.descriptor(this);
        }
        defineMethods();
    }

    /**
     * Whether the type has tp_call (its instances are callable, and its dict has __call__): the
     * types whose Java class overrides {@link #call} say so by overriding this too (PyTypeSlotsTest
     * checks every type against its Java class), and so do functions, which {@link Calls} calls.
     * Not found by reflection: asking every built-in type's class for its methods was 2 ms of start-up.
     */
    public boolean hasCallSlot() {
        return false;
    }

    /**
     * Whether the type has tp_descr_get, so its dict gets __get__ (and __set__, __delete__ with
     * tp_descr_set): the types with {@link #hasDescrGet}, and functions and method descriptors,
     * whose binding {@link Attributes#descrGet} does itself. (A bound method has none: its
     * __get__ is its function's, found through method_getattro.)
     */
    protected boolean bindsAsDescriptor() {
        return hasDescrGet();
    }

    /** Puts the type's builtin methods in its dict with {@link #method}; nothing by default. */
    protected void defineMethods() {
    }

    /** Adds a builtin method (a method descriptor in the type's dict). */
    protected final void method(String name, BuiltinFunction fn) {
        long descr = MethodDescrObject.create(this, MethodDefs.register(name, fn));
        putInDict(Names.get(name), descr);
        Heap.decref(descr);
    }

    /**
     * Adds the type's own __sizeof__, for the types that define one in CPython 3.11 (the others
     * inherit object.__sizeof__, tp_basicsize + tp_itemsize * Py_SIZE): what {@link #sizeof}
     * measures, for the type of self (Py_TYPE(self), so an instance of a subclass counts the
     * subclass's basic size).
     */
    protected final void sizeofMethod() {
        String qualified = name.substring(name.lastIndexOf('.') + 1) + ".__sizeof__";
        method("__sizeof__", (self, a, o, n) -> {
            MethodArgs.none(qualified, n);
            return IntObject.fromLong(Types.of(self).sizeof(self));
        });
    }

    /** Adds a builtin method that takes keyword arguments. */
    protected final void methodWithKeywords(String name, KeywordFunction fn) {
        long descr = MethodDescrObject.create(this, MethodDefs.registerWithKeywords(name, fn));
        putInDict(Names.get(name), descr);
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

    // ---- _PyType_Lookup and its cache (CPython 3.11's method cache, typeobject.c)

    private static final int MCACHE_SIZE_EXP = 12;
    private static final int MCACHE_MASK = (1 << MCACHE_SIZE_EXP) - 1;
    /** MCACHE_MAX_ATTR_SIZE: longer names are not cached. */
    private static final long MCACHE_MAX_ATTR_SIZE = 100;
    private static final int[] MCACHE_VERSION = new int[1 << MCACHE_SIZE_EXP];
    /** The names, each holding a reference (as entry->name does). */
    private static final long[] MCACHE_NAME = new long[1 << MCACHE_SIZE_EXP];
    /** The values found, borrowed from the dicts (a change to a dict changes the version tag). */
    private static final long[] MCACHE_VALUE = new long[1 << MCACHE_SIZE_EXP];
    /** Whose dict each value was found in (null when not found). */
    private static final PyType[] MCACHE_OWNER = new PyType[1 << MCACHE_SIZE_EXP];
    private static int nextVersionTag = 1;

    static {
        Roots.register("type attribute cache", visit -> {
            for (long name : MCACHE_NAME) {
                if (name != 0) {
                    visit.visit(name); // each entry holds a reference to its name
                }
            }
        });
    }

    /**
     * tp_version_tag: 0 when the type has no valid tag. A tag is given on the first lookup, to the
     * bases first, and taken away by {@link #modified} from the type and all its subclasses, so a
     * cache entry made under a tag holds as long as no dict along the MRO changed.
     */
    private int versionTag;
    /** The types that have this one among their direct bases (tp_subclasses), for {@link #modified}. */
    private java.util.ArrayList<PyType> subclasses;

    /**
     * _PyType_Lookup: the attribute name (a str) in the dicts along the type's MRO, or 0.
     * Borrowed reference.
     */
    public final long lookup(long name) {
        int tag = versionTag;
        if (tag == 0) {
            tag = assignVersionTag();
        }
        int h = (tag ^ (int) (name >>> 3)) & MCACHE_MASK;
        if (MCACHE_VERSION[h] == tag && MCACHE_NAME[h] == name) {
            return MCACHE_VALUE[h];
        }
        return lookupAndCache(name, tag, h);
    }

    /**
     * The type along the MRO whose dict defines name (null when none): where {@link #lookup}
     * found its answer.
     */
    public final PyType lookupOwner(long name) {
        long v = lookup(name);
        int tag = versionTag;
        int h = (tag ^ (int) (name >>> 3)) & MCACHE_MASK;
        if (MCACHE_VERSION[h] == tag && MCACHE_NAME[h] == name) {
            return MCACHE_OWNER[h];
        }
        return v == 0 ? null : findOwner(name);
    }

    private long lookupAndCache(long name, int tag, int h) {
        PyType owner = findOwner(name);
        long v = owner == null ? 0 : DictObject.get(owner.typeDict(), name);
        if (Types.typeAddressOf(name) == Types.STR.address && StrObject.length(name) <= MCACHE_MAX_ATTR_SIZE) {
            MCACHE_VERSION[h] = tag;
            MCACHE_VALUE[h] = v;
            MCACHE_OWNER[h] = owner;
            long old = MCACHE_NAME[h];
            MCACHE_NAME[h] = Heap.newRef(name);
            if (old != 0) {
                Heap.decref(old);
            }
        }
        return v;
    }

    /** find_name_in_mro: the first type along the MRO whose dict has name. */
    private PyType findOwner(long name) {
        if (mro != null) {
            for (PyType t : mro) {
                if (DictObject.get(t.typeDict(), name) != 0) {
                    return t;
                }
            }
            return null;
        }
        for (PyType t = this; t != null; t = t.base) {
            long d = t.typeDict();
            if (d != 0 && DictObject.get(d, name) != 0) {
                return t;
            }
        }
        return null;
    }

    /** The type's version tag, given now if it has none. */
    final int currentVersionTag() {
        int tag = versionTag;
        return tag != 0 ? tag : assignVersionTag();
    }

    /** assign_version_tag: the bases get theirs first. */
    private int assignVersionTag() {
        for (PyType b : directBases()) {
            if (b.versionTag == 0) {
                b.assignVersionTag();
            }
        }
        int tag = nextVersionTag++;
        if (nextVersionTag == 0) {
            nextVersionTag = 1;
        }
        versionTag = tag;
        Memory.putInt(address + TP_VERSION_TAG, tag);
        return tag;
    }

    /**
     * PyType_Modified: the type's dict (or one along its MRO) changed, so neither it nor its
     * subclasses may use what the cache holds for them.
     */
    public final void modified() {
        if (versionTag == 0) {
            return; // its subclasses have none either (tags are given to bases first)
        }
        versionTag = 0;
        Memory.putInt(address + TP_VERSION_TAG, 0);
        if (subclasses != null) {
            for (PyType sub : subclasses) {
                sub.modified();
            }
        }
    }

    /** Stores name = value in the type's dict (as type_setattro's dict update) and calls {@link #modified}. */
    public final void putInDict(long name, long value) {
        DictObject.set(typeDict(), name, value);
        modified();
    }

    /** tp_bases as Java types: a class's bases tuple, or the one base of a built-in type. */
    final PyType[] directBases() {
        if (this instanceof HeapType) {
            long bases = Memory.getLong(address + TP_BASES);
            if (bases != 0) {
                int n = (int) TupleObject.size(bases);
                PyType[] r = new PyType[n];
                for (int i = 0; i < n; i++) {
                    r[i] = Types.ofTypeObject(TupleObject.get(bases, i));
                }
                return r;
            }
        }
        return base == null ? new PyType[0] : new PyType[] {base};
    }

    /**
     * add_subclass: tp_subclasses maps the class's address to a weak reference to it, so each
     * class made costs a weakref object (PyWeakref_NewRef, the class's basic ref, which
     * weakref.ref(cls) then shares and weakref.getweakrefcount(cls) counts).
     */
    final void addSubclass(PyType sub) {
        if (subclasses == null) {
            subclasses = new java.util.ArrayList<>();
            subclassRefs = new java.util.ArrayList<>();
        }
        subclasses.add(sub);
        long ref = sub instanceof HeapType ? WeakRefs.newRef(sub.address, BoolObject.NONE) : 0;
        subclassRefs.add(ref);
        if (ref != 0) {
            SUBCLASS_REFS.merge(ref, 1, Integer::sum);
        }
    }

    /** remove_subclass: the entry and its weakref go. */
    final void removeSubclass(PyType sub) {
        if (subclasses != null) {
            int i = subclasses.indexOf(sub);
            if (i >= 0) {
                subclasses.remove(i);
                long ref = subclassRefs.remove(i);
                if (ref != 0) {
                    SUBCLASS_REFS.computeIfPresent(ref, (k, n) -> n == 1 ? null : n - 1);
                    Heap.decref(ref);
                }
            }
        }
    }

    /** The weakrefs of tp_subclasses entries: to subclasses made at run time (parallel to subclasses). */
    private java.util.ArrayList<Long> subclassRefs;
    /** Every tp_subclasses weakref with the number of entries holding it (the verifier's roots). */
    private static final java.util.LinkedHashMap<Long, Integer> SUBCLASS_REFS = new java.util.LinkedHashMap<>();

    static {
        Roots.register("tp_subclasses weakrefs", visit -> {
            for (java.util.Map.Entry<Long, Integer> e : SUBCLASS_REFS.entrySet()) {
                for (int i = 0; i < e.getValue(); i++) {
                    visit.visit(e.getKey());
                }
            }
        });
    }

    /** type_cache_clear, at interpreter exit: the cache lets go of the names it holds. */
    public static void clearLookupCache() {
        for (int h = 0; h <= MCACHE_MASK; h++) {
            long name = MCACHE_NAME[h];
            MCACHE_NAME[h] = 0;
            MCACHE_VERSION[h] = 0;
            MCACHE_VALUE[h] = 0;
            MCACHE_OWNER[h] = null;
            if (name != 0) {
                Heap.decref(name);
            }
        }
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
        long id = org.minipy.runtime.mem.AddressMap.toId(obj);
        long h = (id >>> 4) | (id << 60);
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

    /**
     * What an iterator's __length_hint__ answers (how many items are left), for the types that
     * define {@link #lengthHintMethod}; -1 for "unsized" (repeat without a count), a TypeError.
     */
    public long lengthHint(long obj) {
        return -1;
    }

    /** Adds __length_hint__ (METH_NOARGS), answering {@link #lengthHint}. */
    protected final void lengthHintMethod() {
        method("__length_hint__", (self, a, o, n) -> {
            Args.exactly(name + ".__length_hint__", n, 0);
            long h = Types.of(self).lengthHint(self);
            if (h < 0) {
                throw Errors.typeError("len() of unsized object");
            }
            return IntObject.fromLong(h);
        });
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

    /**
     * obj.name = value (value 0: delete); false if the type has no such settable attribute. For a
     * built-in type without instance attributes, PyObject_GenericSetAttr's first step: a data
     * descriptor found on the type (object's __class__, a getset) does the store.
     */
    public boolean setAttr(long obj, long name, long value) {
        long descr = lookup(name);
        if (descr == 0 || !Attributes.isData(descr)) {
            return false;
        }
        Heap.incref(descr);
        try {
            Types.of(descr).descrSet(descr, obj, value);
        } finally {
            Heap.decref(descr);
        }
        return true;
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

    /**
     * Whether calling the type object passes the arguments on as they are, as CPython 3.11's
     * types with a tp_vectorcall do (type, bool, float, list, tuple, dict, set, frozenset, range,
     * enumerate, reversed, map, filter, super). The others, the default, are called through
     * _PyObject_MakeTpCall, which puts the arguments in a tuple that lives until the instance is
     * made ({@link TypeObject}); a type whose construct makes that tuple itself (the exceptions'
     * args, chain's iterable of iterables) says true here so that there is only one.
     */
    public boolean hasVectorcall() {
        return false;
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

    /**
     * Every reference the object holds, for the heap verifier: what its dealloc releases, which is
     * what tp_traverse visits plus what traverse leaves out because it cannot take part in a cycle
     * (a dict's str keys, a code object's constants, a module's name, the atoms non-GC objects
     * hold). A shared keys table is reported with {@link Visitor#visitSharedKeys}, once per holder.
     * Only the verifier calls it; the default is traverse, right for types whose traverse visits
     * every reference.
     */
    public void visitReferences(long obj, Visitor visit) {
        traverse(obj, visit);
    }

    /**
     * tp_clear: drops the references that can take part in cycles, as the type's tp_clear does
     * (the collector calls it on unreachable objects); nothing for types without one.
     */
    public void clear(long obj) {
    }

    /** 0 not known yet, 1 plain, 2 not: see {@link #plainForCollector}. */
    private byte plainForCollector;

    /**
     * Whether the collector can free unreachable instances of this type without looking at them
     * between finding them and clearing them: a built-in type that has no finalizer, cannot be
     * weakly referenced and is not a weak reference. Classes never are (__del__ can be added).
     */
    final boolean plainForCollector() {
        byte p = plainForCollector;
        if (p == 0) {
            boolean plain = !(this instanceof HeapType) && !hasFinalize() && weaklistOffset() == 0
                    && !WeakRefs.isWeakrefType(this);
            plainForCollector = p = (byte) (plain ? 1 : 2);
        }
        return p == 1;
    }

    /** Whether the type has tp_finalize (classes with __del__, generators). */
    public boolean hasFinalize() {
        return false;
    }

    /** tp_finalize: run by the collector once per object (PEP 442); never raises. */
    public void finalize(long obj) {
    }

    /**
     * tp_weaklistoffset: where instances keep the head of their list of weak references, 0 when
     * they cannot be weakly referenced. Stored in the type object when it is made, so an override
     * must return a constant.
     */
    public long weaklistOffset() {
        return 0;
    }

    /** A callback for {@link #traverse}. */
    @FunctionalInterface
    public interface Visitor {
        void visit(long referent);

        /**
         * A PyDictKeysObject shared by several holders (a class's cached keys, a split dict's
         * keys): its names are references of the keys object, counted once whatever the number
         * of holders. Only {@link #visitReferences} reports it; other visitors ignore it.
         */
        default void visitSharedKeys(long keys) {
        }
    }

    /** Visits the non-zero references at the given offsets of obj, in order. */
    protected static void visitOffsets(long obj, long[] offsets, Visitor visit) {
        for (long off : offsets) {
            long v = Memory.getLong(obj + off);
            if (v != 0) {
                visit.visit(v);
            }
        }
    }

    /** Visits the non-NULL references of an item array, last first (list_traverse, tupletraverse). */
    protected static void visitReversed(long items, long n, Visitor visit) {
        for (long i = n - 1; i >= 0; i--) {
            long v = Memory.getLong(items + 8 * i);
            if (v != 0) {
                visit.visit(v);
            }
        }
    }

    protected static long field(long obj, long offset) {
        return Memory.getLong(obj + offset);
    }
}
