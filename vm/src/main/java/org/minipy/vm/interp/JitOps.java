package org.minipy.vm.interp;

import org.minipy.runtime.mem.OutOfMemory;
import org.minipy.runtime.object.AttrCache;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CellObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FunctionObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.MethodDescrObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.RangeObject;
import org.minipy.runtime.object.SeqIterObject;
import org.minipy.runtime.object.SetObject;
import org.minipy.runtime.object.SliceObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * The instruction bodies compiled code calls (see {@link Jit}). Each does what the interpreter's
 * case for the instruction does, on the data stack s, with slots given as absolute indexes the
 * compiled code computes from the frame's base and the instruction's fixed stack depth; where the
 * interpreter's case pops before something that can raise, {@link Jit} records the depth the
 * interpreter would unwind from.
 */
final class JitOps {
    private JitOps() {}

    static long loadFast(long[] s, int base, Code code, int index) {
        long v = s[base + index];
        if (v == 0) {
            throw Interpreter.unboundLocal(code, index);
        }
        Heap.incref(v);
        return v;
    }

    static void storeFast(long[] s, int slot, int from) {
        long old = s[slot];
        s[slot] = s[from];
        Heap.xdecref(old);
    }

    static void deleteFast(long[] s, int base, Code code, int index) {
        long old = s[base + index];
        if (old == 0) {
            throw Interpreter.unboundLocal(code, index);
        }
        s[base + index] = 0;
        Heap.decref(old);
    }

    /** COPY n and LOAD_CLOSURE: a new reference to s[from] at s[to]. */
    static void copyRef(long[] s, int from, int to) {
        long v = s[from];
        Heap.incref(v);
        s[to] = v;
    }

    static void swap(long[] s, int top, int n) {
        long v = s[top - 1];
        s[top - 1] = s[top - n];
        s[top - n] = v;
    }

    /**
     * LOAD_ATTR on s[slot]. The cache has two entries (cacheA, then cacheB), so that a site that
     * sees instances of two classes (a method inherited by a subclass) hits for both; a new entry
     * goes first and the older one second.
     */
    static void loadAttr(Interpreter in, int depth, long[] s, int slot, Code code, int pc, long name) {
        long obj = s[slot];
        long v = cachedAttribute(obj, code, pc);
        if (v != 0) {
            Heap.incref(v);
        } else {
            in.frameIp[depth] = pc + 1;
            v = Ops.getAttr(obj, name);
            long entry = AttrCache.attributeEntry(obj, name);
            if (entry != 0) {
                code.cacheB[pc] = code.cacheA[pc];
                code.cacheA[pc] = entry;
            }
        }
        s[slot] = v;
        Heap.decref(obj);
    }

    /** STORE_ATTR: s[top - 1].name = s[top - 2]; two cache entries as for LOAD_ATTR. */
    static void storeAttr(long[] s, int top, Code code, int pc, long name) {
        long obj = s[top - 1];
        long v = s[top - 2];
        try {
            if (!AttrCache.storeAttribute(obj, code.cacheA[pc], v)
                    && !AttrCache.storeAttribute(obj, code.cacheB[pc], v)) {
                Ops.setAttr(obj, name, v);
                long entry = AttrCache.storeEntry(obj, name);
                if (entry != 0) {
                    code.cacheB[pc] = code.cacheA[pc];
                    code.cacheA[pc] = entry;
                }
            }
        } finally {
            Heap.decref(obj);
            Heap.decref(v);
        }
    }

    /**
     * LOAD_METHOD on s[top - 1]: [method, self] or [attribute, NULL]. Two cache entries: (cacheA,
     * method cacheB) and (cacheC, method cacheD), the newer first.
     */
    static void loadMethod(Interpreter in, int depth, long[] s, int top, Code code, int pc, long name) {
        long obj = s[top - 1];
        long m;
        if (AttrCache.methodHolds(obj, code.cacheA[pc])) {
            m = code.cacheB[pc];
        } else if (AttrCache.methodHolds(obj, code.cacheC[pc])) {
            m = code.cacheD[pc];
        } else {
            m = 0;
        }
        if (m != 0) {
            Heap.incref(m);
            s[top - 1] = m;
            s[top] = obj;
            return;
        }
        PyType t = Types.of(obj);
        m = t.methodShortcut() ? t.lookup(name) : 0;
        if (m != 0 && (FunctionObject.check(m) || MethodDescrObject.check(m)) && !t.hasInstanceAttribute(obj, name)) {
            long entry = AttrCache.methodEntry(obj, name, m);
            if (entry != 0) {
                code.cacheC[pc] = code.cacheA[pc];
                code.cacheD[pc] = code.cacheB[pc];
                code.cacheA[pc] = entry;
                code.cacheB[pc] = m;
            }
            Heap.incref(m);
            s[top - 1] = m;
            s[top] = obj;
        } else {
            in.frameIp[depth] = pc + 1;
            long v = Ops.getAttr(obj, name);
            s[top - 1] = v;
            s[top] = 0;
            Heap.decref(obj);
        }
    }

    /** BINARY_SUBSCR: s[slot] = s[slot][s[slot + 1]]. */
    static void binarySubscr(long[] s, int slot) {
        long key = s[slot + 1];
        long container = s[slot];
        long item = exactItem(container, key);
        s[slot] = item != 0 ? Heap.newRef(item) : Ops.getItem(container, key);
        Heap.decref(container);
        Heap.decref(key);
    }

    /**
     * STORE_SUBSCR: s[slot + 1][s[slot + 2]] = s[slot]; a list with an int index in range is
     * stored into directly, as 3.11's STORE_SUBSCR_LIST_INT does (the old item, the index, then
     * the list released in its order).
     */
    static void storeSubscr(long[] s, int slot) {
        long key = s[slot + 2];
        long container = s[slot + 1];
        long v = s[slot];
        if (Types.typeAddressOf(container) == Types.LIST.address && IntObject.check(key)
                && IntObject.fitsMachineWord(key)) {
            long i = IntObject.wordValue(key);
            if (i >= 0 && i < ListObject.size(container)) {
                long old = ListObject.get(container, i);
                ListObject.set(container, i, v);
                Heap.decref(old);
                Heap.decref(key);
                Heap.decref(container);
                return;
            }
        }
        try {
            Types.of(container).setItem(container, key, v);
        } finally {
            Heap.decref(v);
            Heap.decref(container);
            Heap.decref(key);
        }
    }

    // ---- fused instructions: operands read where they are, not pushed (see Jit's fuse)

    /**
     * LOAD_FAST/LOAD_CONST twice, then BINARY_OP, for two exact ints or floats: s[dest] = a op b,
     * read from their local slots or the constants without a reference taken, and true. The
     * interpreter would take and drop a reference to each around the operation, where nothing
     * can see them; the result is made as BINARY_OP makes it. False (nothing done) for an
     * unbound local (0) or any other operands: the unfused instructions follow.
     */
    static boolean binaryBorrowed(long[] s, int dest, long a, long b, int op) {
        if (a == 0 || b == 0) {
            return false;
        }
        long r = Interpreter.exactBinaryOp(a, b, op);
        if (r == 0) {
            return false;
        }
        s[dest] = r;
        return true;
    }

    /** As {@link #binaryBorrowed} with the left operand on the stack at s[dest] (released after). */
    static boolean binaryOwnedLeft(long[] s, int dest, long b, int op) {
        long a = s[dest];
        if (b == 0) {
            return false;
        }
        long r = Interpreter.exactBinaryOp(a, b, op);
        if (r == 0) {
            return false;
        }
        s[dest] = r;
        Heap.decref(a);
        return true;
    }

    /**
     * LOAD_FAST/LOAD_CONST twice, COMPARE_OP, then POP_JUMP_IF_FALSE or _TRUE, for two exact ints
     * or floats: the comparison's result, 1 or 0; -1 (nothing done) otherwise.
     */
    static int compareBorrowed(long a, long b, int op) {
        if (a == 0 || b == 0) {
            return -1;
        }
        return Interpreter.compareExact(a, b, op);
    }

    /** As {@link #compareBorrowed} with the left operand on the stack at s[slot] (released after). */
    static int compareOwnedLeft(long[] s, int slot, long b, int op) {
        long a = s[slot];
        if (b == 0) {
            return -1;
        }
        int r = Interpreter.compareExact(a, b, op);
        if (r >= 0) {
            Heap.decref(a);
        }
        return r;
    }

    /**
     * LOAD_FAST/LOAD_CONST twice, then BINARY_SUBSCR, for an exactItem: s[dest] = a new
     * reference to the item, and true; false (nothing done) otherwise.
     */
    static boolean subscrBorrowed(long[] s, int dest, long container, long key) {
        if (container == 0 || key == 0) {
            return false;
        }
        long item = exactItem(container, key);
        if (item == 0) {
            return false;
        }
        s[dest] = Heap.newRef(item);
        return true;
    }

    /** As {@link #subscrBorrowed} with the container on the stack at s[dest] (released after). */
    static boolean subscrOwnedLeft(long[] s, int dest, long key) {
        long container = s[dest];
        if (key == 0) {
            return false;
        }
        long item = exactItem(container, key);
        if (item == 0) {
            return false;
        }
        s[dest] = Heap.newRef(item);
        Heap.decref(container);
        return true;
    }

    /**
     * LOAD_FAST then LOAD_ATTR (at pc) hitting its cache: s[dest] = a new reference to the
     * attribute of obj, read in the local slot without a reference taken; true. False (nothing
     * done) for an unbound local or a cache miss: the unfused instructions follow.
     */
    static boolean loadAttrBorrowed(long[] s, int dest, long obj, Code code, int pc) {
        long v = obj == 0 ? 0 : cachedAttribute(obj, code, pc);
        if (v == 0) {
            return false;
        }
        Heap.incref(v);
        s[dest] = v;
        return true;
    }

    /** The attribute (borrowed) LOAD_ATTR's two cache entries at pc give for obj, or 0 for a miss. */
    private static long cachedAttribute(long obj, Code code, int pc) {
        long v = AttrCache.loadAttribute(obj, code.cacheA[pc]);
        return v != 0 ? v : AttrCache.loadAttribute(obj, code.cacheB[pc]);
    }

    /**
     * COPY 2, COPY 2, BINARY_SUBSCR (the start of {@code c[k] op= v}): s[top] = c[k] for the
     * container and key at s[top - 2] and s[top - 1], with no references taken and dropped for
     * the copies, and true; false (nothing done) unless c[k] is an exactItem.
     */
    static boolean subscrOfCopies(long[] s, int top) {
        long item = exactItem(s[top - 2], s[top - 1]);
        if (item == 0) {
            return false;
        }
        s[top] = Heap.newRef(item);
        return true;
    }

    /**
     * SWAP 3, SWAP 2, STORE_SUBSCR (the end of {@code c[k] op= v}): the stack [c, k, v] at
     * s[slot..] made [v, c, k] and stored as STORE_SUBSCR stores it.
     */
    static void storeSubscrRotated(long[] s, int slot) {
        long v = s[slot + 2];
        s[slot + 2] = s[slot + 1];
        s[slot + 1] = s[slot];
        s[slot] = v;
        storeSubscr(s, slot);
    }

    /**
     * container[key] (borrowed) found without running Python code: an exact list or tuple and
     * an exact int in range, or an exact dict of str keys and an exact str key present; else 0.
     */
    private static long exactItem(long container, long key) {
        if (!IntObject.check(key) || !IntObject.fitsMachineWord(key)) {
            return DictObject.getExactStr(container, key);
        }
        long t = Types.typeAddressOf(container);
        long i = IntObject.wordValue(key);
        if (t == Types.LIST.address) {
            long n = ListObject.size(container);
            long j = i < 0 ? i + n : i;
            return j >= 0 && j < n ? ListObject.get(container, j) : 0;
        }
        if (t == Types.TUPLE.address) {
            long n = TupleObject.size(container);
            long j = i < 0 ? i + n : i;
            return j >= 0 && j < n ? TupleObject.get(container, j) : 0;
        }
        return 0;
    }

    /** BINARY_OP: s[slot] = s[slot] op s[slot + 1]. */
    static void binaryOp(long[] s, int slot, int op) {
        long b = s[slot + 1];
        long a = s[slot];
        long r = Interpreter.binaryOp(a, b, op);
        s[slot] = r;
        Heap.decref(a);
        Heap.decref(b);
    }

    static void compare(long[] s, int slot, int op) {
        long b = s[slot + 1];
        long a = s[slot];
        long r = Interpreter.compare(a, b, op);
        s[slot] = r;
        Heap.decref(a);
        Heap.decref(b);
    }

    /**
     * COMPARE_OP when a POP_JUMP_IF_FALSE or _TRUE follows, as 3.11's COMPARE_OP_INT_JUMP and
     * COMPARE_OP_FLOAT_JUMP: for two exact ints or floats, the result (1 or 0) with the operands
     * released and no bool made (one made and released at once would leave no trace); else 2,
     * with COMPARE_OP done and its result at s[slot] for the jump instruction.
     */
    static int compareForJump(long[] s, int slot, int op) {
        long b = s[slot + 1];
        long a = s[slot];
        int r = Interpreter.compareExact(a, b, op);
        if (r < 0) {
            compare(s, slot, op);
            return 2;
        }
        Heap.decref(a);
        Heap.decref(b);
        return r;
    }

    static void isOp(long[] s, int slot, int invert) {
        long b = s[slot + 1];
        long a = s[slot];
        s[slot] = BoolObject.fromBoolean((a == b) != (invert == 1));
        Heap.decref(a);
        Heap.decref(b);
    }

    static void containsOp(long[] s, int slot, int invert) {
        long container = s[slot + 1];
        long item = s[slot];
        boolean in = Ops.contains(container, item);
        s[slot] = BoolObject.fromBoolean(in != (invert == 1));
        Heap.decref(item);
        Heap.decref(container);
    }

    static void unaryOp(long[] s, int slot, int which) {
        long a = s[slot];
        long r = Ops.unaryOp(a, which);
        s[slot] = r;
        Heap.decref(a);
    }

    static void unaryNot(long[] s, int slot) {
        long a = s[slot];
        boolean t = Ops.isTrue(a);
        s[slot] = BoolObject.fromBoolean(!t);
        Heap.decref(a);
    }

    static void buildList(long[] s, int slot, int n) {
        long list = ListObject.allocate(n);
        for (int k = 0; k < n; k++) {
            ListObject.set(list, k, s[slot + k]);
        }
        s[slot] = list;
    }

    static void buildTuple(long[] s, int slot, int n) {
        long tuple = TupleObject.allocate(n);
        for (int k = 0; k < n; k++) {
            TupleObject.set(tuple, k, s[slot + k]);
        }
        s[slot] = tuple;
    }

    /** LIST_APPEND: the value at s[top - 1] onto the list at s[top - 1 - n]. */
    static void listAppend(long[] s, int top, int n) {
        long v = s[top - 1];
        ListObject.append(s[top - 1 - n], v);
        Heap.decref(v);
    }

    static void setAdd(long[] s, int top, int n) {
        long v = s[top - 1];
        try {
            SetObject.add(s[top - 1 - n], v);
        } finally {
            Heap.decref(v);
        }
    }

    static void mapAdd(long[] s, int top, int n) {
        long v = s[top - 1];
        long k = s[top - 2];
        try {
            DictObject.set(s[top - 2 - n], k, v);
        } finally {
            Heap.decref(k);
            Heap.decref(v);
        }
    }

    static void listExtend(long[] s, int top, int n) {
        long iterable = s[top - 1];
        try {
            ListObject.extend(s[top - 1 - n], iterable);
        } finally {
            Heap.decref(iterable);
        }
    }

    static void listToTuple(long[] s, int slot) {
        long list = s[slot];
        long n = ListObject.size(list);
        long tuple = TupleObject.allocate(n);
        for (long k = 0; k < n; k++) {
            TupleObject.set(tuple, k, Heap.newRef(ListObject.get(list, k)));
        }
        s[slot] = tuple;
        Heap.decref(list);
    }

    /** BUILD_CONST_KEY_MAP: n values at s[slot ..], the keys tuple above them. */
    static void buildConstKeyMap(Interpreter in, long[] s, int slot, int n) {
        long keys = s[slot + n];
        long d = DictObject.create();
        try {
            for (int k = 0; k < n; k++) {
                DictObject.set(d, TupleObject.get(keys, k), s[slot + k]);
            }
        } catch (PyException e) {
            Heap.decref(d);
            throw e;
        }
        in.clearRange(slot, slot + n + 1);
        s[slot] = d;
    }

    static void buildSlice(Interpreter in, long[] s, int slot, int n) {
        long step = n == 3 ? s[slot + 2] : 0;
        long stop = s[slot + 1];
        long start = s[slot];
        long slice = SliceObject.create(start, stop, step);
        in.clearRange(slot, slot + n);
        s[slot] = slice;
    }

    static void getIter(long[] s, int slot) {
        long obj = s[slot];
        long it = Ops.iter(obj);
        s[slot] = it;
        Heap.decref(obj);
    }

    /** FOR_ITER on the iterator at s[slot]: the next value, or 0 with the iterator popped. */
    static long forIter(long[] s, int slot) {
        long it = s[slot];
        long ta = Types.typeAddressOf(it);
        long v = ta == Types.RANGE_ITERATOR.address ? RangeObject.iterNext(it)
                : ta == Types.LIST_ITERATOR.address ? SeqIterObject.listNext(it)
                : Ops.next(it);
        if (v == 0) {
            Heap.decref(it);
        }
        return v;
    }

    /** POP_JUMP_IF_FALSE on s[slot]: whether to jump. */
    static boolean popJumpIfFalse(long[] s, int slot) {
        long v = s[slot];
        if (v == BoolObject.FALSE) {
            Heap.decref(v);
            return true;
        }
        if (v == BoolObject.TRUE) {
            Heap.decref(v);
            return false;
        }
        boolean t;
        try {
            t = Ops.isTrue(v);
        } finally {
            Heap.decref(v);
        }
        return !t;
    }

    static boolean popJumpIfTrue(long[] s, int slot) {
        long v = s[slot];
        boolean t;
        try {
            t = Ops.isTrue(v);
        } finally {
            Heap.decref(v);
        }
        return t;
    }

    static boolean popJumpIfNone(long[] s, int slot) {
        long v = s[slot];
        Heap.decref(v);
        return v == BoolObject.NONE;
    }

    /** JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP (when): whether to jump, the value kept; else it is popped. */
    static boolean jumpIfOrPop(long[] s, int slot, boolean when) {
        long v = s[slot];
        if (Ops.isTrue(v) == when) {
            return true;
        }
        Heap.decref(v);
        return false;
    }

    static void unpackSequence(long[] s, int slot, int n) {
        long seq = s[slot];
        Unpacking.unpack(seq, n, s, slot);
        Heap.decref(seq);
    }

    static void formatValue(long[] s, int slot, int arg) {
        boolean hasSpec = (arg & 4) != 0;
        long spec = hasSpec ? s[slot + 1] : 0;
        long v = s[slot];
        long r = Formatting.formatValue(v, arg & 3, spec);
        s[slot] = r;
        Heap.decref(v);
        Heap.xdecref(spec);
    }

    static void buildString(Interpreter in, long[] s, int slot, int n) {
        long r = Formatting.join(s, slot, n);
        in.clearRange(slot, slot + n);
        s[slot] = r;
    }

    static void makeCell(long[] s, int slot) {
        long v = s[slot];
        long cell = CellObject.create(v);
        Heap.xdecref(v);
        s[slot] = cell;
    }

    static long loadDeref(long[] s, int base, Code code, int index) {
        long v = CellObject.get(s[base + index]);
        if (v == 0) {
            throw Interpreter.unboundDeref(code, index);
        }
        Heap.incref(v);
        return v;
    }

    static void storeDeref(long[] s, int cellSlot, int from) {
        long v = s[from];
        CellObject.set(s[cellSlot], v);
        Heap.decref(v);
    }

    static void copyFreeVars(long[] s, int base, int first, int n) {
        long closure = org.minipy.runtime.mem.Memory.getLong(s[base - 1] + org.minipy.runtime.object.Layout.FUNC_CLOSURE);
        for (int k = 0; k < n; k++) {
            s[base + first + k] = Heap.newRef(TupleObject.get(closure, k));
        }
    }

    /**
     * Where an exception raised by compiled code goes: the frame is put where the interpreter
     * would have it (its ip after the instruction; its stack pointer sp, or as the call set it when
     * sp is -1), then the interpreter's own unwinding runs. With a handler in the frame, the rest
     * of the frame runs in the interpreter from it; without, the frame is popped and the exception
     * goes on to the caller.
     */
    static long raised(Throwable t, int ip, Interpreter in, int depth, int sp) {
        if (!(t instanceof PyException) && !(t instanceof OutOfMemory)) {
            if (t instanceof RuntimeException r) {
                throw r;
            }
            if (t instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(t);
        }
        in.frameIp[depth] = ip;
        if (sp >= 0) {
            in.frameSp[depth] = sp;
        }
        PyException e = t instanceof PyException p ? p : Errors.memoryError();
        if (!in.handle(e, depth)) {
            throw e;
        }
        return in.resume(depth);
    }

    /** An instruction compiled code leaves to the interpreter: the rest of the frame runs there. */
    static long deopt(Interpreter in, int depth, int ip, int sp) {
        in.frameIp[depth] = ip;
        in.frameSp[depth] = sp;
        return in.resume(depth);
    }
}
