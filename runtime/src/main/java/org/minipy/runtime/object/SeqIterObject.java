package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** list_iterator and tuple_iterator: it_index and a reference to the sequence (cleared when exhausted). */
public final class SeqIterObject {
    private SeqIterObject() {}

    /** A new iterator over seq (takes a new reference to seq). */
    public static long create(PyType type, long seq) {
        long it = Heap.allocObject(type.address, SEQITER_SIZE, true);
        Memory.putLong(it + SEQITER_INDEX, 0);
        Memory.putLong(it + SEQITER_SEQ, Heap.newRef(seq));
        Heap.track(it);
        return it;
    }

    /** The iterator types' slots. */
    static final class Type extends PyType {
        private final boolean overList;

        Type(String name, boolean overList) {
            super(name, Types.OBJECT, true, SEQITER_SIZE, 0);
            this.overList = overList;
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, SEQITER_SEQ));
            Heap.freeObject(obj, true);
        }

        @Override
        protected void defineMethods() {
            lengthHintMethod();
        }

        /** listiter_len / tupleiter_len. */
        @Override
        public long lengthHint(long obj) {
            long seq = field(obj, SEQITER_SEQ);
            if (seq == 0) {
                return 0;
            }
            long n = (overList ? ListObject.size(seq) : TupleObject.size(seq)) - field(obj, SEQITER_INDEX);
            return Math.max(0, n);
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            return overList ? listNext(obj) : tupleNext(obj);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            long seq = field(obj, SEQITER_SEQ);
            if (seq != 0) {
                visit.visit(seq);
            }
        }
    }

    /** listiter_next: the next item (a new reference), or 0 at the end (the list is let go then). */
    public static long listNext(long obj) {
        return seqNext(obj, true);
    }

    /** tupleiter_next. */
    public static long tupleNext(long obj) {
        return seqNext(obj, false);
    }

    private static long seqNext(long obj, boolean overList) {
        long seq = Memory.getLong(obj + SEQITER_SEQ);
        if (seq == 0) {
            return 0;
        }
        long i = Memory.getLong(obj + SEQITER_INDEX);
        if (i < (overList ? ListObject.size(seq) : TupleObject.size(seq))) {
            Memory.putLong(obj + SEQITER_INDEX, i + 1);
            return Heap.newRef(overList ? ListObject.get(seq, i) : TupleObject.get(seq, i));
        }
        Memory.putLong(obj + SEQITER_SEQ, 0);
        Heap.decref(seq);
        return 0;
    }
}
