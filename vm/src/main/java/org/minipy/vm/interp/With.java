package org.minipy.vm.interp;

import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.Types;

/** BEFORE_WITH: the context-manager protocol's entry. */
final class With {
    private With() {}

    /**
     * BEFORE_WITH on the stack top s[top - 1] (the manager): replaced by the bound __exit__, then
     * the manager released, then __enter__ called (its bound method released after) and its
     * result pushed at s[top], in the order of 3.11's BEFORE_WITH. If __enter__ raises, the bound
     * __exit__ stays on the stack for the unwinding to release.
     */
    static void enter(long[] s, int top) {
        long mgr = s[top - 1];
        PyType t = Types.of(mgr);
        if (t.lookup(Names.get("__enter__")) == 0) {
            throw Errors.typeError("'" + t.name + "' object does not support the context manager protocol");
        }
        if (t.lookup(Names.get("__exit__")) == 0) {
            throw Errors.typeError("'" + t.name
                    + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        long enter = Ops.getAttr(mgr, Names.get("__enter__"));
        long exit;
        try {
            exit = Ops.getAttr(mgr, Names.get("__exit__"));
        } catch (PyException e) {
            Heap.decref(enter);
            throw e;
        }
        s[top - 1] = exit;
        Heap.decref(mgr);
        try {
            s[top] = Calls.call(enter, new long[0], 0, 0);
        } finally {
            Heap.decref(enter);
        }
    }
}
