package org.minipy.runtime.builtins;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.DictMethods;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.ExtensionBase;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.object.WeakRefs;

/**
 * collections.OrderedDict: CPython 3.11's C implementation (odictobject.c). The dict holds the
 * items; their order is a doubly linked list of nodes beside it, which {@code move_to_end} and
 * {@code popitem(last=False)} rearrange without touching the dict.
 *
 * <pre>
 * PyODictObject (112 bytes + GC header, tracked from birth)     _ODictNode (32-byte PyMem block)
 *   0..47  the dict (ob_refcnt, ob_type, ma_used, ...)            key (a reference)  hash
 *  48 od_first   56 od_last                                       next               prev
 *  64 od_fast_nodes: PyMem array of dk_size node pointers, indexed like the dict's entries
 *  72 od_fast_nodes_size   80 od_resize_sentinel (the keys object fast_nodes was built for)
 *  88 od_state (bumped by every change to the list)   96 od_inst_dict   104 od_weakreflist
 * </pre>
 *
 * Invariants: every dict key has exactly one node and the node holds a reference to it (so a key
 * of an OrderedDict has one more reference than in a dict); {@code fast_nodes[i]} is the node of
 * dict entry i whenever the sentinel equals the dict's keys object, and the table is rebuilt
 * (_odict_resize) on the first lookup after the dict moved its entries. {@code __sizeof__} counts
 * the table and, when the list is not empty, one node per item.
 */
final class OrderedDict {
    static final long FIRST = 48;
    static final long LAST = 56;
    static final long FAST_NODES = 64;
    static final long FAST_SIZE = 72;
    static final long SENTINEL = 80;
    static final long STATE = 88;
    static final long INST_DICT = 96;
    static final long WEAKREFLIST = 104;
    static final long SIZE = 112;

    static final long N_KEY = 0;
    static final long N_HASH = 8;
    static final long N_NEXT = 16;
    static final long N_PREV = 24;
    private static final long NODE_SIZE = 32;

    private OrderedDict() {}

    static final PyType TYPE = new Type().ready();
    static final PyType KEYS = OrderedDictIterators.KEYS;
    static final PyType VALUES = OrderedDictIterators.VALUES;
    static final PyType ITEMS = OrderedDictIterators.ITEMS;

    static long get(long addr, long offset) {
        return Memory.getLong(addr + offset);
    }

    static void put(long addr, long offset, long value) {
        Memory.putLong(addr + offset, value);
    }

    /** PyODict_Check. */
    static boolean check(long obj) {
        return Types.of(obj).isSubtypeOf(TYPE);
    }

    private static boolean checkExact(long obj) {
        return Types.of(obj) == TYPE;
    }

    private static boolean isEmpty(long od) {
        return get(od, FIRST) == 0;
    }

    private static void bumpState(long od) {
        put(od, STATE, get(od, STATE) + 1);
    }

    // ---- the node list and its table

    /** _odict_resize: a fresh node table sized like the dict's hash table, filled from the list. */
    private static void resize(long od) {
        long size = DictObject.tableSize(od);
        long fast = ObjectAllocator.malloc(8 * size);
        Memory.fill(fast, 8 * size, (byte) 0);
        for (long node = get(od, FIRST); node != 0; node = get(node, N_NEXT)) {
            long i = DictObject.entryIndex(od, get(node, N_KEY), get(node, N_HASH));
            if (i >= 0) {
                Memory.putLong(fast + 8 * i, node);
            }
        }
        long old = get(od, FAST_NODES);
        if (old != 0) {
            ObjectAllocator.free(old);
        }
        put(od, FAST_NODES, fast);
        put(od, FAST_SIZE, size);
        put(od, SENTINEL, DictObject.keysObject(od));
    }

    /** _odict_get_index: key's entry index (the table rebuilt first if the dict moved), or -1. */
    private static long index(long od, long key, long hash) {
        if (get(od, SENTINEL) != DictObject.keysObject(od)) {
            resize(od);
        }
        return DictObject.entryIndex(od, key, hash);
    }

    /** _odict_find_node_hash: key's node, or 0. */
    static long findNode(long od, long key, long hash) {
        if (isEmpty(od)) {
            return 0;
        }
        long i = index(od, key, hash);
        return i < 0 ? 0 : Memory.getLong(get(od, FAST_NODES) + 8 * i);
    }

    private static void addTail(long od, long node) {
        long last = get(od, LAST);
        put(node, N_PREV, last);
        put(node, N_NEXT, 0);
        if (last == 0) {
            put(od, FIRST, node);
        } else {
            put(last, N_NEXT, node);
        }
        put(od, LAST, node);
        bumpState(od);
    }

    private static void addHead(long od, long node) {
        long first = get(od, FIRST);
        put(node, N_PREV, 0);
        put(node, N_NEXT, first);
        if (first == 0) {
            put(od, LAST, node);
        } else {
            put(first, N_PREV, node);
        }
        put(od, FIRST, node);
        bumpState(od);
    }

    private static void removeNode(long od, long node) {
        long prev = get(node, N_PREV);
        long next = get(node, N_NEXT);
        if (get(od, FIRST) == node) {
            put(od, FIRST, next);
        } else if (prev != 0) {
            put(prev, N_NEXT, next);
        }
        if (get(od, LAST) == node) {
            put(od, LAST, prev);
        } else if (next != 0) {
            put(next, N_PREV, prev);
        }
        put(node, N_PREV, 0);
        put(node, N_NEXT, 0);
        bumpState(od);
    }

    private static void freeNode(long node) {
        long key = get(node, N_KEY);
        ObjectAllocator.free(node);
        Heap.decref(key);
    }

    /** _odict_add_new_node: a node at the end for a key just stored in the dict (none if it has one). */
    private static void addNewNode(long od, long key, long hash) {
        long i = index(od, key, hash);
        if (i < 0) {
            throw Errors.keyError(key);
        }
        long slot = get(od, FAST_NODES) + 8 * i;
        if (Memory.getLong(slot) != 0) {
            return;
        }
        long node = ObjectAllocator.malloc(NODE_SIZE);
        put(node, N_KEY, Heap.newRef(key));
        put(node, N_HASH, hash);
        addTail(od, node);
        Memory.putLong(slot, node);
    }

    /** _odict_clear_node: unlinks and frees key's node (the given one, or found by key); none is fine. */
    private static void clearNode(long od, long node, long key, long hash) {
        if (isEmpty(od)) {
            return;
        }
        long i = index(od, key, hash);
        if (i < 0) {
            return;
        }
        long slot = get(od, FAST_NODES) + 8 * i;
        if (node == 0) {
            node = Memory.getLong(slot);
        }
        if (node == 0) {
            return;
        }
        Memory.putLong(slot, 0);
        removeNode(od, node);
        freeNode(node);
    }

    /** _odict_clear_nodes: the table and every node go (the list is emptied first). */
    private static void clearNodes(long od) {
        long fast = get(od, FAST_NODES);
        put(od, FAST_NODES, 0);
        put(od, FAST_SIZE, 0);
        put(od, SENTINEL, 0);
        if (fast != 0) {
            ObjectAllocator.free(fast);
        }
        long node = get(od, FIRST);
        put(od, FIRST, 0);
        put(od, LAST, 0);
        while (node != 0) {
            long next = get(node, N_NEXT);
            freeNode(node);
            node = next;
        }
    }

    // ---- the mapping operations

    /** A new empty OrderedDict of type t (PyODict_New for the exact type). */
    static long create(PyType t) {
        return DictObject.allocSubclass(t, SIZE);
    }

    /** PyODict_SetItem: the dict first, then a node for a new key (the dict entry undone if that fails). */
    static void setItem(long od, long key, long value) {
        long hash = Ops.hash(key);
        DictObject.setKnownHash(od, key, value, hash);
        try {
            addNewNode(od, key, hash);
        } catch (PyException e) {
            DictObject.deleteKnownHash(od, key, hash);
            throw e;
        }
    }

    /** PyODict_DelItem: the node, then the dict entry (KeyError when absent). */
    static void delItem(long od, long key) {
        long hash = Ops.hash(key);
        clearNode(od, 0, key, hash);
        if (!DictObject.deleteKnownHash(od, key, hash)) {
            throw Errors.keyError(key);
        }
    }

    /** od[key] = value through the type's slot (an OrderedDict subclass may override __setitem__). */
    private static void store(long od, long key, long value) {
        if (checkExact(od)) {
            setItem(od, key, value);
        } else {
            Types.of(od).setItem(od, key, value);
        }
    }

    /**
     * _odict_popkey_hash: key's value, removed with its node (the dict entry goes directly, even in
     * a subclass); failobj (or KeyError) when absent.
     */
    private static long popKey(long od, long key, long failobj) {
        long hash = Ops.hash(key);
        long node = findNode(od, key, hash);
        long value = 0;
        if (node != 0) {
            clearNode(od, node, key, hash);
            long v = DictObject.getKnownHash(od, key, hash);
            if (v != 0) {
                value = Heap.newRef(v);
                DictObject.deleteKnownHash(od, key, hash);
            }
        }
        if (value == 0) {
            if (failobj == 0) {
                throw Errors.keyError(key);
            }
            value = Heap.newRef(failobj);
        }
        return value;
    }

    /** odict_clear: the dict's items, then the nodes. */
    static void clear(long od) {
        DictObject.clear(od);
        clearNodes(od);
    }

    /** mutablemapping_update's positional argument: a dict's items, a mapping's keys(), items(), or pairs. */
    static void updateFrom(long od, long arg) {
        if (DictObject.check(arg)) {
            addPairs(od, itemsList(arg));
            return;
        }
        long keysMethod = lookupAttribute(arg, "keys");
        if (keysMethod != 0) {
            long keys;
            try {
                keys = Calls.call(keysMethod, new long[0], 0, 0);
            } finally {
                Heap.decref(keysMethod);
            }
            DictMethods.mergeByKeys(arg, keys, null, (key, value) -> store(od, key, value));
            return;
        }
        long itemsMethod = lookupAttribute(arg, "items");
        if (itemsMethod != 0) {
            long items;
            try {
                items = Calls.call(itemsMethod, new long[0], 0, 0);
            } finally {
                Heap.decref(itemsMethod);
            }
            addPairs(od, items);
            return;
        }
        addPairs(od, Heap.newRef(arg));
    }

    /** obj.name, or 0 when it has no such attribute (_PyObject_LookupAttr). */
    private static long lookupAttribute(long obj, String name) {
        try {
            return Ops.getAttr(obj, Names.get(name));
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                throw e;
            }
            Heap.decref(e.exception);
            return 0;
        }
    }

    /** PyDict_Items: a new list of (key, value) tuples in the dict's order. */
    private static long itemsList(long d) {
        long list = ListObject.allocate(0);
        for (long i = 0, n = DictObject.entryCount(d); i < n; i++) {
            long key = DictObject.keyAt(d, i);
            if (key != 0) {
                long pair = TupleObject.allocate(2);
                TupleObject.set(pair, 0, Heap.newRef(key));
                TupleObject.set(pair, 1, Heap.newRef(DictObject.valueAt(d, i)));
                ListObject.append(list, pair);
                Heap.decref(pair);
            }
        }
        return list;
    }

    /** mutablemapping_add_pairs: od[k] = v for each two-item iterable of pairs (taken). */
    private static void addPairs(long od, long pairs) {
        long it;
        try {
            it = Ops.iter(pairs);
        } finally {
            Heap.decref(pairs);
        }
        try {
            for (long pair = Ops.next(it); pair != 0; pair = Ops.next(it)) {
                long pairIter = 0;
                long key = 0;
                long value = 0;
                try {
                    pairIter = Ops.iter(pair);
                    key = Ops.next(pairIter);
                    if (key == 0) {
                        throw Errors.valueError("need more than 0 values to unpack");
                    }
                    value = Ops.next(pairIter);
                    if (value == 0) {
                        throw Errors.valueError("need more than 1 value to unpack");
                    }
                    long extra = Ops.next(pairIter);
                    if (extra != 0) {
                        Heap.decref(extra);
                        throw Errors.valueError("too many values to unpack (expected 2)");
                    }
                    store(od, key, value);
                } finally {
                    Heap.decref(pair);
                    Heap.xdecref(pairIter);
                    Heap.xdecref(key);
                    Heap.xdecref(value);
                }
            }
        } finally {
            Heap.decref(it);
        }
    }

    /** odict_init: at most one positional argument, then update(). */
    static void init(long od, long[] a, int o, int n, long kwnames) {
        int npos = n - Kw.count(kwnames);
        if (npos > 1) {
            throw Errors.typeError("expected at most 1 arguments, got " + npos);
        }
        update(od, a, o, n, kwnames);
    }

    /** mutablemapping_update(self, args, kwargs). */
    static void update(long od, long[] a, int o, int n, long kwnames) {
        int nkw = Kw.count(kwnames);
        int npos = n - nkw;
        if (npos > 1) {
            throw Errors.typeError("update() takes at most 1 positional argument (" + npos + " given)");
        }
        if (npos == 1) {
            updateFrom(od, a[o]);
        }
        if (nkw > 0) {
            long kwargs = DictObject.create();
            try {
                for (int k = 0; k < nkw; k++) {
                    DictObject.set(kwargs, TupleObject.get(kwnames, k), a[o + npos + k]);
                }
                addPairs(od, itemsList(kwargs));
            } finally {
                Heap.decref(kwargs);
            }
        }
    }

    /** odict_copy: type(od)() filled in the list's order. */
    private static long copy(long od) {
        boolean exact = checkExact(od);
        long copy = exact ? create(TYPE) : Calls.call(Types.typeAddressOf(od), new long[0], 0, 0);
        try {
            for (long node = get(od, FIRST); node != 0; node = get(node, N_NEXT)) {
                long key = get(node, N_KEY);
                if (exact) {
                    long value = DictObject.getKnownHash(od, key, get(node, N_HASH));
                    if (value == 0) {
                        throw Errors.keyError(key);
                    }
                    setItem(copy, key, value);
                } else {
                    long value = Ops.getItem(od, key);
                    try {
                        Types.of(copy).setItem(copy, key, value);
                    } finally {
                        Heap.decref(value);
                    }
                }
            }
        } catch (PyException e) {
            Heap.decref(copy);
            throw e;
        }
        return copy;
    }

    /** odict_keys_equal: the same keys in the same order. */
    private static boolean keysEqual(long a, long b) {
        long na = get(a, FIRST);
        long nb = get(b, FIRST);
        long stateA = get(a, STATE);
        long stateB = get(b, STATE);
        while (true) {
            if (na == 0 || nb == 0) {
                return na == nb;
            }
            long ka = get(na, N_KEY);
            long kb = get(nb, N_KEY);
            Heap.incref(ka);
            Heap.incref(kb);
            boolean eq;
            try {
                eq = Ops.equal(ka, kb);
            } finally {
                Heap.decref(ka);
                Heap.decref(kb);
            }
            if (!eq) {
                return false;
            }
            if (get(a, STATE) != stateA || get(b, STATE) != stateB) {
                throw Errors.raise(Types.RUNTIME_ERROR, "OrderedDict mutated during iteration");
            }
            na = get(na, N_NEXT);
            nb = get(nb, N_NEXT);
        }
    }

    /** odict_or: type(the OrderedDict operand)(left) updated with right; NotImplemented for a non-dict. */
    private static long or(long left, long right) {
        boolean leftIsOd = check(left);
        long typeAddress = Types.typeAddressOf(leftIsOd ? left : right);
        long other = leftIsOd ? right : left;
        if (!DictObject.checkSub(other)) {
            return 0;
        }
        long r = Calls.call(typeAddress, new long[] {left}, 0, 1);
        try {
            updateFrom(r, right);
        } catch (PyException e) {
            Heap.decref(r);
            throw e;
        }
        return r;
    }

    private static String typeName(long od) {
        String name = Types.of(od).name;
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** odict_repr: {@code OrderedDict([(k, v), ...])}, {@code OrderedDict()} when empty, ... when recursive. */
    private static String repr(long od) {
        if (DictObject.size(od) == 0) {
            return typeName(od) + "()";
        }
        return Ops.reprGuarded(od, "...", () -> {
            long pieces;
            if (checkExact(od)) {
                pieces = ListObject.allocate(0);
                try {
                    for (long node = get(od, FIRST); node != 0; node = get(node, N_NEXT)) {
                        long key = get(node, N_KEY);
                        long value = DictObject.getKnownHash(od, key, get(node, N_HASH));
                        if (value == 0) {
                            throw Errors.keyError(key);
                        }
                        long pair = TupleObject.allocate(2);
                        TupleObject.set(pair, 0, Heap.newRef(key));
                        TupleObject.set(pair, 1, Heap.newRef(value));
                        ListObject.append(pieces, pair);
                        Heap.decref(pair);
                    }
                } catch (PyException e) {
                    Heap.decref(pieces);
                    throw e;
                }
            } else {
                long itemsMethod = Ops.getAttr(od, Names.get("items"));
                long items;
                try {
                    items = Calls.call(itemsMethod, new long[0], 0, 0);
                } finally {
                    Heap.decref(itemsMethod);
                }
                try {
                    pieces = ListObject.allocate(0);
                    try {
                        ListObject.extend(pieces, items);
                    } catch (PyException e) {
                        Heap.decref(pieces);
                        throw e;
                    }
                } finally {
                    Heap.decref(items);
                }
            }
            try {
                return typeName(od) + "(" + Ops.reprJava(pieces) + ")";
            } finally {
                Heap.decref(pieces);
            }
        });
    }

    /** The OrderedDict type: dict's slots, with the list kept beside the dict. */
    static final class Type extends PyType implements ExtensionBase {
        Type() {
            super("collections.OrderedDict", Types.DICT, true, SIZE, 0);
        }

        @Override
        public void newInstance(long od) {
        }

        @Override
        public void initInstance(long od, long[] args, int offset, int count, long kwnames) {
            init(od, args, offset, count, kwnames);
        }

        @Override
        public long weaklistOffset() {
            return WEAKREFLIST;
        }

        @Override
        public boolean keepsDictIteration() {
            return false;
        }

        @Override
        public long instanceDictOffset() {
            return INST_DICT;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            long od = create(this);
            try {
                init(od, args, offset, count, kwnames);
            } catch (PyException e) {
                Heap.decref(od);
                throw e;
            }
            return od;
        }

        @Override
        protected void defineMethods() {
            OrderedDictMethods.define(this, this::method, this::methodWithKeywords);
        }

        @Override
        public boolean methodShortcut() {
            return true;
        }

        @Override
        public long getAttr(long od, long name) {
            long dict = get(od, INST_DICT);
            if (StrObject.toJava(name).equals("__dict__")) {
                if (dict == 0) {
                    dict = DictObject.create();
                    put(od, INST_DICT, dict);
                }
                return Heap.newRef(dict);
            }
            long v = dict == 0 ? 0 : DictObject.get(dict, name);
            return v == 0 ? 0 : Heap.newRef(v);
        }

        @Override
        public boolean hasInstanceAttribute(long od, long name) {
            long dict = get(od, INST_DICT);
            return dict != 0 && DictObject.get(dict, name) != 0;
        }

        @Override
        public boolean setAttr(long od, long name, long value) {
            long dict = get(od, INST_DICT);
            if (value == 0) {
                if (dict == 0 || !DictObject.delete(dict, name)) {
                    throw Errors.attributeError("'" + Types.of(od).name + "' object has no attribute '"
                            + StrObject.toJava(name) + "'");
                }
                return true;
            }
            if (dict == 0) {
                dict = DictObject.create();
                put(od, INST_DICT, dict);
            }
            DictObject.set(dict, name, value);
            return true;
        }

        @Override
        public String repr(long od) {
            return OrderedDict.repr(od);
        }

        @Override
        public long hash(long od) {
            throw Errors.typeError("unhashable type: '" + Types.of(od).name + "'");
        }

        @Override
        public boolean isTrue(long od) {
            return DictObject.size(od) != 0;
        }

        @Override
        public long length(long od) {
            return DictObject.size(od);
        }

        @Override
        public long iter(long od) {
            return OrderedDict.iterator(od, OrderedDictIterators.IteratorType.KEYS_KIND, false);
        }

        @Override
        public int contains(long od, long key) {
            return Types.DICT.contains(od, key);
        }

        @Override
        public long getItem(long od, long key) {
            return Types.DICT.getItem(od, key);
        }

        @Override
        public void setItem(long od, long key, long value) {
            OrderedDict.setItem(od, key, value);
        }

        @Override
        public void delItem(long od, long key) {
            OrderedDict.delItem(od, key);
        }

        /** odict_richcompare: dict equality, and for two OrderedDicts the same order. */
        @Override
        public long richCompare(long a, long b, int op) {
            if (!check(a) || !DictObject.checkSub(b) || op != Ops.EQ && op != Ops.NE) {
                return 0;
            }
            long cmp = Types.DICT.richCompare(a, b, op);
            if (cmp == 0 || !check(b)) {
                return cmp;
            }
            boolean dictResult = cmp == BoolObject.TRUE;
            Heap.decref(cmp);
            if (op == Ops.EQ && !dictResult || op == Ops.NE && dictResult) {
                return BoolObject.fromBoolean(dictResult);
            }
            boolean eq = keysEqual(a, b);
            return BoolObject.fromBoolean(eq == (op == Ops.EQ));
        }

        /** odict_or and odict_inplace_or. */
        @Override
        public long binaryOp(long a, long b, int op) {
            if (op == Ops.NB_OR) {
                return or(a, b);
            }
            if (op == Ops.NB_INPLACE_OFFSET + Ops.NB_OR && check(a)) {
                updateFrom(a, b);
                return Heap.newRef(a);
            }
            return 0;
        }

        /** odict_sizeof: the dict, the node table and one node per item. */
        @Override
        public long sizeof(long od) {
            long size = Types.DICT.sizeof(od) - Types.DICT.basicSize + SIZE + 8 * get(od, FAST_SIZE);
            if (!isEmpty(od)) {
                size += NODE_SIZE * DictObject.size(od);
            }
            return size;
        }

        /** odict_tp_clear: the instance dict, the dict's items, then the nodes (the collector breaks cycles so). */
        @Override
        public void clear(long od) {
            Heap.clearField(od, INST_DICT);
            OrderedDict.clear(od);
        }

        /** odict_dealloc: the instance dict, the weak references, the nodes, then the dict. */
        @Override
        public void dealloc(long od) {
            Heap.untrack(od);
            long dict = get(od, INST_DICT);
            put(od, INST_DICT, 0);
            Heap.xdecref(dict);
            if (get(od, WEAKREFLIST) != 0) {
                WeakRefs.clearWeakRefs(od);
            }
            clearNodes(od);
            Types.DICT.dealloc(od);
        }

        @Override
        public void traverse(long od, Visitor visit) {
            IteratorTypes.visitIf(visit, get(od, INST_DICT));
            for (long node = get(od, FIRST); node != 0; node = get(node, N_NEXT)) {
                visit.visit(get(node, N_KEY));
            }
            Types.DICT.traverse(od, visit);
        }

        /** What odict_dealloc releases: the instance dict, each node's key, then the dict's own. */
        @Override
        public void visitReferences(long od, Visitor visit) {
            IteratorTypes.visitIf(visit, get(od, INST_DICT));
            for (long node = get(od, FIRST); node != 0; node = get(node, N_NEXT)) {
                visit.visit(get(node, N_KEY));
            }
            Types.DICT.visitReferences(od, visit);
        }
    }

    // ---- the methods (also used by OrderedDictMethods)

    static long pop(long od, long key, long failobj) {
        return popKey(od, key, failobj);
    }

    /** OrderedDict.popitem(last): the last (or first) item as a tuple. */
    static long popItem(long od, boolean last) {
        if (isEmpty(od)) {
            throw Errors.raise(Types.KEY_ERROR, "dictionary is empty");
        }
        long node = get(od, last ? LAST : FIRST);
        long key = Heap.newRef(get(node, N_KEY));
        long value;
        try {
            value = popKey(od, key, 0);
        } catch (PyException e) {
            Heap.decref(key);
            throw e;
        }
        long item = TupleObject.allocate(2);
        TupleObject.set(item, 0, key);
        TupleObject.set(item, 1, value);
        return item;
    }

    /** OrderedDict.move_to_end(key, last). */
    static void moveToEnd(long od, long key, boolean last) {
        if (isEmpty(od)) {
            throw Errors.keyError(key);
        }
        long node = get(od, last ? LAST : FIRST);
        if (key == get(node, N_KEY)) {
            return;
        }
        node = findNode(od, key, Ops.hash(key));
        if (node == 0) {
            throw Errors.keyError(key);
        }
        if (last) {
            if (node != get(od, LAST)) {
                removeNode(od, node);
                addTail(od, node);
            }
        } else if (node != get(od, FIRST)) {
            removeNode(od, node);
            addHead(od, node);
        }
    }

    /** OrderedDict.setdefault(key, default). */
    static long setDefault(long od, long key, long dflt) {
        if (checkExact(od)) {
            long v = DictObject.get(od, key);
            if (v != 0) {
                return Heap.newRef(v);
            }
            setItem(od, key, dflt);
            return Heap.newRef(dflt);
        }
        if (Ops.contains(od, key)) {
            return Ops.getItem(od, key);
        }
        Types.of(od).setItem(od, key, dflt);
        return Heap.newRef(dflt);
    }

    static long copyOf(long od) {
        return copy(od);
    }

    /** odictiter_new: an iterator over od's keys, values or items, forwards or reversed. */
    static long iterator(long od, int kind, boolean reversed) {
        return OrderedDictIterators.IteratorType.create(od, kind, reversed);
    }

}
