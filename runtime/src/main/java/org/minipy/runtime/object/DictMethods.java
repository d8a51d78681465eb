package org.minipy.runtime.object;

/** The methods of dict (dictobject.c's mapp_methods). */
final class DictMethods {
    private DictMethods() {}

    static void define(PyType t) {
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
            Args.exactly("keys", n, 0);
            return DictIterObject.view(Types.DICT_KEYS, self);
        });
        t.method("values", (self, a, o, n) -> {
            Args.exactly("values", n, 0);
            return DictIterObject.view(Types.DICT_VALUES, self);
        });
        t.method("items", (self, a, o, n) -> {
            Args.exactly("items", n, 0);
            return DictIterObject.view(Types.DICT_ITEMS, self);
        });
        t.method("update", (self, a, o, n) -> {
            Args.count("update", n, 0, 1);
            if (n == 1) {
                update(self, a[o]);
            }
            return BoolObject.none();
        });
        t.method("copy", (self, a, o, n) -> {
            Args.exactly("copy", n, 0);
            long d = DictObject.create();
            update(d, self);
            return d;
        });
        t.method("clear", (self, a, o, n) -> {
            Args.exactly("clear", n, 0);
            DictObject.clear(self);
            return BoolObject.none();
        });
    }

    /** d.update(other) for a dict or an iterable of pairs. */
    static void update(long d, long other) {
        if (DictObject.check(other)) {
            for (long i = 0, n = DictObject.entryCount(other); i < n; i++) {
                long key = DictObject.keyAt(other, i);
                if (key != 0) {
                    DictObject.set(d, key, DictObject.valueAt(other, i));
                }
            }
            return;
        }
        long it = Ops.iter(other);
        try {
            for (long pair = Ops.next(it); pair != 0; pair = Ops.next(it)) {
                try {
                    long pit = Ops.iter(pair);
                    try {
                        long k = Ops.next(pit);
                        long v = k == 0 ? 0 : Ops.next(pit);
                        long extra = v == 0 ? 0 : Ops.next(pit);
                        if (v == 0 || extra != 0) {
                            Heap.xdecref(k);
                            Heap.xdecref(v);
                            Heap.xdecref(extra);
                            throw Errors.valueError("dictionary update sequence element has wrong length");
                        }
                        DictObject.set(d, k, v);
                        Heap.decref(k);
                        Heap.decref(v);
                    } finally {
                        Heap.decref(pit);
                    }
                } finally {
                    Heap.decref(pair);
                }
            }
        } finally {
            Heap.decref(it);
        }
    }
}
