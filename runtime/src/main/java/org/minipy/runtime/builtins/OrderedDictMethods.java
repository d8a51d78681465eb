package org.minipy.runtime.builtins;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.DictIterObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.SlotWrappers;
import org.minipy.runtime.object.StaticMethodObject;
import org.minipy.runtime.object.Types;

/** The methods of collections.OrderedDict (odict_methods and its slot wrappers), with CPython's signatures. */
final class OrderedDictMethods {
    private OrderedDictMethods() {}

    static void define(OrderedDict.Type t, DequeMethods.Definer method, DequeMethods.KwDefiner methodWithKeywords) {
        methodWithKeywords.method("__init__", (self, a, o, n, kw) -> {
            OrderedDict.init(self, a, o, n, kw);
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__setitem__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 2);
            OrderedDict.setItem(self, a[o], a[o + 1]);
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__delitem__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 1);
            OrderedDict.delItem(self, a[o]);
            return BoolObject.none();
        });
        SlotWrappers.define(t, "__iter__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return t.iter(self);
        });
        SlotWrappers.define(t, "__repr__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 0);
            return org.minipy.runtime.object.StrObject.fromJava(t.repr(self));
        });
        SlotWrappers.comparisons(t);
        SlotWrappers.binary(t, "__or__", "__ror__", Ops.NB_OR);
        SlotWrappers.define(t, "__ior__", (self, a, o, n) -> {
            SlotWrappers.expect(n, 1);
            long r = t.binaryOp(self, a[o], Ops.NB_INPLACE_OFFSET + Ops.NB_OR);
            return r != 0 ? r : org.minipy.runtime.object.NotImplementedObject.get();
        });
        method.method("__sizeof__", (self, a, o, n) -> {
            Args.exactly("__sizeof__", n, 0);
            return IntObject.fromLong(Types.of(self).sizeof(self));
        });
        method.method("__reversed__", (self, a, o, n) -> {
            Args.exactly("__reversed__", n, 0);
            return OrderedDict.iterator(self, OrderedDictIterators.IteratorType.KEYS_KIND, true);
        });
        method.method("keys", (self, a, o, n) -> {
            Args.exactly("keys", n, 0);
            return DictIterObject.view(OrderedDict.KEYS, self);
        });
        method.method("values", (self, a, o, n) -> {
            Args.exactly("values", n, 0);
            return DictIterObject.view(OrderedDict.VALUES, self);
        });
        method.method("items", (self, a, o, n) -> {
            Args.exactly("items", n, 0);
            return DictIterObject.view(OrderedDict.ITEMS, self);
        });
        methodWithKeywords.method("update", (self, a, o, n, kw) -> {
            OrderedDict.update(self, a, o, n, kw);
            return BoolObject.none();
        });
        methodWithKeywords.method("pop", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("pop", new String[] {"key", "default"}, 0, 1, a, o, n, kw);
            return OrderedDict.pop(self, p[0], p[1]);
        });
        methodWithKeywords.method("popitem", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("popitem", new String[] {"last"}, 0, 0, a, o, n, kw);
            return OrderedDict.popItem(self, p[0] == 0 || Ops.isTrue(p[0]));
        });
        methodWithKeywords.method("move_to_end", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("move_to_end", new String[] {"key", "last"}, 0, 1, a, o, n, kw);
            OrderedDict.moveToEnd(self, p[0], p[1] == 0 || Ops.isTrue(p[1]));
            return BoolObject.none();
        });
        methodWithKeywords.method("setdefault", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("setdefault", new String[] {"key", "default"}, 0, 1, a, o, n, kw);
            return OrderedDict.setDefault(self, p[0], p[1] == 0 ? BoolObject.NONE : p[1]);
        });
        method.method("clear", (self, a, o, n) -> {
            Args.exactly("clear", n, 0);
            OrderedDict.clear(self);
            return BoolObject.none();
        });
        method.method("copy", (self, a, o, n) -> {
            Args.exactly("copy", n, 0);
            return OrderedDict.copyOf(self);
        });
        long fromkeys = CFunctionObject.createWithKeywords("fromkeys", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("fromkeys", new String[] {"iterable", "value"}, 0, 1, a, o + 1, n - 1, kw);
            return fromKeys(a[o], p[0], p[1] == 0 ? BoolObject.NONE : p[1]);
        }, 0, 0);
        long cm = StaticMethodObject.create(Types.CLASSMETHOD, fromkeys);
        t.putInDict(Names.get("fromkeys"), cm);
        Heap.decref(cm);
        Heap.decref(fromkeys);
    }

    /** _PyDict_FromKeys for a class that is not dict: cls() then cls[key] = value for each key. */
    private static long fromKeys(long cls, long iterable, long value) {
        long d = Calls.call(cls, new long[0], 0, 0);
        try {
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
        } catch (PyException e) {
            Heap.decref(d);
            throw e;
        }
        return d;
    }
}
