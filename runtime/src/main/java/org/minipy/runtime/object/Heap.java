package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.DebugAllocator;
import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.ObjectAllocator;

/**
 * Object allocation, reference counting and deallocation.
 *
 * <p>Invariants: an object's refcount is the number of references held to it (containers,
 * namespaces, the value stacks and locals of frames, the VM's own roots); when it drops to 0 the
 * object is deallocated at once by its type's {@code dealloc}. Container deallocation nests; past
 * {@link #TRASH_UNWIND_LEVEL} levels it is deferred, as CPython's trashcan does: the object is
 * put on a chain linked through its GC header's {@code _gc_prev} word and freed when the
 * outermost deallocation finishes, so freeing a structure of any depth uses bounded stack.
 *
 * <p>A tracked object sits on a doubly linked generation list through its GC header
 * ({@code _gc_next} of an untracked object is 0), as in CPython 3.11.
 */
public final class Heap {
    /** CPython's _PyTrash_UNWIND_LEVEL. */
    public static final int TRASH_UNWIND_LEVEL = 50;

    private static int trashNesting;
    private static long trashLater;

    private Heap() {}

    // ---- allocation

    /** A new object of {@code size} bytes (GC header excluded) with refcount 1 and its type set. */
    public static long allocObject(long typeAddress, long size, boolean gc) {
        long obj;
        if (gc) {
            long pre = preHeaderSize(typeAddress);
            long block = ObjectAllocator.malloc(pre + size) + pre - GC_HEAD_SIZE;
            obj = block + GC_HEAD_SIZE;
            if (pre > GC_HEAD_SIZE) {
                Memory.putLong(obj + MANAGED_VALUES, 0);
                Memory.putLong(obj + MANAGED_DICT, 0);
            }
            Memory.putLong(block, 0);
            Memory.putLong(block + 8, 0);
            GC.linked();
        } else {
            obj = ObjectAllocator.malloc(size);
        }
        Memory.putLong(obj + OB_REFCNT, 1);
        Memory.putLong(obj + OB_TYPE, typeAddress);
        return obj;
    }

    /** Gives a dead object's block back (PyObject_GC_Del / PyObject_Free). */
    public static void freeObject(long obj, boolean gc) {
        if (DebugAllocator.ENABLED) {
            DebugAllocator.recordFree(obj, Types.of(obj).name);
        }
        if (gc) {
            untrack(obj);
            GC.freed();
            ObjectAllocator.free(obj - preHeaderSize(Memory.getLong(obj + OB_TYPE)));
        } else {
            ObjectAllocator.free(obj);
        }
    }

    /**
     * _PyType_PreHeaderSize for a GC type: the GC header, plus the managed dict's two words for
     * instances of classes with Py_TPFLAGS_MANAGED_DICT.
     */
    public static long preHeaderSize(long typeAddress) {
        return (Memory.getLong(typeAddress + TP_FLAGS) & TPFLAGS_MANAGED_DICT) != 0
                ? GC_HEAD_SIZE + MANAGED_PRE_HEADER : GC_HEAD_SIZE;
    }

    // ---- reference counting

    /** Py_CLEAR of the reference at obj + offset. */
    public static void clearField(long obj, long offset) {
        long v = Memory.getLong(obj + offset);
        if (v != 0) {
            Memory.putLong(obj + offset, 0);
            Heap.decref(v);
        }
    }

    public static void incref(long obj) {
        if (DebugAllocator.ENABLED) {
            DebugAllocator.checkLive(obj);
        }
        Memory.putLong(obj, Memory.getLong(obj) + 1);
    }

    public static void xincref(long obj) {
        if (obj != 0) {
            incref(obj);
        }
    }

    public static void decref(long obj) {
        if (DebugAllocator.ENABLED) {
            DebugAllocator.checkLive(obj);
        }
        long n = Memory.getLong(obj) - 1;
        Memory.putLong(obj, n);
        if (n == 0) {
            dealloc(obj);
        }
    }

    public static void xdecref(long obj) {
        if (obj != 0) {
            decref(obj);
        }
    }

    public static long refcount(long obj) {
        return Memory.getLong(obj + OB_REFCNT);
    }

    /** Returns obj after adding a reference: for handing out a new reference to a borrowed one. */
    public static long newRef(long obj) {
        incref(obj);
        return obj;
    }

    private static void dealloc(long obj) {
        if (!DebugAllocator.ENABLED) {
            // the commonest deaths without the virtual call: int (object_dealloc), float and str
            long t = Memory.getLong(obj + OB_TYPE);
            if (t == intType) {
                ObjectAllocator.free(obj);
                return;
            }
            if (t == floatType) {
                FloatObject.dealloc(obj);
                return;
            }
            if (t == strType) {
                StrObject.dealloc(obj);
                return;
            }
        }
        Types.of(obj).dealloc(obj);
    }

    /** The type objects of int and float, for {@link #dealloc}; set once they exist. */
    private static long intType = -1;
    private static long floatType = -1;
    private static long strType = -1;

    static void setFastDeallocTypes(long intTypeAddress, long floatTypeAddress, long strTypeAddress) {
        intType = intTypeAddress;
        floatType = floatTypeAddress;
        strType = strTypeAddress;
    }

    // ---- the trashcan, for container deallocs (Py_TRASHCAN_BEGIN / END)

    /**
     * Called first by a container's dealloc. Returns false when the object was put aside to be
     * freed later; the dealloc must then return at once.
     */
    public static boolean trashBegin(long obj) {
        if (trashNesting >= TRASH_UNWIND_LEVEL) {
            Memory.putLong(obj + GC_PREV, trashLater);
            trashLater = obj;
            return false;
        }
        trashNesting++;
        return true;
    }

    /** Called last by a container's dealloc that {@link #trashBegin} let through. */
    public static void trashEnd() {
        trashNesting--;
        if (trashLater != 0 && trashNesting <= 0) {
            destroyTrashChain();
        }
    }

    private static void destroyTrashChain() {
        trashNesting++;
        while (trashLater != 0) {
            long obj = trashLater;
            trashLater = Memory.getLong(obj + GC_PREV);
            Memory.putLong(obj + GC_PREV, 0);
            dealloc(obj);
        }
        trashNesting--;
    }

    // ---- GC lists

    public static boolean isTracked(long obj) {
        return Memory.getLong(obj + GC_NEXT) != 0;
    }

    /** Links a container into generation 0 (PyObject_GC_Track). */
    public static void track(long obj) {
        GC.track(obj);
    }

    /** Unlinks a container from its generation if it is on one (PyObject_GC_UnTrack). */
    public static void untrack(long obj) {
        if (Memory.getLong(obj + GC_NEXT) != 0) {
            GC.untrack(obj);
        }
    }

    /** Whether the object's finalizer (__del__) has run (PEP 442; gc.is_finalized). */
    public static boolean isFinalized(long obj) {
        return (Memory.getLong(obj + GC_PREV) & GC_PREV_FINALIZED) != 0;
    }

    /** Marks a GC object's finalizer as run (_PyGC_SET_FINALIZED). */
    public static void setFinalized(long obj) {
        Memory.putLong(obj + GC_PREV, Memory.getLong(obj + GC_PREV) | GC_PREV_FINALIZED);
    }

    /**
     * _PyObject_GC_MAY_BE_TRACKED: whether obj is of a collected type and, for a tuple, tracked
     * now. Decides when a dict starts being tracked.
     */
    public static boolean mayBeTracked(long obj) {
        PyType type = Types.of(obj);
        if (!type.gc) {
            return false;
        }
        return type != Types.TUPLE || isTracked(obj);
    }

    public static long gen0Count() {
        return GC.count(0);
    }

    // ---- printing

    /** An address as CPython's %p prints it: 0x followed by lower-case hex. */
    public static String hexAddress(long addr) {
        return "0x" + Long.toHexString(org.minipy.runtime.mem.AddressMap.toId(addr));
    }
}
