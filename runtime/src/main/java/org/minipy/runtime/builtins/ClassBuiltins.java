package org.minipy.runtime.builtins;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.object.Attributes;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.InstanceObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.NotImplementedObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.TypeObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.object.WeakRefs;

/**
 * The builtins of the class model: isinstance, issubclass, getattr, setattr, hasattr, delattr,
 * callable, vars, dir, and the names property, staticmethod, classmethod, super, NotImplemented.
 */
final class ClassBuiltins {
    private ClassBuiltins() {}

    static void define(long m) {
        for (PyType t : new PyType[] {Types.PROPERTY, Types.STATICMETHOD, Types.CLASSMETHOD, Types.SUPER}) {
            ModuleObject.setAttr(m, t.name, t.address);
        }
        ModuleObject.setAttr(m, "NotImplemented", NotImplementedObject.NOT_IMPLEMENTED);
        BuiltinsModule.function(m, "isinstance", (self, a, o, n) -> {
            Args.exactly("isinstance", n, 2);
            return BoolObject.fromBoolean(isInstance(a[o], a[o + 1]));
        });
        BuiltinsModule.function(m, "issubclass", (self, a, o, n) -> {
            Args.exactly("issubclass", n, 2);
            if (!TypeObject.isType(a[o])) {
                throw Errors.typeError("issubclass() arg 1 must be a class");
            }
            return BoolObject.fromBoolean(isSubclass(Types.ofTypeObject(a[o]), a[o + 1], "issubclass"));
        });
        BuiltinsModule.function(m, "getattr", (self, a, o, n) -> {
            Args.between("getattr", n, 2, 3);
            long name = attributeName(a[o + 1], "getattr");
            try {
                return Ops.getAttr(a[o], name);
            } catch (PyException e) {
                if (n == 3 && e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                    Heap.decref(e.exception);
                    return Heap.newRef(a[o + 2]);
                }
                throw e;
            } finally {
                Heap.decref(name);
            }
        });
        BuiltinsModule.function(m, "hasattr", (self, a, o, n) -> {
            Args.exactly("hasattr", n, 2);
            long name = attributeName(a[o + 1], "hasattr");
            try {
                Heap.decref(Ops.getAttr(a[o], name));
                return BoolObject.fromBoolean(true);
            } catch (PyException e) {
                if (e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                    Heap.decref(e.exception);
                    return BoolObject.fromBoolean(false);
                }
                throw e;
            } finally {
                Heap.decref(name);
            }
        });
        BuiltinsModule.function(m, "setattr", (self, a, o, n) -> {
            Args.exactly("setattr", n, 3);
            long name = attributeName(a[o + 1], "setattr");
            try {
                Ops.setAttr(a[o], name, a[o + 2]);
            } finally {
                Heap.decref(name);
            }
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "delattr", (self, a, o, n) -> {
            Args.exactly("delattr", n, 2);
            long name = attributeName(a[o + 1], "delattr");
            try {
                Ops.setAttr(a[o], name, 0);
            } finally {
                Heap.decref(name);
            }
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "callable", (self, a, o, n) -> {
            Args.exactly("callable", n, 1);
            return BoolObject.fromBoolean(isCallable(a[o]));
        });
        BuiltinsModule.function(m, "vars", (self, a, o, n) -> {
            Args.between("vars", n, 0, 1);
            if (n == 0) {
                throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "vars() without arguments");
            }
            try {
                return Ops.getAttr(a[o], Names.get("__dict__"));
            } catch (PyException e) {
                if (e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                    Heap.decref(e.exception);
                    throw Errors.typeError("vars() argument must have __dict__ attribute");
                }
                throw e;
            }
        });
        BuiltinsModule.function(m, "dir", (self, a, o, n) -> {
            Args.between("dir", n, 0, 1);
            if (n == 0) {
                // the names in the calling frame's local scope, sorted
                long locals = FrameAccess.locals();
                try {
                    long keys = org.minipy.runtime.object.ListObject.allocate(0);
                    for (long i = 0, m2 = org.minipy.runtime.object.DictObject.entryCount(locals); i < m2; i++) {
                        long key = org.minipy.runtime.object.DictObject.keyAt(locals, i);
                        if (key != 0) {
                            org.minipy.runtime.object.ListObject.append(keys, key);
                        }
                    }
                    long sort = org.minipy.runtime.object.Ops.getAttr(keys, org.minipy.runtime.object.Names.get("sort"));
                    try {
                        org.minipy.runtime.object.Heap.decref(org.minipy.runtime.object.Calls.call(sort, new long[0], 0, 0));
                    } finally {
                        org.minipy.runtime.object.Heap.decref(sort);
                    }
                    return keys;
                } finally {
                    org.minipy.runtime.object.Heap.decref(locals);
                }
            }
            return dir(a[o]);
        });
    }

    /** getattr's name argument: a str, interned (as PyObject_GetAttr / SetAttr intern it). */
    private static long attributeName(long name, String function) {
        if (!StrObject.check(name)) {
            throw Errors.typeError(function.equals("getattr") || function.equals("hasattr")
                    ? "attribute name must be string, not '" + Types.of(name).name + "'"
                    : "attribute name must be string, not '" + Types.of(name).name + "'");
        }
        return Attributes.intern(name);
    }

    static boolean isInstance(long obj, long cls) {
        if (TypeObject.isType(cls)) {
            PyType c = Types.ofTypeObject(cls);
            return Types.of(obj).isSubtypeOf(c) || claimedClass(obj).isSubtypeOf(c);
        }
        if (TupleObject.check(cls)) {
            for (long i = 0, n = TupleObject.size(cls); i < n; i++) {
                if (isInstance(obj, TupleObject.get(cls, i))) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static boolean isSubclass(PyType t, long cls, String function) {
        if (TypeObject.isType(cls)) {
            return t.isSubtypeOf(Types.ofTypeObject(cls));
        }
        if (TupleObject.check(cls)) {
            for (long i = 0, n = TupleObject.size(cls); i < n; i++) {
                if (isSubclass(t, TupleObject.get(cls, i), function)) {
                    return true;
                }
            }
            return false;
        }
        throw Errors.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static boolean isCallable(long obj) {
        return Ops.isCallable(obj);
    }

    /**
     * object_isinstance's second chance: the type obj.__class__ names when it is not type(obj), as
     * for a weakref proxy (its referent's class) or a class overriding __class__; else type(obj).
     */
    private static PyType claimedClass(long obj) {
        PyType t = Types.of(obj);
        boolean mayDiffer = WeakRefs.isProxy(obj)
                || t instanceof HeapType h && (h.lookup(Names.get("__class__")) != Types.OBJECT.lookup(Names.get("__class__"))
                        || h.lookup(Names.get("__getattribute__")) != Types.OBJECT.lookup(Names.get("__getattribute__")));
        if (!mayDiffer) {
            return t;
        }
        long icls;
        try {
            icls = Ops.getAttr(obj, Names.get("__class__"));
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                throw e;
            }
            Heap.decref(e.exception);
            return t;
        }
        try {
            return TypeObject.isType(icls) ? Types.ofTypeObject(icls) : t;
        } finally {
            Heap.decref(icls);
        }
    }

    /** dir(obj): the sorted names of obj's attributes, its class's and their bases'. */
    private static long dir(long obj) {
        List<String> names = new ArrayList<>();
        List<PyType> types = new ArrayList<>();
        if (ModuleObject.check(obj)) {
            // module.__dir__: the names in the module's dict
            long d = ModuleObject.dict(obj);
            for (long i = 0, n = DictObject.entryCount(d); i < n; i++) {
                long k = DictObject.keyAt(d, i);
                if (k != 0 && StrObject.check(k)) {
                    names.add(StrObject.toJava(k));
                }
            }
        } else if (TypeObject.isType(obj)) {
            for (PyType t : Types.ofTypeObject(obj).mroArray()) {
                types.add(t);
            }
        } else {
            InstanceObject.forEach(obj, k -> names.add(StrObject.toJava(k)));
            for (PyType t : Types.of(obj).mroArray()) {
                types.add(t);
            }
        }
        for (PyType t : types) {
            long d = t.typeDict();
            for (long i = 0, n = d == 0 ? 0 : DictObject.entryCount(d); i < n; i++) {
                long k = DictObject.keyAt(d, i);
                if (k != 0 && StrObject.check(k)) {
                    names.add(StrObject.toJava(k));
                }
            }
        }
        List<String> sorted = names.stream().distinct().sorted().toList();
        long list = ListObject.allocate(0);
        for (String s : sorted) {
            long str = StrObject.fromJava(s);
            ListObject.append(list, str);
            Heap.decref(str);
        }
        return list;
    }
}
