package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * Weak references as CPython 3.11's weakrefobject.c keeps them: the lists, their clearing when a
 * referent dies, and the API the deallocators and the cycle collector call.
 *
 * <pre>
 *  referent                      weakrefs (PyWeakReference, Layout.WEAKREF_*)
 *  +------------------+          +-----------+     +-----------+     +-----------+
 *  | ...              |  head    | wr_object |     | wr_object |     | wr_object |  borrowed: the
 *  | weaklist slot ---+--------> | wr_next --+---> | wr_next --+---> | wr_next 0 |  referent, never
 *  | ...              |    0 <---+-- wr_prev | <---+-- wr_prev | <---+-- wr_prev |  a counted reference
 *  +------------------+          +-----------+     +-----------+     +-----------+
 *  tp_weaklistoffset             basic ref         basic proxy       refs and proxies with a
 *  says where the slot is        (no callback,     (no callback,     callback or of a subclass,
 *  (0: not weakly referable)     exact ref type)   a proxy type)     newest first
 * </pre>
 *
 * Invariants: a live weakref is on exactly its referent's list and its wr_object is the referent;
 * a cleared one is on no list and its wr_object is None (not a counted reference). The callback-less
 * basic ref and proxy, when they exist, are the first two entries, so {@code ref(x) is ref(x)}.
 * {@link #checkList} enforces this for one referent.
 */
public final class WeakRefs {
    private WeakRefs() {}

    // ---- the API deallocators and the cycle collector use

    /** The address of obj's weaklist head field, or 0 when obj's type has none (tp_weaklistoffset). */
    public static long weaklistSlot(long obj) {
        long type = Types.typeAddressOf(obj);
        long off = Memory.getLong(type + TP_WEAKLISTOFFSET);
        if (off == 0) {
            return 0;
        }
        if (off == BuiltinSubclasses.UNICODE_OBJECT_SIZE && Types.ofTypeObject(type) instanceof HeapType h
                && h.builtin == Types.STR) {
            return BuiltinSubclasses.strWeaklistSlot(obj); // the characters may cover +80
        }
        return obj + off;
    }

    /** Whether obj is a weak reference: a ref (or an instance of a subclass of ref) or a proxy. */
    public static boolean isWeakref(long obj) {
        return isWeakrefType(Types.of(obj));
    }

    /** Whether t is ref, a proxy type or a subclass of ref. */
    public static boolean isWeakrefType(PyType t) {
        return t == Types.WEAKREF || t == Types.WEAKPROXY || t == Types.WEAKCALLABLEPROXY
                || t instanceof HeapType && t.isSubtypeOf(Types.WEAKREF);
    }

    /** Whether obj is a proxy (PyWeakref_CheckProxy). */
    public static boolean isProxy(long obj) {
        long t = Types.typeAddressOf(obj);
        return t == Types.WEAKPROXY.address || t == Types.WEAKCALLABLEPROXY.address;
    }

    /**
     * PyObject_ClearWeakRefs, called by the dealloc of every type with a weaklist once obj's count is
     * 0: the callback-less basic ref and proxy are cleared first; then every other weakref is cleared
     * and, if it is still alive itself, its callback is called with it, in list order (the newest
     * first). An exception a callback raises is reported as unraisable.
     */
    public static void clearWeakRefs(long obj) {
        long slot = weaklistSlot(obj);
        if (slot == 0) {
            return;
        }
        for (int i = 0; i < 2; i++) {
            long head = Memory.getLong(slot);
            if (head != 0 && callback(head) == 0) {
                clearWeakref(head);
            }
        }
        long current = Memory.getLong(slot);
        if (current == 0) {
            return;
        }
        long count = countFrom(current);
        if (count == 1) {
            long callback = callback(current);
            Memory.putLong(current + WEAKREF_CALLBACK, 0);
            clearWeakref(current);
            if (callback != 0) {
                if (Heap.refcount(current) > 0) {
                    handleCallback(current, callback);
                }
                Heap.decref(callback);
            }
            return;
        }
        // Several: a tuple of (weakref, callback) pairs keeps them alive while the callbacks run.
        long tuple = TupleObject.allocate(count * 2);
        for (long i = 0; i < count; i++) {
            long next = Memory.getLong(current + WEAKREF_NEXT);
            long callback = callback(current);
            if (Heap.refcount(current) > 0) {
                TupleObject.set(tuple, i * 2, Heap.newRef(current));
                TupleObject.set(tuple, i * 2 + 1, callback);
            } else {
                Heap.xdecref(callback);
            }
            Memory.putLong(current + WEAKREF_CALLBACK, 0);
            clearWeakref(current);
            current = next;
        }
        for (long i = 0; i < count; i++) {
            long callback = TupleObject.get(tuple, i * 2 + 1);
            if (callback != 0) {
                handleCallback(TupleObject.get(tuple, i * 2), callback);
            }
        }
        Heap.decref(tuple);
    }

    /**
     * _PyWeakref_ClearRef, for the cycle collector: unlinks wr from its referent's list and sets its
     * wr_object to None, keeping its callback and never calling it.
     */
    public static void clearRef(long wr) {
        long callback = callback(wr);
        Memory.putLong(wr + WEAKREF_CALLBACK, 0);
        clearWeakref(wr);
        Memory.putLong(wr + WEAKREF_CALLBACK, callback);
    }

    /**
     * Checks the invariants of obj's list (the links both ways, every wr_object is obj, the basic
     * ref first and the basic proxy next): returns the list's length, or throws IllegalStateException.
     */
    public static long checkList(long obj) {
        long slot = weaklistSlot(obj);
        if (slot == 0) {
            throw new IllegalStateException(Types.of(obj).name + " has no weaklist");
        }
        long prev = 0;
        long n = 0;
        for (long wr = Memory.getLong(slot); wr != 0; wr = Memory.getLong(wr + WEAKREF_NEXT)) {
            if (!isWeakref(wr) || referent(wr) != obj || Memory.getLong(wr + WEAKREF_PREV) != prev) {
                throw new IllegalStateException("weakref " + n + " of " + Heap.hexAddress(obj) + " is mislinked");
            }
            boolean basicRef = callback(wr) == 0 && Types.typeAddressOf(wr) == Types.WEAKREF.address;
            boolean basicProxy = callback(wr) == 0 && isProxy(wr);
            if (basicRef && n != 0 || basicProxy && n > 1 || basicProxy && n == 1 && basicRef(prev) == 0) {
                throw new IllegalStateException("a basic weakref of " + Heap.hexAddress(obj) + " is at " + n);
            }
            prev = wr;
            n++;
        }
        return n;
    }

    // ---- reading a weakref

    /** wr_object: the referent, or None once the weakref is cleared (borrowed). */
    public static long referent(long wr) {
        return Memory.getLong(wr + WEAKREF_OBJECT);
    }

    /** Whether the referent is gone. */
    static boolean isDead(long wr) {
        return referent(wr) == BoolObject.NONE;
    }

    static long callback(long wr) {
        return Memory.getLong(wr + WEAKREF_CALLBACK);
    }

    /** The number of weak references to obj (0 when it cannot have any). */
    public static long count(long obj) {
        long slot = weaklistSlot(obj);
        return slot == 0 ? 0 : countFrom(Memory.getLong(slot));
    }

    private static long countFrom(long head) {
        long n = 0;
        for (long wr = head; wr != 0; wr = Memory.getLong(wr + WEAKREF_NEXT)) {
            n++;
        }
        return n;
    }

    /** getweakrefs(obj): a new list of obj's weak references in list order. */
    public static long list(long obj) {
        long slot = weaklistSlot(obj);
        if (slot == 0) {
            return ListObject.allocate(0);
        }
        long head = Memory.getLong(slot);
        long result = ListObject.allocate(countFrom(head));
        long i = 0;
        for (long wr = head; wr != 0; wr = Memory.getLong(wr + WEAKREF_NEXT)) {
            ListObject.set(result, i++, Heap.newRef(wr));
        }
        return result;
    }

    // ---- making weakrefs (get_or_create_weakref)

    /** The TypeError for a referent whose type has no weaklist. */
    static void checkReferable(long obj) {
        if (weaklistSlot(obj) == 0) {
            throw Errors.typeError("cannot create weak reference to '" + Types.of(obj).name + "' object");
        }
    }

    /**
     * weakref.ref(obj, callback) for the exact ref type: the existing basic ref when there is no
     * callback and obj has one, else a new weakref linked into obj's list. callback 0 or None: none.
     */
    public static long newRef(long obj, long callback) {
        checkReferable(obj);
        long cb = callback == BoolObject.NONE ? 0 : callback;
        long slot = weaklistSlot(obj);
        if (cb == 0) {
            long basic = basicRef(Memory.getLong(slot));
            if (basic != 0) {
                return Heap.newRef(basic);
            }
        }
        long wr = allocate(Types.WEAKREF, obj, cb);
        link(wr, slot);
        return wr;
    }

    /** weakref.proxy(obj, callback): like {@link #newRef}, a ProxyType or CallableProxyType. */
    public static long newProxy(long obj, long callback) {
        checkReferable(obj);
        long cb = callback == BoolObject.NONE ? 0 : callback;
        long slot = weaklistSlot(obj);
        if (cb == 0) {
            long basic = basicProxy(Memory.getLong(slot));
            if (basic != 0) {
                return Heap.newRef(basic);
            }
        }
        PyType type = Ops.isCallable(obj) ? Types.WEAKCALLABLEPROXY : Types.WEAKPROXY;
        long wr = allocate(type, obj, cb);
        link(wr, slot);
        return wr;
    }

    /** A new instance of a subclass of ref (its tp_new): always new, linked after the basic refs. */
    static long newSubclassRef(HeapType cls, long obj, long callback) {
        checkReferable(obj);
        long cb = callback == BoolObject.NONE ? 0 : callback;
        long wr = cls.allocInstance();
        init(wr, obj, cb);
        link(wr, weaklistSlot(obj));
        return wr;
    }

    private static long allocate(PyType type, long obj, long callback) {
        long wr = Heap.allocObject(type.address, WEAKREF_SIZE, true);
        init(wr, obj, callback);
        Heap.track(wr);
        return wr;
    }

    /** init_weakref: the referent (borrowed), the callback (a new reference), hash not yet known. */
    private static void init(long wr, long obj, long callback) {
        Memory.putLong(wr + WEAKREF_OBJECT, obj);
        Memory.putLong(wr + WEAKREF_CALLBACK, callback == 0 ? 0 : Heap.newRef(callback));
        if (callback != 0) {
            GC.noteFinalizable();
        }
        Memory.putLong(wr + WEAKREF_HASH, -1);
        Memory.putLong(wr + WEAKREF_PREV, 0);
        Memory.putLong(wr + WEAKREF_NEXT, 0);
        Memory.putLong(wr + WEAKREF_VECTORCALL, 0);
    }

    /** The callback-less exact ref at the head of a list, or 0 (get_basic_refs' ref). */
    private static long basicRef(long head) {
        return head != 0 && callback(head) == 0 && Types.typeAddressOf(head) == Types.WEAKREF.address ? head : 0;
    }

    /** The callback-less proxy first or second on a list, or 0 (get_basic_refs' proxy). */
    private static long basicProxy(long head) {
        if (head == 0 || callback(head) != 0) {
            return 0;
        }
        long p = basicRef(head) != 0 ? Memory.getLong(head + WEAKREF_NEXT) : head;
        return p != 0 && callback(p) == 0 && isProxy(p) ? p : 0;
    }

    /**
     * Puts a new weakref on the list whose head is at slot: a basic ref first; a basic proxy after
     * the basic ref; anything else after the basic proxy or ref, ahead of the older ones.
     */
    private static void link(long wr, long slot) {
        long head = Memory.getLong(slot);
        long ref = basicRef(head);
        long proxy = basicProxy(head);
        boolean basic = callback(wr) == 0;
        long prev;
        if (basic && Types.typeAddressOf(wr) == Types.WEAKREF.address) {
            prev = 0;
        } else if (basic && isProxy(wr)) {
            prev = ref;
        } else {
            prev = proxy == 0 ? ref : proxy;
        }
        if (prev == 0) {
            Memory.putLong(wr + WEAKREF_PREV, 0);
            Memory.putLong(wr + WEAKREF_NEXT, head);
            if (head != 0) {
                Memory.putLong(head + WEAKREF_PREV, wr);
            }
            Memory.putLong(slot, wr);
        } else {
            long next = Memory.getLong(prev + WEAKREF_NEXT);
            Memory.putLong(wr + WEAKREF_PREV, prev);
            Memory.putLong(wr + WEAKREF_NEXT, next);
            if (next != 0) {
                Memory.putLong(next + WEAKREF_PREV, wr);
            }
            Memory.putLong(prev + WEAKREF_NEXT, wr);
        }
    }

    // ---- clearing

    /**
     * clear_weakref: unlinks wr from its referent's list (the only place that does), sets wr_object
     * to None and drops the callback.
     */
    static void clearWeakref(long wr) {
        long callback = callback(wr);
        long obj = referent(wr);
        if (obj != BoolObject.NONE) {
            long slot = weaklistSlot(obj);
            long prev = Memory.getLong(wr + WEAKREF_PREV);
            long next = Memory.getLong(wr + WEAKREF_NEXT);
            if (Memory.getLong(slot) == wr) {
                Memory.putLong(slot, next);
            }
            Memory.putLong(wr + WEAKREF_OBJECT, BoolObject.NONE);
            if (prev != 0) {
                Memory.putLong(prev + WEAKREF_NEXT, next);
            }
            if (next != 0) {
                Memory.putLong(next + WEAKREF_PREV, prev);
            }
            Memory.putLong(wr + WEAKREF_PREV, 0);
            Memory.putLong(wr + WEAKREF_NEXT, 0);
        }
        if (callback != 0) {
            Memory.putLong(wr + WEAKREF_CALLBACK, 0);
            Heap.decref(callback);
        }
    }

    /** handle_callback: callback(wr); an exception is reported as unraisable, never propagated. */
    private static void handleCallback(long wr, long callback) {
        try {
            Heap.decref(Calls.call1(callback, wr));
        } catch (PyException e) {
            HeapType.writeUnraisable(e, callback);
        }
    }

    /**
     * The weaklist of an object whose dealloc is past its finalizer (subtype_dealloc's has_finalizer
     * step): weakrefs made during the finalizer are cleared without their callbacks.
     */
    static void clearWithoutCallbacks(long obj) {
        long slot = weaklistSlot(obj);
        if (slot == 0) {
            return;
        }
        while (Memory.getLong(slot) != 0) {
            clearRef(Memory.getLong(slot));
        }
    }
}
