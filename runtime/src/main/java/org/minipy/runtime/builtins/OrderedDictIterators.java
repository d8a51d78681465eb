package org.minipy.runtime.builtins;

import static org.minipy.runtime.builtins.OrderedDict.FIRST;
import static org.minipy.runtime.builtins.OrderedDict.LAST;
import static org.minipy.runtime.builtins.OrderedDict.N_KEY;
import static org.minipy.runtime.builtins.OrderedDict.N_NEXT;
import static org.minipy.runtime.builtins.OrderedDict.N_PREV;
import static org.minipy.runtime.builtins.OrderedDict.STATE;
import static org.minipy.runtime.builtins.OrderedDict.findNode;
import static org.minipy.runtime.builtins.OrderedDict.get;
import static org.minipy.runtime.builtins.OrderedDict.iterator;
import static org.minipy.runtime.builtins.OrderedDict.put;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.DictIterObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * Iterating a collections.OrderedDict in its list's order: odict_iterator (which holds a reference
 * to the key it will return next, and fails once the list or the size changed under it) and the
 * views odict_keys, odict_values, odict_items (dict views with their own iteration).
 */
final class OrderedDictIterators {
    private OrderedDictIterators() {}

    static final PyType ITERATOR = new IteratorType().ready();
    static final PyType KEYS = new View("odict_keys", Types.DICT_KEYS, DictIterObject.KEYS).ready();
    static final PyType VALUES = new View("odict_values", Types.DICT_VALUES, DictIterObject.VALUES).ready();
    static final PyType ITEMS = new View("odict_items", Types.DICT_ITEMS, DictIterObject.ITEMS).ready();

    /** odict_iterator (odictiterobject): kind, di_odict, di_size, di_state, di_current, di_result. */
    static final class IteratorType extends PyType {
        static final int KEYS_KIND = 1;
        static final int VALUES_KIND = 2;
        static final int ITEMS_KIND = 3;
        private static final int REVERSED = 4;

        private static final long KIND = 16;
        private static final long ODICT = 24;
        private static final long DI_SIZE = 32;
        private static final long DI_STATE = 40;
        private static final long CURRENT = 48;
        private static final long RESULT = 56;
        private static final long OBJECT_SIZE = 64;

        IteratorType() {
            super("odict_iterator", Types.OBJECT, true, OBJECT_SIZE, 0);
        }

        static long create(long od, int kind, boolean reversed) {
            long it = Heap.allocObject(ITERATOR.address, OBJECT_SIZE, true);
            long result = 0;
            if (kind == ITEMS_KIND) {
                result = TupleObject.allocate(2);
                TupleObject.set(result, 0, BoolObject.none());
                TupleObject.set(result, 1, BoolObject.none());
            }
            put(it, RESULT, result);
            put(it, KIND, kind | (reversed ? REVERSED : 0));
            long node = get(od, reversed ? LAST : FIRST);
            put(it, CURRENT, node == 0 ? 0 : Heap.newRef(get(node, N_KEY)));
            put(it, DI_SIZE, DictObject.size(od));
            put(it, DI_STATE, get(od, STATE));
            put(it, ODICT, Heap.newRef(od));
            Heap.track(it);
            return it;
        }

        @Override
        public long iter(long it) {
            return Heap.newRef(it);
        }

        /** The done: label: the iterator lets go of its dict and current key. */
        private static void finish(long it) {
            long current = get(it, CURRENT);
            long od = get(it, ODICT);
            put(it, CURRENT, 0);
            put(it, ODICT, 0);
            Heap.xdecref(current);
            Heap.xdecref(od);
        }

        /** odictiter_nextkey: the current key (a new reference), advancing; 0 at the end. */
        private static long nextKey(long it) {
            long od = get(it, ODICT);
            if (od == 0) {
                return 0;
            }
            long current = get(it, CURRENT);
            if (current == 0) {
                put(it, ODICT, 0);
                Heap.decref(od);
                return 0;
            }
            if (get(od, STATE) != get(it, DI_STATE)) {
                put(it, ODICT, 0);
                Heap.decref(od);
                throw Errors.raise(Types.RUNTIME_ERROR, "OrderedDict mutated during iteration");
            }
            if (get(it, DI_SIZE) != DictObject.size(od)) {
                put(it, DI_SIZE, -1);
                throw Errors.raise(Types.RUNTIME_ERROR, "OrderedDict changed size during iteration");
            }
            long node = findNode(od, current, Ops.hash(current));
            if (node == 0) {
                put(it, CURRENT, 0);
                PyException missing = Errors.keyError(current);
                Heap.decref(current);
                throw missing;
            }
            long next = (get(it, KIND) & REVERSED) != 0 ? get(node, N_PREV) : get(node, N_NEXT);
            put(it, CURRENT, next == 0 ? 0 : Heap.newRef(get(next, N_KEY)));
            return current;
        }

        @Override
        public long next(long it) {
            long key = nextKey(it);
            if (key == 0) {
                return 0;
            }
            int kind = (int) get(it, KIND) & ITEMS_KIND;
            if (kind == KEYS_KIND) {
                return key;
            }
            long od = get(it, ODICT);
            long value = DictObject.get(od, key);
            if (value == 0) {
                finish(it);
                PyException missing = Errors.keyError(key);
                Heap.decref(key);
                throw missing;
            }
            Heap.incref(value);
            if (kind == VALUES_KIND) {
                Heap.decref(key);
                return value;
            }
            long result = get(it, RESULT);
            if (Heap.refcount(result) == 1) {
                Heap.incref(result);
                Heap.decref(TupleObject.get(result, 0));
                Heap.decref(TupleObject.get(result, 1));
                if (!Heap.isTracked(result)) {
                    Heap.track(result);
                }
            } else {
                result = TupleObject.allocate(2);
            }
            TupleObject.set(result, 0, key);
            TupleObject.set(result, 1, value);
            return result;
        }

        @Override
        public void dealloc(long it) {
            Heap.untrack(it);
            Heap.xdecref(get(it, ODICT));
            Heap.xdecref(get(it, CURRENT));
            Heap.xdecref(get(it, RESULT));
            Heap.freeObject(it, true);
        }

        @Override
        public void traverse(long it, Visitor visit) {
            IteratorTypes.visitIf(visit, get(it, ODICT));
            IteratorTypes.visitIf(visit, get(it, CURRENT));
            IteratorTypes.visitIf(visit, get(it, RESULT));
        }
    }

    /** odict_keys, odict_values, odict_items: dict views that iterate in the list's order. */
    static final class View extends DictIterObject.ViewType {
        private final int kind;

        View(String name, PyType base, int kind) {
            super(name, base, kind);
            this.kind = kind;
        }

        private int iteratorKind() {
            return kind == DictIterObject.KEYS ? IteratorType.KEYS_KIND
                    : kind == DictIterObject.VALUES ? IteratorType.VALUES_KIND
                    : IteratorType.ITEMS_KIND;
        }

        @Override
        public long iter(long view) {
            return iterator(dictOf(view), iteratorKind(), false);
        }

        @Override
        protected void defineMethods() {
            super.defineMethods();
            method("__reversed__", (self, a, o, n) -> {
                Args.exactly(name + ".__reversed__", n, 0);
                return iterator(dictOf(self), iteratorKind(), true);
            });
        }
    }
}
