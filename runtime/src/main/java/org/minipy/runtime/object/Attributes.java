package org.minipy.runtime.object;

/**
 * Generic attribute access (CPython's PyObject_GenericGetAttr / GenericSetAttr) and the
 * descriptor protocol: data descriptors on the type first, then the instance's own attributes,
 * then non-data descriptors and plain class attributes. Every long returned is a new reference.
 */
public final class Attributes {
    private Attributes() {}

    // ---- descriptors

    /** Whether descr (found on a type) has __get__: functions, method descriptors, properties, ... */
    public static boolean hasGet(long descr) {
        return FunctionObject.check(descr) || MethodDescrObject.check(descr) || Types.of(descr).hasDescrGet();
    }

    /** Whether descr is a data descriptor (has __set__ or __delete__). */
    public static boolean isData(long descr) {
        return Types.of(descr).hasDescrSet();
    }

    /**
     * descr.__get__(obj, type) for an attribute found on a type: a function binds to obj as a
     * method, a method descriptor as a builtin method; obj 0 means access on the class itself.
     * Anything without __get__ is returned as it is.
     */
    public static long descrGet(long descr, long obj, long type) {
        if (FunctionObject.check(descr)) {
            return obj == 0 ? Heap.newRef(descr) : MethodObject.create(descr, obj);
        }
        if (MethodDescrObject.check(descr)) {
            return obj == 0 ? Heap.newRef(descr) : MethodDescrObject.bind(descr, obj);
        }
        PyType t = Types.of(descr);
        return t.hasDescrGet() ? t.descrGet(descr, obj, type) : Heap.newRef(descr);
    }

    /**
     * {@link #descrGet} with descr held across its __get__, as the getattr functions hold what
     * _PyType_Lookup returned (borrowed): the __get__ may drop the type's own reference to it.
     */
    public static long heldDescrGet(long descr, long obj, long type) {
        Heap.incref(descr);
        try {
            return descrGet(descr, obj, type);
        } finally {
            Heap.decref(descr);
        }
    }

    // ---- PyObject_GenericGetAttr

    /** obj.name by the generic rules, or 0 when there is no such attribute (nothing raised). */
    public static long genericGetAttr(long obj, long name) {
        PyType tp = Types.of(obj);
        long descr = tp.lookup(name);
        if (descr != 0) {
            if (isData(descr) && hasGet(descr)) {
                return heldDescrGet(descr, obj, tp.address);
            }
        }
        long v = InstanceObject.lookup(obj, tp, name);
        if (v != 0) {
            return Heap.newRef(v);
        }
        if (descr != 0) {
            return heldDescrGet(descr, obj, tp.address);
        }
        return 0;
    }

    /** obj.name = value (value 0: del obj.name) by the generic rules; raises AttributeError. */
    public static void genericSetAttr(long obj, long name, long value) {
        PyType tp = Types.of(obj);
        long descr = tp.lookup(name);
        if (descr != 0 && isData(descr)) {
            Heap.incref(descr);
            try {
                Types.of(descr).descrSet(descr, obj, value);
            } finally {
                Heap.decref(descr);
            }
            return;
        }
        if (!InstanceObject.store(obj, tp, name, value)) {
            if (descr == 0) {
                throw InstanceObject.noAttribute(tp, name);
            }
            throw Errors.attributeError("'" + tp.name + "' object attribute '" + StrObject.toJava(name)
                    + "' is read-only");
        }
    }

    /**
     * _PyObject_GetMethod for LOAD_METHOD: the unbound function or method descriptor (borrowed)
     * that obj.name would bind with obj as self, or 0 when obj.name must be fetched with
     * {@link Ops#getAttr} (an instance attribute shadows it, a custom __getattribute__, ...).
     */
    public static long lookupMethod(long obj, long name) {
        PyType tp = Types.of(obj);
        if (tp == Types.TYPE || tp == Types.SUPER || tp instanceof HeapType h && h.customGetAttribute()) {
            return 0;
        }
        long descr = tp.lookup(name);
        if (descr == 0 || !(FunctionObject.check(descr) || MethodDescrObject.check(descr))) {
            return 0;
        }
        if (InstanceObject.lookup(obj, tp, name) != 0) {
            return 0;
        }
        return descr;
    }

    /** An interned str for a name built at run time (PyUnicode_InternInPlace): a new reference. */
    public static long intern(long name) {
        if (!StrObject.check(name)) {
            throw Errors.typeError("attribute name must be string, not '" + Types.of(name).name + "'");
        }
        return StrObject.intern(Heap.newRef(name));
    }
}
