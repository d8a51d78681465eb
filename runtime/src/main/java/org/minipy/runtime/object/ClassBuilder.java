package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.mem.Memory;

/**
 * type.__new__(type, name, bases, namespace) for a class (typeobject.c's type_new): the best
 * base and instance layout, the C3 method resolution order, the class dict and the
 * PyHeapTypeObject in the heap, then {@code __set_name__} and {@code __init_subclass__}.
 *
 * <pre>
 * class C: pass          tp_base object, tp_basicsize 24 (header + __weakref__), managed dict,
 *                        tp_dict {__module__, __dict__, __weakref__, __doc__}, ht_cached_keys of
 *                        768 bytes: sys.getsizeof(C) = 16 + 904 + 768 = 1688
 * class E(ValueError)    basicsize 80 (BaseException's 72 + __weakref__); the dict is the
 *                        exception's own field, so no shared keys
 * class S: __slots__ = ('b', 'a')   members a at 16, b at 24 (sorted), no dict, no weaklist
 * </pre>
 */
public final class ClassBuilder {
    private static long emptyDictKeys;

    private ClassBuilder() {}

    /** The static empty keys object every new dict starts with. */
    static long emptyDictKeys() {
        if (emptyDictKeys == 0) {
            long d = DictObject.create();
            emptyDictKeys = Memory.getLong(d + DICT_KEYS);
            Heap.decref(d);
        }
        return emptyDictKeys;
    }

    /** Built-in types a class may not derive from (no Py_TPFLAGS_BASETYPE). */
    private static boolean acceptableBase(PyType t) {
        if (t instanceof HeapType || t instanceof ExtensionBase) {
            return true;
        }
        return t == Types.OBJECT || t == Types.LIST || t == Types.DICT || t.isSubtypeOf(Types.BASE_EXCEPTION)
                || t == Types.INT || t == Types.STR || t == Types.TUPLE || t == Types.TYPE || t == Types.PROPERTY
                || t == Types.STATICMETHOD || t == Types.CLASSMETHOD || t == Types.SUPER || t.name.equals("float")
                || t.name.equals("set") || t.name.equals("frozenset") || t.name.equals("bytes");
    }

    /** Built-in bases whose instances this runtime can make for a subclass. */
    private static boolean supportedBase(PyType t) {
        return t == Types.OBJECT || t == Types.LIST || t == Types.DICT || t.isSubtypeOf(Types.BASE_EXCEPTION)
                || BuiltinSubclasses.isValueBase(t) || t == Types.SET || t == Types.FROZENSET
                || t instanceof ExtensionBase;
    }

    /**
     * Makes a class: a new reference to its type object. name is a str, bases a tuple of types
     * (empty: object), namespace the dict the class body filled; kwargs (0 for none) go to
     * {@code __init_subclass__}.
     */
    public static long newType(long name, long bases, long namespace, long kwargs) {
        if (!StrObject.check(name)) {
            throw Errors.typeError("type.__new__() argument 1 must be str, not " + Types.of(name).name);
        }
        if (!TupleObject.check(bases)) {
            throw Errors.typeError("type.__new__() argument 2 must be tuple, not " + Types.of(bases).name);
        }
        if (!DictObject.check(namespace)) {
            throw Errors.typeError("type.__new__() argument 3 must be dict, not " + Types.of(namespace).name);
        }
        PyType[] baseTypes = baseTypes(bases);
        PyType base = bestBase(baseTypes);
        PyType builtin = base;
        while (builtin instanceof HeapType) {
            builtin = builtin.base;
        }
        if (!supportedBase(builtin)) {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "subclassing '" + builtin.name + "' is not supported");
        }
        PyType[] mroTail = C3.linearize(baseTypes);
        InstanceLayout layout = new InstanceLayout(StrObject.toJava(name), base, namespace);
        // checked before the type object exists (type_new_set_ht_name), so that nothing is left
        // half made: the slots' error comes first, as in CPython
        long qualname = DictObject.get(namespace, Names.get("__qualname__"));
        if (qualname != 0 && !StrObject.check(qualname)) {
            Heap.xdecref(layout.slotNames);
            throw Errors.typeError("type __qualname__ must be a str, not " + Types.of(qualname).name);
        }
        BuiltinSubclasses.installNew(builtin);

        long t = Heap.allocObject(Types.TYPE.address, HEAP_TYPE_SIZE, true);
        Memory.fill(t + OBJECT_HEAD, HEAP_TYPE_SIZE - OBJECT_HEAD, (byte) 0);
        long flags = TPFLAGS_HEAPTYPE | TPFLAGS_BASETYPE | TPFLAGS_READY | TPFLAGS_HAVE_GC
                | (layout.managed ? TPFLAGS_MANAGED_DICT : 0);
        Memory.putLong(t + TP_FLAGS, flags);
        Memory.putLong(t + OB_SIZE, layout.slotOffsets.length); // type_new's tp_alloc(metatype, nslots)
        Memory.putLong(t + TP_BASICSIZE, layout.basicSize);
        Memory.putLong(t + TP_ITEMSIZE, base.itemSize);
        Memory.putLong(t + TP_WEAKLISTOFFSET, layout.weaklistOffset);
        Memory.putLong(t + TP_DICTOFFSET, layout.managed ? -1 : layout.dictOffset);
        long interned = StrObject.intern(Heap.newRef(name));
        Memory.putLong(t + HT_NAME, interned);
        Memory.putLong(t + TP_NAME, StrObject.dataOf(interned));
        HeapType type = new HeapType(StrObject.toJava(name), base, builtin, layout.basicSize, base.itemSize, t,
                layout.managed,
                layout.dictOffset, layout.weaklistOffset, layout.slotOffsets, mroTail);
        Memory.putLong(t + TP_BASE, Heap.newRef(base.address));
        Memory.putLong(t + TP_BASES, baseTuple(baseTypes));
        for (PyType b : baseTypes) {
            b.addSubclass(type); // type_ready_add_subclasses
        }
        Memory.putLong(t + TP_MRO, mroTuple(type));
        if (layout.managed) {
            Memory.putLong(t + HT_CACHED_KEYS, SharedKeys.create());
        }
        Memory.putLong(t + HT_SLOTS, layout.slotNames);
        Memory.putLong(t + HT_QUALNAME, Heap.newRef(qualname != 0 ? qualname : interned));
        Memory.putLong(t + TP_DICT, classDict(type, namespace, layout));
        type.modified();
        Heap.track(t);
        try {
            setNames(t);
            initSubclass(type, kwargs);
        } catch (PyException e) {
            Heap.decref(t);
            throw e;
        }
        return t;
    }

    private static PyType[] baseTypes(long bases) {
        int n = (int) TupleObject.size(bases);
        if (n == 0) {
            return new PyType[] {Types.OBJECT};
        }
        PyType[] r = new PyType[n];
        for (int i = 0; i < n; i++) {
            long b = TupleObject.get(bases, i);
            if (!TypeObject.isType(b)) {
                throw Errors.typeError("bases must be types");
            }
            r[i] = Types.ofTypeObject(b);
            if (!acceptableBase(r[i])) {
                throw Errors.typeError("type '" + r[i].name + "' is not an acceptable base type");
            }
            for (int j = 0; j < i; j++) {
                if (r[j] == r[i]) {
                    throw Errors.typeError("duplicate base class " + r[i].name);
                }
            }
        }
        return r;
    }

    /** solid_base: the most derived type in t's ancestry that adds fields to the instance layout. */
    private static PyType solidBase(PyType t) {
        PyType base = t.base == null ? Types.OBJECT : solidBase(t.base);
        if (t instanceof HeapType h) {
            return h.slotOffsets.length > 0 ? t : base;
        }
        return t.base != null && (t.basicSize != t.base.basicSize || t.itemSize != t.base.itemSize) ? t : base;
    }

    /** best_base: the base whose solid base is most derived; TypeError on a layout conflict. */
    private static PyType bestBase(PyType[] bases) {
        PyType base = null;
        PyType winner = null;
        for (PyType b : bases) {
            PyType candidate = solidBase(b);
            if (winner == null) {
                winner = candidate;
                base = b;
            } else if (winner.isSubtypeOf(candidate)) {
                continue;
            } else if (candidate.isSubtypeOf(winner)) {
                winner = candidate;
                base = b;
            } else {
                throw Errors.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return base;
    }

    private static long baseTuple(PyType[] bases) {
        long t = TupleObject.allocate(bases.length);
        for (int i = 0; i < bases.length; i++) {
            TupleObject.set(t, i, Heap.newRef(bases[i].address));
        }
        return t;
    }

    private static long mroTuple(PyType type) {
        PyType[] mro = type.mroArray();
        long t = TupleObject.allocate(mro.length);
        for (int i = 0; i < mro.length; i++) {
            TupleObject.set(t, i, Heap.newRef(mro[i].address));
        }
        return t;
    }

    /** A type's dict offset for instances, as a base sees it (0: none). */
    private static long dictOffsetOf(PyType t) {
        if (t instanceof HeapType h) {
            return h.managedDict ? -1 : h.dictOffset;
        }
        return t.instanceDictOffset();
    }

    private static long weaklistOffsetOf(PyType t) {
        return t.weaklistOffset();
    }

    /** The instance size a class's layout starts from (str's is PyUnicodeObject's 80). */
    private static long baseSize(PyType base) {
        return base.basicSize;
    }

    /** The instance layout: inherited fields, __slots__ members, dict and weaklist (type_new_descriptors). */
    private static final class InstanceLayout {
        long basicSize;
        boolean managed;
        long dictOffset;
        long weaklistOffset;
        long[] slotOffsets = new long[0];
        long slotNames;
        List<Long> memberNames = new ArrayList<>();
        boolean addDict;
        boolean addWeak;

        InstanceLayout(String className, PyType base, long namespace) {
            long baseDict = dictOffsetOf(base);
            boolean mayAddDict = baseDict == 0;
            boolean mayAddWeak = weaklistOffsetOf(base) == 0 && base.itemSize == 0;
            long slots = DictObject.get(namespace, Names.get("__slots__"));
            if (slots == 0) {
                addDict = mayAddDict;
                addWeak = mayAddWeak;
            } else {
                readSlots(className, namespace, slots, mayAddDict, mayAddWeak);
            }
            long offset = baseSize(base);
            if (!memberNames.isEmpty() && (base.itemSize != 0 || base == Types.STR)) {
                Heap.decref(slotNames); // the class is not made: its __slots__ tuple goes
                throw Errors.typeError("nonempty __slots__ not supported for subtype of '" + base.name + "'");
            }
            slotOffsets = new long[memberNames.size()];
            for (int i = 0; i < slotOffsets.length; i++) {
                slotOffsets[i] = offset;
                offset += 8;
            }
            managed = base instanceof HeapType h && h.managedDict;
            dictOffset = baseDict > 0 || baseDict < -1 ? baseDict : 0;
            if (addDict && base.itemSize == 0) {
                managed = true;
            }
            if (addWeak) {
                weaklistOffset = offset;
                offset += 8;
            } else {
                weaklistOffset = weaklistOffsetOf(base);
            }
            if (addDict && base.itemSize != 0) { // the dict pointer ends a var-sized instance
                dictOffset = -8;
                offset += 8;
            }
            basicSize = offset;
        }

        /**
         * type_new_visit_slots and type_new_copy_slots: the member names are the entries other than
         * __dict__ and __weakref__, mangled with the class name as the compiler mangles private names,
         * sorted; none may also be a class variable.
         */
        private void readSlots(String className, long namespace, long slots, boolean mayAddDict, boolean mayAddWeak) {
            long seq = StrObject.check(slots) ? tupleOf1(slots) : Sequences.toTuple(slots);
            List<String> names = new ArrayList<>();
            try {
                for (long i = 0, n = TupleObject.size(seq); i < n; i++) {
                    long s = TupleObject.get(seq, i);
                    if (!StrObject.check(s)) {
                        throw Errors.typeError("__slots__ items must be strings, not '" + Types.of(s).name + "'");
                    }
                    String name = StrObject.toJava(s);
                    if (!isIdentifier(name)) {
                        throw Errors.typeError("__slots__ must be identifiers");
                    }
                    if (name.equals("__dict__")) {
                        if (!mayAddDict || addDict) {
                            throw Errors.typeError("__dict__ slot disallowed: we already got one");
                        }
                        addDict = true;
                    } else if (name.equals("__weakref__")) {
                        if (!mayAddWeak || addWeak) {
                            throw Errors.typeError("__weakref__ slot disallowed: either we already got one, "
                                    + "or __itemsize__ != 0");
                        }
                        addWeak = true;
                    } else {
                        names.add(name);
                    }
                }
            } finally {
                Heap.decref(seq);
            }
            for (int i = 0; i < names.size(); i++) {
                String member = mangle(className, names.get(i));
                names.set(i, member);
                if (member.equals("__qualname__") || member.equals("__classcell__")) {
                    continue; // type_new removes these from the namespace
                }
                long key = StrObject.fromJava(member);
                try {
                    if (DictObject.get(namespace, key) != 0) {
                        throw Errors.raise(Types.VALUE_ERROR, Ops.reprJava(key)
                                + " in __slots__ conflicts with class variable");
                    }
                } finally {
                    Heap.decref(key);
                }
            }
            names.sort(null);
            long t = TupleObject.allocate(names.size());
            for (int i = 0; i < names.size(); i++) {
                long s = StrObject.intern(StrObject.fromJava(names.get(i)));
                TupleObject.set(t, i, s);
                memberNames.add(s);
            }
            slotNames = t;
        }

        /** _Py_Mangle, as org.minipy.compiler.scope.Mangling (the runtime does not depend on the compiler). */
        static String mangle(String className, String name) {
            if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
                return name;
            }
            int start = 0;
            while (start < className.length() && className.charAt(start) == '_') {
                start++;
            }
            return start == className.length() ? name : "_" + className.substring(start) + name;
        }

        private static long tupleOf1(long s) {
            long t = TupleObject.allocate(1);
            TupleObject.set(t, 0, Heap.newRef(s));
            return t;
        }

        private static boolean isIdentifier(String s) {
            if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0)) || s.charAt(0) == '$') {
                return false;
            }
            return s.codePoints().allMatch(c -> Character.isJavaIdentifierPart(c) && c != '$');
        }
    }

    /** tp_dict: the namespace's items, slot members, __dict__/__weakref__ getsets, __doc__, __hash__. */
    private static long classDict(HeapType type, long namespace, InstanceLayout layout) {
        long dict = DictObject.create();
        long qualnameKey = Names.get("__qualname__");
        long classcellKey = Names.get("__classcell__");
        for (long i = 0, n = DictObject.entryCount(namespace); i < n; i++) {
            long key = DictObject.keyAt(namespace, i);
            if (key == 0 || key == qualnameKey || key == classcellKey) {
                continue;
            }
            long value = DictObject.valueAt(namespace, i);
            String k = StrObject.check(key) ? StrObject.toJava(key) : "";
            PyType wrap = null;
            if (FunctionObject.check(value)) {
                if (k.equals("__new__")) {
                    wrap = Types.STATICMETHOD;
                } else if (k.equals("__init_subclass__") || k.equals("__class_getitem__")) {
                    wrap = Types.CLASSMETHOD;
                }
            }
            if (wrap != null) {
                long w = StaticMethodObject.create(wrap, value);
                DictObject.set(dict, key, w);
                Heap.decref(w);
            } else {
                DictObject.set(dict, key, value);
            }
        }
        for (int i = 0; i < layout.memberNames.size(); i++) {
            long name = layout.memberNames.get(i);
            long m = GetSetDescrObject.member(type, name, layout.slotOffsets[i]);
            DictObject.set(dict, name, m);
            Heap.decref(m);
        }
        Memory.putLong(type.address + TP_DICT, dict);
        if (layout.addDict) {
            GetSetDescrObject.define(type, "__dict__", GetSetDescrObject.DICT);
        }
        if (layout.addWeak) {
            GetSetDescrObject.define(type, "__weakref__", GetSetDescrObject.WEAKREF);
        }
        if (DictObject.get(dict, Names.get("__doc__")) == 0) {
            DictObject.set(dict, Names.get("__doc__"), BoolObject.NONE);
        }
        if (DictObject.get(dict, Names.get("__eq__")) != 0 && DictObject.get(dict, Names.get("__hash__")) == 0) {
            DictObject.set(dict, Names.get("__hash__"), BoolObject.NONE);
        }
        return dict;
    }

    /** type_new_set_names: value.__set_name__(cls, name) for each namespace value whose type has it. */
    private static void setNames(long t) {
        // CPython iterates over a copy of the class's dict (names_to_set), made and dropped here
        Heap.decref(DictObject.copy(Memory.getLong(t + TP_DICT)));
        long dict = Memory.getLong(t + TP_DICT);
        long setName = Names.get("__set_name__");
        List<long[]> calls = new ArrayList<>();
        for (long i = 0, n = DictObject.entryCount(dict); i < n; i++) {
            long key = DictObject.keyAt(dict, i);
            if (key == 0) {
                continue;
            }
            long value = DictObject.valueAt(dict, i);
            PyType vt = Types.of(value);
            if (vt != Types.FUNCTION && vt != Types.STR && vt != Types.INT && vt.lookup(setName) != 0) {
                calls.add(new long[] {value, key});
            }
        }
        for (long[] c : calls) {
            Heap.incref(c[0]);
            Heap.incref(c[1]);
            try {
                long m = Ops.getAttr(c[0], setName);
                try {
                    Heap.decref(Calls.call2(m, t, c[1]));
                } finally {
                    Heap.decref(m);
                }
            } finally {
                Heap.decref(c[0]);
                Heap.decref(c[1]);
            }
        }
    }

    /** init_subclass: super(cls, cls).__init_subclass__(**kwargs); object's does nothing. */
    private static void initSubclass(HeapType type, long kwargs) {
        long key = Names.get("__init_subclass__");
        PyType[] mro = type.mroArray();
        for (int i = 1; i < mro.length; i++) {
            long f = DictObject.get(mro[i].typeDict(), key);
            if (f == 0) {
                continue;
            }
            if (!(mro[i] instanceof HeapType)) {
                if (kwargs != 0 && DictObject.size(kwargs) > 0) {
                    throw Errors.typeError(type.name + ".__init_subclass__() takes no keyword arguments");
                }
                return;
            }
            long bound = Attributes.descrGet(f, 0, type.address);
            try {
                int n = kwargs == 0 ? 0 : (int) DictObject.size(kwargs);
                long[] args = new long[n];
                long names = TupleObject.allocate(n);
                int j = 0;
                for (long e = 0, m = kwargs == 0 ? 0 : DictObject.entryCount(kwargs); e < m; e++) {
                    long k = DictObject.keyAt(kwargs, e);
                    if (k != 0) {
                        TupleObject.set(names, j, Heap.newRef(k));
                        args[j++] = DictObject.valueAt(kwargs, e);
                    }
                }
                try {
                    Heap.decref(Calls.call(bound, args, 0, n, names));
                } finally {
                    Heap.decref(names);
                }
            } finally {
                Heap.decref(bound);
            }
            return;
        }
    }

    /** C3 linearization (mro_implementation). */
    static final class C3 {
        private C3() {}

        /** The MRO after the new class itself, from its bases. */
        static PyType[] linearize(PyType[] bases) {
            List<List<PyType>> seqs = new ArrayList<>();
            for (PyType b : bases) {
                seqs.add(new ArrayList<>(List.of(b.mroArray())));
            }
            seqs.add(new ArrayList<>(List.of(bases)));
            List<PyType> result = new ArrayList<>();
            while (true) {
                seqs.removeIf(List::isEmpty);
                if (seqs.isEmpty()) {
                    return result.toArray(new PyType[0]);
                }
                PyType next = null;
                for (List<PyType> s : seqs) {
                    PyType head = s.get(0);
                    if (!inAnyTail(seqs, head)) {
                        next = head;
                        break;
                    }
                }
                if (next == null) {
                    throw mroError(seqs);
                }
                result.add(next);
                for (List<PyType> s : seqs) {
                    if (s.get(0) == next) {
                        s.remove(0);
                    }
                }
            }
        }

        private static boolean inAnyTail(List<List<PyType>> seqs, PyType t) {
            for (List<PyType> s : seqs) {
                if (s.indexOf(t) > 0) {
                    return true;
                }
            }
            return false;
        }

        private static PyException mroError(List<List<PyType>> seqs) {
            List<PyType> heads = new ArrayList<>();
            for (List<PyType> s : seqs) {
                if (!heads.contains(s.get(0))) {
                    heads.add(s.get(0));
                }
            }
            StringBuilder sb = new StringBuilder("Cannot create a consistent method resolution\norder (MRO) for bases");
            for (int i = 0; i < heads.size(); i++) {
                sb.append(i == 0 ? " " : ", ").append(heads.get(i).name);
            }
            return Errors.typeError(sb.toString());
        }
    }
}
