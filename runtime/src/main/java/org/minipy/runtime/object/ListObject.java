package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.mem.OutOfMemory;

/**
 * list: PyListObject. {@code ob_item} points to a separately allocated array of
 * {@code allocated} slots (from the object allocator, so small arrays come from pools as
 * PyMem_Malloc's do); it grows and shrinks with CPython 3.11's over-allocation.
 */
public final class ListObject {
    private ListObject() {}

    /** A new list of n items, all 0: the caller fills every slot. */
    public static long allocate(long n) {
        long l;
        if (numFree > 0) {
            l = FREE_LIST[--numFree];
            Memory.putLong(l + OB_REFCNT, 1);
        } else {
            l = Heap.allocObject(Types.LIST.address, LIST_SIZE, true);
        }
        return init(l, n);
    }

    /** A new empty list that bypasses the free list, as {@code list()} does (PyType_GenericAlloc). */
    public static long allocateFresh() {
        return init(Heap.allocObject(Types.LIST.address, LIST_SIZE, true), 0);
    }

    // ---- the free list (CPython 3.11's listobject.c): up to MAXFREELIST dead exact lists, kept
    // untracked with their GC header in an array and reused last in, first out by PyList_New.

    /** PyList_MAXFREELIST. */
    public static final int MAXFREELIST = 80;
    private static final long[] FREE_LIST = new long[MAXFREELIST];
    private static int numFree;

    /** _PyList_ClearFreeList: the kept lists go back to the allocator, last kept first. */
    static void clearFreeList() {
        while (numFree > 0) {
            Heap.freeObject(FREE_LIST[--numFree], true);
        }
    }

    /** Calls f with each list parked on the free list (dead blocks, for the heap verifier). */
    static void forEachFree(java.util.function.LongConsumer f) {
        for (int i = 0; i < numFree; i++) {
            f.accept(FREE_LIST[i]);
        }
    }

    /** Lists on the free list ({@code sys._debugmallocstats}). */
    public static int numFree() {
        return numFree;
    }

    private static long init(long l, long n) {
        long items = 0;
        if (n > 0) {
            try {
                if (n > Long.MAX_VALUE / 8) {
                    throw OutOfMemory.INSTANCE;
                }
                items = ObjectAllocator.malloc(8 * n);
            } catch (OutOfMemory e) {
                // PyList_New when PyMem_Calloc fails: the empty list is released (to the free list)
                Memory.putLong(l + OB_SIZE, 0);
                Memory.putLong(l + LIST_ITEMS, 0);
                Memory.putLong(l + LIST_ALLOCATED, 0);
                Heap.decref(l);
                throw e;
            }
            Memory.fill(items, 8 * n, (byte) 0);
        }
        Memory.putLong(l + OB_SIZE, n);
        Memory.putLong(l + LIST_ITEMS, items);
        Memory.putLong(l + LIST_ALLOCATED, n);
        Heap.track(l);
        return l;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.LIST.address;
    }

    /** PyList_Check: a list or an instance of a class derived from list. */
    public static boolean checkSub(long obj) {
        return Types.typeAddressOf(obj) == Types.LIST.address || Types.of(obj).isSubtypeOf(Types.LIST);
    }

    public static long size(long l) {
        return Memory.getLong(l + OB_SIZE);
    }

    public static long get(long l, long i) {
        return Memory.getLong(Memory.getLong(l + LIST_ITEMS) + 8 * i);
    }

    /** Stores a stolen reference into slot i without touching the old one. */
    public static void set(long l, long i, long item) {
        Memory.putLong(Memory.getLong(l + LIST_ITEMS) + 8 * i, item);
    }

    /** list_resize: CPython 3.11's growth pattern 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ... */
    static void resize(long l, long newSize) {
        long allocated = Memory.getLong(l + LIST_ALLOCATED);
        if (allocated >= newSize && newSize >= (allocated >> 1)) {
            Memory.putLong(l + OB_SIZE, newSize);
            return;
        }
        long newAllocated = (newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - size(l) > newAllocated - newSize) {
            newAllocated = (newSize + 3) & ~3L;
        }
        if (newSize == 0) {
            newAllocated = 0;
        }
        if (newAllocated > Long.MAX_VALUE / 8 || newAllocated < 0) {
            throw OutOfMemory.INSTANCE; // list_resize: PyErr_NoMemory, the list unchanged
        }
        long items = Memory.getLong(l + LIST_ITEMS);
        long newItems = items == 0 ? ObjectAllocator.malloc(8 * newAllocated)
                : ObjectAllocator.realloc(items, 8 * newAllocated);
        Memory.putLong(l + LIST_ITEMS, newItems);
        Memory.putLong(l + OB_SIZE, newSize);
        Memory.putLong(l + LIST_ALLOCATED, newAllocated);
    }

    /** list.sort(key=key, reverse=reverse); key 0 for None. */
    public static void sort(long l, long key, boolean reverse) {
        ListMethods.sort(l, key, reverse);
    }

    /** list.append: takes a new reference to item. */
    public static void append(long l, long item) {
        long n = size(l);
        resize(l, n + 1);
        Heap.incref(item);
        set(l, n, item);
    }

    /** list.extend(iterable), with CPython 3.11's exact preallocation for a list or tuple into an empty list. */
    public static void extend(long l, long iterable) {
        boolean tuple = TupleObject.check(iterable);
        if (tuple || check(iterable)) {
            long n = tuple ? TupleObject.size(iterable) : size(iterable);
            if (n == 0) {
                return;
            }
            long m = size(l);
            makeRoom(l, n);
            Memory.putLong(l + OB_SIZE, m + n);
            for (long i = 0; i < n; i++) {
                long item = tuple ? TupleObject.get(iterable, i) : get(iterable, i);
                set(l, m + i, Heap.newRef(item));
            }
            return;
        }
        long it = Ops.iter(iterable);
        try {
            // as list_extend: room for the length hint first, fill, then cut back to size
            makeRoom(l, Ops.lengthHint(iterable, 8));
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                long n = size(l);
                if (n < Memory.getLong(l + LIST_ALLOCATED)) {
                    Memory.putLong(l + OB_SIZE, n + 1);
                } else {
                    resize(l, n + 1);
                }
                set(l, n, x);
            }
        } finally {
            Heap.decref(it);
            if (size(l) < Memory.getLong(l + LIST_ALLOCATED)) {
                resize(l, size(l));
            }
        }
    }

    /**
     * list_extend's room for n more items, the size left as it is: an empty list gets its first
     * item array exactly (list_preallocate_exact), any other grows by list_resize.
     */
    private static void makeRoom(long l, long n) {
        long m = size(l);
        if (Memory.getLong(l + LIST_ITEMS) == 0) {
            if (n > 0) {
                preallocateExact(l, n);
            }
        } else {
            resize(l, m + n);
            Memory.putLong(l + OB_SIZE, m);
        }
    }

    /** list_preallocate_exact: an empty list's first item array, for n items rounded up to even. */
    private static void preallocateExact(long l, long n) {
        long allocated = (n + 1) & ~1L;
        if (allocated > Long.MAX_VALUE / 8 || allocated < 0) {
            throw OutOfMemory.INSTANCE;
        }
        Memory.putLong(l + LIST_ITEMS, ObjectAllocator.malloc(8 * allocated));
        Memory.putLong(l + LIST_ALLOCATED, allocated);
    }

    static void dealloc(long l) {
        Heap.untrack(l);
        if (!Heap.trashBegin(l)) {
            return;
        }
        long items = Memory.getLong(l + LIST_ITEMS);
        if (items != 0) {
            for (long i = size(l) - 1; i >= 0; i--) {
                Heap.xdecref(Memory.getLong(items + 8 * i));
            }
            ObjectAllocator.free(items);
        }
        if (numFree < MAXFREELIST && check(l)) {
            FREE_LIST[numFree++] = l;
        } else {
            Heap.freeObject(l, true);
        }
        Heap.trashEnd();
    }

    public static long sizeof(long l) {
        return LIST_SIZE + 8 * Memory.getLong(l + LIST_ALLOCATED);
    }

    public static long concat(long a, long b) {
        long na = size(a);
        long nb = size(b);
        long r = allocate(na + nb);
        for (long i = 0; i < na; i++) {
            set(r, i, Heap.newRef(get(a, i)));
        }
        for (long i = 0; i < nb; i++) {
            set(r, na + i, Heap.newRef(get(b, i)));
        }
        return r;
    }

    public static long repeat(long a, long times) {
        long n = size(a);
        if (times > 0 && n > 0 && (n > Long.MAX_VALUE / times || n * times > Long.MAX_VALUE / 8)) {
            throw Errors.memoryError(); // list_repeat, list_new_prealloc's PyMem_New
        }
        long total = times <= 0 ? 0 : n * times;
        long r = allocate(total);
        for (long k = 0; k < total / Math.max(1, n); k++) {
            for (long i = 0; i < n; i++) {
                set(r, k * n + i, Heap.newRef(get(a, i)));
            }
        }
        return r;
    }

    /** l[i] = v: takes a new reference to v and drops the old item's. */
    public static void store(long l, long i, long v) {
        long old = get(l, i);
        Heap.incref(v);
        set(l, i, v);
        Heap.xdecref(old);
    }

    /** del l[i]. */
    public static void delete(long l, long i) {
        long old = get(l, i);
        long n = size(l);
        long items = Memory.getLong(l + LIST_ITEMS);
        Memory.copy(items + 8 * (i + 1), items + 8 * i, 8 * (n - i - 1));
        resize(l, n - 1);
        Heap.decref(old);
    }

    /** The list type's slots. */
    static final class Type extends PyType {
        Type() {
            super("list", Types.OBJECT, true, LIST_SIZE, 0);
        }

        /** CPython 3.11 has list_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        /** list_contains: each item held while it is compared, the size read again each time. */
        @Override
        public int contains(long obj, long item) {
            return ListMethods.find(obj, item) >= 0 ? 1 : 0;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count > 1) {
                throw Errors.typeError("list expected at most 1 argument, got " + count);
            }
            long list = allocateFresh();
            if (count == 1) {
                try {
                    // list___init__: list_extend, which asks for the length after the iterator
                    extend(list, args[offset]);
                } catch (PyException | OutOfMemory e) {
                    Heap.decref(list);
                    throw e;
                }
            }
            return list;
        }

        @Override
        public void dealloc(long obj) {
            ListObject.dealloc(obj);
        }

        @Override
        protected void defineMethods() {
            ListMethods.define(this);
            sizeofMethod();
        }

        @Override
        public String repr(long obj) {
            if (size(obj) == 0) {
                return "[]";
            }
            return Ops.reprGuarded(obj, "[...]", () -> Ops.reprItems(obj, size(obj), ListObject::get, "[", "]"));
        }

        @Override
        public long hash(long obj) {
            throw Errors.typeError("unhashable type: 'list'");
        }

        @Override
        public long sizeof(long obj) {
            return ListObject.sizeof(obj);
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
            if (!checkSub(a) || !checkSub(b)) {
                return 0;
            }
            return Ops.compareSequences(a, b, true, op);
        }

        @Override
        public long getItem(long obj, long key) {
            if (SliceObject.check(key)) {
                return SliceObject.sliceList(obj, key);
            }
            long i = Ops.sequenceIndex(key, size(obj), "list");
            return Heap.newRef(get(obj, i));
        }

        @Override
        public void setItem(long obj, long key, long value) {
            if (SliceObject.check(key)) {
                ListSlices.assign(obj, key, value);
                return;
            }
            long i = Ops.sequenceIndex(key, size(obj), "list assignment");
            store(obj, i, value);
        }

        @Override
        public void delItem(long obj, long key) {
            if (SliceObject.check(key)) {
                ListSlices.assign(obj, key, 0);
                return;
            }
            long i = Ops.sequenceIndex(key, size(obj), "list assignment");
            delete(obj, i);
        }

        @Override
        public long iter(long obj) {
            return SeqIterObject.create(Types.LIST_ITERATOR, obj);
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            if (op == Ops.NB_ADD) {
                return Ops.concatSequences(a, b, ListObject::checkSub, "list", ListObject::concat);
            }
            if (op == Ops.NB_MULTIPLY) {
                return Ops.repeatSequence(a, b, Types.LIST, ListObject::repeat);
            }
            if (op == Ops.NB_INPLACE_ADD && checkSub(a)) { // list_inplace_concat: list.extend
                extend(a, b);
                return Heap.newRef(a);
            }
            if (op == Ops.NB_INPLACE_OFFSET + Ops.NB_MULTIPLY && checkSub(a) && Ops.isIndex(b)) { // list_inplace_repeat
                return inplaceRepeat(a, Ops.repeatCount(b));
            }
            return 0;
        }

        /** list_inplace_repeat: l *= n in place (cleared for n < 1). */
        private static long inplaceRepeat(long a, long times) {
            long n = size(a);
            if (times < 1 || n == 0) {
                ListMethods.clear(a);
                return Heap.newRef(a);
            }
            if (times == 1) {
                return Heap.newRef(a);
            }
            if (n > Long.MAX_VALUE / 8 / times) {
                throw Errors.memoryError();
            }
            resize(a, n * times);
            for (long k = 1; k < times; k++) {
                for (long i = 0; i < n; i++) {
                    set(a, k * n + i, Heap.newRef(get(a, i)));
                }
            }
            return Heap.newRef(a);
        }

        @Override
        /** list_traverse: last item first. */
        public void traverse(long obj, Visitor visit) {
            visitReversed(Memory.getLong(obj + LIST_ITEMS), size(obj), visit);
        }

        /** _list_clear: the list is emptied first, then its items are dropped last to first. */
        @Override
        public void clear(long obj) {
            ListMethods.clear(obj);
        }
    }
}
