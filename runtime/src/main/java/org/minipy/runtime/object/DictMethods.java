package org.minipy.runtime.object;

/** The methods of dict (dictobject.c's mapp_methods). */
public final class DictMethods {
    private DictMethods() {}

    static void define(PyType t) {
        t.methodWithKeywords("__init__", (self, a, o, n, kwnames) -> {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            int npos = n - nkw;
            if (npos > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                update(self, a[o]);
            }
            for (int k = 0; k < nkw; k++) {
                DictObject.set(self, TupleObject.get(kwnames, k), a[o + npos + k]);
            }
            return BoolObject.none();
        });
        t.method("get", (self, a, o, n) -> {
            Args.count("get", n, 1, 2);
            long v = DictObject.get(self, a[o]);
            return Heap.newRef(v != 0 ? v : n == 2 ? a[o + 1] : BoolObject.NONE);
        });
        t.method("setdefault", (self, a, o, n) -> {
            Args.count("setdefault", n, 1, 2);
            long v = DictObject.get(self, a[o]);
            if (v == 0) {
                v = n == 2 ? a[o + 1] : BoolObject.NONE;
                DictObject.set(self, a[o], v);
            }
            return Heap.newRef(v);
        });
        t.method("pop", (self, a, o, n) -> {
            Args.count("pop", n, 1, 2);
            long v = DictObject.get(self, a[o]);
            if (v == 0) {
                if (n == 2) {
                    return Heap.newRef(a[o + 1]);
                }
                throw Errors.keyError(a[o]);
            }
            Heap.incref(v);
            DictObject.delete(self, a[o]);
            return v;
        });
        t.method("keys", (self, a, o, n) -> {
            Args.exactly("dict.keys", n, 0);
            return DictIterObject.view(Types.DICT_KEYS, self);
        });
        t.method("values", (self, a, o, n) -> {
            Args.exactly("dict.values", n, 0);
            return DictIterObject.view(Types.DICT_VALUES, self);
        });
        t.method("items", (self, a, o, n) -> {
            Args.exactly("dict.items", n, 0);
            return DictIterObject.view(Types.DICT_ITEMS, self);
        });
        t.methodWithKeywords("update", (self, a, o, n, kwnames) -> {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            int npos = n - nkw;
            if (npos > 1) {
                throw Errors.typeError("update expected at most 1 argument, got " + npos);
            }
            if (npos == 1) {
                update(self, a[o]);
            }
            if (nkw > 0) {
                long kw = DictObject.create();
                try {
                    for (int k = 0; k < nkw; k++) {
                        DictObject.set(kw, TupleObject.get(kwnames, k), a[o + npos + k]);
                    }
                    DictObject.merge(self, kw, true);
                } finally {
                    Heap.decref(kw);
                }
            }
            return BoolObject.none();
        });
        t.method("copy", (self, a, o, n) -> {
            Args.exactly("dict.copy", n, 0);
            return DictObject.copy(self);
        });
        t.method("popitem", (self, a, o, n) -> {
            Args.exactly("dict.popitem", n, 0);
            return DictObject.popItem(self);
        });
        t.method("__reversed__", (self, a, o, n) -> {
            Args.exactly("dict.__reversed__", n, 0);
            return DictIterObject.reversed(self, DictIterObject.KEYS);
        });
        t.method("__contains__", (self, a, o, n) -> {
            Args.exactly("dict.__contains__", n, 1);
            return BoolObject.fromBoolean(DictObject.get(self, a[o]) != 0);
        });
        t.method("__getitem__", (self, a, o, n) -> {
            Args.exactly("dict.__getitem__", n, 1);
            long v = DictObject.get(self, a[o]);
            return v != 0 ? Heap.newRef(v) : DictObject.missing(self, a[o]);
        });
        t.method("clear", (self, a, o, n) -> {
            Args.exactly("dict.clear", n, 0);
            DictObject.clear(self);
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__setitem__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 2);
            DictObject.set(self, a[o], a[o + 1]);
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__delitem__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 1);
            if (!DictObject.delete(self, a[o])) {
                throw Errors.keyError(a[o]);
            }
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__len__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return IntObject.fromLong(DictObject.size(self));
        });
        SlotWrappers.define(t, "__iter__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return t.iter(self);
        });
        SlotWrappers.define(t, "__repr__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return StrObject.fromJava(t.repr(self));
        });
        SlotWrappers.comparisons(t);
        SlotWrappers.binary(t, "__or__", "__ror__", Ops.NB_OR);
        SlotWrappers.define(t, "__ior__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 1);
            long r = t.binaryOp(self, a[o], Ops.NB_INPLACE_OFFSET + Ops.NB_OR);
            return r != 0 ? r : NotImplementedObject.get();
        });
        t.sizeofMethod();
        long fromkeys = CFunctionObject.create("fromkeys", (self, a, o, n) -> {
            Args.count("fromkeys", n - 1, 1, 2);
            return fromKeys(a[o], a[o + 1], n == 3 ? a[o + 2] : BoolObject.NONE);
        }, 0, 0);
        long cm = StaticMethodObject.create(Types.CLASSMETHOD, fromkeys);
        t.putInDict(Names.get("fromkeys"), cm);
        Heap.decref(cm);
        Heap.decref(fromkeys);
    }

    /** dict.fromkeys(iterable, value) called on cls (dict_fromkeys). */
    static long fromKeys(long cls, long iterable, long value) {
        long d = Calls.call(cls, new long[0], 0, 0);
        try {
            boolean exactEmpty = DictObject.check(d) && DictObject.size(d) == 0;
            if (exactEmpty && SetObject.check(iterable)) {
                DictObject.presize(d, SetObject.size(iterable), false);
                for (long p = SetObject.nextPosition(iterable, 0); p >= 0; p = SetObject.nextPosition(iterable, p + 1)) {
                    DictObject.set(d, SetObject.keyAt(iterable, p), value);
                }
                return d;
            }
            if (exactEmpty && DictObject.checkSub(iterable) && DictObject.iteratesAsDict(iterable)) {
                DictObject.presize(d, DictObject.size(iterable), DictObject.hasUnicodeKeys(iterable));
                for (long i = 0, m = DictObject.entryCount(iterable); i < m; i++) {
                    long key = DictObject.keyAt(iterable, i);
                    if (key != 0) {
                        DictObject.set(d, key, value);
                    }
                }
                return d;
            }
            long it = Ops.iter(iterable);
            try {
                for (long key = Ops.next(it); key != 0; key = Ops.next(it)) {
                    try {
                        Types.of(d).setItem(d, key, value);
                    } finally {
                        Heap.decref(key);
                    }
                }
            } finally {
                Heap.decref(it);
            }
            return d;
        } catch (PyException e) {
            Heap.decref(d);
            throw e;
        }
    }

    /**
     * dict_update_arg(d, other): a dict's items (merged by table when it iterates as a dict), a
     * mapping's keys() and items, or else an iterable of pairs (PyDict_MergeFromSeq2).
     */
    static void update(long d, long other) {
        if (DictObject.checkSub(other) && DictObject.iteratesAsDict(other)) {
            DictObject.merge(d, other, true);
            return;
        }
        if (Types.of(other).lookup(Names.get("keys")) != 0) {
            mergeMapping(d, other);
            return;
        }
        mergeFromSeq2(d, other);
    }

    /** PyDict_Merge for a mapping that is not a dict: for key in other.keys(): d[key] = other[key]. */
    private static void mergeMapping(long d, long other) {
        long keysMethod = Ops.getAttr(other, Names.get("keys"));
        long keys;
        try {
            keys = Calls.call(keysMethod, new long[0], 0, 0);
        } finally {
            Heap.decref(keysMethod);
        }
        mergeByKeys(other, keys, null, (key, value) -> DictObject.set(d, key, value));
    }

    /** What a merge does with each key (borrowed) before its value is read; may raise. */
    public interface KeyCheck {
        void check(long key);
    }

    /** Where a merge puts each item (key and value borrowed). */
    public interface ItemSink {
        void put(long key, long value);
    }

    /**
     * The walk of PyDict_Merge (and dict(**m), OrderedDict.update) over a mapping that is not a
     * dict: keys (a new reference, the result of mapping.keys()) is iterated and released first,
     * then for each key: check(key) when given, then sink.put(key, mapping[key]).
     */
    public static void mergeByKeys(long mapping, long keys, KeyCheck check, ItemSink sink) {
        long it;
        try {
            it = Ops.iter(keys);
        } finally {
            Heap.decref(keys);
        }
        try {
            for (long key = Ops.next(it); key != 0; key = Ops.next(it)) {
                try {
                    if (check != null) {
                        check.check(key);
                    }
                    long value = Ops.getItem(mapping, key);
                    try {
                        sink.put(key, value);
                    } finally {
                        Heap.decref(value);
                    }
                } finally {
                    Heap.decref(key);
                }
            }
        } finally {
            Heap.decref(it);
        }
    }

    /** PyDict_MergeFromSeq2: each element must be a sequence of length 2. */
    private static void mergeFromSeq2(long d, long other) {
        long it = Ops.iter(other);
        try {
            long i = 0;
            for (long item = Ops.next(it); item != 0; item = Ops.next(it), i++) {
                try {
                    long fast;
                    if (ListObject.check(item) || TupleObject.check(item)) {
                        fast = Heap.newRef(item);
                    } else {
                        long itemIter;
                        try {
                            itemIter = Ops.iter(item);
                        } catch (PyException e) {
                            if (!e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                                throw e;
                            }
                            Heap.decref(e.exception);
                            throw Errors.typeError("cannot convert dictionary update sequence element #" + i
                                    + " to a sequence");
                        }
                        Heap.decref(itemIter);
                        fast = ListObject.allocate(0);
                        try {
                            ListObject.extend(fast, item);
                        } catch (PyException e) {
                            Heap.decref(fast);
                            throw e;
                        }
                    }
                    try {
                        boolean list = ListObject.check(fast);
                        long len = list ? ListObject.size(fast) : TupleObject.size(fast);
                        if (len != 2) {
                            throw Errors.valueError("dictionary update sequence element #" + i + " has length " + len
                                    + "; 2 is required");
                        }
                        long k = list ? ListObject.get(fast, 0) : TupleObject.get(fast, 0);
                        long v = list ? ListObject.get(fast, 1) : TupleObject.get(fast, 1);
                        Heap.incref(k);
                        Heap.incref(v);
                        try {
                            DictObject.set(d, k, v);
                        } finally {
                            Heap.decref(k);
                            Heap.decref(v);
                        }
                    } finally {
                        Heap.decref(fast);
                    }
                } finally {
                    Heap.decref(item);
                }
            }
        } finally {
            Heap.decref(it);
        }
    }
}
