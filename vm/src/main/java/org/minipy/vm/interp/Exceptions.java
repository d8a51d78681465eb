package org.minipy.vm.interp;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.TracebackObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.TypeObject;
import org.minipy.runtime.object.Types;

/** Raising, matching and chaining exceptions (CPython's do_raise, PyErr_GivenExceptionMatches, _PyErr_SetObject). */
final class Exceptions {
    private Exceptions() {}

    static boolean isExceptionInstance(long obj) {
        return Types.of(obj).isSubtypeOf(Types.BASE_EXCEPTION);
    }

    static boolean isExceptionClass(long obj) {
        return TypeObject.check(obj) && Types.ofTypeObject(obj).isSubtypeOf(Types.BASE_EXCEPTION)
                || Types.of(obj).isSubtypeOf(Types.TYPE) && Types.ofTypeObject(obj).isSubtypeOf(Types.BASE_EXCEPTION);
    }

    /** `raise exc` (a class is instantiated first): the exception to throw (takes the reference to exc). */
    static PyException raise(long exc) {
        try {
            return new PyException(instantiate(exc));
        } finally {
            Heap.decref(exc);
        }
    }

    /** `raise exc from cause` (takes both references). */
    static PyException raiseFrom(long exc, long cause) {
        long value;
        try {
            value = instantiate(exc);
        } catch (PyException e) {
            Heap.decref(cause);
            throw e;
        } finally {
            Heap.decref(exc);
        }
        long fixedCause;
        if (cause == BoolObject.NONE) {
            Heap.decref(cause);
            fixedCause = 0;
        } else if (isExceptionClass(cause)) {
            try {
                fixedCause = Calls.call(cause, new long[0], 0, 0);
            } finally {
                Heap.decref(cause);
            }
        } else if (isExceptionInstance(cause)) {
            fixedCause = cause;
        } else {
            Heap.decref(cause);
            Heap.decref(value);
            throw Errors.typeError("exception causes must derive from BaseException");
        }
        long old = Memory.getLong(value + EXC_CAUSE);
        Memory.putLong(value + EXC_CAUSE, fixedCause);
        Heap.xdecref(old);
        Memory.putByte(value + EXC_SUPPRESS_CONTEXT, (byte) 1);
        return new PyException(value);
    }

    /** A new reference to the exception instance for `raise exc` (exc borrowed). */
    private static long instantiate(long exc) {
        if (isExceptionClass(exc)) {
            long value = Calls.call(exc, new long[0], 0, 0);
            if (!isExceptionInstance(value)) {
                PyType t = Types.of(value);
                Heap.decref(value);
                throw Errors.typeError("calling " + Types.ofTypeObject(exc).name
                        + " should have returned an instance of BaseException, not " + t.name);
            }
            return value;
        }
        if (isExceptionInstance(exc)) {
            return Heap.newRef(exc);
        }
        throw Errors.typeError("exceptions must derive from BaseException");
    }

    /** except T: whether exc matches an exception class or a tuple of them. */
    static boolean matches(long exc, long type) {
        if (TupleObject.check(type)) {
            for (long i = 0, n = TupleObject.size(type); i < n; i++) {
                if (matches(exc, TupleObject.get(type, i))) {
                    return true;
                }
            }
            return false;
        }
        return Types.of(exc).isSubtypeOf(Types.ofTypeObject(type));
    }

    /** CHECK_EXC_MATCH's check that what follows `except` can be matched against. */
    static void checkMatchable(long type) {
        if (TupleObject.check(type)) {
            for (long i = 0, n = TupleObject.size(type); i < n; i++) {
                checkMatchable(TupleObject.get(type, i));
            }
            return;
        }
        if (!isExceptionClass(type)) {
            throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /**
     * _PyErr_SetObject's chaining: the exception being handled (if any) becomes the new one's
     * __context__, unless that would make a cycle.
     */
    static void chainContext(long exc, long handled) {
        if (handled == 0 || handled == exc || Memory.getLong(exc + EXC_CONTEXT) != 0) {
            return;
        }
        // cut a cycle: if exc is already in handled's context chain, detach it there
        long o = handled;
        while (true) {
            long context = Memory.getLong(o + EXC_CONTEXT);
            if (context == 0) {
                break;
            }
            if (context == exc) {
                Memory.putLong(o + EXC_CONTEXT, 0);
                Heap.decref(context);
                break;
            }
            o = context;
        }
        Memory.putLong(exc + EXC_CONTEXT, Heap.newRef(handled));
    }

    /** PyTraceBack_Here: prepends an entry for a frame (its frame object) to the exception's __traceback__. */
    static void addTraceback(long exc, long frameObject, Code code, int instr) {
        long old = Memory.getLong(exc + EXC_TRACEBACK);
        int lasti = instr < 0 ? 0 : code.units[instr] * 2;
        int line = instr < 0 ? 0 : code.lines[instr];
        long tb = TracebackObject.create(old, frameObject, lasti, line);
        Memory.putLong(exc + EXC_TRACEBACK, tb);
        Heap.xdecref(old);
    }

    /** exc.__traceback__, or None (a new reference). */
    static long traceback(long exc) {
        long tb = Memory.getLong(exc + EXC_TRACEBACK);
        return Heap.newRef(tb == 0 ? BoolObject.NONE : tb);
    }
}
