package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * staticmethod and classmethod (funcobject.c): a wrapped callable and a dict (32 bytes + GC
 * header). Found on a class, a staticmethod gives the callable itself; a classmethod binds it to
 * the class.
 */
public final class StaticMethodObject {
    private StaticMethodObject() {}

    /** A new staticmethod or classmethod wrapping callable. */
    public static long create(PyType kind, long callable) {
        long sm = Heap.allocObject(kind.address, CM_SIZE, true);
        Memory.putLong(sm + CM_CALLABLE, Heap.newRef(callable));
        Memory.putLong(sm + CM_DICT, 0);
        Heap.track(sm);
        return sm;
    }

    /** Borrowed wrapped callable. */
    public static long callable(long sm) {
        return Memory.getLong(sm + CM_CALLABLE);
    }

    /** The slots of staticmethod and classmethod. */
    static final class Type extends PyType {
        private final boolean classMethod;

        Type(String name) {
            super(name, Types.OBJECT, true, CM_SIZE, 0);
            this.classMethod = name.equals("classmethod");
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count != 1) {
                throw Errors.typeError(name + " expected 1 argument, got " + count);
            }
            return create(this, args[offset]);
        }

        @Override
        public String repr(long obj) {
            return "<" + name + "(" + Ops.reprJava(callable(obj)) + ")>";
        }

        @Override
        public boolean hasDescrGet() {
            return true;
        }

        /** staticmethod has tp_call (3.10+); classmethod has none. */
        @Override
        public boolean hasCallSlot() {
            return !classMethod;
        }

        @Override
        public long descrGet(long descr, long obj, long type) {
            if (!classMethod) {
                return Heap.newRef(callable(descr));
            }
            return MethodObject.create(callable(descr), type != 0 ? type : Types.typeAddressOf(obj));
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            if (classMethod) {
                return super.call(callable, args, offset, count);
            }
            return Calls.call(callable(callable), args, offset, count);
        }

        @Override
        public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
            if (classMethod) {
                return super.call(callable, args, offset, count);
            }
            return Calls.call(callable(callable), args, offset, count, kwnames);
        }

        @Override
        public long getAttr(long obj, long name) {
            String n = StrObject.toJava(name);
            if (n.equals("__func__") || n.equals("__wrapped__")) {
                return Heap.newRef(callable(obj));
            }
            return 0;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(callable(obj));
            Heap.xdecref(Memory.getLong(obj + CM_DICT));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(callable(obj));
            long d = Memory.getLong(obj + CM_DICT);
            if (d != 0) {
                visit.visit(d);
            }
        }

        /** sm_clear / cm_clear: the callable, then the dict. */
        @Override
        public void clear(long obj) {
            Heap.clearField(obj, CM_CALLABLE);
            Heap.clearField(obj, CM_DICT);
        }
    }
}
