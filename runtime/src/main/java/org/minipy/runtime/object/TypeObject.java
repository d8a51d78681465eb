package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** 'type' and 'object': the slots of type objects themselves. */
public final class TypeObject {
    private TypeObject() {}

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.TYPE.address;
    }

    /** Whether obj is a type object (built-in or class). */
    public static boolean isType(long obj) {
        return check(obj);
    }

    /**
     * type(name, bases, namespace) and the class statement's type.__new__: a new reference to a
     * new class (metatype must be type itself; metaclasses are not supported).
     */
    public static long newType(long metatype, long name, long bases, long namespace) {
        return newType(metatype, name, bases, namespace, 0);
    }

    /** newType with class keyword arguments (a dict, 0 for none) passed to __init_subclass__. */
    public static long newType(long metatype, long name, long bases, long namespace, long kwargs) {
        if (metatype != Types.TYPE.address) {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "metaclasses other than type are not supported");
        }
        return ClassBuilder.newType(name, bases, namespace, kwargs);
    }

    /** type_getattro: the type's own attributes, then the MRO (descriptors bound to the class). */
    static long typeGetAttr(long obj, long name) {
        PyType t = Types.ofTypeObject(obj);
        long special = specialAttr(obj, t, StrObject.toJava(name));
        if (special != 0) {
            return special;
        }
        long found = t.lookup(name);
        if (found != 0) {
            return Attributes.heldDescrGet(found, 0, obj);
        }
        // type_getattro's last resort: the metatype's attribute, bound to the class (int.__call__)
        PyType meta = Types.of(obj);
        long metaAttribute = meta.lookup(name);
        if (metaAttribute != 0) {
            return Attributes.heldDescrGet(metaAttribute, obj, meta.address);
        }
        throw Errors.attributeError("type object '" + t.name + "' has no attribute '" + StrObject.toJava(name) + "'");
    }

    private static long tupleOfTypes(PyType[] types, int from) {
        long r = TupleObject.allocate(types.length - from);
        for (int i = from; i < types.length; i++) {
            TupleObject.set(r, i - from, Heap.newRef(types[i].address));
        }
        return r;
    }

    /** The getset descriptors of 'type' (__name__, __mro__, __dict__, ...), or 0. */
    private static long specialAttr(long obj, PyType t, String n) {
        if (!n.startsWith("__")) {
            return 0;
        }
        HeapType h = t instanceof HeapType ht ? ht : null;
        return switch (n) {
            // a built-in type's tp_name may be dotted ("collections.deque"): the name is the last part
            case "__name__" -> h != null ? Heap.newRef(Memory.getLong(obj + HT_NAME))
                    : StrObject.fromJava(t.name.substring(t.name.lastIndexOf('.') + 1));
            case "__qualname__" -> h != null ? Heap.newRef(Memory.getLong(obj + HT_QUALNAME))
                    : StrObject.fromJava(t.name.substring(t.name.lastIndexOf('.') + 1));
            case "__module__" -> {
                if (h == null) {
                    int dot = t.name.lastIndexOf('.');
                    yield StrObject.fromJava(dot < 0 ? "builtins" : t.name.substring(0, dot));
                }
                long m = DictObject.get(t.typeDict(), Names.get("__module__"));
                if (m == 0) {
                    throw Errors.attributeError("__module__");
                }
                yield Heap.newRef(m);
            }
            case "__mro__" -> h != null ? Heap.newRef(Memory.getLong(obj + TP_MRO)) : tupleOfTypes(t.mroArray(), 0);
            case "__bases__" -> h != null ? Heap.newRef(Memory.getLong(obj + TP_BASES))
                    : t.base == null ? TupleObject.allocate(0) : tupleOfTypes(new PyType[] {t.base}, 0);
            case "__base__" -> t.base == null ? BoolObject.none() : Heap.newRef(t.base.address);
            case "__dict__" -> MappingProxyObject.create(t.typeDict());
            case "__doc__" -> {
                long d = h != null ? DictObject.get(t.typeDict(), Names.get("__doc__")) : 0;
                yield d == 0 ? BoolObject.none() : Heap.newRef(d);
            }
            case "__class__" -> Heap.newRef(Types.TYPE.address);
            case "__basicsize__" -> IntObject.fromLong(t.basicSize);
            case "__itemsize__" -> IntObject.fromLong(t.itemSize);
            case "__weakrefoffset__" -> IntObject.fromLong(Memory.getLong(obj + TP_WEAKLISTOFFSET));
            case "__flags__" -> IntObject.fromLong(Memory.getLong(obj + TP_FLAGS));
            default -> 0;
        };
    }

    /** type_setattro: classes take new attributes in their dict; built-in types refuse. */
    static void typeSetAttr(long obj, long name, long value) {
        PyType t = Types.ofTypeObject(obj);
        String n = StrObject.toJava(name);
        if (!(t instanceof HeapType)) {
            throw Errors.typeError("cannot set '" + n + "' attribute of immutable type '" + t.name + "'");
        }
        long key = Attributes.intern(name);
        try {
            if (n.equals("__qualname__") && value != 0) {
                if (!StrObject.check(value)) {
                    throw Errors.typeError("can only assign string to " + t.name + ".__qualname__, not '"
                            + Types.of(value).name + "'");
                }
                long old = Memory.getLong(obj + HT_QUALNAME);
                Memory.putLong(obj + HT_QUALNAME, Heap.newRef(value));
                Heap.decref(old);
                return;
            }
            long d = t.typeDict();
            if (value == 0) {
                if (!DictObject.delete(d, key)) {
                    throw Errors.attributeError("type object '" + t.name + "' has no attribute '" + n + "'");
                }
            } else {
                DictObject.set(d, key, value);
            }
            t.modified();
        } finally {
            Heap.decref(key);
        }
    }

    /** type's slots: repr, and calling a type to make an instance. */
    static final class Type extends PyType {
        /**
         * type's tp_basicsize and tp_itemsize are a class's: sizeof(PyHeapTypeObject) and
         * sizeof(PyMemberDef). (A built-in type object is a 408-byte PyTypeObject.)
         */
        Type() {
            super("type", null, true, HEAP_TYPE_SIZE, MEMBER_DEF_SIZE);
        }

        /** type.__sizeof__ (type___sizeof___impl), which {@link #sizeof} is. */
        @Override
        protected void defineMethods() {
            sizeofMethod();
        }

        /** CPython 3.11 has type_vectorcall (type(x); other calls of type go through a tuple). */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long weaklistOffset() {
            return TP_WEAKLIST;
        }

        @Override
        public String repr(long obj) {
            PyType t = Types.ofTypeObject(obj);
            if (t instanceof HeapType h) {
                return h.typeRepr();
            }
            return "<class '" + t.name + "'>";
        }

        @Override
        public long sizeof(long obj) {
            return Types.ofTypeObject(obj) instanceof HeapType h ? h.typeSizeof() : TYPE_SIZE;
        }

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            PyType t = Types.ofTypeObject(callable);
            if (count > 0 && throughTuple(t, count)) {
                return callClass(t, args, offset, count, 0);
            }
            return t.construct(args, offset, count);
        }

        @Override
        public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
            PyType t = Types.ofTypeObject(callable);
            if (count > 0 && throughTuple(t, count)) {
                return callClass(t, args, offset, count, kwnames);
            }
            return t.constructWithKeywords(args, offset, count, kwnames);
        }

        /**
         * Whether calling t goes through _PyObject_MakeTpCall: a class, a built-in type without a
         * vectorcall in 3.11 (str, int, bytes, zip, deque, the itertools types ...), or type
         * itself unless it is type(x), the one case type_vectorcall answers.
         */
        private static boolean throughTuple(PyType t, int count) {
            return t instanceof HeapType || !t.hasVectorcall() || t == Types.TYPE && count != 1;
        }

        /**
         * A class has no vectorcall in CPython 3.11, nor have most built-in types, so calling
         * it goes through _PyObject_MakeTpCall: the positional arguments become a tuple (and keyword arguments a
         * dict) that type_call gets and that live until it returns, made before the instance.
         * (So inside the __str__ that str(x) calls, x has one reference more than inside the
         * __iter__ that list(x) calls.)
         */
        private static long callClass(PyType t, long[] args, int offset, int count, long kwnames) {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            int npos = count - nkw;
            long argsTuple = npos > 0 ? Sequences.tupleOf(args, offset, npos) : 0;
            long kwdict = 0;
            try {
                if (nkw > 0) {
                    kwdict = DictObject.create();
                    for (int k = 0; k < nkw; k++) {
                        DictObject.set(kwdict, TupleObject.get(kwnames, k), args[offset + npos + k]);
                    }
                }
                return t.constructWithKeywords(args, offset, count, kwnames);
            } finally {
                Heap.xdecref(argsTuple);
                Heap.xdecref(kwdict);
            }
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count == 3) {
                return newType(address, args[offset], args[offset + 1], args[offset + 2]);
            }
            if (count != 1) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            return Heap.newRef(Types.typeAddressOf(args[offset]));
        }

        /** type(name, bases, ns, **kwds): the keywords go to the new class's __init_subclass__. */
        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            if (nkw == 0) {
                return construct(args, offset, count);
            }
            if (count - nkw != 3) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            long kwargs = DictObject.create();
            try {
                for (int k = 0; k < nkw; k++) {
                    DictObject.set(kwargs, TupleObject.get(kwnames, k), args[offset + 3 + k]);
                }
                return newType(address, args[offset], args[offset + 1], args[offset + 2], kwargs);
            } finally {
                Heap.decref(kwargs);
            }
        }

        @Override
        public boolean methodShortcut() {
            return false;
        }

        @Override
        public long getAttr(long obj, long name) {
            return typeGetAttr(obj, name);
        }

        @Override
        public boolean setAttr(long obj, long name, long value) {
            typeSetAttr(obj, name, value);
            return true;
        }

        @Override
        public void dealloc(long obj) {
            if (Types.ofTypeObject(obj) instanceof HeapType h) {
                h.deallocType();
                return;
            }
            throw new IllegalStateException("deallocating a built-in type");
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            if (Types.ofTypeObject(obj) instanceof HeapType h) {
                h.traverseType(visit);
            }
        }

        /**
         * A class: everything type_dealloc releases. A built-in type: its dict, the one reference
         * it owns (tp_base is borrowed; static types have no tp_bases or tp_mro tuples).
         */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            if (Types.ofTypeObject(obj) instanceof HeapType h) {
                h.visitTypeReferences(visit);
            } else {
                visitOffsets(obj, new long[] {TP_DICT}, visit);
            }
        }

        @Override
        public void clear(long obj) {
            if (Types.ofTypeObject(obj) instanceof HeapType h) {
                h.clearType();
            }
        }
    }

    /** object's slots: the defaults every type inherits, and object's methods for super() calls. */
    static final class ObjectType extends PyType {
        ObjectType() {
            super("object", null, false, OBJECT_HEAD, 0);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count != 0) {
                throw Errors.typeError("object() takes no arguments");
            }
            return Heap.allocObject(address, OBJECT_HEAD, false);
        }

        @Override
        protected void defineMethods() {
            ObjectMethods.define(this);
        }
    }
}
