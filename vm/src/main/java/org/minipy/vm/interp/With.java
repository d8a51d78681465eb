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

    /** {bound mgr.__exit__, mgr.__enter__()} as new references. */
    static long[] enter(long mgr) {
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
        long entered;
        try {
            entered = Calls.call(enter, new long[0], 0, 0);
        } catch (PyException e) {
            Heap.decref(exit);
            throw e;
        } finally {
            Heap.decref(enter);
        }
        return new long[] {exit, entered};
    }
}
