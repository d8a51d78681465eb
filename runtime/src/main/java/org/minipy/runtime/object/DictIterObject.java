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

    public static final int KEYS = 0;
    public static final int VALUES = 1;
    public static final int ITEMS = 2;

    private DictIterObject() {}

    /** The reversed iterators (made on first use, after the built-in types). */
    static final class Reverse {
        private Reverse() {}

        static final PyType KEY = new IterType("dict_reversekeyiterator", KEYS, true).ready();
        static final PyType VALUE = new IterType("dict_reversevalueiterator", VALUES, true).ready();
        static final PyType ITEM = new IterType("dict_reverseitemiterator", ITEMS, true).ready();
    }

    /**
     * dictiter_new: an iterator of the given type over dict. Item iterators start with a result
     * tuple (None, None) that is reused while nobody else holds it; reversed ones start at the
     * last entry.
     */
    static long create(PyType type, long dict) {
        long it = Heap.allocObject(type.address, DI_SIZE, true);
        Memory.putLong(it + DI_DICT, Heap.newRef(dict));
        Memory.putLong(it + DI_USED, DictObject.size(dict));
        boolean reversed = type instanceof IterType t && t.reversed;
        Memory.putLong(it + DI_POS, reversed ? DictObject.entryCount(dict) - 1 : 0);
        long result = 0;
        if (type instanceof IterType t && t.kind == ITEMS) {
            result = TupleObject.allocate(2);
            TupleObject.set(result, 0, BoolObject.none());
            TupleObject.set(result, 1, BoolObject.none());
        }
        Memory.putLong(it + DI_RESULT, result);
        Memory.putLong(it + DI_LEN, DictObject.size(dict));
        Heap.track(it);
        return it;
    }

    /** reversed(d) / reversed(view): a new reverse iterator of the kind. */
    static long reversed(long dict, int kind) {
        PyType t = kind == KEYS ? Reverse.KEY : kind == VALUES ? Reverse.VALUE : Reverse.ITEM;
        return create(t, dict);
    }

    /** A new view of the given type over dict. */
    public static long view(PyType type, long dict) {
        long v = Heap.allocObject(type.address, DV_SIZE, true);
        Memory.putLong(v + DV_DICT, Heap.newRef(dict));
        Heap.track(v);
        return v;
    }

    /** An iterator type over one of keys, values, items, forwards or reversed. */
    static final class IterType extends PyType {
        private final int kind;
        private final boolean reversed;

        IterType(String name, int kind) {
            this(name, kind, false);
        }

        IterType(String name, int kind, boolean reversed) {
            super(name, Types.OBJECT, true, DI_SIZE, 0);
            this.kind = kind;
            this.reversed = reversed;
        }

        @Override
        protected void defineMethods() {
            method("__length_hint__", (self, a, o, n) -> {
                Args.exactly(name + ".__length_hint__", n, 0);
                long d = field(self, DI_DICT);
                return IntObject.fromLong(d != 0 && field(self, DI_USED) == DictObject.size(d) ? field(self, DI_LEN) : 0);
            });
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        /** Stops the iterator for good (the fail: label of dictiter_iternext*). */
        private static long exhaust(long it, long d) {
            Memory.putLong(it + DI_DICT, 0);
            Heap.decref(d);
            return 0;
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
            if (reversed) {
                while (pos >= 0 && DictObject.keyAt(d, pos) == 0) {
                    pos--;
                }
                if (pos < 0) {
                    return exhaust(it, d);
                }
                Memory.putLong(it + DI_POS, pos - 1);
            } else {
                long n = DictObject.entryCount(d);
                while (pos < n && DictObject.keyAt(d, pos) == 0) {
                    pos++;
                }
                if (pos >= n) {
                    return exhaust(it, d);
                }
                // We found an element, but did not expect it
                if (field(it, DI_LEN) == 0) {
                    Memory.putLong(it + DI_DICT, 0);
                    Heap.decref(d);
                    throw Errors.raise(Types.RUNTIME_ERROR, "dictionary keys changed during iteration");
                }
                Memory.putLong(it + DI_POS, pos + 1);
            }
            Memory.putLong(it + DI_LEN, field(it, DI_LEN) - 1);
            long key = DictObject.keyAt(d, pos);
            long value = DictObject.valueAt(d, pos);
            return switch (kind) {
                case KEYS -> Heap.newRef(key);
                case VALUES -> Heap.newRef(value);
                default -> itemResult(it, key, value);
            };
        }

        /** dictiter_iternextitem's result: the iterator's tuple refilled when only it holds it. */
        private static long itemResult(long it, long key, long value) {
            long result = field(it, DI_RESULT);
            if (result != 0 && Heap.refcount(result) == 1) {
                long oldKey = TupleObject.get(result, 0);
                long oldValue = TupleObject.get(result, 1);
                TupleObject.set(result, 0, Heap.newRef(key));
                TupleObject.set(result, 1, Heap.newRef(value));
                Heap.incref(result);
                Heap.decref(oldKey);
                Heap.decref(oldValue);
                if (!Heap.isTracked(result)) {
                    Heap.track(result);
                }
                return result;
            }
            long t = TupleObject.allocate(2);
            TupleObject.set(t, 0, Heap.newRef(key));
            TupleObject.set(t, 1, Heap.newRef(value));
            return t;
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
            long r = field(obj, DI_RESULT);
            if (r != 0) {
                visit.visit(r);
            }
        }
    }

    /**
     * A view type: dict_keys, dict_values or dict_items, or a subclass of one whose iteration
     * differs (collections.OrderedDict's odict_keys, ...), which overrides {@link #iter} and
     * {@code __reversed__}.
     */
    public static class ViewType extends PyType {
        private final int kind;

        ViewType(String name, int kind) {
            this(name, Types.OBJECT, kind);
        }

        protected ViewType(String name, PyType base, int kind) {
            super(name, base, true, DV_SIZE, 0);
            this.kind = kind;
        }

        /** The dict a view shows (borrowed). */
        public static long dictOf(long view) {
            return field(view, DV_DICT);
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
        protected void defineMethods() {
            method("__reversed__", (self, a, o, n) -> {
                Args.exactly(name + ".__reversed__", n, 0);
                return reversed(field(self, DV_DICT), kind);
            });
            if (kind == VALUES) {
                return;
            }
            method("isdisjoint", (self, a, o, n) -> {
                Args.exactly(name + ".isdisjoint", n, 1);
                long it = Ops.iter(a[o]);
                try {
                    for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                        boolean in = contains(self, x) == 1;
                        Heap.decref(x);
                        if (in) {
                            return BoolObject.fromBoolean(false);
                        }
                    }
                } finally {
                    Heap.decref(it);
                }
                return BoolObject.fromBoolean(true);
            });
        }

        @Override
        public int contains(long obj, long item) {
            long d = field(obj, DV_DICT);
            if (kind == KEYS) {
                return DictObject.get(d, item) != 0 ? 1 : 0;
            }
            if (kind == VALUES) {
                return -1;
            }
            if (!TupleObject.check(item) || TupleObject.size(item) != 2) {
                return 0;
            }
            long found = DictObject.get(d, TupleObject.get(item, 0));
            if (found == 0) {
                return 0;
            }
            Heap.incref(found);
            try {
                return Ops.equal(found, TupleObject.get(item, 1)) ? 1 : 0;
            } finally {
                Heap.decref(found);
            }
        }

        @Override
        public long hash(long obj) {
            if (kind == VALUES) {
                return super.hash(obj);
            }
            throw Errors.typeError("unhashable type: '" + name + "'");
        }

        private static boolean isSetLike(long obj) {
            PyType t = Types.of(obj);
            return t.isSubtypeOf(Types.SET) || t.isSubtypeOf(Types.FROZENSET) || t.isSubtypeOf(Types.DICT_KEYS)
                    || t.isSubtypeOf(Types.DICT_ITEMS);
        }

        /** all_contained_in(a, b): every item of a is in b. */
        private static boolean allContainedIn(long a, long b) {
            long it = Ops.iter(a);
            try {
                for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                    boolean in = Ops.contains(b, x);
                    Heap.decref(x);
                    if (!in) {
                        return false;
                    }
                }
                return true;
            } finally {
                Heap.decref(it);
            }
        }

        /** dictview_richcompare. */
        @Override
        public long richCompare(long a, long b, int op) {
            if (kind == VALUES || !isSetLike(b)) {
                return 0;
            }
            long la = Ops.length(a);
            long lb = Ops.length(b);
            boolean ok = switch (op) {
                case Ops.EQ, Ops.NE -> la == lb && allContainedIn(a, b);
                case Ops.LT -> la < lb && allContainedIn(a, b);
                case Ops.LE -> la <= lb && allContainedIn(a, b);
                case Ops.GT -> la > lb && allContainedIn(b, a);
                default -> la >= lb && allContainedIn(b, a);
            };
            return BoolObject.fromBoolean(op == Ops.NE ? !ok : ok);
        }

        /** The view operators - & | ^ (dictviews_sub/_PyDictView_Intersect/dictviews_or/dictviews_xor). */
        @Override
        public long binaryOp(long a, long b, int op) {
            if (kind == VALUES) {
                return 0;
            }
            return switch (op) {
                case Ops.NB_SUBTRACT -> {
                    long r = toSet(a);
                    yield guard(r, () -> differenceUpdate(r, b));
                }
                case Ops.NB_AND -> intersect(a, b);
                case Ops.NB_OR -> {
                    long r = toSet(a);
                    yield guard(r, () -> SetObject.update(r, b));
                }
                case Ops.NB_XOR -> {
                    if (Types.of(a).isSubtypeOf(Types.DICT_ITEMS) && Types.of(b).isSubtypeOf(Types.DICT_ITEMS)) {
                        yield itemsXor(a, b);
                    }
                    long r = toSet(a);
                    yield guard(r, () -> symmetricDifferenceUpdate(r, b));
                }
                default -> 0;
            };
        }

        private static long guard(long r, Runnable body) {
            try {
                body.run();
            } catch (PyException e) {
                Heap.decref(r);
                throw e;
            }
            return r;
        }

        /** dictviews_to_set: a new set of the items (a keys view's dict is iterated directly). */
        private static long toSet(long obj) {
            long src = Types.of(obj) == Types.DICT_KEYS ? field(obj, DV_DICT) : obj;
            return SetObject.fromIterable(Types.SET, src);
        }

        private static void differenceUpdate(long s, long other) {
            long it = Ops.iter(other);
            try {
                for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                    try {
                        SetObject.discard(s, x);
                    } finally {
                        Heap.decref(x);
                    }
                }
            } finally {
                Heap.decref(it);
            }
        }

        private static void symmetricDifferenceUpdate(long s, long other) {
            long os = SetObject.fromIterable(Types.SET, other);
            try {
                for (long p = SetObject.nextPosition(os, 0); p >= 0; p = SetObject.nextPosition(os, p + 1)) {
                    long k = SetObject.keyAt(os, p);
                    if (!SetObject.discard(s, k)) {
                        SetObject.add(s, k);
                    }
                }
            } finally {
                Heap.decref(os);
            }
        }

        private static boolean isView(long obj) {
            PyType t = Types.of(obj);
            return t.isSubtypeOf(Types.DICT_KEYS) || t.isSubtypeOf(Types.DICT_ITEMS);
        }

        /** _PyDictView_Intersect. */
        private static long intersect(long self, long other) {
            if (!isView(self)) {
                long t = other;
                other = self;
                self = t;
            }
            long lenSelf = Ops.length(self);
            if (Types.of(other) == Types.SET && lenSelf <= Ops.length(other)) {
                // set.intersection(other, self): the view's items that are in the set, in view order
                long r = SetObject.create(Types.SET);
                long it = Ops.iter(self);
                try {
                    for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                        try {
                            if (SetObject.contains(other, x)) {
                                SetObject.add(r, x);
                            }
                        } finally {
                            Heap.decref(x);
                        }
                    }
                } catch (PyException e) {
                    Heap.decref(r);
                    throw e;
                } finally {
                    Heap.decref(it);
                }
                return r;
            }
            if (isView(other) && Ops.length(other) > lenSelf) {
                long t = other;
                other = self;
                self = t;
            }
            PyType selfType = Types.of(self);
            long r = SetObject.create(Types.SET);
            long it = 0;
            try {
                it = Ops.iter(other);
                for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                    try {
                        if (selfType.contains(self, x) == 1) {
                            SetObject.add(r, x);
                        }
                    } finally {
                        Heap.decref(x);
                    }
                }
            } catch (PyException e) {
                Heap.decref(r);
                throw e;
            } finally {
                Heap.xdecref(it);
            }
            return r;
        }

        /** dictitems_xor: pairs of either dict whose key is missing from, or differs in, the other. */
        private static long itemsXor(long a, long b) {
            long d2 = field(b, DV_DICT);
            long temp = DictObject.copy(field(a, DV_DICT));
            long r = SetObject.create(Types.SET);
            try {
                for (long i = 0, n = DictObject.entryCount(d2); i < n; i++) {
                    long key = DictObject.keyAt(d2, i);
                    if (key == 0) {
                        continue;
                    }
                    long val2 = DictObject.valueAt(d2, i);
                    Heap.incref(key);
                    Heap.incref(val2);
                    try {
                        long val1 = DictObject.get(temp, key);
                        boolean delete = val1 != 0 && Ops.equal(val1, val2);
                        if (delete) {
                            DictObject.delete(temp, key);
                        } else {
                            long pair = TupleObject.allocate(2);
                            TupleObject.set(pair, 0, Heap.newRef(key));
                            TupleObject.set(pair, 1, Heap.newRef(val2));
                            SetObject.add(r, pair);
                            Heap.decref(pair);
                        }
                    } finally {
                        Heap.decref(key);
                        Heap.decref(val2);
                    }
                }
                long remaining = view(Types.DICT_ITEMS, temp);
                try {
                    SetObject.update(r, remaining);
                } finally {
                    Heap.decref(remaining);
                }
            } catch (PyException e) {
                Heap.decref(r);
                throw e;
            } finally {
                Heap.decref(temp);
            }
            return r;
        }

        @Override
        public String repr(long obj) {
            return Ops.reprGuarded(obj, "...", () -> {
                long list = ListObject.allocate(0);
                try {
                    ListObject.extend(list, obj);
                    return name + "(" + Ops.reprJava(list) + ")";
                } finally {
                    Heap.decref(list);
                }
            });
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
