package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * Where an instance keeps its attributes.
 *
 * <p>A class whose bases all have fixed-size layouts gets Py_TPFLAGS_MANAGED_DICT: its instances
 * carry a 16-byte pre-header before the GC header (CPython 3.11):
 *
 * <pre>
 *  obj-32  values (PyDictValues*)   inline attribute values, indexed by the class's shared keys
 *  obj-24  dict (PyObject*)         the __dict__, once materialised
 *  obj-16  _gc_next, obj-8 _gc_prev
 *  obj+0   ob_refcnt, ob_type, then the base's fields (and __weakref__ for plain classes)
 * </pre>
 *
 * Exactly one of values and dict is in use: attributes live in the values array until the
 * program asks for {@code __dict__} (or a name does not fit the shared keys), when a dict is made
 * from them and owns them from then on. Other instances with a dict (exception subclasses, whose
 * base has its own dict field) keep it at a fixed offset.
 */
public final class InstanceObject {
    private InstanceObject() {}

    static boolean isManaged(PyType tp) {
        return (Memory.getLong(tp.address + TP_FLAGS) & TPFLAGS_MANAGED_DICT) != 0;
    }

    /** The address of obj's dict pointer word, or 0 when instances of tp have no dict. */
    static long dictSlot(long obj, PyType tp) {
        if (tp instanceof HeapType h) {
            if (h.managedDict) {
                return obj + MANAGED_DICT;
            }
            if (h.dictOffset < 0) {
                return BuiltinSubclasses.varDictSlot(obj, h);
            }
            return h.dictOffset == 0 ? 0 : obj + h.dictOffset;
        }
        long offset = tp.instanceDictOffset();
        return offset == 0 ? 0 : obj + offset;
    }

    static long values(long obj) {
        return Memory.getLong(obj + MANAGED_VALUES);
    }

    /** init_inline_values: a fresh values array sized by the class's shared keys. */
    static void initValues(long obj, HeapType t) {
        long keys = t.cachedKeys();
        SharedKeys.reserveForInstance(keys);
        Memory.putLong(obj + MANAGED_VALUES, SharedKeys.newValues(SharedKeys.usableSize(keys)));
    }

    /** The attribute stored on obj under name (borrowed), or 0. */
    static long lookup(long obj, PyType tp, long name) {
        long slot = dictSlot(obj, tp);
        if (slot == 0) {
            return 0;
        }
        if (tp instanceof HeapType h && h.managedDict) {
            long values = values(obj);
            if (values != 0) {
                int ix = SharedKeys.lookup(h.cachedKeys(), name);
                return ix < 0 ? 0 : SharedKeys.value(values, ix);
            }
        }
        long dict = Memory.getLong(slot);
        return dict == 0 ? 0 : DictObject.get(dict, name);
    }

    /**
     * Stores (value 0: deletes) obj's attribute name; false when obj has no dict at all. Deleting
     * a missing attribute raises AttributeError.
     */
    static boolean store(long obj, PyType tp, long name, long value) {
        long slot = dictSlot(obj, tp);
        if (slot == 0) {
            return false;
        }
        if (tp instanceof HeapType h && h.managedDict && values(obj) != 0) {
            if (storeInValues(obj, h, name, value)) {
                return true;
            }
            materialise(obj, h);
        }
        long dict = Memory.getLong(slot);
        if (value != 0) {
            if (dict == 0) {
                dict = DictObject.create();
                Memory.putLong(slot, dict);
            }
            DictObject.set(dict, name, value);
        } else if (dict == 0 || !DictObject.delete(dict, name)) {
            throw noAttribute(tp, name);
        }
        return true;
    }

    /** _PyObject_StoreInstanceAttribute; false when the name does not fit the shared keys. */
    private static boolean storeInValues(long obj, HeapType h, long name, long value) {
        if (!StrObject.check(name) || Types.of(name) != Types.STR) {
            return false;
        }
        int ix = SharedKeys.insert(h.cachedKeys(), name);
        if (ix < 0) {
            return false;
        }
        long values = values(obj);
        long old = SharedKeys.value(values, ix);
        if (value != 0) {
            Heap.incref(value);
        }
        SharedKeys.setValue(values, ix, value);
        if (old == 0) {
            if (value == 0) {
                throw noAttribute(h, name);
            }
            SharedKeys.addToOrder(values, ix);
        } else {
            if (value == 0) {
                SharedKeys.deleteFromOrder(values, ix);
            }
            Heap.decref(old);
        }
        return true;
    }

    static PyException noAttribute(PyType tp, long name) {
        return Errors.attributeError("'" + tp.name + "' object has no attribute '" + StrObject.toJava(name) + "'");
    }

    /**
     * object_set_class (obj.__class__ = value): only between classes whose instances have the same
     * layout; the inline values are turned into a dict first, since the new class has other shared
     * keys.
     */
    public static void setClass(long obj, long value) {
        if (value == 0) {
            throw Errors.typeError("can't delete __class__ attribute");
        }
        if (!TypeObject.isType(value)) {
            throw Errors.typeError("__class__ must be set to a class, not '" + Types.of(value).name + "' object");
        }
        PyType oldto = Types.of(obj);
        PyType newto = Types.ofTypeObject(value);
        if (!(oldto instanceof HeapType o) || !(newto instanceof HeapType n)) {
            throw Errors.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (o.builtin != n.builtin || o.basicSize != n.basicSize || o.itemSize != n.itemSize
                || o.managedDict != n.managedDict || o.dictOffset != n.dictOffset
                || o.weaklistOffset != n.weaklistOffset
                || !java.util.Arrays.equals(o.slotOffsets, n.slotOffsets)) {
            throw Errors.typeError("__class__ assignment: '" + n.name + "' object layout differs from '"
                    + o.name + "'");
        }
        if (o.managedDict && values(obj) != 0) {
            materialise(obj, o);
        }
        Heap.incref(value);
        Memory.putLong(obj + OB_TYPE, value);
        Heap.decref(o.address);
    }

    /**
     * make_dict_from_instance_attributes: a new split-table dict over the class's shared keys that
     * owns the inline values from now on.
     */
    private static long materialise(long obj, HeapType h) {
        long dict = SplitDict.fromValues(h.cachedKeys(), values(obj));
        Memory.putLong(obj + MANAGED_VALUES, 0);
        Memory.putLong(obj + MANAGED_DICT, dict);
        return dict;
    }

    /**
     * The instance dict if it exists now (borrowed), else 0: unlike {@link #getDict} it never makes
     * one, so tools that look at the heap (objgraph) do not change it.
     */
    public static long existingDict(long obj) {
        PyType tp = Types.of(obj);
        long slot = dictSlot(obj, tp);
        if (slot == 0 || (tp instanceof HeapType h && h.managedDict && values(obj) != 0)) {
            return 0;
        }
        return Memory.getLong(slot);
    }

    /** obj.__dict__: a new reference to the instance dict, made now if needed; 0 when obj has none. */
    public static long getDict(long obj) {
        PyType tp = Types.of(obj);
        long slot = dictSlot(obj, tp);
        if (slot == 0) {
            return 0;
        }
        if (tp instanceof HeapType h && h.managedDict && values(obj) != 0) {
            return Heap.newRef(materialise(obj, h));
        }
        long dict = Memory.getLong(slot);
        if (dict == 0) {
            dict = DictObject.create();
            Memory.putLong(slot, dict);
        }
        return Heap.newRef(dict);
    }

    /** obj.__dict__ = dict (a dict is required). */
    static void setDict(long obj, long dict) {
        PyType tp = Types.of(obj);
        long slot = dictSlot(obj, tp);
        if (slot == 0) {
            throw Errors.attributeError("This object has no __dict__");
        }
        if (!DictObject.check(dict)) {
            throw Errors.typeError("__dict__ must be set to a dictionary, not a '" + Types.of(dict).name + "'");
        }
        if (tp instanceof HeapType h && h.managedDict && values(obj) != 0) {
            freeValues(obj, h);
        }
        long old = Memory.getLong(slot);
        Memory.putLong(slot, Heap.newRef(dict));
        Heap.xdecref(old);
    }

    /** _PyObject_FreeInstanceAttributes: drops the inline values in index order and frees them. */
    static void freeValues(long obj, HeapType h) {
        long values = values(obj);
        if (values == 0) {
            return;
        }
        Memory.putLong(obj + MANAGED_VALUES, 0);
        for (long i = 0, n = SharedKeys.nentries(h.cachedKeys()); i < n; i++) {
            Heap.xdecref(SharedKeys.value(values, i));
        }
        SharedKeys.freeValues(values);
    }

    /**
     * _PyObject_ClearInstanceAttributes (subtype_clear): each inline value is cleared in index
     * order; the values array itself stays until the instance dies.
     */
    static void clearValues(long obj, HeapType h) {
        long values = values(obj);
        if (values == 0) {
            return;
        }
        for (long i = 0, n = SharedKeys.nentries(h.cachedKeys()); i < n; i++) {
            long v = SharedKeys.value(values, i);
            if (v != 0) {
                SharedKeys.setValue(values, i, 0);
                Heap.decref(v);
            }
        }
    }

    /** Dealloc: the dict if there is one, else the inline values. */
    static void clearManaged(long obj, HeapType h) {
        long dict = Memory.getLong(obj + MANAGED_DICT);
        if (dict != 0) {
            Memory.putLong(obj + MANAGED_DICT, 0);
            Heap.decref(dict);
        } else {
            freeValues(obj, h);
        }
    }

    /** Visits the inline values (in index order) or the dict. */
    static void traverse(long obj, HeapType h, PyType.Visitor visit) {
        if (h.managedDict) {
            long values = values(obj);
            if (values != 0) {
                for (long i = 0, n = SharedKeys.nentries(h.cachedKeys()); i < n; i++) {
                    long v = SharedKeys.value(values, i);
                    if (v != 0) {
                        visit.visit(v);
                    }
                }
            }
        }
        long slot = h.managedDict ? obj + MANAGED_DICT : 0;
        if (slot != 0 && Memory.getLong(slot) != 0) {
            visit.visit(Memory.getLong(slot));
        }
    }

    /** The names and values set on obj, in order (for dir and vars without materialising). */
    public static void forEach(long obj, java.util.function.LongConsumer names) {
        PyType tp = Types.of(obj);
        long slot = dictSlot(obj, tp);
        if (slot == 0) {
            return;
        }
        if (tp instanceof HeapType h && h.managedDict && values(obj) != 0) {
            long values = values(obj);
            for (int i = 0, n = SharedKeys.orderCount(values); i < n; i++) {
                names.accept(SharedKeys.keyAt(h.cachedKeys(), SharedKeys.orderAt(values, i)));
            }
            return;
        }
        long dict = Memory.getLong(slot);
        if (dict != 0) {
            for (long i = 0, n = DictObject.entryCount(dict); i < n; i++) {
                long k = DictObject.keyAt(dict, i);
                if (k != 0) {
                    names.accept(k);
                }
            }
        }
    }
}
