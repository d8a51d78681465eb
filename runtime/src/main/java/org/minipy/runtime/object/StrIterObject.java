package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * str_ascii_iterator (over an ASCII str) and str_iterator (any other): unicodeiterobject's
 * it_index and a reference to the str, dropped when exhausted, as CPython 3.11's.
 */
public final class StrIterObject {
    private StrIterObject() {}

    public static final PyType ASCII = new Type("str_ascii_iterator").ready();
    public static final PyType GENERAL = new Type("str_iterator").ready();

    /** iter(s): a new iterator (takes a new reference to s). */
    public static long create(long s) {
        long it = Heap.allocObject((StrObject.isAscii(s) ? ASCII : GENERAL).address, SEQITER_SIZE, true);
        Memory.putLong(it + SEQITER_INDEX, 0);
        Memory.putLong(it + SEQITER_SEQ, Heap.newRef(s));
        Heap.track(it);
        return it;
    }

    static final class Type extends PyType {
        Type(String name) {
            super(name, Types.OBJECT, true, SEQITER_SIZE, 0);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            long s = field(obj, SEQITER_SEQ);
            if (s == 0) {
                return 0;
            }
            long i = field(obj, SEQITER_INDEX);
            if (i < StrObject.length(s)) {
                Memory.putLong(obj + SEQITER_INDEX, i + 1);
                return StrObject.charStr(s, i);
            }
            Memory.putLong(obj + SEQITER_SEQ, 0);
            Heap.decref(s);
            return 0;
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        /** unicodeiter_len (an iterator has no len(): this is its __length_hint__). */
        @Override
        public long lengthHint(long obj) {
            long s = field(obj, SEQITER_SEQ);
            return s == 0 ? 0 : Math.max(0, StrObject.length(s) - field(obj, SEQITER_INDEX));
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, SEQITER_SEQ));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            long s = field(obj, SEQITER_SEQ);
            if (s != 0) {
                visit.visit(s);
            }
        }
    }
}
