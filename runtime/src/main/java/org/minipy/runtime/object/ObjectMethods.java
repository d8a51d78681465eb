package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * The methods in object's and BaseException's dicts that programs call by name, mostly through
 * super(): {@code object.__init__}, {@code object.__new__}, {@code object.__setattr__},
 * {@code BaseException.__init__}, ..., and their getset descriptors ({@code __class__},
 * {@code args}, {@code __cause__}, ...).
 */
final class ObjectMethods {
    private ObjectMethods() {}

    private static final String INIT_ONE = "object.__init__() takes exactly one argument (the instance to initialize)";
    private static final String NEW_ONE = "object.__new__() takes exactly one argument (the type to instantiate)";

    static void define(PyType object) {
        object.method("__init__", (self, a, o, n) -> {
            if (n > 0) {
                if (!(Types.of(self) instanceof HeapType h) || h.find("__init__") != 0) {
                    throw Errors.typeError(INIT_ONE);
                }
                if (h.find("__new__") == 0) {
                    throw Errors.typeError(h.name + "() takes no arguments");
                }
            }
            return BoolObject.none();
        });
        putBuiltin(object, "__new__", (self, a, o, n) -> objectNew(a, o, n));
        object.method("__repr__", (self, a, o, n) -> {
            Args.exactly("__repr__", n, 0);
            return StrObject.fromJava(HeapType.objectRepr(self));
        });
        object.method("__str__", (self, a, o, n) -> {
            Args.exactly("__str__", n, 0);
            return Ops.repr(self);
        });
        object.method("__format__", (self, a, o, n) -> {
            // object___format___impl: a non-empty spec is refused, else str(self)
            Args.exactly("object.__format__", n, 1);
            if (!StrObject.check(a[o]) && !Types.of(a[o]).isSubtypeOf(Types.STR)) {
                throw Errors.typeError("__format__() argument must be str, not " + Types.of(a[o]).name);
            }
            if (StrObject.length(a[o]) > 0) {
                throw Errors.typeError("unsupported format string passed to " + Types.of(self).name + ".__format__");
            }
            return Ops.str(self);
        });
        object.method("__hash__", (self, a, o, n) -> {
            Args.exactly("__hash__", n, 0);
            long id = org.minipy.runtime.mem.AddressMap.toId(self);
            long h = (id >>> 4) | (id << 60);
            return IntObject.fromLong(h == -1 ? -2 : h);
        });
        object.method("__eq__", (self, a, o, n) -> {
            Args.exactly("__eq__", n, 1);
            return self == a[o] ? BoolObject.fromBoolean(true) : NotImplementedObject.get();
        });
        object.method("__ne__", (self, a, o, n) -> {
            Args.exactly("__ne__", n, 1);
            long eq = Types.of(self).richCompare(self, a[o], Ops.EQ);
            if (eq == 0) {
                return NotImplementedObject.get();
            }
            boolean t = Ops.isTrue(eq);
            Heap.decref(eq);
            return BoolObject.fromBoolean(!t);
        });
        object.method("__getattribute__", (self, a, o, n) -> {
            Args.exactly("__getattribute__", n, 1);
            long name = Attributes.intern(a[o]);
            try {
                long r = Attributes.genericGetAttr(self, name);
                if (r == 0) {
                    throw InstanceObject.noAttribute(Types.of(self), name);
                }
                return r;
            } finally {
                Heap.decref(name);
            }
        });
        object.method("__setattr__", (self, a, o, n) -> {
            Args.exactly("__setattr__", n, 2);
            long name = Attributes.intern(a[o]);
            try {
                Attributes.genericSetAttr(self, name, a[o + 1]);
            } finally {
                Heap.decref(name);
            }
            return BoolObject.none();
        });
        object.method("__delattr__", (self, a, o, n) -> {
            Args.exactly("__delattr__", n, 1);
            long name = Attributes.intern(a[o]);
            try {
                Attributes.genericSetAttr(self, name, 0);
            } finally {
                Heap.decref(name);
            }
            return BoolObject.none();
        });
        object.method("__sizeof__", (self, a, o, n) -> {
            // object___sizeof___impl: tp_basicsize + tp_itemsize * Py_SIZE(self), whatever self
            // is (Py_SIZE read where ob_size would be even when the type keeps something else there)
            Args.exactly("__sizeof__", n, 0);
            PyType t = Types.of(self);
            long size = t.basicSize;
            if (t.itemSize > 0) {
                size += t.itemSize * Memory.getLong(self + OB_SIZE);
            }
            return IntObject.fromLong(size);
        });
        long noop = CFunctionObject.create("__init_subclass__", (self, a, o, n) -> BoolObject.none(), 0, 0);
        long cm = StaticMethodObject.create(Types.CLASSMETHOD, noop);
        object.putInDict(Names.get("__init_subclass__"), cm);
        Heap.decref(cm);
        Heap.decref(noop);
        GetSetDescrObject.define(object, "__class__", GetSetDescrObject.CLASS);
    }

    /** Puts a builtin function (not bound on lookup: a static method, as tp_new's wrapper) in t's dict. */
    private static void putBuiltin(PyType t, String name, BuiltinFunction fn) {
        long f = CFunctionObject.create(name, fn, t.address, 0);
        t.putInDict(Names.get(name), f);
        Heap.decref(f);
    }

    /** object.__new__(cls, *args). */
    private static long objectNew(long[] a, int o, int n) {
        if (n < 1) {
            throw Errors.typeError("object.__new__(): not enough arguments");
        }
        long cls = a[o];
        if (!TypeObject.isType(cls)) {
            throw Errors.typeError("object.__new__(X): X is not a type object (" + Types.of(cls).name + ")");
        }
        PyType t = Types.ofTypeObject(cls);
        if (t == Types.OBJECT) {
            return t.construct(a, o, 0);
        }
        if (!(t instanceof HeapType h) || h.builtin != Types.OBJECT) {
            PyType b = t instanceof HeapType h2 ? h2.builtin : t;
            throw Errors.typeError("object.__new__(" + t.name + ") is not safe, use " + b.name + ".__new__()");
        }
        if (n > 1) {
            if (h.find("__new__") == 0) {
                throw Errors.typeError(NEW_ONE);
            }
            if (h.find("__init__") == 0) {
                throw Errors.typeError(h.name + "() takes no arguments");
            }
        }
        return h.builtinNew(a, o, 0, 0);
    }

    /** BaseException's methods and getsets. */
    static void defineException(PyType baseException) {
        // BaseException_init, and the init of the instance's type past it (StopIteration's value,
        // NameError's name keyword, ...), as super().__init__ in a subclass reaches it
        baseException.methodWithKeywords("__init__", (self, a, o, n, kwnames) -> {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            long old = Memory.getLong(self + EXC_ARGS);
            Memory.putLong(self + EXC_ARGS, Sequences.tupleOf(a, o, n - nkw));
            Heap.xdecref(old);
            ExceptionObject.initMembers(self, Types.of(self), a, o, n, kwnames);
            return BoolObject.none();
        });
        putBuiltin(baseException, "__new__", (self, a, o, n) -> {
            if (n < 1 || !TypeObject.isType(a[o])) {
                throw Errors.typeError("BaseException.__new__(X): X is not a type object");
            }
            PyType t = Types.ofTypeObject(a[o]);
            if (t instanceof HeapType h && h.builtin.isSubtypeOf(Types.BASE_EXCEPTION)) {
                return h.builtinNew(a, o + 1, n - 1, 0);
            }
            if (t.isSubtypeOf(Types.BASE_EXCEPTION)) {
                return ExceptionObject.create(t, Sequences.tupleOf(a, o + 1, n - 1));
            }
            throw Errors.typeError("BaseException.__new__(" + t.name + "): " + t.name
                    + " is not a subtype of BaseException");
        });
        baseException.method("__str__", (self, a, o, n) -> StrObject.fromJava(ExceptionObject.str(self)));
        baseException.method("with_traceback", (self, a, o, n) -> {
            Args.exactly("with_traceback", n, 1);
            long tb = a[o];
            if (tb != BoolObject.NONE && !Types.of(tb).isSubtypeOf(Types.TRACEBACK)) {
                throw Errors.typeError("__traceback__ must be a traceback or None");
            }
            long old = Memory.getLong(self + EXC_TRACEBACK);
            Memory.putLong(self + EXC_TRACEBACK, tb == BoolObject.NONE ? 0 : Heap.newRef(tb));
            Heap.xdecref(old);
            return Heap.newRef(self);
        });
        baseException.method("__repr__", (self, a, o, n) -> StrObject.fromJava(Types.BASE_EXCEPTION.repr(self)));
        GetSetDescrObject.define(baseException, "args", GetSetDescrObject.EXC_ARGS_GS);
        GetSetDescrObject.define(baseException, "__traceback__", GetSetDescrObject.EXC_TRACEBACK_GS);
        GetSetDescrObject.define(baseException, "__context__", GetSetDescrObject.EXC_CONTEXT_GS);
        GetSetDescrObject.define(baseException, "__cause__", GetSetDescrObject.EXC_CAUSE_GS);
        GetSetDescrObject.define(baseException, "__suppress_context__", GetSetDescrObject.EXC_SUPPRESS_GS);
        GetSetDescrObject.define(baseException, "__dict__", GetSetDescrObject.DICT);
    }
}
