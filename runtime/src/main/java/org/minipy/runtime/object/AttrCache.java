package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * What the interpreter's inline caches for attributes need, as CPython 3.11's specialised
 * LOAD_ATTR_INSTANCE_VALUE, STORE_ATTR_INSTANCE_VALUE, LOAD_METHOD_WITH_VALUES and
 * LOAD_METHOD_NO_DICT do: a cache entry is made after the generic path has run, only when the
 * generic rules would give the same answer for every object of that type while the type's version
 * tag holds (no custom __getattribute__/__setattr__, no data descriptor of the name on the type);
 * a hit checks the tag (a class attribute change takes it away) and what depends on the object
 * itself (its inline values, the shared keys).
 *
 * <p>Entry 0 is no entry (tags are never 0). Keys: an attribute entry is {@code tag | index << 32} (the name's index in the class's shared
 * keys); a method entry is {@code tag | sharedKeysCount << 32} with the descriptor beside it.
 */
public final class AttrCache {
    private AttrCache() {}

    /** The version tag of obj's type, 0 when it has none (read from the type object). */
    public static int tagOf(long obj) {
        return Memory.getInt(Memory.getLong(obj + OB_TYPE) + TP_VERSION_TAG);
    }

    // ---- instance values

    /**
     * After a load of obj.name by the generic path: the entry that lets the next load take the
     * value from obj's inline values, or 0 when the load cannot be cached.
     */
    public static long attributeEntry(long obj, long name) {
        if (!(Types.of(obj) instanceof HeapType h) || !plainAttributes(h) || !h.managedDict) {
            return 0;
        }
        long descr = h.lookup(name);
        if (descr != 0 && Attributes.isData(descr)) {
            return 0;
        }
        if (InstanceObject.values(obj) == 0 || !StrObject.check(name)) {
            return 0;
        }
        int ix = SharedKeys.lookup(h.cachedKeys(), name);
        int tag = h.currentVersionTag();
        return ix < 0 || tag == 0 ? 0 : (tag & 0xFFFFFFFFL) | (long) ix << 32;
    }

    /** The value (borrowed) entry says obj has, or 0 on a miss. */
    public static long loadAttribute(long obj, long entry) {
        if (entry == 0 || tagOf(obj) != (int) entry) {
            return 0;
        }
        long values = Memory.getLong(obj + MANAGED_VALUES);
        return values == 0 ? 0 : Memory.getLong(values + 8 * (entry >>> 32));
    }

    /**
     * obj.name = value through the entry, when obj has its inline values (takes a new reference to
     * value); false on a miss, nothing done.
     */
    public static boolean storeAttribute(long obj, long entry, long value) {
        if (entry == 0 || tagOf(obj) != (int) entry) {
            return false;
        }
        long values = Memory.getLong(obj + MANAGED_VALUES);
        if (values == 0) {
            return false;
        }
        int ix = (int) (entry >>> 32);
        long slot = values + 8L * ix;
        long old = Memory.getLong(slot);
        Heap.incref(value);
        Memory.putLong(slot, value);
        if (old == 0) {
            // a new attribute of this instance (its name already in the class's shared keys): it
            // also goes in the insertion order, as 3.11's STORE_ATTR_INSTANCE_VALUE does
            SharedKeys.addToOrder(values, ix);
        } else {
            Heap.decref(old);
        }
        return true;
    }

    /** The entry for storing obj.name as the generic path just did, or 0. */
    public static long storeEntry(long obj, long name) {
        if (Types.of(obj) instanceof HeapType h && h.find("__setattr__") != 0) {
            return 0;
        }
        return attributeEntry(obj, name);
    }

    private static boolean plainAttributes(HeapType h) {
        return h.builtin == Types.OBJECT && h.find("__getattribute__") == 0;
    }

    // ---- methods

    /**
     * After LOAD_METHOD found descr (a function or method descriptor, borrowed) on obj's type for
     * name: the entry for the next time, or 0. For a class, obj's inline values must not have the
     * name: the entry records how many names the shared keys had, and a hit needs the same count
     * (shared keys only grow). For a built-in type, its instances must have no dict at all.
     */
    public static long methodEntry(long obj, long name, long descr) {
        PyType t = Types.of(obj);
        if (!(FunctionObject.check(descr) || MethodDescrObject.check(descr)) || t.lookup(name) != descr) {
            return 0;
        }
        if (t instanceof HeapType h) {
            if (!plainAttributes(h) || !h.managedDict || InstanceObject.values(obj) == 0
                    || h.find("__getattr__") != 0) {
                return 0;
            }
            long keys = h.cachedKeys();
            if (SharedKeys.lookup(keys, name) >= 0) {
                return 0;
            }
            int tag = h.currentVersionTag();
            return tag == 0 ? 0 : (tag & 0xFFFFFFFFL) | SharedKeys.nentries(keys) << 32;
        }
        if (t == Types.TYPE || t == Types.SUPER || t == Types.MODULE || !t.methodShortcut()
                || InstanceObject.dictSlot(obj, t) != 0) {
            return 0;
        }
        int tag = t.currentVersionTag();
        return tag == 0 ? 0 : (tag & 0xFFFFFFFFL) | (-1L << 32);
    }

    /** Whether entry (from {@link #methodEntry}) still holds for obj. */
    public static boolean methodHolds(long obj, long entry) {
        if (entry == 0) {
            return false;
        }
        long type = Memory.getLong(obj + OB_TYPE);
        if (Memory.getInt(type + TP_VERSION_TAG) != (int) entry) {
            return false;
        }
        long count = entry >> 32;
        if (count == -1) {
            return true; // a built-in type without instance dicts
        }
        return Memory.getLong(obj + MANAGED_VALUES) != 0
                && SharedKeys.nentries(Memory.getLong(type + HT_CACHED_KEYS)) == count;
    }
}
