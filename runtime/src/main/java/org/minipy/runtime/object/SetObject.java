package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * set and frozenset: CPython 3.11's setobject.c.
 *
 * <pre>
 * PySetObject (200 bytes + GC header)
 *  ob_refcnt, ob_type
 *  fill      active + dummy entries          table ──► smalltable (8 entries, inline) while mask == 7,
 *  used      active entries                            else a PyMem_Malloc'd array of mask + 1 entries
 *  mask      table size - 1                  entry:   {key (8), hash (8)}: key NULL and hash 0 = unused,
 *  table                                               key = dummy and hash -1 = deleted
 *  hash      frozenset's cached hash (-1: not computed)
 *  finger    pop()'s search finger
 *  smalltable[8], weakreflist
 * </pre>
 *
 * Probing is CPython's: up to {@link #LINEAR_PROBES} neighbours, then
 * {@code i = (i * 5 + 1 + perturb) & mask} with {@code perturb >>= 5}. A table is resized once
 * {@code fill * 5 >= mask * 3}, to the smallest power of two above {@code used * 4} (or
 * {@code used * 2} past 50,000), so sizes follow CPython's: set() 216, five items 728, ...
 */
public final class SetObject {
    private static final int LINEAR_PROBES = 9;
    private static final int PERTURB_SHIFT = 5;
    /** The dummy key of deleted entries (CPython's _dummy_struct): a static word, never an object. */
    private static final long DUMMY = Memory.allocateNative(16);
    /** Room for a small table's entries while it is rebuilt (CPython's small_copy on the C stack). */
    private static final long SCRATCH = Memory.allocateNative(SET_MINSIZE * SET_ENTRY_SIZE);

    private SetObject() {}

    // ---- creation

    /** A new empty set or frozenset (make_new_set without an iterable). */
    public static long create(PyType type) {
        long s = Heap.allocObject(type.address, SET_SIZE, true);
        Memory.fill(s + SET_FILL, SET_SIZE - SET_FILL, (byte) 0);
        Memory.putLong(s + SET_MASK, SET_MINSIZE - 1);
        Memory.putLong(s + SET_TABLE, s + SET_SMALLTABLE);
        Memory.putLong(s + SET_HASH, -1);
        Heap.track(s);
        return s;
    }

    /** A new set or frozenset holding the items of iterable (make_new_set). */
    public static long fromIterable(PyType type, long iterable) {
        long s = create(type);
        try {
            update(s, iterable);
        } catch (PyException e) {
            Heap.decref(s);
            throw e;
        }
        return s;
    }

    /** PyAnySet_Check: a set or frozenset, or an instance of a class derived from one. */
    public static boolean check(long obj) {
        long t = Types.typeAddressOf(obj);
        if (t == Types.SET.address || t == Types.FROZENSET.address) {
            return true;
        }
        PyType type = Types.of(obj);
        return type instanceof HeapType && (type.isSubtypeOf(Types.SET) || type.isSubtypeOf(Types.FROZENSET));
    }

    /** A frozenset or an instance of a class derived from frozenset. */
    public static boolean isFrozen(long obj) {
        long t = Types.typeAddressOf(obj);
        return t == Types.FROZENSET.address || t != Types.SET.address && Types.of(obj).isSubtypeOf(Types.FROZENSET);
    }

    /** Fills the set fields of a zeroed instance of a set or frozenset subclass (make_new_set). */
    static void initEmpty(long s) {
        Memory.putLong(s + SET_MASK, SET_MINSIZE - 1);
        Memory.putLong(s + SET_TABLE, s + SET_SMALLTABLE);
        Memory.putLong(s + SET_HASH, -1);
    }

    /** set_init: set.__init__(self, iterable=()) empties the set, then adds the items. */
    static void init(long s, String typeName, long[] args, int offset, int npos, int nkw) {
        if (nkw > 0) {
            throw Errors.typeError(typeName + "() takes no keyword arguments");
        }
        if (npos > 1) {
            throw Errors.typeError(typeName + " expected at most 1 argument, got " + npos);
        }
        if (size(s) > 0 || Memory.getLong(s + SET_FILL) > 0) {
            clear(s);
        }
        Memory.putLong(s + SET_HASH, -1);
        if (npos == 1) {
            update(s, args[offset]);
        }
    }

    public static long size(long s) {
        return Memory.getLong(s + SET_USED);
    }

    private static long mask(long s) {
        return Memory.getLong(s + SET_MASK);
    }

    private static long table(long s) {
        return Memory.getLong(s + SET_TABLE);
    }

    private static long entryKey(long e) {
        return Memory.getLong(e);
    }

    private static long entryHash(long e) {
        return Memory.getLong(e + 8);
    }

    private static void setEntry(long e, long key, long hash) {
        Memory.putLong(e, key);
        Memory.putLong(e + 8, hash);
    }

    // ---- lookup, insertion, deletion

    /** set_lookkey: the entry holding key, or the unused entry that ends its probe sequence. */
    private static long lookKey(long s, long key, long hash) {
        long mask = mask(s);
        long i = hash & mask;
        long perturb = hash;
        while (true) {
            long entry = table(s) + i * SET_ENTRY_SIZE;
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            do {
                long ek = entryKey(entry);
                long eh = entryHash(entry);
                if (eh == 0 && ek == 0) {
                    return entry;
                }
                if (eh == hash) {
                    if (ek == key || keysEqual(ek, key)) {
                        return entry;
                    }
                    mask = mask(s);
                }
                entry += SET_ENTRY_SIZE;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    private static boolean keysEqual(long a, long b) {
        if (StrObject.check(a) && StrObject.check(b)) {
            return StrObject.equal(a, b);
        }
        Heap.incref(a);
        try {
            return Ops.equal(a, b);
        } finally {
            Heap.decref(a);
        }
    }

    /** set_add_entry: adds key (taking a new reference to it) unless an equal key is present. */
    private static void addEntry(long s, long key, long hash) {
        Heap.incref(key);
        restart:
        while (true) {
            long mask = mask(s);
            long i = hash & mask;
            long freeslot = 0;
            long perturb = hash;
            while (true) {
                long entry = table(s) + i * SET_ENTRY_SIZE;
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                do {
                    long ek = entryKey(entry);
                    long eh = entryHash(entry);
                    if (eh == 0 && ek == 0) {
                        Memory.putLong(s + SET_USED, size(s) + 1);
                        if (freeslot != 0) {
                            setEntry(freeslot, key, hash);
                            return;
                        }
                        long fill = Memory.getLong(s + SET_FILL) + 1;
                        Memory.putLong(s + SET_FILL, fill);
                        setEntry(entry, key, hash);
                        if (fill * 5 < mask * 3) {
                            return;
                        }
                        long used = size(s);
                        tableResize(s, used > 50000 ? used * 2 : used * 4);
                        return;
                    }
                    if (eh == hash) {
                        if (ek == key) {
                            Heap.decref(key);
                            return;
                        }
                        long table = table(s);
                        boolean eq;
                        try {
                            eq = keysEqual(ek, key);
                        } catch (PyException e) {
                            Heap.decref(key);
                            throw e;
                        }
                        if (eq) {
                            Heap.decref(key);
                            return;
                        }
                        if (table != table(s) || entryKey(entry) != ek) {
                            continue restart;
                        }
                        mask = mask(s);
                    } else if (eh == -1 && freeslot == 0) {
                        freeslot = entry;
                    }
                    entry += SET_ENTRY_SIZE;
                } while (probes-- > 0);
                perturb >>>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    /** set_insert_clean: into a table known to hold no dummies and not key. */
    private static void insertClean(long table, long mask, long key, long hash) {
        long perturb = hash;
        long i = hash & mask;
        while (true) {
            long entry = table + i * SET_ENTRY_SIZE;
            if (entryKey(entry) == 0) {
                setEntry(entry, key, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 0; j < LINEAR_PROBES; j++) {
                    entry += SET_ENTRY_SIZE;
                    if (entryKey(entry) == 0) {
                        setEntry(entry, key, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    /** set_table_resize: a table of the smallest power of two above minused, dummies dropped. */
    private static void tableResize(long s, long minused) {
        long newsize = SET_MINSIZE;
        while (newsize <= minused) {
            newsize <<= 1;
        }
        long oldtable = table(s);
        long oldmask = mask(s);
        long smalltable = s + SET_SMALLTABLE;
        boolean oldMalloced = oldtable != smalltable;
        long newtable;
        if (newsize == SET_MINSIZE) {
            newtable = smalltable;
            if (newtable == oldtable) {
                if (Memory.getLong(s + SET_FILL) == size(s)) {
                    return;
                }
                Memory.copy(oldtable, SCRATCH, SET_MINSIZE * SET_ENTRY_SIZE);
                oldtable = SCRATCH;
            }
        } else {
            newtable = ObjectAllocator.malloc(newsize * SET_ENTRY_SIZE);
        }
        Memory.fill(newtable, newsize * SET_ENTRY_SIZE, (byte) 0);
        Memory.putLong(s + SET_MASK, newsize - 1);
        Memory.putLong(s + SET_TABLE, newtable);
        boolean noDummies = Memory.getLong(s + SET_FILL) == size(s);
        if (!noDummies) {
            Memory.putLong(s + SET_FILL, size(s));
        }
        for (long e = oldtable; e <= oldtable + oldmask * SET_ENTRY_SIZE; e += SET_ENTRY_SIZE) {
            long k = entryKey(e);
            if (k != 0 && k != DUMMY) {
                insertClean(newtable, newsize - 1, k, entryHash(e));
            }
        }
        if (oldMalloced) {
            ObjectAllocator.free(oldtable);
        }
    }

    /** Whether key is in the set (hashing it: TypeError if unhashable). */
    public static boolean contains(long s, long key) {
        long hash = Ops.hash(key);
        return entryKey(lookKey(s, key, hash)) != 0;
    }

    /** set.add(key). */
    public static void add(long s, long key) {
        addEntry(s, key, Ops.hash(key));
    }

    /** set_discard_key: true if key was there. */
    public static boolean discard(long s, long key) {
        long hash = Ops.hash(key);
        long entry = lookKey(s, key, hash);
        long old = entryKey(entry);
        if (old == 0) {
            return false;
        }
        setEntry(entry, DUMMY, -1);
        Memory.putLong(s + SET_USED, size(s) - 1);
        Heap.decref(old);
        return true;
    }

    /** set_clear_internal: back to the small table, then the old keys are dropped. */
    public static void clear(long s) {
        long table = table(s);
        long mask = mask(s);
        long used = size(s);
        boolean malloced = table != s + SET_SMALLTABLE;
        long[] keys = new long[(int) used];
        int n = 0;
        for (long e = table; n < used && e <= table + mask * SET_ENTRY_SIZE; e += SET_ENTRY_SIZE) {
            long k = entryKey(e);
            if (k != 0 && k != DUMMY) {
                keys[n++] = k;
            }
        }
        Memory.fill(s + SET_SMALLTABLE, SET_MINSIZE * SET_ENTRY_SIZE, (byte) 0);
        Memory.putLong(s + SET_FILL, 0);
        Memory.putLong(s + SET_USED, 0);
        Memory.putLong(s + SET_MASK, SET_MINSIZE - 1);
        Memory.putLong(s + SET_TABLE, s + SET_SMALLTABLE);
        for (int i = 0; i < n; i++) {
            Heap.decref(keys[i]);
        }
        if (malloced) {
            ObjectAllocator.free(table);
        }
    }

    /** set_merge: adds every key of another set (presizing as CPython does). */
    private static void merge(long s, long other) {
        long otherUsed = size(other);
        if (other == s || otherUsed == 0) {
            return;
        }
        if ((Memory.getLong(s + SET_FILL) + otherUsed) * 5 >= mask(s) * 3) {
            tableResize(s, (size(s) + otherUsed) * 2);
        }
        long otable = table(other);
        long omask = mask(other);
        if (Memory.getLong(s + SET_FILL) == 0 && mask(s) == omask && Memory.getLong(other + SET_FILL) == otherUsed) {
            // empty target of the same size, no dummies in the source: copy entry by entry
            long table = table(s);
            for (long i = 0; i <= omask; i++) {
                long e = otable + i * SET_ENTRY_SIZE;
                long k = entryKey(e);
                if (k != 0 && k != DUMMY) {
                    setEntry(table + i * SET_ENTRY_SIZE, Heap.newRef(k), entryHash(e));
                }
            }
            Memory.putLong(s + SET_FILL, otherUsed);
            Memory.putLong(s + SET_USED, otherUsed);
            return;
        }
        if (Memory.getLong(s + SET_FILL) == 0) {
            // empty target: no key can be present already, insert without comparing
            long table = table(s);
            long mask = mask(s);
            Memory.putLong(s + SET_FILL, otherUsed);
            Memory.putLong(s + SET_USED, otherUsed);
            for (long i = 0; i <= omask; i++) {
                long e = otable + i * SET_ENTRY_SIZE;
                long k = entryKey(e);
                if (k != 0 && k != DUMMY) {
                    insertClean(table, mask, Heap.newRef(k), entryHash(e));
                }
            }
            return;
        }
        for (long i = 0; i <= omask; i++) {
            long e = table(other) + i * SET_ENTRY_SIZE;
            long k = entryKey(e);
            if (k != 0 && k != DUMMY) {
                addEntry(s, k, entryHash(e));
            }
        }
    }

    /** set_update_internal: the keys of a set, a dict or any iterable. */
    public static void update(long s, long iterable) {
        if (check(iterable)) {
            merge(s, iterable);
            return;
        }
        if (DictObject.check(iterable)) {
            long dictsize = DictObject.size(iterable);
            if ((Memory.getLong(s + SET_FILL) + dictsize) * 5 >= mask(s) * 3) {
                tableResize(s, (size(s) + dictsize) * 2);
            }
            for (long i = 0, n = DictObject.entryCount(iterable); i < n; i++) {
                long k = DictObject.keyAt(iterable, i);
                if (k != 0) {
                    add(s, k);
                }
            }
            return;
        }
        long it = Ops.iter(iterable);
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                try {
                    add(s, x);
                } finally {
                    Heap.decref(x);
                }
            }
        } finally {
            Heap.decref(it);
        }
    }

    /** set_next: the entry position after pos holding a key, or -1. */
    public static long nextPosition(long s, long pos) {
        long mask = mask(s);
        long table = table(s);
        for (long i = pos; i <= mask; i++) {
            long k = entryKey(table + i * SET_ENTRY_SIZE);
            if (k != 0 && k != DUMMY) {
                return i;
            }
        }
        return -1;
    }

    /** Borrowed key at a position {@link #nextPosition} returned. */
    public static long keyAt(long s, long pos) {
        return entryKey(table(s) + pos * SET_ENTRY_SIZE);
    }

    static void dealloc(long s) {
        Heap.untrack(s);
        if (!Heap.trashBegin(s)) {
            return;
        }
        if (Memory.getLong(s + SET_WEAKREFLIST) != 0) {
            WeakRefs.clearWeakRefs(s);
        }
        long used = size(s);
        long table = table(s);
        for (long e = table; used > 0; e += SET_ENTRY_SIZE) {
            long k = entryKey(e);
            if (k != 0 && k != DUMMY) {
                used--;
                Heap.decref(k);
            }
        }
        if (table != s + SET_SMALLTABLE) {
            ObjectAllocator.free(table);
        }
        Heap.freeObject(s, true);
        Heap.trashEnd();
    }

    /** set.pop(): an arbitrary key, from the search finger on. */
    public static long pop(long s) {
        if (size(s) == 0) {
            throw Errors.raise(Types.KEY_ERROR, "pop from an empty set");
        }
        long mask = mask(s);
        long i = Memory.getLong(s + SET_FINGER) & mask;
        long table = table(s);
        while (true) {
            long k = entryKey(table + i * SET_ENTRY_SIZE);
            if (k != 0 && k != DUMMY) {
                break;
            }
            i = (i + 1) & mask;
        }
        long e = table + i * SET_ENTRY_SIZE;
        long key = entryKey(e);
        setEntry(e, DUMMY, -1);
        Memory.putLong(s + SET_USED, size(s) - 1);
        Memory.putLong(s + SET_FINGER, i + 1);
        return key;
    }

    /** frozenset_hash, cached in the object. */
    static long frozenHash(long s) {
        long h = Memory.getLong(s + SET_HASH);
        if (h != -1) {
            return h;
        }
        long hash = 0;
        long table = table(s);
        long mask = mask(s);
        for (long i = 0; i <= mask; i++) {
            hash ^= shuffleBits(entryHash(table + i * SET_ENTRY_SIZE));
        }
        long fill = Memory.getLong(s + SET_FILL);
        if (((mask + 1 - fill) & 1) != 0) {
            hash ^= shuffleBits(0);
        }
        if (((fill - size(s)) & 1) != 0) {
            hash ^= shuffleBits(-1);
        }
        hash ^= (size(s) + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) {
            hash = 590923713L;
        }
        Memory.putLong(s + SET_HASH, hash);
        return hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }

    public static long sizeof(long s) {
        long table = table(s);
        return SET_SIZE + (table != s + SET_SMALLTABLE ? (mask(s) + 1) * SET_ENTRY_SIZE : 0);
    }

    // ---- set algebra: each returns a new set of a's kind

    private static PyType kindOf(long s) {
        return isFrozen(s) ? Types.FROZENSET : Types.SET;
    }

    /** set_copy / make_new_set_basetype(type, s). */
    static long copy(PyType type, long s) {
        long r = create(type);
        merge(r, s);
        return r;
    }

    static long union(long a, long b) {
        long r = copy(kindOf(a), a);
        merge(r, b);
        return r;
    }

    static long intersection(long a, long b) {
        long r = create(kindOf(a));
        long small = a;
        long big = b;
        if (size(b) > size(a)) {
            small = a;
            big = b;
        } else {
            small = b;
            big = a;
        }
        for (long p = nextPosition(small, 0); p >= 0; p = nextPosition(small, p + 1)) {
            long e = table(small) + p * SET_ENTRY_SIZE;
            long k = entryKey(e);
            long h = entryHash(e);
            if (entryKey(lookKey(big, k, h)) != 0) {
                addEntry(r, k, h);
            }
        }
        return r;
    }

    static long difference(long a, long b) {
        if ((size(a) >> 2) > size(b)) {
            long r = copy(kindOf(a), a);
            for (long p = nextPosition(b, 0); p >= 0; p = nextPosition(b, p + 1)) {
                discardEntry(r, keyAt(b, p), entryHash(table(b) + p * SET_ENTRY_SIZE));
            }
            return r;
        }
        long r = create(kindOf(a));
        for (long p = nextPosition(a, 0); p >= 0; p = nextPosition(a, p + 1)) {
            long e = table(a) + p * SET_ENTRY_SIZE;
            long k = entryKey(e);
            long h = entryHash(e);
            if (entryKey(lookKey(b, k, h)) == 0) {
                addEntry(r, k, h);
            }
        }
        return r;
    }

    static long symmetricDifference(long a, long b) {
        long r = copy(kindOf(a), b);
        for (long p = nextPosition(a, 0); p >= 0; p = nextPosition(a, p + 1)) {
            long e = table(a) + p * SET_ENTRY_SIZE;
            long k = entryKey(e);
            long h = entryHash(e);
            if (!discardEntry(r, k, h)) {
                addEntry(r, k, h);
            }
        }
        return r;
    }

    private static boolean discardEntry(long s, long key, long hash) {
        long entry = lookKey(s, key, hash);
        long old = entryKey(entry);
        if (old == 0) {
            return false;
        }
        setEntry(entry, DUMMY, -1);
        Memory.putLong(s + SET_USED, size(s) - 1);
        Heap.decref(old);
        return true;
    }

    static boolean isSubset(long a, long b) {
        if (size(a) > size(b)) {
            return false;
        }
        for (long p = nextPosition(a, 0); p >= 0; p = nextPosition(a, p + 1)) {
            long e = table(a) + p * SET_ENTRY_SIZE;
            if (entryKey(lookKey(b, entryKey(e), entryHash(e))) == 0) {
                return false;
            }
        }
        return true;
    }

    static String repr(long s) {
        return Ops.reprGuarded(s, Types.of(s).name + "(...)", () -> items(s));
    }

    private static String items(long s) {
        boolean exactSet = Types.typeAddressOf(s) == Types.SET.address;
        String typeName = Types.of(s).name;
        if (size(s) == 0) {
            return typeName + "()";
        }
        StringBuilder sb = new StringBuilder(exactSet ? "{" : typeName + "({");
        boolean first = true;
        for (long p = nextPosition(s, 0); p >= 0; p = nextPosition(s, p + 1)) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append(Ops.reprJava(keyAt(s, p)));
        }
        return sb.append(exactSet ? "}" : "})").toString();
    }

    /** The set and frozenset types' slots. */
    static final class Type extends PyType {
        private final boolean frozen;

        Type(String name, boolean frozen) {
            super(name, Types.OBJECT, true, SET_SIZE, 0);
            this.frozen = frozen;
        }

        /** CPython 3.11 has set_vectorcall, frozenset_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long weaklistOffset() {
            return SET_WEAKREFLIST;
        }

        @Override
        protected void defineMethods() {
            SlotWrappers.repr(this);
            if (frozen) {
                SlotWrappers.hash(this);
            } else {
                SlotWrappers.hashNone(this);
            }
            SlotWrappers.length(this);
            SlotWrappers.iter(this);
            SlotWrappers.comparisons(this);
            SlotWrappers.binary(this, "__sub__", "__rsub__", Ops.NB_SUBTRACT);
            SlotWrappers.binary(this, "__and__", "__rand__", Ops.NB_AND);
            SlotWrappers.binary(this, "__xor__", "__rxor__", Ops.NB_XOR);
            SlotWrappers.binary(this, "__or__", "__ror__", Ops.NB_OR);
            if (!frozen) {
                SlotWrappers.inplace(this, "__isub__", Ops.NB_SUBTRACT);
                SlotWrappers.inplace(this, "__iand__", Ops.NB_AND);
                SlotWrappers.inplace(this, "__ixor__", Ops.NB_XOR);
                SlotWrappers.inplace(this, "__ior__", Ops.NB_OR);
            }
            sizeofMethod();
            method("__contains__", (self, a, o, n) -> {
                Args.exactly(name + ".__contains__", n, 1);
                return BoolObject.fromBoolean(SetObject.contains(self, a[o]));
            });
            method("copy", (self, a, o, n) -> {
                Args.exactly(name + ".copy", n, 0);
                return frozen && Types.typeAddressOf(self) == Types.FROZENSET.address ? Heap.newRef(self)
                        : copy(kindOf(self), self);
            });
            method("union", (self, a, o, n) -> {
                long r = copy(kindOf(self), self);
                for (int i = 0; i < n; i++) {
                    update(r, a[o + i]);
                }
                return r;
            });
            method("issubset", (self, a, o, n) -> {
                Args.exactly(name + ".issubset", n, 1);
                long other = asSet(a[o]);
                try {
                    return BoolObject.fromBoolean(isSubset(self, other));
                } finally {
                    Heap.decref(other);
                }
            });
            method("issuperset", (self, a, o, n) -> {
                Args.exactly(name + ".issuperset", n, 1);
                long other = asSet(a[o]);
                try {
                    return BoolObject.fromBoolean(isSubset(other, self));
                } finally {
                    Heap.decref(other);
                }
            });
            method("isdisjoint", (self, a, o, n) -> {
                Args.exactly(name + ".isdisjoint", n, 1);
                long other = asSet(a[o]);
                try {
                    long r = intersection(self, other);
                    boolean empty = size(r) == 0;
                    Heap.decref(r);
                    return BoolObject.fromBoolean(empty);
                } finally {
                    Heap.decref(other);
                }
            });
            method("intersection", (self, a, o, n) -> binaryMethod(self, a, o, n, SetObject::intersection));
            method("difference", (self, a, o, n) -> binaryMethod(self, a, o, n, SetObject::difference));
            method("symmetric_difference",
                    (self, a, o, n) -> binaryMethod(self, a, o, n, SetObject::symmetricDifference));
            if (frozen) {
                return;
            }
            // set_init through wrap_init, which passes the keywords on
            SlotWrappers.defineWithKeywords(this, "__init__", (self, a, o, n, kw) -> {
                int nkw = kw == 0 ? 0 : (int) TupleObject.size(kw);
                init(self, Types.of(self).name, a, o, n - nkw, nkw);
                return BoolObject.none();
            });
            method("intersection_update", (self, a, o, n) -> {
                long r = binaryMethod(self, a, o, n, SetObject::intersection);
                swapBodies(self, r);
                Heap.decref(r);
                return BoolObject.none();
            });
            method("difference_update", (self, a, o, n) -> {
                for (int i = 0; i < n; i++) {
                    long other = asSet(a[o + i]);
                    try {
                        if (other == self) {
                            SetObject.clear(self);
                            continue;
                        }
                        for (long p = nextPosition(other, 0); p >= 0; p = nextPosition(other, p + 1)) {
                            discardEntry(self, keyAt(other, p), entryHash(table(other) + p * SET_ENTRY_SIZE));
                        }
                    } finally {
                        Heap.decref(other);
                    }
                }
                return BoolObject.none();
            });
            method("symmetric_difference_update", (self, a, o, n) -> {
                Args.exactly(name + ".symmetric_difference_update", n, 1);
                long other = a[o] == self ? 0 : asSet(a[o]);
                if (other == 0) {
                    SetObject.clear(self);
                    return BoolObject.none();
                }
                try {
                    for (long p = nextPosition(other, 0); p >= 0; p = nextPosition(other, p + 1)) {
                        long e = table(other) + p * SET_ENTRY_SIZE;
                        if (!discardEntry(self, entryKey(e), entryHash(e))) {
                            addEntry(self, entryKey(e), entryHash(e));
                        }
                    }
                } finally {
                    Heap.decref(other);
                }
                return BoolObject.none();
            });
            method("add", (self, a, o, n) -> {
                Args.exactly(name + ".add", n, 1);
                add(self, a[o]);
                return BoolObject.none();
            });
            method("discard", (self, a, o, n) -> {
                Args.exactly(name + ".discard", n, 1);
                discard(self, a[o]);
                return BoolObject.none();
            });
            method("remove", (self, a, o, n) -> {
                Args.exactly(name + ".remove", n, 1);
                if (!discard(self, a[o])) {
                    throw Errors.keyError(a[o]);
                }
                return BoolObject.none();
            });
            method("pop", (self, a, o, n) -> {
                Args.exactly(name + ".pop", n, 0);
                return pop(self);
            });
            method("clear", (self, a, o, n) -> {
                Args.exactly(name + ".clear", n, 0);
                SetObject.clear(self);
                return BoolObject.none();
            });
            method("update", (self, a, o, n) -> {
                for (int i = 0; i < n; i++) {
                    update(self, a[o + i]);
                }
                return BoolObject.none();
            });
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count > 1) {
                throw Errors.typeError(name + " expected at most 1 argument, got " + count);
            }
            if (count == 0) {
                return create(this);
            }
            long it = args[offset];
            if (frozen && Types.typeAddressOf(it) == Types.FROZENSET.address) {
                return Heap.newRef(it);
            }
            return fromIterable(this, it);
        }

        @Override
        public void dealloc(long obj) {
            SetObject.dealloc(obj);
        }

        @Override
        public String repr(long obj) {
            return SetObject.repr(obj);
        }

        @Override
        public long hash(long obj) {
            if (!frozen) {
                throw Errors.typeError("unhashable type: 'set'");
            }
            return frozenHash(obj);
        }

        @Override
        public long sizeof(long obj) {
            return SetObject.sizeof(obj);
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
        public long richCompare(long a, long b, int op) {
            if (!check(b)) {
                return 0;
            }
            boolean r = switch (op) {
                case Ops.EQ -> size(a) == size(b) && isSubset(a, b);
                case Ops.NE -> !(size(a) == size(b) && isSubset(a, b));
                case Ops.LE -> isSubset(a, b);
                case Ops.GE -> isSubset(b, a);
                case Ops.LT -> size(a) < size(b) && isSubset(a, b);
                default -> size(a) > size(b) && isSubset(b, a);
            };
            return BoolObject.fromBoolean(r);
        }

        @Override
        public long iter(long obj) {
            return SetIterObject.create(obj);
        }

        @Override
        public int contains(long obj, long item) {
            return SetObject.contains(obj, item) ? 1 : 0;
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (!check(a) || !check(b)) {
                return 0;
            }
            boolean inplace = op >= Ops.NB_INPLACE_OFFSET;
            if (inplace && isFrozen(a)) {
                return 0;
            }
            int base = inplace ? op - Ops.NB_INPLACE_OFFSET : op;
            if (!inplace) {
                return switch (base) {
                    case Ops.NB_OR -> union(a, b);
                    case Ops.NB_AND -> intersection(a, b);
                    case Ops.NB_SUBTRACT -> difference(a, b);
                    case Ops.NB_XOR -> symmetricDifference(a, b);
                    default -> 0;
                };
            }
            switch (base) {
                case Ops.NB_OR -> merge(a, b); // set_ior
                case Ops.NB_AND -> { // set_iand: the intersection's body swapped in
                    long r = intersection(a, b);
                    swapBodies(a, r);
                    Heap.decref(r);
                }
                case Ops.NB_SUBTRACT -> { // set_isub
                    if (a == b) {
                        SetObject.clear(a);
                    } else {
                        for (long p = nextPosition(b, 0); p >= 0; p = nextPosition(b, p + 1)) {
                            discardEntry(a, keyAt(b, p), entryHash(table(b) + p * SET_ENTRY_SIZE));
                        }
                    }
                }
                case Ops.NB_XOR -> { // set_ixor
                    if (a == b) {
                        SetObject.clear(a);
                    } else {
                        for (long p = nextPosition(b, 0); p >= 0; p = nextPosition(b, p + 1)) {
                            long e = table(b) + p * SET_ENTRY_SIZE;
                            if (!discardEntry(a, entryKey(e), entryHash(e))) {
                                addEntry(a, entryKey(e), entryHash(e));
                            }
                        }
                    }
                }
                default -> {
                    return 0;
                }
            }
            return Heap.newRef(a);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            for (long p = nextPosition(obj, 0); p >= 0; p = nextPosition(obj, p + 1)) {
                visit.visit(keyAt(obj, p));
            }
        }

        /** set_clear_internal. */
        @Override
        public void clear(long obj) {
            SetObject.clear(obj);
        }
    }

    /** set_swap_bodies: a and b exchange their contents (tables, counts); hashes reset. */
    private static void swapBodies(long a, long b) {
        for (long off : new long[] {SET_FILL, SET_USED, SET_MASK, SET_FINGER}) {
            long t = Memory.getLong(a + off);
            Memory.putLong(a + off, Memory.getLong(b + off));
            Memory.putLong(b + off, t);
        }
        long ta = table(a);
        long tb = table(b);
        boolean aSmall = ta == a + SET_SMALLTABLE;
        boolean bSmall = tb == b + SET_SMALLTABLE;
        long bytes = SET_MINSIZE * SET_ENTRY_SIZE;
        Memory.copy(a + SET_SMALLTABLE, SCRATCH, bytes);
        Memory.copy(b + SET_SMALLTABLE, a + SET_SMALLTABLE, bytes);
        Memory.copy(SCRATCH, b + SET_SMALLTABLE, bytes);
        Memory.putLong(a + SET_TABLE, bSmall ? a + SET_SMALLTABLE : tb);
        Memory.putLong(b + SET_TABLE, aSmall ? b + SET_SMALLTABLE : ta);
        Memory.putLong(a + SET_HASH, -1);
        Memory.putLong(b + SET_HASH, -1);
    }

    /** A set for a method argument: a new reference to it if it is one, else a new set of its items. */
    private static long asSet(long obj) {
        return check(obj) ? Heap.newRef(obj) : fromIterable(Types.SET, obj);
    }

    @FunctionalInterface
    private interface SetOp {
        long apply(long a, long b);
    }

    private static long binaryMethod(long self, long[] a, int o, int n, SetOp op) {
        long r = copy(kindOf(self), self);
        for (int i = 0; i < n; i++) {
            long other = asSet(a[o + i]);
            try {
                long next = op.apply(r, other);
                Heap.decref(r);
                r = next;
            } finally {
                Heap.decref(other);
            }
        }
        return r;
    }
}
