package org.minipy.runtime.builtins;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.ClassBuilder;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.MethodDefs;
import org.minipy.runtime.object.MethodDescrObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StaticMethodObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * collections.namedtuple (collections/__init__.py, 3.11): a tuple subclass with
 * {@code __slots__ = ()} (so instances are laid out exactly as tuples: 24 bytes + 8 per field +
 * the GC header), fields read through {@code _collections._tuplegetter} descriptors, and
 * {@code __new__}, {@code _make}, {@code _replace}, {@code __repr__}, {@code _asdict},
 * {@code __getnewargs__}, {@code _fields}, {@code _field_defaults}, {@code __match_args__}.
 */
final class NamedTuple {
    private NamedTuple() {}

    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    static final PyType TUPLEGETTER = new TupleGetter().ready();

    /** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None). */
    static long namedtuple(long[] a, int o, int n, long kw) {
        long[] p = Kw.bind("namedtuple", new String[] {"typename", "field_names", "rename", "defaults", "module"}, 0, 2,
                a, o, n, kw);
        if (n - Kw.count(kw) > 2) {
            throw Errors.typeError("namedtuple() takes 2 positional arguments but " + (n - Kw.count(kw))
                    + " were given");
        }
        String typename = Ops.strJava(p[0]);
        List<String> fields = fieldNames(p[1]);
        boolean rename = p[2] != 0 && Ops.isTrue(p[2]);
        if (rename) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                String name = fields.get(i);
                if (!isIdentifier(name) || KEYWORDS.contains(name) || name.startsWith("_") || seen.contains(name)) {
                    fields.set(i, "_" + i);
                }
                seen.add(name);
            }
        }
        List<String> all = new ArrayList<>();
        all.add(typename);
        all.addAll(fields);
        for (String name : all) {
            if (!isIdentifier(name)) {
                throw Errors.valueError("Type names and field names must be valid identifiers: " + repr(name));
            }
            if (KEYWORDS.contains(name)) {
                throw Errors.valueError("Type names and field names cannot be a keyword: " + repr(name));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : fields) {
            if (name.startsWith("_") && !rename) {
                throw Errors.valueError("Field names cannot start with an underscore: " + repr(name));
            }
            if (!seen.add(name)) {
                throw Errors.valueError("Encountered duplicate field name: " + repr(name));
            }
        }
        long defaults = p[3] == 0 || p[3] == BoolObject.NONE ? 0 : toTuple(p[3]);
        try {
            if (defaults != 0 && TupleObject.size(defaults) > fields.size()) {
                throw Errors.typeError("Got more default values than field names");
            }
            long module = p[4] != 0 ? Heap.newRef(p[4]) : callerModule();
            try {
                return makeClass(typename, fields, defaults, module);
            } finally {
                Heap.xdecref(module);
            }
        } finally {
            Heap.xdecref(defaults);
        }
    }

    private static String repr(String s) {
        long str = StrObject.fromJava(s);
        try {
            return Ops.reprJava(str);
        } finally {
            Heap.decref(str);
        }
    }

    private static long toTuple(long iterable) {
        if (TupleObject.check(iterable)) {
            return Heap.newRef(iterable);
        }
        long list = ListObject.allocate(0);
        try {
            ListObject.extend(list, iterable);
            long n = ListObject.size(list);
            long t = TupleObject.allocate(n);
            for (long i = 0; i < n; i++) {
                TupleObject.set(t, i, Heap.newRef(ListObject.get(list, i)));
            }
            return t;
        } finally {
            Heap.decref(list);
        }
    }

    /** field_names as a list of str: a string is split on commas and whitespace. */
    private static List<String> fieldNames(long names) {
        List<String> r = new ArrayList<>();
        if (StrObject.check(names)) {
            for (String s : StrObject.toJava(names).replace(',', ' ').trim().split("\\s+")) {
                if (!s.isEmpty()) {
                    r.add(s);
                }
            }
            return r;
        }
        long it = Ops.iter(names);
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                try {
                    r.add(Ops.strJava(x));
                } finally {
                    Heap.decref(x);
                }
            }
        } finally {
            Heap.decref(it);
        }
        return r;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int c0 = s.codePointAt(0);
        if (!(Character.isLetter(c0) || c0 == '_')) {
            return false;
        }
        return s.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    /** sys._getframe(1).f_globals.get('__name__', '__main__'). */
    private static long callerModule() {
        long g;
        try {
            g = FrameAccess.globals();
        } catch (PyException e) {
            Heap.decref(e.exception);
            return StrObject.fromJava("__main__");
        }
        try {
            long name = DictObject.get(g, Names.get("__name__"));
            return name != 0 ? Heap.newRef(name) : StrObject.fromJava("__main__");
        } finally {
            Heap.decref(g);
        }
    }

    private static void put(long dict, String key, long value) {
        DictObject.set(dict, Names.get(key), value);
        Heap.decref(value);
    }

    private static long strTuple(List<String> names) {
        long t = TupleObject.allocate(names.size());
        for (int i = 0; i < names.size(); i++) {
            TupleObject.set(t, i, StrObject.intern(StrObject.fromJava(names.get(i))));
        }
        return t;
    }

    // ---- the generated methods, registered once: each reads the fields from the class

    private static final int NEW = MethodDefs.registerWithKeywords("__new__",
            (self, a, o, n, kw) -> construct(a, o, n, kw));
    private static final int MAKE = MethodDefs.register("_make", (self, a, o, n) -> {
        if (n != 2) {
            throw Errors.typeError("_make() takes 2 positional arguments but " + n + " were given");
        }
        return make(a[o], a[o + 1], (int) TupleObject.size(fieldsOf(Types.ofTypeObject(a[o]))));
    });
    private static final int REPLACE = MethodDefs.registerWithKeywords("_replace",
            (self, a, o, n, kw) -> replace(self, a, o, n, kw));
    private static final int REPR = MethodDefs.register("__repr__", (self, a, o, n) -> StrObject.fromJava(repr(self)));
    private static final int ASDICT = MethodDefs.register("_asdict", (self, a, o, n) -> {
        long fields = fieldsOf(Types.of(self));
        long d = DictObject.create();
        for (long i = 0; i < TupleObject.size(fields) && i < TupleObject.size(self); i++) {
            DictObject.set(d, TupleObject.get(fields, i), TupleObject.get(self, i));
        }
        return d;
    });
    private static final int GETNEWARGS = MethodDefs.register("__getnewargs__", (self, a, o, n) -> {
        long t = TupleObject.allocate(TupleObject.size(self));
        for (long i = 0; i < TupleObject.size(self); i++) {
            TupleObject.set(t, i, Heap.newRef(TupleObject.get(self, i)));
        }
        return t;
    });

    /** The class's _fields (borrowed). */
    private static long fieldsOf(PyType t) {
        long f = t.lookup(Names.get("_fields"));
        if (f == 0 || !TupleObject.check(f)) {
            throw Errors.typeError("namedtuple class without _fields");
        }
        return f;
    }

    /** The name of the namedtuple class along t's MRO (the one whose dict holds _fields). */
    private static String typenameOf(PyType t) {
        for (PyType c : t.mroArray()) {
            if (DictObject.get(c.typeDict(), Names.get("_fields")) != 0) {
                return c.name;
            }
        }
        return t.name;
    }

    private static List<String> fieldList(long self) {
        long f = fieldsOf(Types.of(self));
        List<String> r = new ArrayList<>();
        for (long i = 0; i < TupleObject.size(f); i++) {
            r.add(StrObject.toJava(TupleObject.get(f, i)));
        }
        return r;
    }

    private static long makeClass(String typename, List<String> fields, long defaults, long module) {
        int nfields = fields.size();
        long fieldTuple = strTuple(fields);
        long ns = DictObject.create();
        long name = StrObject.intern(StrObject.fromJava(typename));
        long bases = TupleObject.allocate(1);
        TupleObject.set(bases, 0, Heap.newRef(Types.TUPLE.address));
        try {
            String argList = String.join(", ", fields) + (nfields == 1 ? "," : "");
            long fieldDefaults = DictObject.create();
            int ndefaults = defaults == 0 ? 0 : (int) TupleObject.size(defaults);
            for (int i = 0; i < ndefaults; i++) {
                long key = TupleObject.get(fieldTuple, nfields - ndefaults + i);
                DictObject.set(fieldDefaults, key, TupleObject.get(defaults, i));
            }
            put(ns, "__doc__", StrObject.fromJava(typename + "(" + argList + ")"));
            put(ns, "__slots__", TupleObject.allocate(0));
            DictObject.set(ns, Names.get("_fields"), fieldTuple);
            DictObject.set(ns, Names.get("_field_defaults"), fieldDefaults);
            put(ns, "__new__", CFunctionObject.create(NEW, 0, 0));
            long make = CFunctionObject.create(MAKE, 0, 0);
            put(ns, "_make", StaticMethodObject.create(Types.CLASSMETHOD, make));
            Heap.decref(make);
            put(ns, "_replace", MethodDescrObject.create(Types.TUPLE, REPLACE));
            put(ns, "__repr__", MethodDescrObject.create(Types.TUPLE, REPR));
            put(ns, "_asdict", MethodDescrObject.create(Types.TUPLE, ASDICT));
            put(ns, "__getnewargs__", MethodDescrObject.create(Types.TUPLE, GETNEWARGS));
            DictObject.set(ns, Names.get("__match_args__"), fieldTuple);
            for (int i = 0; i < nfields; i++) {
                long doc = StrObject.intern(StrObject.fromJava("Alias for field number " + i));
                long getter = newTupleGetter(i, doc);
                Heap.decref(doc);
                DictObject.set(ns, TupleObject.get(fieldTuple, i), getter);
                Heap.decref(getter);
            }
            if (module != 0 && module != BoolObject.NONE) {
                DictObject.set(ns, Names.get("__module__"), module);
            }
            Heap.decref(fieldDefaults);
            return ClassBuilder.newType(name, bases, ns, 0);
        } finally {
            Heap.decref(ns);
            Heap.decref(name);
            Heap.decref(bases);
            Heap.decref(fieldTuple);
        }
    }

    /**
     * The generated __new__(_cls, f1, f2, ...): binds positional and keyword arguments, the missing
     * ones from the class's _field_defaults.
     */
    private static long construct(long[] a, int o, int n, long kw) {
        int nkw = Kw.count(kw);
        int npos = n - nkw;
        if (npos < 1 || !org.minipy.runtime.object.TypeObject.isType(a[o])) {
            throw Errors.typeError("__new__() missing 1 required positional argument: '_cls'");
        }
        PyType type = Types.ofTypeObject(a[o]);
        long fieldTuple = fieldsOf(type);
        int nfields = (int) TupleObject.size(fieldTuple);
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < nfields; i++) {
            fields.add(StrObject.toJava(TupleObject.get(fieldTuple, i)));
        }
        long fieldDefaults = type.lookup(Names.get("_field_defaults"));
        String fn = typenameOf(type) + ".__new__()";
        if (npos - 1 > nfields) {
            throw Errors.typeError(fn + " takes " + (nfields + 1) + " positional argument" + (nfields == 0 ? "" : "s")
                    + " but " + npos + " were given");
        }
        long cls = a[o];
        long[] values = new long[nfields];
        for (int i = 0; i < npos - 1; i++) {
            values[i] = a[o + 1 + i];
        }
        for (int k = 0; k < nkw; k++) {
            String key = Kw.name(kw, k);
            int i = fields.indexOf(key);
            if (i < 0) {
                throw Errors.typeError(fn + " got an unexpected keyword argument '" + key + "'");
            }
            if (values[i] != 0) {
                throw Errors.typeError(fn + " got multiple values for argument '" + key + "'");
            }
            values[i] = a[o + npos + k];
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < nfields; i++) {
            if (values[i] == 0) {
                long d = fieldDefaults != 0 && DictObject.checkSub(fieldDefaults)
                        ? DictObject.get(fieldDefaults, TupleObject.get(fieldTuple, i)) : 0;
                if (d != 0) {
                    values[i] = d;
                } else {
                    missing.add("'" + fields.get(i) + "'");
                }
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0)
                    : missing.size() == 2 ? missing.get(0) + " and " + missing.get(1)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + ", and " + missing.get(missing.size() - 1);
            throw Errors.typeError(fn + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        long t = TupleObject.allocate(nfields);
        for (int i = 0; i < nfields; i++) {
            TupleObject.set(t, i, Heap.newRef(values[i]));
        }
        try {
            return tupleNew(cls, t);
        } finally {
            Heap.decref(t);
        }
    }

    /** tuple.__new__(cls, iterable). */
    private static long tupleNew(long cls, long iterable) {
        long f = DictObject.get(Types.TUPLE.typeDict(), Names.get("__new__"));
        if (f == 0) {
            throw Errors.typeError("tuple.__new__ is missing");
        }
        return org.minipy.runtime.object.Calls.call(f, new long[] {cls, iterable}, 0, 2);
    }

    /** _make(cls, iterable): tuple.__new__(cls, iterable) with exactly len(_fields) items. */
    private static long make(long cls, long iterable, int nfields) {
        long r = tupleNew(cls, iterable);
        long len = TupleObject.size(r);
        if (len != nfields) {
            Heap.decref(r);
            throw Errors.typeError("Expected " + nfields + " arguments, got " + len);
        }
        return r;
    }

    /** _replace(self, /, **kwds): self._make(map(kwds.pop, field_names, self)). */
    private static long replace(long self, long[] a, int o, int n, long kw) {
        List<String> fields = fieldList(self);
        int nkw = Kw.count(kw);
        if (n - nkw > 0) {
            throw Errors.typeError("_replace() takes 1 positional argument but " + (n - nkw + 1) + " were given");
        }
        long kwds = DictObject.create();
        try {
            for (int k = 0; k < nkw; k++) {
                DictObject.set(kwds, TupleObject.get(kw, k), a[o + k]);
            }
            long values = ListObject.allocate(0);
            try {
                for (int i = 0; i < fields.size() && i < TupleObject.size(self); i++) {
                    long key = StrObject.fromJava(fields.get(i));
                    try {
                        long v = DictObject.get(kwds, key);
                        if (v != 0) {
                            ListObject.append(values, v);
                            DictObject.delete(kwds, key);
                        } else {
                            ListObject.append(values, TupleObject.get(self, i));
                        }
                    } finally {
                        Heap.decref(key);
                    }
                }
                long cls = Types.typeAddressOf(self);
                long r = make(cls, values, fields.size());
                if (DictObject.size(kwds) > 0) {
                    Heap.decref(r);
                    long keys = ListObject.allocate(0);
                    try {
                        ListObject.extend(keys, kwds);
                        throw Errors.valueError("Got unexpected field names: " + Ops.reprJava(keys));
                    } finally {
                        Heap.decref(keys);
                    }
                }
                return r;
            } finally {
                Heap.decref(values);
            }
        } finally {
            Heap.decref(kwds);
        }
    }

    /** __repr__: 'Point(x=1, y=2)'. */
    private static String repr(long self) {
        List<String> fields = fieldList(self);
        String name = Types.of(self).name;
        if (Types.of(self) instanceof HeapType) {
            long n = Ops.getAttr(Types.typeAddressOf(self), Names.get("__name__"));
            try {
                name = StrObject.toJava(n);
            } finally {
                Heap.decref(n);
            }
        }
        if (TupleObject.size(self) != fields.size()) {
            throw Errors.typeError("not enough arguments for format string");
        }
        StringBuilder sb = new StringBuilder(name).append('(');
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields.get(i)).append('=').append(Ops.reprJava(TupleObject.get(self, i)));
        }
        return sb.append(')').toString();
    }

    // ---- _collections._tuplegetter: PyObject_HEAD, Py_ssize_t index, PyObject *doc (32 bytes, GC)

    private static final long TG_INDEX = 16;
    private static final long TG_DOC = 24;
    private static final long TG_SIZE = 32;

    private static long newTupleGetter(long index, long doc) {
        long g = IteratorTypes.alloc(TUPLEGETTER, TG_SIZE);
        Memory.putLong(g + TG_INDEX, index);
        Memory.putLong(g + TG_DOC, Heap.newRef(doc));
        Heap.track(g);
        return g;
    }

    /** The field descriptor: reads item index of a tuple; cannot be set or deleted. */
    static final class TupleGetter extends PyType {
        TupleGetter() {
            super("_collections._tuplegetter", Types.OBJECT, true, TG_SIZE, 0);
        }

        @Override
        public boolean hasDescrGet() {
            return true;
        }

        @Override
        public boolean hasDescrSet() {
            return true;
        }

        @Override
        public long descrGet(long descr, long obj, long type) {
            if (obj == 0 || obj == BoolObject.NONE) {
                return Heap.newRef(descr);
            }
            long index = Memory.getLong(descr + TG_INDEX);
            if (!Types.of(obj).isSubtypeOf(Types.TUPLE)) {
                throw Errors.typeError("descriptor for index '" + index + "' for tuple subclasses doesn't apply to '"
                        + Types.of(obj).name + "' object");
            }
            if (index >= TupleObject.size(obj)) {
                throw Errors.indexError("tuple index out of range");
            }
            return Heap.newRef(TupleObject.get(obj, index));
        }

        @Override
        public void descrSet(long descr, long obj, long value) {
            throw Errors.attributeError(value == 0 ? "can't delete attribute" : "can't set attribute");
        }

        @Override
        public long getAttr(long g, long name) {
            if (StrObject.toJava(name).equals("__doc__")) {
                return Heap.newRef(Memory.getLong(g + TG_DOC));
            }
            return 0;
        }

        @Override
        public String repr(long g) {
            return "_tuplegetter(" + Memory.getLong(g + TG_INDEX) + ", " + Ops.reprJava(Memory.getLong(g + TG_DOC)) + ")";
        }

        @Override
        public void dealloc(long g) {
            Heap.untrack(g);
            Heap.xdecref(Memory.getLong(g + TG_DOC));
            Heap.freeObject(g, true);
        }

        @Override
        public void traverse(long g, Visitor visit) {
            IteratorTypes.visitIf(visit, Memory.getLong(g + TG_DOC));
        }
    }
}
