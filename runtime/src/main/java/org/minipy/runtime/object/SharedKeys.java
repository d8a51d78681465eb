package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * A class's shared keys (ht_cached_keys): a PyDictKeysObject of kind split whose entries are the
 * attribute names its instances have set, in first-set order. Instances keep only a values array
 * indexed by entry position (CPython 3.11's split-table scheme, dictobject.c).
 *
 * <pre>
 * keys: dk_refcnt, dk_log2_size (6), dk_log2_index_bytes (6), dk_kind (split), dk_version,
 *       dk_usable, dk_nentries, 64 one-byte indices, 42 entries of [key, value (always NULL)]
 * values (PyDictValues, from PyMem_Malloc):
 *       ... insertion order bytes (growing down) | count | prefix size | values[0 .. size)
 *                                                                     ^ the values pointer
 * </pre>
 *
 * A new keys object has room for SHARED_KEYS_MAX_SIZE (30) names; each new instance takes one
 * (dk_usable is decremented before its values array is sized as dk_nentries + dk_usable), so a
 * name can always be stored in the values of every instance that can see it.
 */
public final class SharedKeys {
    public static final int DICT_KEYS_SPLIT = 2;
    public static final int SHARED_KEYS_MAX_SIZE = 30;
    private static final int LOG2_SIZE = 6;
    private static final long SIZE = 1L << LOG2_SIZE;
    private static final long ENTRIES = DK_INDICES + SIZE;
    private static final long ENTRY_SIZE = 16;

    private SharedKeys() {}

    /** _PyDict_NewKeysForClass. */
    static long create() {
        long usableFraction = (SIZE << 1) / 3;
        long total = ENTRIES + usableFraction * ENTRY_SIZE;
        long k = ObjectAllocator.malloc(total);
        Memory.putLong(k + DK_REFCNT, 1);
        Memory.putByte(k + DK_LOG2_SIZE, (byte) LOG2_SIZE);
        Memory.putByte(k + DK_LOG2_INDEX_BYTES, (byte) LOG2_SIZE);
        Memory.putByte(k + DK_KIND, (byte) DICT_KEYS_SPLIT);
        Memory.putByte(k + DK_KIND + 1, (byte) 0);
        Memory.putInt(k + DK_VERSION, 0);
        Memory.putLong(k + DK_USABLE, SHARED_KEYS_MAX_SIZE);
        Memory.putLong(k + DK_NENTRIES, 0);
        Memory.fill(k + DK_INDICES, SIZE, (byte) 0xFF);
        Memory.fill(k + ENTRIES, usableFraction * ENTRY_SIZE, (byte) 0);
        return k;
    }

    /** _PyDict_KeysSize: what type.__sizeof__ adds for the keys. */
    static long byteSize(long k) {
        return ENTRIES + ((SIZE << 1) / 3) * ENTRY_SIZE;
    }

    static long nentries(long k) {
        return Memory.getLong(k + DK_NENTRIES);
    }

    static long usable(long k) {
        return Memory.getLong(k + DK_USABLE);
    }

    /** shared_keys_usable_size: how many values an instance made now gets. */
    static int usableSize(long k) {
        return (int) (nentries(k) + usable(k));
    }

    /** Borrowed name at entry ix. */
    static long keyAt(long k, long ix) {
        return Memory.getLong(k + ENTRIES + ix * ENTRY_SIZE);
    }

    /** Called for each new instance (init_inline_values): takes one unit of room. */
    static void reserveForInstance(long k) {
        long u = usable(k);
        if (u > 1) {
            Memory.putLong(k + DK_USABLE, u - 1);
        }
    }

    /** unicodekeys_lookup_unicode: the entry index of the str name, or -1. */
    static int lookup(long k, long name) {
        long hash = StrObject.hash(name);
        long mask = SIZE - 1;
        long i = hash & mask;
        long perturb = hash;
        while (true) {
            int ix = Memory.getByte(k + DK_INDICES + i);
            if (ix >= 0) {
                long key = keyAt(k, ix);
                if (key == name || (StrObject.hash(key) == hash && StrObject.equal(key, name))) {
                    return ix;
                }
            } else if (ix == -1) {
                return -1;
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    /** insert_into_dictkeys: the entry index of name, adding it while there is room; -1 when full. */
    static int insert(long k, long name) {
        int ix = lookup(k, name);
        if (ix >= 0) {
            return ix;
        }
        if (usable(k) <= 0) {
            return -1;
        }
        long hash = StrObject.hash(name);
        long mask = SIZE - 1;
        long i = hash & mask;
        long perturb = hash;
        while (Memory.getByte(k + DK_INDICES + i) >= 0) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        ix = (int) nentries(k);
        Memory.putInt(k + DK_VERSION, 0);
        Memory.putByte(k + DK_INDICES + i, (byte) ix);
        Memory.putLong(k + ENTRIES + ix * ENTRY_SIZE, Heap.newRef(name));
        Memory.putLong(k + DK_USABLE, usable(k) - 1);
        Memory.putLong(k + DK_NENTRIES, ix + 1);
        return ix;
    }

    /** dictkeys_decref: frees the keys (dropping the names in entry order) at the last reference. */
    static void decref(long k) {
        long rc = Memory.getLong(k + DK_REFCNT) - 1;
        Memory.putLong(k + DK_REFCNT, rc);
        if (rc > 0) {
            return;
        }
        for (long i = 0, n = nentries(k); i < n; i++) {
            Heap.xdecref(keyAt(k, i));
        }
        ObjectAllocator.free(k);
    }

    // ---- values arrays

    /** new_values: an array of size NULL values with its insertion-order prefix. */
    static long newValues(int size) {
        long prefix = (size + 2 + 7) & ~7L;
        long mem = ObjectAllocator.malloc(prefix + 8L * size);
        Memory.putByte(mem + prefix - 1, (byte) prefix);
        Memory.putByte(mem + prefix - 2, (byte) 0);
        Memory.fill(mem + prefix, 8L * size, (byte) 0);
        return mem + prefix;
    }

    static void freeValues(long values) {
        ObjectAllocator.free(values - (Memory.getByte(values - 1) & 0xFF));
    }

    static long value(long values, long ix) {
        return Memory.getLong(values + 8 * ix);
    }

    static void setValue(long values, long ix, long v) {
        Memory.putLong(values + 8 * ix, v);
    }

    /** How many values are set (the insertion-order count). */
    static int orderCount(long values) {
        return Memory.getByte(values - 2) & 0xFF;
    }

    /** The entry index set i-th. */
    static int orderAt(long values, int i) {
        return Memory.getByte(values - 3 - i) & 0xFF;
    }

    /** _PyDictValues_AddToInsertionOrder. */
    static void addToOrder(long values, int ix) {
        int size = orderCount(values) + 1;
        Memory.putByte(values - 2 - size, (byte) ix);
        Memory.putByte(values - 2, (byte) size);
    }

    /** delete_index_from_values. */
    static void deleteFromOrder(long values, int ix) {
        int size = orderCount(values);
        int i = 1;
        while ((Memory.getByte(values - 2 - i) & 0xFF) != ix) {
            i++;
        }
        for (; i < size; i++) {
            Memory.putByte(values - 2 - i, Memory.getByte(values - 3 - i));
        }
        Memory.putByte(values - 2, (byte) (size - 1));
    }
}
