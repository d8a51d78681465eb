package org.minipy.runtime.object;

import org.minipy.runtime.mem.Memory;

/** set_iterator (setiterobject): si_set, si_used, si_pos, len; 48 bytes, tracked. */
public final class SetIterObject {
    private static final long SI_SET = 16;
    private static final long SI_USED = 24;
    private static final long SI_POS = 32;
    private static final long SI_LEN = 40;
    private static final long SIZE = 48;

    private SetIterObject() {}

    /** A new iterator over set s (takes a new reference to s). */
    public static long create(long s) {
        long it = Heap.allocObject(Types.SET_ITERATOR.address, SIZE, true);
        Memory.putLong(it + SI_SET, Heap.newRef(s));
        Memory.putLong(it + SI_USED, SetObject.size(s));
        Memory.putLong(it + SI_POS, 0);
        Memory.putLong(it + SI_LEN, SetObject.size(s));
        Heap.track(it);
        return it;
    }

    /** The set_iterator type's slots. */
    static final class Type extends PyType {
        Type() {
            super("set_iterator", Types.OBJECT, true, SIZE, 0);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, SI_SET));
            Heap.freeObject(obj, true);
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        /** setiter_len: what is left, while the set has not changed size. */
        @Override
        public long lengthHint(long obj) {
            long s = field(obj, SI_SET);
            return s != 0 && field(obj, SI_USED) == SetObject.size(s) ? field(obj, SI_LEN) : 0;
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            long s = field(obj, SI_SET);
            if (s == 0) {
                return 0;
            }
            if (field(obj, SI_USED) != SetObject.size(s)) {
                Memory.putLong(obj + SI_USED, -1);
                throw Errors.raise(Types.RUNTIME_ERROR, "Set changed size during iteration");
            }
            long p = SetObject.nextPosition(s, field(obj, SI_POS));
            if (p < 0) {
                Memory.putLong(obj + SI_SET, 0);
                Heap.decref(s);
                return 0;
            }
            Memory.putLong(obj + SI_POS, p + 1);
            Memory.putLong(obj + SI_LEN, field(obj, SI_LEN) - 1);
            return Heap.newRef(SetObject.keyAt(s, p));
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            long s = field(obj, SI_SET);
            if (s != 0) {
                visit.visit(s);
            }
        }
    }
}
