package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * builtin_function_or_method: PyCFunctionObject (56 bytes + GC header). Its m_ml word holds the
 * index of the {@link BuiltinFunction} in this class's table, as CPython's holds a PyMethodDef.
 */
public final class CFunctionObject {
    private CFunctionObject() {}

    /** A new builtin function object for a new method definition (used once per definition). */
    public static long create(String name, BuiltinFunction fn, long self, long module) {
        return create(MethodDefs.register(name, fn), self, module);
    }

    /** A new builtin function taking keyword arguments, for a new method definition. */
    public static long createWithKeywords(String name, KeywordFunction fn, long self, long module) {
        return create(MethodDefs.registerWithKeywords(name, fn), self, module);
    }

    /** A new builtin function (or bound builtin method) object for definition index; self and module may be 0. */
    public static long create(int index, long self, long module) {
        long f = Heap.allocObject(Types.BUILTIN_FUNCTION.address, CFUNC_SIZE, true);
        Memory.putLong(f + CFUNC_ML, index);
        Memory.putLong(f + CFUNC_SELF, self == 0 ? 0 : Heap.newRef(self));
        Memory.putLong(f + CFUNC_MODULE, module == 0 ? 0 : Heap.newRef(module));
        Memory.putLong(f + CFUNC_WEAKREFLIST, 0);
        Memory.putLong(f + CFUNC_VECTORCALL, 0);
        Heap.track(f);
        return f;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.BUILTIN_FUNCTION.address;
    }

    /** Calls the builtin with the given window of arguments; returns a new reference. */
    public static long call(long f, long[] args, int offset, int count) {
        return MethodDefs.function((int) Memory.getLong(f + CFUNC_ML)).call(Memory.getLong(f + CFUNC_SELF), args, offset,
                count);
    }

    public static String name(long f) {
        return MethodDefs.name((int) Memory.getLong(f + CFUNC_ML));
    }

    /** builtin_function_or_method's slots. */
    static final class Type extends PyType {
        Type() {
            super("builtin_function_or_method", Types.OBJECT, true, CFUNC_SIZE, 0);
        }

        @Override
        public long weaklistOffset() {
            return CFUNC_WEAKREFLIST;
        }

        @Override
        public String repr(long obj) {
            long self = field(obj, CFUNC_SELF);
            if (self == 0 || ModuleObject.check(self)) {
                return "<built-in function " + name(obj) + ">";
            }
            return "<built-in method " + name(obj) + " of " + Types.of(self).name + " object at " + Heap.hexAddress(self) + ">";
        }

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            return CFunctionObject.call(callable, args, offset, count);
        }

        /** meth_get__name__, meth_get__qualname__ ('list.append' for a method) and __self__. */
        @Override
        public long getAttr(long obj, long attr) {
            long self = field(obj, CFUNC_SELF);
            boolean method = self != 0 && !ModuleObject.check(self);
            return switch (StrObject.toJava(attr)) {
                case "__name__" -> StrObject.fromJava(name(obj));
                case "__qualname__" -> StrObject.fromJava(method ? qualifiedOwner(self) + "." + name(obj) : name(obj));
                case "__self__" -> Heap.newRef(self == 0 ? BoolObject.NONE : self);
                default -> 0;
            };
        }

        /** The type that defines a bound builtin method: the instance's type, or the class for a class method. */
        private static String qualifiedOwner(long self) {
            PyType t = TypeObject.isType(self) ? Types.ofTypeObject(self) : Types.of(self);
            return t.name.substring(t.name.lastIndexOf('.') + 1);
        }

        @Override
        public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
            int index = (int) field(callable, CFUNC_ML);
            KeywordFunction fn = MethodDefs.keywordFunction(index);
            if (fn == null) {
                long self = field(callable, CFUNC_SELF);
                // meth_get__qualname__: a method bound to a class is named after it; a classmethod's
                // implementation (no self of its own) gets its class as the first argument
                int npos = count - (int) TupleObject.size(kwnames);
                long cls = self != 0 ? self : npos > 0 && TypeObject.isType(args[offset]) ? args[offset] : 0;
                String owner = cls == 0 || ModuleObject.check(cls) ? ""
                        : (TypeObject.isType(cls) ? Types.ofTypeObject(cls).qualname() : Types.of(cls).name) + ".";
                throw Errors.typeError(owner + MethodDefs.name(index) + "() takes no keyword arguments");
            }
            return fn.call(field(callable, CFUNC_SELF), args, offset, count, kwnames);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            if (field(obj, CFUNC_WEAKREFLIST) != 0) {
                WeakRefs.clearWeakRefs(obj);
            }
            Heap.xdecref(field(obj, CFUNC_SELF));
            Heap.xdecref(field(obj, CFUNC_MODULE));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            long self = field(obj, CFUNC_SELF);
            if (self != 0) {
                visit.visit(self);
            }
            long module = field(obj, CFUNC_MODULE);
            if (module != 0) {
                visit.visit(module);
            }
        }
    }
}
