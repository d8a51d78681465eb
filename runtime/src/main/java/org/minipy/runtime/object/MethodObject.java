package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * method: a function bound to an instance (PyMethodObject: im_func, im_self, im_weakreflist,
 * vectorcall; 48 bytes + GC header). Calling it calls the function with self prepended.
 */
public final class MethodObject {
    private MethodObject() {}

    /** PyMethod_New: a new bound method (new references to func and self are taken here). */
    public static long create(long func, long self) {
        long m = Heap.allocObject(Types.METHOD.address, METHOD_SIZE, true);
        Memory.putLong(m + METHOD_FUNC, Heap.newRef(func));
        Memory.putLong(m + METHOD_SELF, Heap.newRef(self));
        Memory.putLong(m + METHOD_WEAKREFLIST, 0);
        Memory.putLong(m + METHOD_VECTORCALL, 0);
        Heap.track(m);
        return m;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.METHOD.address;
    }

    /** Borrowed im_func. */
    public static long function(long m) {
        return Memory.getLong(m + METHOD_FUNC);
    }

    /** Borrowed im_self. */
    public static long self(long m) {
        return Memory.getLong(m + METHOD_SELF);
    }

    /** Calls func(self, *args) where the last len(kwnames) arguments are keywords (kwnames may be 0). */
    public static long call(long m, long[] args, int offset, int count, long kwnames) {
        return Calls.callWithSelf(function(m), self(m), args, offset, count, kwnames);
    }

    /** The function's __qualname__ (or __name__) for reprs, "?" when it has none. */
    static String funcQualname(long func) {
        if (FunctionObject.check(func)) {
            return StrObject.toJava(Memory.getLong(func + FUNC_QUALNAME));
        }
        if (CFunctionObject.check(func)) {
            return CFunctionObject.name(func);
        }
        return "?";
    }

    /** method's slots. */
    static final class Type extends PyType {
        Type() {
            super("method", Types.OBJECT, true, METHOD_SIZE, 0);
        }

        @Override
        public long weaklistOffset() {
            return METHOD_WEAKREFLIST;
        }

        /** method(func, instance) (method_new): binds any callable to an instance that is not None. */
        @Override
        public long construct(long[] args, int offset, int count) {
            if (count != 2) {
                throw Errors.typeError("method expected 2 arguments, got " + count);
            }
            long func = args[offset];
            long self = args[offset + 1];
            if (!Ops.isCallable(func)) {
                throw Errors.typeError("first argument must be callable");
            }
            if (self == BoolObject.NONE) {
                throw Errors.typeError("instance must not be None");
            }
            return create(func, self);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            if (kwnames != 0 && TupleObject.size(kwnames) > 0) {
                throw Errors.typeError("method() takes no keyword arguments");
            }
            return construct(args, offset, count);
        }

        @Override
        public String repr(long obj) {
            return "<bound method " + funcQualname(function(obj)) + " of " + Ops.reprJava(self(obj)) + ">";
        }

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            return MethodObject.call(callable, args, offset, count, 0);
        }

        @Override
        public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
            return MethodObject.call(callable, args, offset, count, kwnames);
        }

        @Override
        public long getAttr(long obj, long name) {
            String n = StrObject.toJava(name);
            if (n.equals("__func__")) {
                return Heap.newRef(function(obj));
            }
            if (n.equals("__self__")) {
                return Heap.newRef(self(obj));
            }
            if (lookup(name) != 0) {
                return 0;
            }
            try {
                return Ops.getAttr(function(obj), name);
            } catch (PyException e) {
                if (e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                    Heap.decref(e.exception);
                    return 0;
                }
                throw e;
            }
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (!check(b) || (op != Ops.EQ && op != Ops.NE)) {
                return 0;
            }
            boolean eq = self(a) == self(b) && Ops.equal(function(a), function(b));
            return BoolObject.fromBoolean(eq == (op == Ops.EQ));
        }

        @Override
        public long hash(long obj) {
            long s = org.minipy.runtime.mem.AddressMap.toId(self(obj));
            long x = (s >>> 4) | (s << 60);
            x ^= Ops.hash(function(obj));
            return x == -1 ? -2 : x;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            if (field(obj, METHOD_WEAKREFLIST) != 0) {
                WeakRefs.clearWeakRefs(obj);
            }
            Heap.decref(function(obj));
            Heap.xdecref(self(obj));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(function(obj));
            visit.visit(self(obj));
        }
    }
}
