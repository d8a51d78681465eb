package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * dict: CPython 3.11's compact, insertion-ordered dict with a combined table.
 *
 * <pre>
 * PyDictObject (48 bytes + GC header)      PyDictKeysObject (ma_keys)
 *  ob_refcnt, ob_type                       dk_refcnt(8) log2_size(1) log2_index_bytes(1) kind(1) . version(4)
 *  ma_used          ---------------------&gt;  dk_usable(8)  dk_nentries(8)
 *  ma_version_tag                           dk_indices: 1 &lt;&lt; log2_size slots of 1/2/4/8 bytes
 *  ma_keys ----------------------------/    entries: [key, value] (all-str keys) or [hash, key, value]
 *  ma_values (always NULL: no split tables yet)
 * </pre>
 *
 * An index slot holds -1 (empty), -2 (dummy: deleted) or the position of an entry. Lookup probes
 * as CPython: {@code i = (i * 5 + perturb + 1) & mask} with {@code perturb >>= 5}. An empty dict
 * shares the static empty keys object, which sizeof does not count. A dict starts untracked and
 * is tracked once it holds a value the collector may track.
 */
public final class DictObject {
    private static final int LOG_MINSIZE = 3;
    private static final long EMPTY_INDEX = -1;
    private static final long DUMMY_INDEX = -2;
    private static final long EMPTY_KEYS = makeEmptyKeys();

    private DictObject() {}

    private static long makeEmptyKeys() {
        long k = Memory.allocateNative(DK_INDICES + 8);
        Memory.putLong(k + DK_REFCNT, 1);
        Memory.putByte(k + DK_LOG2_SIZE, (byte) LOG_MINSIZE);
        Memory.putByte(k + DK_LOG2_INDEX_BYTES, (byte) LOG_MINSIZE);
        Memory.putByte(k + DK_KIND, (byte) DICT_KEYS_UNICODE);
        Memory.putInt(k + DK_VERSION, 1);
        Memory.putLong(k + DK_USABLE, 0);
        Memory.putLong(k + DK_NENTRIES, 0);
        Memory.putLong(k + DK_INDICES, -1L);
        return k;
    }

    /** A new empty dict (PyDict_New: from the free list when it has one). */
    public static long create() {
        long d;
        if (numFree > 0) {
            d = FREE_LIST[--numFree];
            Memory.putLong(d + OB_REFCNT, 1);
        } else {
            d = Heap.allocObject(Types.DICT.address, DICT_SIZE, true);
        }
        return init(d);
    }

    /**
     * A new empty instance of a built-in dict subclass (collections.defaultdict): size bytes with the
     * dict's fields first and the rest zeroed, tracked from birth as PyType_GenericAlloc leaves it.
     */
    public static long allocSubclass(PyType type, long size) {
        long d = Heap.allocObject(type.address, size, true);
        Memory.fill(d + DICT_SIZE, size - DICT_SIZE, (byte) 0);
        init(d);
        Heap.track(d);
        return d;
    }

    /** A new empty dict that bypasses the free list, as {@code dict()} does (PyType_GenericAlloc). */
    public static long createFresh() {
        return init(Heap.allocObject(Types.DICT.address, DICT_SIZE, true));
    }

    private static long init(long d) {
        Memory.putLong(d + DICT_USED, 0);
        Memory.putLong(d + DICT_VERSION, ++globalVersion);
        Memory.putLong(d + DICT_KEYS, EMPTY_KEYS);
        Memory.putLong(d + DICT_VALUES, 0);
        return d;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.DICT.address;
    }

    /** PyDict_Check: a dict or an instance of a dict subclass. */
    public static boolean checkSub(long obj) {
        return Types.typeAddressOf(obj) == Types.DICT.address || Types.of(obj).isSubtypeOf(Types.DICT);
    }

    public static long size(long d) {
        return Memory.getLong(d + DICT_USED);
    }

    // ---- the free lists (CPython 3.11's dictobject.c)
    //
    // Up to MAXFREELIST dead dict objects (exact dicts, kept untracked with their GC header) and
    // up to MAXFREELIST keys objects, only the minimum-size (8 slots) all-str kind, are kept in
    // arrays and reused last in, first out: PyDict_New takes a dict from its list, and a new
    // 8-slot str-keys table comes from the keys list.

    /** PyDict_MAXFREELIST. */
    public static final int MAXFREELIST = 80;
    private static final long[] FREE_LIST = new long[MAXFREELIST];
    private static int numFree;
    private static final long[] KEYS_FREE_LIST = new long[MAXFREELIST];
    private static int keysNumFree;

    /** _PyDict_ClearFreeList: the kept dicts, then the kept keys tables, go back to the allocator. */
    static void clearFreeList() {
        while (numFree > 0) {
            Heap.freeObject(FREE_LIST[--numFree], true);
        }
        while (keysNumFree > 0) {
            ObjectAllocator.free(KEYS_FREE_LIST[--keysNumFree]);
        }
    }

    /** Calls f with each dict parked on the free list (dead blocks, for the heap verifier). */
    static void forEachFree(java.util.function.LongConsumer f) {
        for (int i = 0; i < numFree; i++) {
            f.accept(FREE_LIST[i]);
        }
    }

    /** Dict objects on the free list ({@code sys._debugmallocstats}). */
    public static int numFree() {
        return numFree;
    }

    /** Keys objects on the keys free list. */
    public static int keysNumFree() {
        return keysNumFree;
    }

    /** free_keys_object's last step: keep a minimum-size str-keys table, else free it. */
    private static void freeKeys(long k) {
        if ((Memory.getByte(k + DK_LOG2_SIZE) & 0xFF) == LOG_MINSIZE && isUnicode(k) && keysNumFree < MAXFREELIST) {
            KEYS_FREE_LIST[keysNumFree++] = k;
            return;
        }
        ObjectAllocator.free(k);
    }

    // ---- keys objects

    private static long newKeys(int log2Size, boolean unicode) {
        long size = 1L << log2Size;
        int log2Bytes = size <= 0x80 ? 0 : size <= 0x8000 ? 1 : size <= 0x80000000L ? 2 : 3;
        int log2IndexBytes = log2Size + log2Bytes;
        long usable = (size << 1) / 3;
        long entrySize = unicode ? 16 : 24;
        long total = DK_INDICES + (1L << log2IndexBytes) + usable * entrySize;
        long k = log2Size == LOG_MINSIZE && unicode && keysNumFree > 0 ? KEYS_FREE_LIST[--keysNumFree]
                : ObjectAllocator.malloc(total);
        Memory.putLong(k + DK_REFCNT, 1);
        Memory.putByte(k + DK_LOG2_SIZE, (byte) log2Size);
        Memory.putByte(k + DK_LOG2_INDEX_BYTES, (byte) log2IndexBytes);
        Memory.putByte(k + DK_KIND, (byte) (unicode ? DICT_KEYS_UNICODE : DICT_KEYS_GENERAL));
        Memory.putByte(k + DK_KIND + 1, (byte) 0);
        Memory.putInt(k + DK_VERSION, ++nextKeysId); // (see keysId)
        Memory.putLong(k + DK_USABLE, usable);
        Memory.putLong(k + DK_NENTRIES, 0);
        Memory.fill(k + DK_INDICES, 1L << log2IndexBytes, (byte) 0xFF);
        Memory.fill(k + DK_INDICES + (1L << log2IndexBytes), usable * entrySize, (byte) 0);
        return k;
    }

    /** _PyDict_KeysSize. */
    static long keysSize(long k) {
        long size = 1L << (Memory.getByte(k + DK_LOG2_SIZE) & 0xFF);
        long usable = (size << 1) / 3;
        return DK_INDICES + (1L << (Memory.getByte(k + DK_LOG2_INDEX_BYTES) & 0xFF)) + usable * entrySize(k);
    }

    private static boolean isUnicode(long k) {
        return Memory.getByte(k + DK_KIND) == DICT_KEYS_UNICODE;
    }

    private static long entrySize(long k) {
        return isUnicode(k) ? 16 : 24;
    }

    private static long mask(long k) {
        return (1L << (Memory.getByte(k + DK_LOG2_SIZE) & 0xFF)) - 1;
    }

    private static long entries(long k) {
        return k + DK_INDICES + (1L << (Memory.getByte(k + DK_LOG2_INDEX_BYTES) & 0xFF));
    }

    private static long indexBytes(long k) {
        return 1L << ((Memory.getByte(k + DK_LOG2_INDEX_BYTES) & 0xFF) - (Memory.getByte(k + DK_LOG2_SIZE) & 0xFF));
    }

    private static long getIndex(long k, long i) {
        long base = k + DK_INDICES;
        return switch ((int) indexBytes(k)) {
            case 1 -> Memory.getByte(base + i);
            case 2 -> Memory.getShort(base + 2 * i);
            case 4 -> Memory.getInt(base + 4 * i);
            default -> Memory.getLong(base + 8 * i);
        };
    }

    private static void setIndex(long k, long i, long ix) {
        long base = k + DK_INDICES;
        switch ((int) indexBytes(k)) {
            case 1 -> Memory.putByte(base + i, (byte) ix);
            case 2 -> Memory.putShort(base + 2 * i, (short) ix);
            case 4 -> Memory.putInt(base + 4 * i, (int) ix);
            default -> Memory.putLong(base + 8 * i, ix);
        }
    }

    /** Address of entry ix's key word; the value word follows it. */
    private static long entryKeyAddress(long k, long ix) {
        long es = entrySize(k);
        long e = entries(k) + ix * es;
        return es == 16 ? e : e + 8;
    }

    private static long entryHash(long k, long ix) {
        long keyAddr = entryKeyAddress(k, ix);
        return isUnicode(k) ? StrObject.hash(Memory.getLong(keyAddr)) : Memory.getLong(keyAddr - 8);
    }

    // ---- lookup

    /** The entry index of key, or -1. */
    private static long lookup(long k, long key, long hash) {
        int log2Size = Memory.getByte(k + DK_LOG2_SIZE) & 0xFF;
        int log2IndexBytes = Memory.getByte(k + DK_LOG2_INDEX_BYTES) & 0xFF;
        int width = log2IndexBytes - log2Size;
        long mask = (1L << log2Size) - 1;
        long indices = k + DK_INDICES;
        long entries = indices + (1L << log2IndexBytes);
        boolean unicode = isUnicode(k);
        long i = hash & mask;
        long perturb = hash;
        while (true) {
            long ix = switch (width) {
                case 0 -> Memory.getByte(indices + i);
                case 1 -> Memory.getShort(indices + 2 * i);
                case 2 -> Memory.getInt(indices + 4 * i);
                default -> Memory.getLong(indices + 8 * i);
            };
            if (ix == EMPTY_INDEX) {
                return -1;
            }
            if (ix >= 0) {
                if (unicode) { // [key, value] entries; a str key's hash is cached in the str
                    long ek = Memory.getLong(entries + 16 * ix);
                    if (ek == key || StrObject.hash(ek) == hash && Ops.equal(ek, key)) {
                        return ix;
                    }
                } else { // [hash, key, value]
                    long e = entries + 24 * ix;
                    long ek = Memory.getLong(e + 8);
                    if (ek == key || Memory.getLong(e) == hash && Ops.equal(ek, key)) {
                        return ix;
                    }
                }
            }
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
    }

    private static long findEmptySlot(long k, long hash) {
        long mask = mask(k);
        long i = hash & mask;
        long perturb = hash;
        while (getIndex(k, i) >= 0 || getIndex(k, i) == DUMMY_INDEX) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    private static long findSlotOf(long k, long hash, long ix) {
        long mask = mask(k);
        long i = hash & mask;
        long perturb = hash;
        while (getIndex(k, i) != ix) {
            perturb >>>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        return i;
    }

    /** Borrowed value for key, or 0 when absent. */
    public static long get(long d, long key) {
        if (SplitDict.isSplit(d)) {
            return SplitDict.get(d, key);
        }
        return getKnownHash(d, key, Ops.hash(key));
    }

    /** _PyDict_GetItem_KnownHash: borrowed value for key whose hash is known, or 0 (combined tables only). */
    public static long getKnownHash(long d, long key, long hash) {
        long k = Memory.getLong(d + DICT_KEYS);
        long ix = lookup(k, key, hash);
        return ix < 0 ? 0 : Memory.getLong(entryKeyAddress(k, ix) + 8);
    }

    /**
     * The entry index of key (its position among the entries, deleted ones counted), or -1 when
     * absent: what collections.OrderedDict indexes its node table by (_odict_get_index_raw).
     */
    public static long entryIndex(long d, long key, long hash) {
        return lookup(Memory.getLong(d + DICT_KEYS), key, hash);
    }

    /** d's keys object: it changes exactly when d's entries are rebuilt (OrderedDict's resize sentinel). */
    public static long keysObject(long d) {
        return Memory.getLong(d + DICT_KEYS);
    }

    /** dk_size: the slots of d's hash table (the empty dict's shared keys have 8). */
    public static long tableSize(long d) {
        return 1L << (Memory.getByte(Memory.getLong(d + DICT_KEYS) + DK_LOG2_SIZE) & 0xFF);
    }

    /**
     * ma_version_tag's source (pydict_global_version): every dict made or changed gets the next
     * value, so a (version) seen twice means the same dict with the same contents.
     */
    private static long globalVersion;

    /** Whether the dict is split (an instance dict sharing its class's keys). */
    public static boolean isSplit(long d) {
        return SplitDict.isSplit(d);
    }

    /** The dict's version tag (ma_version_tag). */
    public static long version(long d) {
        return Memory.getLong(d + DICT_VERSION);
    }

    /**
     * For the interpreter's caches: the entry index of key in a combined dict, or -1 (absent, or a
     * split dict).
     */
    public static long indexOf(long d, long key) {
        if (SplitDict.isSplit(d)) {
            return -1;
        }
        return lookup(Memory.getLong(d + DICT_KEYS), key, Ops.hash(key));
    }

    /**
     * For the interpreter's caches: the address of the value word of entry ix of a combined dict
     * (the key word is just before it). Valid while the dict keeps this keys object.
     */
    public static long valueSlot(long d, long ix) {
        return entryKeyAddress(Memory.getLong(d + DICT_KEYS), ix) + 8;
    }

    /** Identifies keys objects: every keys object made gets the next one (1 is the shared empty keys). */
    private static int nextKeysId = 1;

    /**
     * For the interpreter's caches: an identifier of the dict's keys object that no other keys
     * object made since has had, so a value slot found in it stays where it was while the dict
     * keeps the same id (the keys object's layout never changes).
     */
    public static int keysId(long d) {
        return Memory.getInt(Memory.getLong(d + DICT_KEYS) + DK_VERSION);
    }

    /**
     * The value (borrowed) of entry ix when it is key's live entry in the dict now, or 0: checks
     * what a cached index still says, whatever happened to the dict since.
     */
    public static long valueAtIfKey(long d, long ix, long key) {
        if (SplitDict.isSplit(d)) {
            return 0;
        }
        long k = Memory.getLong(d + DICT_KEYS);
        if (ix >= Memory.getLong(k + DK_NENTRIES)) {
            return 0;
        }
        long e = entryKeyAddress(k, ix);
        return Memory.getLong(e) == key ? Memory.getLong(e + 8) : 0;
    }

    /** Borrowed value for a str key, or 0 when absent. */
    public static long getStr(long d, long key) {
        return get(d, key);
    }

    /** d[key] = value: takes new references to key and value. */
    public static void set(long d, long key, long value) {
        if (SplitDict.isSplit(d) && SplitDict.set(d, key, value)) {
            return;
        }
        setKnownHash(d, key, value, Ops.hash(key));
    }

    /** _PyDict_SetItem_KnownHash: d[key] = value for a key whose hash is known (combined tables only). */
    public static void setKnownHash(long d, long key, long value, long hash) {
        long k = Memory.getLong(d + DICT_KEYS);
        if (k == EMPTY_KEYS) {
            k = newKeys(LOG_MINSIZE, StrObject.check(key));
            Memory.putLong(d + DICT_KEYS, k);
        } else if (isUnicode(k) && !StrObject.check(key)) {
            resize(d, log2For(size(d) * 3), false); // insertion_resize(mp, 0)
            k = Memory.getLong(d + DICT_KEYS);
        }
        maintainTracking(d, key, value);
        long ix = lookup(k, key, hash);
        if (ix >= 0) {
            long valueAddr = entryKeyAddress(k, ix) + 8;
            long old = Memory.getLong(valueAddr);
            Heap.incref(value);
            Memory.putLong(valueAddr, value);
            Memory.putLong(d + DICT_VERSION, ++globalVersion);
            Heap.decref(old);
            return;
        }
        if (Memory.getLong(k + DK_USABLE) <= 0) {
            resize(d, log2For(size(d) * 3), isUnicode(k) && StrObject.check(key));
            k = Memory.getLong(d + DICT_KEYS);
        }
        long slot = findEmptySlot(k, hash);
        long n = Memory.getLong(k + DK_NENTRIES);
        setIndex(k, slot, n);
        long keyAddr = entryKeyAddress(k, n);
        Heap.incref(key);
        Heap.incref(value);
        if (!isUnicode(k)) {
            Memory.putLong(keyAddr - 8, hash);
        }
        Memory.putLong(keyAddr, key);
        Memory.putLong(keyAddr + 8, value);
        Memory.putLong(k + DK_NENTRIES, n + 1);
        Memory.putLong(k + DK_USABLE, Memory.getLong(k + DK_USABLE) - 1);
        Memory.putLong(d + DICT_USED, size(d) + 1);
        Memory.putLong(d + DICT_VERSION, ++globalVersion);
    }

    /** del d[key]; false when the key is absent. */
    public static boolean delete(long d, long key) {
        if (SplitDict.isSplit(d)) {
            return SplitDict.delete(d, key);
        }
        return deleteKnownHash(d, key, Ops.hash(key));
    }

    /** _PyDict_DelItem_KnownHash without the KeyError: false when key is absent (combined tables only). */
    public static boolean deleteKnownHash(long d, long key, long hash) {
        long k = Memory.getLong(d + DICT_KEYS);
        long ix = lookup(k, key, hash);
        if (ix < 0) {
            return false;
        }
        long slot = findSlotOf(k, hash, ix);
        setIndex(k, slot, DUMMY_INDEX);
        long keyAddr = entryKeyAddress(k, ix);
        long oldKey = Memory.getLong(keyAddr);
        long oldValue = Memory.getLong(keyAddr + 8);
        Memory.putLong(keyAddr, 0);
        Memory.putLong(keyAddr + 8, 0);
        Memory.putLong(d + DICT_USED, size(d) - 1);
        Memory.putLong(d + DICT_VERSION, ++globalVersion);
        Heap.decref(oldKey);
        Heap.decref(oldValue);
        return true;
    }

    /**
     * calculate_log2_keysize: CPython 3.11's table size for a growth rate, which is the smallest
     * power of two above {@code (minSize | 8) - 1}, so a rate below 8 gives 16 slots, not 8.
     */
    private static int log2For(long minSize) {
        return 64 - Long.numberOfLeadingZeros(((minSize | (1L << LOG_MINSIZE)) - 1) | ((1L << LOG_MINSIZE) - 1));
    }

    /** dictresize: a fresh keys object holding the live entries in order. */
    private static void resize(long d, int log2Size, boolean unicode) {
        long old = Memory.getLong(d + DICT_KEYS);
        long k = newKeys(log2Size, unicode);
        long n = Memory.getLong(old + DK_NENTRIES);
        long j = 0;
        for (long i = 0; i < n; i++) {
            long keyAddr = entryKeyAddress(old, i);
            long key = Memory.getLong(keyAddr);
            if (key == 0) {
                continue;
            }
            long hash = entryHash(old, i);
            long newKeyAddr = entryKeyAddress(k, j);
            if (!unicode) {
                Memory.putLong(newKeyAddr - 8, hash);
            }
            Memory.putLong(newKeyAddr, key);
            Memory.putLong(newKeyAddr + 8, Memory.getLong(keyAddr + 8));
            setIndex(k, findEmptySlot(k, hash), j);
            j++;
        }
        Memory.putLong(k + DK_NENTRIES, j);
        Memory.putLong(k + DK_USABLE, Memory.getLong(k + DK_USABLE) - j);
        Memory.putLong(d + DICT_KEYS, k);
        if (old != EMPTY_KEYS) {
            freeKeys(old);
        }
    }

    private static void maintainTracking(long d, long key, long value) {
        if (!Heap.isTracked(d) && (Heap.mayBeTracked(key) || Heap.mayBeTracked(value))) {
            Heap.track(d);
        }
    }

    /**
     * _PyDict_MaybeUntrack (full collections): a dict none of whose values (nor, for a table with
     * non-str keys, keys) may be tracked leaves the collector.
     */
    static void maybeUntrack(long d) {
        if (!Heap.isTracked(d)) {
            return;
        }
        boolean keysToo = !SplitDict.isSplit(d) && !isUnicode(Memory.getLong(d + DICT_KEYS));
        for (long i = 0, n = entryCount(d); i < n; i++) {
            long value = valueAt(d, i);
            if (value == 0) {
                continue;
            }
            if (Heap.mayBeTracked(value) || (keysToo && Heap.mayBeTracked(keyAt(d, i)))) {
                return;
            }
        }
        Heap.untrack(d);
    }

    // ---- iteration: entry positions in insertion order

    /** Number of entry positions (live or deleted) to scan with {@link #keyAt}. */
    public static long entryCount(long d) {
        if (SplitDict.isSplit(d)) {
            return SplitDict.entryCount(d);
        }
        return Memory.getLong(Memory.getLong(d + DICT_KEYS) + DK_NENTRIES);
    }

    /** Borrowed key at entry position i, or 0 for a deleted entry. */
    public static long keyAt(long d, long i) {
        if (SplitDict.isSplit(d)) {
            return SplitDict.keyAt(d, i);
        }
        return Memory.getLong(entryKeyAddress(Memory.getLong(d + DICT_KEYS), i));
    }

    /** Borrowed value at entry position i. */
    public static long valueAt(long d, long i) {
        if (SplitDict.isSplit(d)) {
            return SplitDict.valueAt(d, i);
        }
        return Memory.getLong(entryKeyAddress(Memory.getLong(d + DICT_KEYS), i) + 8);
    }

    /**
     * PyDict_Clear (dict.clear()): the dict is emptied first, then the old entries' keys and
     * values are released in insertion order.
     */
    public static void clear(long d) {
        if (SplitDict.isSplit(d)) {
            SplitDict.clear(d);
            return;
        }
        long k = Memory.getLong(d + DICT_KEYS);
        if (k == EMPTY_KEYS) {
            return;
        }
        Memory.putLong(d + DICT_KEYS, EMPTY_KEYS);
        Memory.putLong(d + DICT_USED, 0);
        Memory.putLong(d + DICT_VERSION, ++globalVersion);
        long n = Memory.getLong(k + DK_NENTRIES);
        for (long i = 0; i < n; i++) {
            long keyAddr = entryKeyAddress(k, i);
            Heap.xdecref(Memory.getLong(keyAddr));
            Heap.xdecref(Memory.getLong(keyAddr + 8));
        }
        freeKeys(k);
    }

    static void dealloc(long d) {
        Heap.untrack(d);
        if (!Heap.trashBegin(d)) {
            return;
        }
        if (SplitDict.isSplit(d)) {
            SplitDict.clear(d);
        }
        long k = Memory.getLong(d + DICT_KEYS);
        if (k != EMPTY_KEYS) {
            long n = Memory.getLong(k + DK_NENTRIES);
            for (long i = 0; i < n; i++) {
                long keyAddr = entryKeyAddress(k, i);
                Heap.xdecref(Memory.getLong(keyAddr));
                Heap.xdecref(Memory.getLong(keyAddr + 8));
            }
            freeKeys(k);
        }
        if (numFree < MAXFREELIST && check(d)) {
            FREE_LIST[numFree++] = d;
        } else {
            Heap.freeObject(d, true);
        }
        Heap.trashEnd();
    }

    // ---- copying and merging (PyDict_Copy, dict_merge, dict.popitem)

    /**
     * PyDict_Copy: a new exact dict with d's items. A combined table with few deleted entries is
     * cloned byte for byte (clone_combined_dict_keys), so the copy has d's table size.
     */
    public static long copy(long d) {
        if (size(d) == 0) {
            return create();
        }
        long k = Memory.getLong(d + DICT_KEYS);
        if (!SplitDict.isSplit(d) && iteratesAsDict(d) && size(d) >= (Memory.getLong(k + DK_NENTRIES) * 2) / 3) {
            return cloneInto(create(), d);
        }
        long c = create();
        merge(c, d, true);
        return c;
    }

    /**
     * A dict whose type keeps dict's tp_iter (no __iter__ of its own, not an OrderedDict): dict_merge
     * copies it by its table; other mappings go through keys().
     */
    public static boolean iteratesAsDict(long d) {
        PyType t = Types.of(d);
        if (t == Types.DICT) {
            return true;
        }
        if (!t.isSubtypeOf(Types.DICT)) {
            return false;
        }
        if (t instanceof HeapType h) {
            return h.find("__iter__") == 0 && h.builtin.keepsDictIteration();
        }
        return t.keepsDictIteration();
    }

    /** clone_combined_dict_keys: target (empty) gets a copy of other's keys object. */
    private static long cloneInto(long target, long other) {
        long k = Memory.getLong(other + DICT_KEYS);
        long bytes = keysSize(k);
        long nk = ObjectAllocator.malloc(bytes);
        Memory.copy(k, nk, bytes);
        Memory.putLong(nk + DK_REFCNT, 1);
        Memory.putInt(nk + DK_VERSION, ++nextKeysId); // a keys object of its own
        long n = Memory.getLong(k + DK_NENTRIES);
        for (long i = 0; i < n; i++) {
            long keyAddr = entryKeyAddress(nk, i);
            long key = Memory.getLong(keyAddr);
            if (key != 0) {
                Heap.incref(key);
                Heap.incref(Memory.getLong(keyAddr + 8));
            }
        }
        long old = Memory.getLong(target + DICT_KEYS);
        Memory.putLong(target + DICT_KEYS, nk);
        Memory.putLong(target + DICT_USED, size(other));
        Memory.putLong(target + DICT_VERSION, ++globalVersion);
        if (old != EMPTY_KEYS) {
            freeKeys(old);
        }
        if (Heap.isTracked(other) && !Heap.isTracked(target)) {
            Heap.track(target);
        }
        return target;
    }

    /**
     * dict_merge(d, other, override) for a dict other (exact or a subclass that iterates as a
     * dict): an empty target clones a clean table, else one resize up front, then the items in
     * order (existing keys replaced only when override).
     */
    public static void merge(long d, long other, boolean override) {
        if (other == d || size(other) == 0) {
            return;
        }
        long ok = Memory.getLong(other + DICT_KEYS);
        if (size(d) == 0 && !SplitDict.isSplit(d) && !SplitDict.isSplit(other)) {
            int log2 = Memory.getByte(ok + DK_LOG2_SIZE) & 0xFF;
            if (size(other) == Memory.getLong(ok + DK_NENTRIES)
                    && (log2 == LOG_MINSIZE || (((1L << log2) / 2) << 1) / 3 < size(other))) {
                cloneInto(d, other);
                return;
            }
        }
        if (!SplitDict.isSplit(d)) {
            long k = Memory.getLong(d + DICT_KEYS);
            long dkSize = 1L << (Memory.getByte(k + DK_LOG2_SIZE) & 0xFF);
            if ((dkSize << 1) / 3 < size(other)) {
                boolean unicode = SplitDict.isSplit(other) || isUnicode(ok);
                resize(d, log2For((size(d) + size(other)) * 3 + 1 >> 1), unicode && (k == EMPTY_KEYS || isUnicode(k)));
            }
        }
        for (long i = 0, n = entryCount(other); i < n; i++) {
            long key = keyAt(other, i);
            if (key == 0) {
                continue;
            }
            long value = valueAt(other, i);
            Heap.incref(key);
            Heap.incref(value);
            try {
                if (override || get(d, key) == 0) {
                    set(d, key, value);
                }
            } finally {
                Heap.decref(key);
                Heap.decref(value);
            }
            if (n != entryCount(other)) {
                throw Errors.raise(Types.RUNTIME_ERROR, "dict mutated during update");
            }
        }
    }

    /** dict_update_arg(d, other): other's items (a dict, a mapping with keys(), or pairs). */
    public static void update(long d, long other) {
        DictMethods.update(d, other);
    }

    /** dictresize(d, estimate_log2_keysize(n), unicode): room for n items up front. */
    static void presize(long d, long n, boolean unicode) {
        resize(d, log2For((n * 3 + 1) / 2), unicode);
    }

    /**
     * The value (borrowed) of an exact str key in an exact dict whose table holds only str keys,
     * found without running Python code (keys compare as strs, the hash is str's); 0 when absent
     * or when d or key is not of that kind.
     */
    public static long getExactStr(long d, long key) {
        if (Types.typeAddressOf(d) != Types.DICT.address || Types.typeAddressOf(key) != Types.STR.address
                || !hasUnicodeKeys(d)) {
            return 0;
        }
        return get(d, key);
    }

    /** Whether d's table is the all-str kind (a split table counts as one). */
    static boolean hasUnicodeKeys(long d) {
        return SplitDict.isSplit(d) || isUnicode(Memory.getLong(d + DICT_KEYS));
    }

    /** dict.popitem(): the last (key, value) pair as a new tuple; KeyError when empty. */
    public static long popItem(long d) {
        long res = TupleObject.allocate(2);
        if (size(d) == 0) {
            Heap.decref(res);
            throw Errors.raise(Types.KEY_ERROR, "popitem(): dictionary is empty");
        }
        if (SplitDict.isSplit(d)) {
            long i = entryCount(d) - 1;
            while (keyAt(d, i) == 0) {
                i--;
            }
            long key = Heap.newRef(keyAt(d, i));
            long value = Heap.newRef(valueAt(d, i));
            delete(d, key);
            TupleObject.set(res, 0, key);
            TupleObject.set(res, 1, value);
            return res;
        }
        long k = Memory.getLong(d + DICT_KEYS);
        long i = Memory.getLong(k + DK_NENTRIES) - 1;
        while (i >= 0 && Memory.getLong(entryKeyAddress(k, i) + 8) == 0) {
            i--;
        }
        long keyAddr = entryKeyAddress(k, i);
        long key = Memory.getLong(keyAddr);
        long value = Memory.getLong(keyAddr + 8);
        long hash = entryHash(k, i);
        Memory.putLong(keyAddr, 0);
        Memory.putLong(keyAddr + 8, 0);
        setIndex(k, findSlotOf(k, hash, i), DUMMY_INDEX);
        TupleObject.set(res, 0, key);
        TupleObject.set(res, 1, value);
        Memory.putLong(k + DK_NENTRIES, i);
        Memory.putLong(d + DICT_USED, size(d) - 1);
        Memory.putLong(d + DICT_VERSION, ++globalVersion);
        return res;
    }

    /**
     * dict_subscript's miss: a dict subclass's __missing__(key) if its class has one, else
     * KeyError. A new reference.
     */
    static long missing(long d, long key) {
        if (!check(d)) {
            PyType t = Types.of(d);
            long f = t.lookup(Names.get("__missing__"));
            if (f != 0) {
                Heap.incref(f);
                try {
                    long bound = Attributes.descrGet(f, d, t.address);
                    try {
                        return Calls.call(bound, new long[] {key}, 0, 1);
                    } finally {
                        Heap.decref(bound);
                    }
                } finally {
                    Heap.decref(f);
                }
            }
        }
        throw Errors.keyError(key);
    }

    public static long sizeof(long d) {
        if (SplitDict.isSplit(d)) {
            return SplitDict.sizeof(d);
        }
        long k = Memory.getLong(d + DICT_KEYS);
        return DICT_SIZE + (k == EMPTY_KEYS ? 0 : keysSize(k));
    }

    /** The dict type's slots. */
    static final class Type extends PyType {
        Type() {
            super("dict", Types.OBJECT, true, DICT_SIZE, 0);
        }

        /** CPython 3.11 has dict_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        /**
         * Every key and value, which dict_traverse does not visit for str-keyed tables (a str
         * cannot make a cycle); a split dict's values, and its shared keys reported once.
         */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            if (SplitDict.isSplit(obj)) {
                SplitDict.traverse(obj, visit);
                visit.visitSharedKeys(Memory.getLong(obj + DICT_KEYS));
                return;
            }
            long k = Memory.getLong(obj + DICT_KEYS);
            if (k == EMPTY_KEYS) {
                return;
            }
            for (long i = 0, n = Memory.getLong(k + DK_NENTRIES); i < n; i++) {
                long keyAddr = entryKeyAddress(k, i);
                long key = Memory.getLong(keyAddr);
                long value = Memory.getLong(keyAddr + 8);
                if (key != 0) {
                    visit.visit(key);
                }
                if (value != 0) {
                    visit.visit(value);
                }
            }
        }

        @Override
        public void dealloc(long obj) {
            DictObject.dealloc(obj);
        }

        @Override
        protected void defineMethods() {
            DictMethods.define(this);
        }

        @Override
        public long iter(long obj) {
            return DictIterObject.create(Types.DICT_KEYITERATOR, obj);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        /** dict_vectorcall: dict_update_arg for the positional argument, then each keyword in order. */
        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            int npos = count - nkw;
            if (npos > 1) {
                throw Errors.typeError("dict expected at most 1 argument, got " + npos);
            }
            long d = createFresh();
            try {
                if (npos == 1) {
                    DictMethods.update(d, args[offset]);
                }
                for (int k = 0; k < nkw; k++) {
                    set(d, TupleObject.get(kwnames, k), args[offset + npos + k]);
                }
            } catch (PyException e) {
                Heap.decref(d);
                throw e;
            }
            return d;
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (op == Ops.NB_OR) { // dict_or
                if (!checkSub(a) || !checkSub(b)) {
                    return 0;
                }
                long r = copy(a);
                try {
                    DictMethods.update(r, b);
                } catch (PyException e) {
                    Heap.decref(r);
                    throw e;
                }
                return r;
            }
            if (op == Ops.NB_INPLACE_OFFSET + Ops.NB_OR && checkSub(a)) { // dict_ior
                DictMethods.update(a, b);
                return Heap.newRef(a);
            }
            return 0;
        }

        @Override
        public int contains(long obj, long item) {
            return get(obj, item) != 0 ? 1 : 0;
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (!checkSub(a) || !checkSub(b) || (op != Ops.EQ && op != Ops.NE)) {
                return 0;
            }
            boolean eq = size(a) == size(b);
            for (long i = 0, n = entryCount(a); eq && i < n; i++) {
                long key = keyAt(a, i);
                if (key != 0) {
                    long other = get(b, key);
                    eq = other != 0 && Ops.equal(valueAt(a, i), other);
                }
            }
            return BoolObject.fromBoolean(eq == (op == Ops.EQ));
        }

        @Override
        public String repr(long obj) {
            return Ops.reprGuarded(obj, "{...}", () -> items(obj));
        }

        private String items(long obj) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (long i = 0, n = entryCount(obj); i < n; i++) {
                long key = keyAt(obj, i);
                if (key == 0) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                sb.append(Ops.reprJava(key)).append(": ").append(Ops.reprJava(valueAt(obj, i)));
            }
            return sb.append('}').toString();
        }

        @Override
        public long hash(long obj) {
            throw Errors.typeError("unhashable type: 'dict'");
        }

        @Override
        public long sizeof(long obj) {
            return DictObject.sizeof(obj);
        }

        @Override
        public boolean isTrue(long obj) {
            return size(obj) != 0;
        }

        @Override
        public long length(long obj) {
            return size(obj);
        }

        @Override
        public long getItem(long obj, long key) {
            long v = get(obj, key);
            if (v == 0) {
                return missing(obj, key);
            }
            return Heap.newRef(v);
        }

        @Override
        public void setItem(long obj, long key, long value) {
            set(obj, key, value);
        }

        @Override
        public void delItem(long obj, long key) {
            if (!delete(obj, key)) {
                throw Errors.keyError(key);
            }
        }

        @Override
        /**
         * dict_traverse: the values in entry order; for a table with non-str keys each value is
         * followed by its key (str keys are never tracked, so CPython skips them).
         */
        public void traverse(long obj, Visitor visit) {
            if (SplitDict.isSplit(obj)) {
                SplitDict.traverse(obj, visit);
                return;
            }
            boolean keys = !isUnicode(Memory.getLong(obj + DICT_KEYS));
            for (long i = 0, n = entryCount(obj); i < n; i++) {
                long key = keyAt(obj, i);
                if (key != 0) {
                    long value = valueAt(obj, i);
                    if (value != 0) {
                        visit.visit(value);
                        if (keys) {
                            visit.visit(key);
                        }
                    }
                }
            }
        }

        /** dict_tp_clear: PyDict_Clear. */
        @Override
        public void clear(long obj) {
            DictObject.clear(obj);
        }
    }
}
