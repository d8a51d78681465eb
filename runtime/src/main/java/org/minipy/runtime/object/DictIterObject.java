package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * dict_keyiterator, dict_valueiterator, dict_itemiterator (dictiterobject: di_dict, di_used,
 * di_pos, di_result, len) and the views dict_keys, dict_values, dict_items (dv_dict).
 */
public final class DictIterObject {
    static final long DI_DICT = 16;
    static final long DI_USED = 24;
    static final long DI_POS = 32;
    static final long DI_RESULT = 40;
    static final long DI_LEN = 48;
    static final long DI_SIZE = 56;
    static final long DV_DICT = 16;
    static final long DV_SIZE = 24;

    static final int KEYS = 0;
    static final int VALUES = 1;
    static final int ITEMS = 2;

    private DictIterObject() {}

    static long create(PyType type, long dict) {
        long it = Heap.allocObject(type.address, DI_SIZE, true);
        Memory.putLong(it + DI_DICT, Heap.newRef(dict));
        Memory.putLong(it + DI_USED, DictObject.size(dict));
        Memory.putLong(it + DI_POS, 0);
        Memory.putLong(it + DI_RESULT, 0);
        Memory.putLong(it + DI_LEN, DictObject.size(dict));
        Heap.track(it);
        return it;
    }

    static long view(PyType type, long dict) {
        long v = Heap.allocObject(type.address, DV_SIZE, true);
        Memory.putLong(v + DV_DICT, Heap.newRef(dict));
        Heap.track(v);
        return v;
    }

    /** An iterator type over one of keys, values, items. */
    static final class IterType extends PyType {
        private final int kind;

        IterType(String name, int kind) {
            super(name, Types.OBJECT, true, DI_SIZE, 0);
            this.kind = kind;
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long it) {
            long d = field(it, DI_DICT);
            if (d == 0) {
                return 0;
            }
            if (field(it, DI_USED) != DictObject.size(d)) {
                Memory.putLong(it + DI_USED, -1);
                throw Errors.raise(Types.RUNTIME_ERROR, "dictionary changed size during iteration");
            }
            long pos = field(it, DI_POS);
            long n = DictObject.entryCount(d);
            while (pos < n && DictObject.keyAt(d, pos) == 0) {
                pos++;
            }
            if (pos >= n) {
                Memory.putLong(it + DI_DICT, 0);
                Heap.decref(d);
                return 0;
            }
            Memory.putLong(it + DI_POS, pos + 1);
            Memory.putLong(it + DI_LEN, field(it, DI_LEN) - 1);
            long key = DictObject.keyAt(d, pos);
            long value = DictObject.valueAt(d, pos);
            return switch (kind) {
                case KEYS -> Heap.newRef(key);
                case VALUES -> Heap.newRef(value);
                default -> {
                    long t = TupleObject.allocate(2);
                    TupleObject.set(t, 0, Heap.newRef(key));
                    TupleObject.set(t, 1, Heap.newRef(value));
                    yield t;
                }
            };
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, DI_DICT));
            Heap.xdecref(field(obj, DI_RESULT));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            long d = field(obj, DI_DICT);
            if (d != 0) {
                visit.visit(d);
            }
        }
    }

    /** A view type: dict_keys, dict_values or dict_items. */
    static final class ViewType extends PyType {
        private final int kind;

        ViewType(String name, int kind) {
            super(name, Types.OBJECT, true, DV_SIZE, 0);
            this.kind = kind;
        }

        @Override
        public long iter(long obj) {
            PyType it = kind == KEYS ? Types.DICT_KEYITERATOR : kind == VALUES ? Types.DICT_VALUEITERATOR
                    : Types.DICT_ITEMITERATOR;
            return create(it, field(obj, DV_DICT));
        }

        @Override
        public long length(long obj) {
            return DictObject.size(field(obj, DV_DICT));
        }

        @Override
        public String repr(long obj) {
            long list = ListObject.allocate(0);
            try {
                ListObject.extend(list, obj);
                return name + "(" + Ops.reprJava(list) + ")";
            } finally {
                Heap.decref(list);
            }
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, DV_DICT));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(field(obj, DV_DICT));
        }
    }
}
