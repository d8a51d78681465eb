package org.minipy.runtime.builtins;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.ExtensionBase;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.object.WeakRefs;

/**
 * collections.deque (_collectionsmodule.c, 3.11): a doubly linked list of 64-slot blocks, each
 * block a separate 528-byte allocation (so from the raw allocator, as PyMem_Malloc sends it), and
 * up to 16 spare blocks kept by each deque.
 *
 * <pre>
 * dequeobject (216 bytes + GC header)           block (528 bytes)
 *  +16 ob_size        number of items            +0   leftlink
 *  +24 leftblock  +32 rightblock                 +8   data[64]
 *  +40 leftindex  +48 rightindex  (0..63)        +520 rightlink
 *  +56 state      bumped whenever the indices move (iterators check it)
 *  +64 maxlen     -1 when unbounded
 *  +72 numfreeblocks  +80 freeblocks[16]  +208 weakreflist
 * </pre>
 *
 * An empty deque has one block with leftindex 32 and rightindex 31 (CENTER + 1, CENTER);
 * {@code sys.getsizeof} is 216 + 528 per block in use + 16.
 */
final class Deque {
    private Deque() {}

    static final int BLOCKLEN = 64;
    static final int CENTER = (BLOCKLEN - 1) / 2;
    static final int MAXFREEBLOCKS = 16;
    static final long BLOCK_SIZE = 8 + 8L * BLOCKLEN + 8;
    private static final long LEFTLINK = 0;
    private static final long DATA = 8;
    private static final long RIGHTLINK = 8 + 8L * BLOCKLEN;

    static final long SIZE_OFF = 16;
    static final long LEFTBLOCK = 24;
    static final long RIGHTBLOCK = 32;
    static final long LEFTINDEX = 40;
    static final long RIGHTINDEX = 48;
    static final long STATE = 56;
    static final long MAXLEN = 64;
    static final long NUMFREEBLOCKS = 72;
    static final long FREEBLOCKS = 80;
    static final long WEAKREFLIST = 208;
    static final long DEQUE_SIZE = 216;

    static final PyType TYPE = new DequeType().ready();
    static final PyType ITER = new IterType("_collections._deque_iterator", false).ready();
    static final PyType REVERSE_ITER = new IterType("_collections._deque_reverse_iterator", true).ready();

    // ---- fields

    private static long get(long obj, long off) {
        return Memory.getLong(obj + off);
    }

    private static void put(long obj, long off, long v) {
        Memory.putLong(obj + off, v);
    }

    static long size(long d) {
        return get(d, SIZE_OFF);
    }

    private static void bumpState(long d) {
        put(d, STATE, get(d, STATE) + 1);
    }

    private static long slot(long block, long index) {
        return block + DATA + 8 * index;
    }

    private static long item(long block, long index) {
        return Memory.getLong(slot(block, index));
    }

    // ---- blocks (newblock / freeblock)

    private static long newBlock(long d) {
        long n = get(d, NUMFREEBLOCKS);
        if (n > 0) {
            put(d, NUMFREEBLOCKS, n - 1);
            return get(d, FREEBLOCKS + 8 * (n - 1));
        }
        return ObjectAllocator.malloc(BLOCK_SIZE);
    }

    private static void freeBlock(long d, long b) {
        long n = get(d, NUMFREEBLOCKS);
        if (n < MAXFREEBLOCKS) {
            put(d, FREEBLOCKS + 8 * n, b);
            put(d, NUMFREEBLOCKS, n + 1);
        } else {
            ObjectAllocator.free(b);
        }
    }

    // ---- creation (deque_new)

    /** A new empty unbounded deque of type t (tp_alloc, so tracked from birth). */
    static long create(PyType t) {
        long d = IteratorTypes.alloc(t, DEQUE_SIZE);
        initFields(d);
        Heap.track(d);
        return d;
    }

    /** deque_new after tp_alloc: one block, centred indexes, unbounded. */
    static void initFields(long d) {
        long b = newBlock(d);
        Memory.putLong(b + LEFTLINK, 0);
        Memory.putLong(b + RIGHTLINK, 0);
        put(d, LEFTBLOCK, b);
        put(d, RIGHTBLOCK, b);
        put(d, LEFTINDEX, CENTER + 1);
        put(d, RIGHTINDEX, CENTER);
        put(d, MAXLEN, -1);
    }

    // ---- the deque operations

    /** deque_append_internal: takes (steals) item. */
    static void append(long d, long item, long maxlen) {
        if (get(d, RIGHTINDEX) == BLOCKLEN - 1) {
            long b = newBlock(d);
            long right = get(d, RIGHTBLOCK);
            Memory.putLong(b + LEFTLINK, right);
            Memory.putLong(right + RIGHTLINK, b);
            Memory.putLong(b + RIGHTLINK, 0);
            put(d, RIGHTBLOCK, b);
            put(d, RIGHTINDEX, -1);
        }
        put(d, SIZE_OFF, size(d) + 1);
        long ri = get(d, RIGHTINDEX) + 1;
        put(d, RIGHTINDEX, ri);
        Memory.putLong(slot(get(d, RIGHTBLOCK), ri), item);
        if (maxlen >= 0 && size(d) > maxlen) {
            Heap.decref(popLeft(d));
        } else {
            bumpState(d);
        }
    }

    /** deque_appendleft_internal: takes (steals) item. */
    static void appendLeft(long d, long item, long maxlen) {
        if (get(d, LEFTINDEX) == 0) {
            long b = newBlock(d);
            long left = get(d, LEFTBLOCK);
            Memory.putLong(b + RIGHTLINK, left);
            Memory.putLong(left + LEFTLINK, b);
            Memory.putLong(b + LEFTLINK, 0);
            put(d, LEFTBLOCK, b);
            put(d, LEFTINDEX, BLOCKLEN);
        }
        put(d, SIZE_OFF, size(d) + 1);
        long li = get(d, LEFTINDEX) - 1;
        put(d, LEFTINDEX, li);
        Memory.putLong(slot(get(d, LEFTBLOCK), li), item);
        if (maxlen >= 0 && size(d) > maxlen) {
            Heap.decref(pop(d));
        } else {
            bumpState(d);
        }
    }

    /** deque_pop: the rightmost item (a new reference). */
    static long pop(long d) {
        if (size(d) == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        long right = get(d, RIGHTBLOCK);
        long ri = get(d, RIGHTINDEX);
        long item = item(right, ri);
        ri--;
        put(d, RIGHTINDEX, ri);
        put(d, SIZE_OFF, size(d) - 1);
        bumpState(d);
        if (ri < 0) {
            if (size(d) > 0) {
                long prev = Memory.getLong(right + LEFTLINK);
                freeBlock(d, right);
                Memory.putLong(prev + RIGHTLINK, 0);
                put(d, RIGHTBLOCK, prev);
                put(d, RIGHTINDEX, BLOCKLEN - 1);
            } else {
                put(d, LEFTINDEX, CENTER + 1);
                put(d, RIGHTINDEX, CENTER);
            }
        }
        return item;
    }

    /** deque_popleft: the leftmost item (a new reference). */
    static long popLeft(long d) {
        if (size(d) == 0) {
            throw Errors.indexError("pop from an empty deque");
        }
        long left = get(d, LEFTBLOCK);
        long li = get(d, LEFTINDEX);
        long item = item(left, li);
        li++;
        put(d, LEFTINDEX, li);
        put(d, SIZE_OFF, size(d) - 1);
        bumpState(d);
        if (li == BLOCKLEN) {
            if (size(d) > 0) {
                long next = Memory.getLong(left + RIGHTLINK);
                freeBlock(d, left);
                Memory.putLong(next + LEFTLINK, 0);
                put(d, LEFTBLOCK, next);
                put(d, LEFTINDEX, 0);
            } else {
                put(d, LEFTINDEX, CENTER + 1);
                put(d, RIGHTINDEX, CENTER);
            }
        }
        return item;
    }

    /** deque_extend / deque_extendleft. */
    static void extend(long d, long iterable, boolean left) {
        if (iterable == d) {
            long s = ListObject.allocate(0);
            try {
                ListObject.extend(s, iterable);
                extend(d, s, left);
            } finally {
                Heap.decref(s);
            }
            return;
        }
        long it = Ops.iter(iterable);
        try {
            long maxlen = get(d, MAXLEN);
            if (maxlen == 0) {
                for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                    Heap.decref(x);
                }
                return;
            }
            if (size(d) == 0) { // space saving heuristic: start filling from the chosen end
                put(d, LEFTINDEX, left ? BLOCKLEN - 1 : 1);
                put(d, RIGHTINDEX, left ? BLOCKLEN - 2 : 0);
            }
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                if (left) {
                    appendLeft(d, x, get(d, MAXLEN));
                } else {
                    append(d, x, get(d, MAXLEN));
                }
            }
        } finally {
            Heap.decref(it);
        }
    }

    /** deque_clear: empties the deque onto a fresh block first, then drops the items left to right. */
    static void clear(long d) {
        long n = size(d);
        if (n == 0) {
            return;
        }
        long b = newBlock(d);
        long leftblock = get(d, LEFTBLOCK);
        long leftindex = get(d, LEFTINDEX);
        Memory.putLong(b + LEFTLINK, 0);
        Memory.putLong(b + RIGHTLINK, 0);
        put(d, SIZE_OFF, 0);
        put(d, LEFTBLOCK, b);
        put(d, RIGHTBLOCK, b);
        put(d, LEFTINDEX, CENTER + 1);
        put(d, RIGHTINDEX, CENTER);
        bumpState(d);
        long m = Math.min(BLOCKLEN - leftindex, n);
        long ptr = slot(leftblock, leftindex);
        long limit = ptr + 8 * m;
        n -= m;
        while (true) {
            if (ptr == limit) {
                if (n == 0) {
                    break;
                }
                long prev = leftblock;
                leftblock = Memory.getLong(leftblock + RIGHTLINK);
                m = Math.min(n, BLOCKLEN);
                ptr = slot(leftblock, 0);
                limit = ptr + 8 * m;
                n -= m;
                freeBlock(d, prev);
            }
            long item = Memory.getLong(ptr);
            ptr += 8;
            Heap.decref(item);
        }
        freeBlock(d, leftblock);
    }

    /** _deque_rotate: moves n items from the right end to the left (n < 0: the other way). */
    static void rotate(long d, long n) {
        long len = size(d);
        long halflen = len >> 1;
        if (len <= 1) {
            return;
        }
        if (n > halflen || n < -halflen) {
            n %= len;
            if (n > halflen) {
                n -= len;
            } else if (n < -halflen) {
                n += len;
            }
        }
        long b = 0;
        long leftblock = get(d, LEFTBLOCK);
        long rightblock = get(d, RIGHTBLOCK);
        long leftindex = get(d, LEFTINDEX);
        long rightindex = get(d, RIGHTINDEX);
        bumpState(d);
        while (n > 0) {
            if (leftindex == 0) {
                if (b == 0) {
                    b = newBlock(d);
                }
                Memory.putLong(b + RIGHTLINK, leftblock);
                Memory.putLong(leftblock + LEFTLINK, b);
                leftblock = b;
                Memory.putLong(b + LEFTLINK, 0);
                leftindex = BLOCKLEN;
                b = 0;
            }
            long m = Math.min(Math.min(n, rightindex + 1), leftindex);
            rightindex -= m;
            leftindex -= m;
            Memory.copy(slot(rightblock, rightindex + 1), slot(leftblock, leftindex), 8 * m);
            n -= m;
            if (rightindex < 0) {
                b = rightblock;
                rightblock = Memory.getLong(rightblock + LEFTLINK);
                Memory.putLong(rightblock + RIGHTLINK, 0);
                rightindex = BLOCKLEN - 1;
            }
        }
        while (n < 0) {
            if (rightindex == BLOCKLEN - 1) {
                if (b == 0) {
                    b = newBlock(d);
                }
                Memory.putLong(b + LEFTLINK, rightblock);
                Memory.putLong(rightblock + RIGHTLINK, b);
                rightblock = b;
                Memory.putLong(b + RIGHTLINK, 0);
                rightindex = -1;
                b = 0;
            }
            long m = Math.min(Math.min(-n, BLOCKLEN - leftindex), BLOCKLEN - 1 - rightindex);
            Memory.copy(slot(leftblock, leftindex), slot(rightblock, rightindex + 1), 8 * m);
            leftindex += m;
            rightindex += m;
            n += m;
            if (leftindex == BLOCKLEN) {
                b = leftblock;
                leftblock = Memory.getLong(leftblock + RIGHTLINK);
                Memory.putLong(leftblock + LEFTLINK, 0);
                leftindex = 0;
            }
        }
        if (b != 0) {
            freeBlock(d, b);
        }
        put(d, LEFTBLOCK, leftblock);
        put(d, RIGHTBLOCK, rightblock);
        put(d, LEFTINDEX, leftindex);
        put(d, RIGHTINDEX, rightindex);
    }

    /** The address of item i's slot (0 <= i < len), walking from the nearer end as deque_item. */
    static long itemSlot(long d, long i) {
        long n = size(d);
        long b;
        long index;
        if (i == 0) {
            return slot(get(d, LEFTBLOCK), get(d, LEFTINDEX));
        }
        if (i == n - 1) {
            return slot(get(d, RIGHTBLOCK), get(d, RIGHTINDEX));
        }
        i += get(d, LEFTINDEX);
        long k = i / BLOCKLEN;
        index = i % BLOCKLEN;
        if (i < (n >> 1) + get(d, LEFTINDEX)) { // from the left
            b = get(d, LEFTBLOCK);
            while (k-- > 0) {
                b = Memory.getLong(b + RIGHTLINK);
            }
        } else {
            long j = (get(d, LEFTINDEX) + n - 1) / BLOCKLEN - k;
            b = get(d, RIGHTBLOCK);
            while (j-- > 0) {
                b = Memory.getLong(b + LEFTLINK);
            }
        }
        return slot(b, index);
    }

    /** deque_del_item: rotate the item to the left end, pop it, rotate back. */
    static void delItem(long d, long i) {
        rotate(d, -i);
        long item = popLeft(d);
        rotate(d, i);
        Heap.decref(item);
    }

    /** The items as a new list. */
    static long toList(long d) {
        long l = ListObject.allocate(0);
        try {
            ListObject.extend(l, d);
        } catch (PyException e) {
            Heap.decref(l);
            throw e;
        }
        return l;
    }

    /** Visits the items left to right (for traverse and comparisons); stops when f returns false. */
    interface ItemVisitor {
        boolean visit(long item);
    }

    static void forEach(long d, ItemVisitor f) {
        long b = get(d, LEFTBLOCK);
        long index = get(d, LEFTINDEX);
        for (long i = 0, n = size(d); i < n; i++) {
            if (!f.visit(item(b, index))) {
                return;
            }
            index++;
            if (index == BLOCKLEN) {
                b = Memory.getLong(b + RIGHTLINK);
                index = 0;
            }
        }
    }

    /** The deque type's slots. */
    static final class DequeType extends PyType implements ExtensionBase {
        DequeType() {
            super("collections.deque", Types.OBJECT, true, DEQUE_SIZE, 0);
        }

        @Override
        public void newInstance(long d) {
            initFields(d);
        }

        @Override
        public void initInstance(long d, long[] args, int offset, int count, long kwnames) {
            DequeMethods.init(d, args, offset, count, kwnames);
        }

        @Override
        public long weaklistOffset() {
            return WEAKREFLIST;
        }

        @Override
        protected void defineMethods() {
            DequeMethods.define(this::method, this::methodWithKeywords);
            sizeofMethod();
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            return constructWithKeywords(args, offset, count, 0);
        }

        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            long d = create(this);
            try {
                DequeMethods.init(d, args, offset, count, kwnames);
            } catch (PyException e) {
                Heap.decref(d);
                throw e;
            }
            return d;
        }

        @Override
        public void dealloc(long d) {
            Heap.untrack(d);
            if (get(d, WEAKREFLIST) != 0) {
                WeakRefs.clearWeakRefs(d);
            }
            if (get(d, LEFTBLOCK) != 0) {
                Deque.clear(d);
                freeBlock(d, get(d, LEFTBLOCK));
            }
            put(d, LEFTBLOCK, 0);
            put(d, RIGHTBLOCK, 0);
            for (long i = 0, n = get(d, NUMFREEBLOCKS); i < n; i++) {
                ObjectAllocator.free(get(d, FREEBLOCKS + 8 * i));
            }
            Heap.freeObject(d, true);
        }

        /** deque_clear: the same as deque.clear(). */
        @Override
        public void clear(long d) {
            if (get(d, LEFTBLOCK) != 0) {
                Deque.clear(d);
            }
        }

        @Override
        public void traverse(long d, Visitor visit) {
            forEach(d, item -> {
                visit.visit(item);
                return true;
            });
        }

        @Override
        public String repr(long d) {
            return Ops.reprGuarded(d, "[...]", () -> items(d));
        }

        private String items(long d) {
            long list = toList(d);
            try {
                String items = Ops.reprJava(list);
                long maxlen = get(d, MAXLEN);
                String name = Types.of(d).name;
                name = name.substring(name.lastIndexOf('.') + 1);
                return maxlen >= 0 ? name + "(" + items + ", maxlen=" + maxlen + ")" : name + "(" + items + ")";
            } finally {
                Heap.decref(list);
            }
        }

        @Override
        public long getAttr(long d, long name) {
            if (StrObject.toJava(name).equals("maxlen")) {
                long maxlen = get(d, MAXLEN);
                return maxlen < 0 ? BoolObject.none() : IntObject.fromLong(maxlen);
            }
            return 0;
        }

        @Override
        public boolean setAttr(long d, long name, long value) {
            if (StrObject.toJava(name).equals("maxlen")) {
                throw Errors.attributeError("attribute 'maxlen' of 'collections.deque' objects is not writable");
            }
            return false;
        }

        @Override
        public long hash(long obj) {
            throw Errors.typeError("unhashable type: '" + Types.of(obj).name + "'");
        }

        @Override
        public long sizeof(long d) {
            long blocks = (get(d, LEFTINDEX) + size(d) + BLOCKLEN - 1) / BLOCKLEN;
            return DEQUE_SIZE + blocks * BLOCK_SIZE;
        }

        @Override
        public boolean isTrue(long d) {
            return size(d) != 0;
        }

        @Override
        public long length(long d) {
            return size(d);
        }

        @Override
        public long iter(long d) {
            return DequeMethods.newIterator(d, false);
        }

        @Override
        public int contains(long d, long x) {
            long state = get(d, STATE);
            boolean[] found = {false};
            forEach(d, item -> {
                boolean eq = Ops.equalHolding(item, x); // deque_contains holds the item
                if (state != get(d, STATE)) {
                    throw Errors.raise(Types.RUNTIME_ERROR, "deque mutated during iteration");
                }
                found[0] = eq;
                return !eq;
            });
            return found[0] ? 1 : 0;
        }

        @Override
        public long getItem(long d, long key) {
            long i = DequeMethods.index(d, key);
            return Heap.newRef(Memory.getLong(itemSlot(d, i)));
        }

        @Override
        public void setItem(long d, long key, long value) {
            long i = DequeMethods.index(d, key);
            long s = itemSlot(d, i);
            long old = Memory.getLong(s);
            Memory.putLong(s, Heap.newRef(value));
            Heap.decref(old);
        }

        @Override
        public void delItem(long d, long key) {
            Deque.delItem(d, DequeMethods.index(d, key));
        }

        @Override
        public long richCompare(long a, long b, int op) {
            if (!isDeque(a) || !isDeque(b)) {
                return 0;
            }
            long la = toList(a);
            long lb = toList(b);
            try {
                return Ops.richCompare(la, lb, op);
            } finally {
                Heap.decref(la);
                Heap.decref(lb);
            }
        }

        @Override
        public long binaryOp(long a, long b, int op) {
            return DequeMethods.binaryOp(a, b, op);
        }
    }

    static boolean isDeque(long obj) {
        return Types.of(obj).isSubtypeOf(TYPE);
    }

    /** _deque_iterator and _deque_reverse_iterator: b, deque, state, index, counter (56 bytes). */
    static final class IterType extends PyType {
        static final long IT_BLOCK = 16;
        static final long IT_DEQUE = 24;
        static final long IT_STATE = 32;
        static final long IT_INDEX = 40;
        static final long IT_COUNTER = 48;
        static final long IT_SIZE = 56;
        private final boolean reverse;

        IterType(String name, boolean reverse) {
            super(name, Types.OBJECT, true, IT_SIZE, 0);
            this.reverse = reverse;
        }

        @Override
        protected void defineMethods() {
            method("__length_hint__", (self, a, o, n) -> IntObject.fromLong(get(self, IT_COUNTER)));
        }

        @Override
        public long iter(long it) {
            return Heap.newRef(it);
        }

        @Override
        public long next(long it) {
            long d = get(it, IT_DEQUE);
            if (get(d, STATE) != get(it, IT_STATE)) {
                put(it, IT_COUNTER, 0);
                throw Errors.raise(Types.RUNTIME_ERROR, "deque mutated during iteration");
            }
            long counter = get(it, IT_COUNTER);
            if (counter == 0) {
                return 0;
            }
            long b = get(it, IT_BLOCK);
            long index = get(it, IT_INDEX);
            long item = item(b, index);
            counter--;
            put(it, IT_COUNTER, counter);
            if (reverse) {
                index--;
                if (index < 0 && counter > 0) {
                    put(it, IT_BLOCK, Memory.getLong(b + LEFTLINK));
                    index = BLOCKLEN - 1;
                }
            } else {
                index++;
                if (index == BLOCKLEN && counter > 0) {
                    put(it, IT_BLOCK, Memory.getLong(b + RIGHTLINK));
                    index = 0;
                }
            }
            put(it, IT_INDEX, index);
            return Heap.newRef(item);
        }

        @Override
        public void dealloc(long it) {
            Heap.untrack(it);
            Heap.decref(get(it, IT_DEQUE));
            Heap.freeObject(it, true);
        }

        @Override
        public void traverse(long it, Visitor visit) {
            visit.visit(get(it, IT_DEQUE));
        }
    }

    static long newIter(long d, boolean reverse) {
        long it = IteratorTypes.alloc(reverse ? REVERSE_ITER : ITER, IterType.IT_SIZE);
        put(it, IterType.IT_BLOCK, get(d, reverse ? RIGHTBLOCK : LEFTBLOCK));
        put(it, IterType.IT_INDEX, get(d, reverse ? RIGHTINDEX : LEFTINDEX));
        put(it, IterType.IT_DEQUE, Heap.newRef(d));
        put(it, IterType.IT_STATE, get(d, STATE));
        put(it, IterType.IT_COUNTER, size(d));
        Heap.track(it);
        return it;
    }
}
