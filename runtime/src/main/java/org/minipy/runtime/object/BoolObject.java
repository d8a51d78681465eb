package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * None, True and False: static singletons, as in CPython. True and False are ints (PyLongObject
 * layout, 32 bytes apart with True first, as CPython's static structs lie).
 */
public final class BoolObject {
    public static final long TRUE;
    public static final long FALSE;
    public static final long NONE;

    static {
        long region = Memory.allocateNative(96);
        Memory.fill(region, 96, (byte) 0);
        TRUE = region;
        FALSE = region + 32;
        NONE = region + 64;
        Memory.putLong(TRUE + OB_REFCNT, 1);
        Memory.putLong(TRUE + OB_TYPE, Types.BOOL.address);
        IntObject.writeSmallValue(TRUE, 1);
        Memory.putLong(FALSE + OB_REFCNT, 1);
        Memory.putLong(FALSE + OB_TYPE, Types.BOOL.address);
        IntObject.writeSmallValue(FALSE, 0);
        Memory.putLong(NONE + OB_REFCNT, 1);
        Memory.putLong(NONE + OB_TYPE, Types.NONE_TYPE.address);
        Roots.register("None, True, False", visit -> {
            visit.visit(NONE);
            visit.visit(TRUE);
            visit.visit(FALSE);
        });
    }

    private BoolObject() {}

    /** A new reference to True or False. */
    public static long fromBoolean(boolean b) {
        long r = b ? TRUE : FALSE;
        Heap.incref(r);
        return r;
    }

    /** A new reference to None. */
    public static long none() {
        Heap.incref(NONE);
        return NONE;
    }

    /** bool's slots: an int that prints as True/False. */
    static final class Type extends IntObject.Type {
        Type() {
            super("bool", Types.INT, 32);
        }

        /** CPython 3.11 has bool_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count > 1) {
                throw Errors.typeError("bool expected at most 1 argument, got " + count);
            }
            return fromBoolean(count == 1 && Ops.isTrue(args[offset]));
        }

        @Override
        public String repr(long obj) {
            return obj == TRUE ? "True" : "False";
        }

        /** bool_and/bool_or/bool_xor: a bool when both operands are bools, else int's operators. */
        @Override
        public long binaryOp(long a, long b, int op) {
            if ((op == Ops.NB_AND || op == Ops.NB_OR || op == Ops.NB_XOR) && Types.typeAddressOf(a) == address
                    && Types.typeAddressOf(b) == address) {
                boolean x = a == TRUE;
                boolean y = b == TRUE;
                return fromBoolean(op == Ops.NB_AND ? x & y : op == Ops.NB_OR ? x | y : x ^ y);
            }
            return super.binaryOp(a, b, op);
        }
    }

    /** NoneType's slots. */
    static final class NoneType extends PyType {
        NoneType() {
            super("NoneType", Types.OBJECT, false, OBJECT_HEAD, 0);
        }

        @Override
        protected void defineMethods() {
            SlotWrappers.repr(this);
            SlotWrappers.bool(this);
        }

        @Override
        public String repr(long obj) {
            return "None";
        }

        @Override
        public boolean isTrue(long obj) {
            return false;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count > 0) {
                throw Errors.typeError("NoneType takes no arguments");
            }
            return none();
        }

        @Override
        public void dealloc(long obj) {
            throw new IllegalStateException("deallocating None");
        }
    }
}
