package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * The NotImplemented singleton: what a binary or comparison dunder returns to let the other
 * operand try. A static object outside the pools, as None is.
 */
public final class NotImplementedObject {
    /** Address of NotImplemented. */
    public static final long NOT_IMPLEMENTED = make();

    static {
        Roots.register("NotImplemented", visit -> visit.visit(NOT_IMPLEMENTED));
    }

    private NotImplementedObject() {}

    private static long make() {
        long obj = Memory.allocateNative(OBJECT_HEAD);
        Memory.putLong(obj + OB_REFCNT, 1);
        Memory.putLong(obj + OB_TYPE, Types.NOT_IMPLEMENTED_TYPE.address);
        return obj;
    }

    /** A new reference to NotImplemented. */
    public static long get() {
        return Heap.newRef(NOT_IMPLEMENTED);
    }

    /** NotImplementedType's slots. */
    static final class Type extends PyType {
        Type() {
            super("NotImplementedType", Types.OBJECT, false, OBJECT_HEAD, 0);
        }

        @Override
        public String repr(long obj) {
            return "NotImplemented";
        }

        @Override
        public void dealloc(long obj) {
            throw new IllegalStateException("deallocating NotImplemented");
        }
    }
}
