package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** Ellipsis: the static singleton of type 'ellipsis' (16 bytes, like None). */
public final class EllipsisObject {
    public static final long ELLIPSIS = make();

    static {
        Roots.register("Ellipsis", visit -> visit.visit(ELLIPSIS));
    }

    private EllipsisObject() {}

    private static long make() {
        long e = Memory.allocateNative(OBJECT_HEAD);
        Memory.putLong(e + OB_REFCNT, 1);
        Memory.putLong(e + OB_TYPE, Types.ELLIPSIS_TYPE.address);
        return e;
    }

    /** A new reference to Ellipsis. */
    public static long ellipsis() {
        return Heap.newRef(ELLIPSIS);
    }

    /** ellipsis's slots. */
    static final class Type extends PyType {
        Type() {
            super("ellipsis", Types.OBJECT, false, OBJECT_HEAD, 0);
        }

        @Override
        public String repr(long obj) {
            return "Ellipsis";
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count > 0) {
                throw Errors.typeError("ellipsis takes no arguments");
            }
            return ellipsis();
        }

        @Override
        public void dealloc(long obj) {
            throw new IllegalStateException("deallocating Ellipsis");
        }
    }
}
