package org.minipy.runtime.object;

/**
 * Calling any callable from Java (PyObject_Call / vectorcall). Python functions are run by the
 * VM's interpreter, which registers itself here as the {@link PythonCaller}; the runtime never
 * depends on the VM.
 */
public final class Calls {
    /** Runs a Python function object; the VM's interpreter implements it. */
    public interface PythonCaller {
        /**
         * Calls function func with args[offset .. offset + count) (borrowed); the last
         * len(kwnames) of them are keyword arguments named by the tuple kwnames (0 for none).
         * Returns a new reference.
         */
        long callFunction(long func, long[] args, int offset, int count, long kwnames);

        /** As {@link #callFunction}, with self before the arguments (a bound method, a dunder). */
        default long callFunctionWithSelf(long func, long self, long[] args, int offset, int count, long kwnames) {
            long[] with = new long[count + 1];
            with[0] = self;
            System.arraycopy(args, offset, with, 1, count);
            return callFunction(func, with, 0, count + 1, kwnames);
        }
    }

    private static PythonCaller caller;
    /** The callable the bytecode is calling directly now (a builtin, from CALL), or 0. */
    private static long directCallee;

    private Calls() {}

    public static void setPythonCaller(PythonCaller c) {
        caller = c;
    }

    /** callable(*args) with positional arguments only; returns a new reference. */
    /**
     * The interpreter is about to call a builtin straight from its CALL instruction; returns the
     * previous such callable, for {@link #leaveDirectCall}. Lets a builtin tell a call from
     * Python code (where the interpreter's frames are all the Java side holds) from a call made
     * by other Java code (map(gc.collect, ...)), for the heap verifier's safe points.
     */
    public static long enterDirectCall(long callable) {
        long previous = directCallee;
        directCallee = callable;
        return previous;
    }

    public static void leaveDirectCall(long previous) {
        directCallee = previous;
    }

    /** Whether callable is being called directly by the bytecode now (see {@link #enterDirectCall}). */
    public static boolean calledFromBytecode(long callable) {
        return callable != 0 && directCallee == callable;
    }

    public static long call(long callable, long[] args, int offset, int count) {
        return call(callable, args, offset, count, 0);
    }

    /**
     * callable(self, *args, **kw) where the last len(kwnames) arguments are keywords; a new
     * reference. A Python function gets self and the arguments on the interpreter's stack directly.
     */
    public static long callWithSelf(long callable, long self, long[] args, int offset, int count, long kwnames) {
        if (FunctionObject.check(callable)) {
            return caller.callFunctionWithSelf(callable, self, args, offset, count, kwnames);
        }
        long[] with = new long[count + 1];
        with[0] = self;
        System.arraycopy(args, offset, with, 1, count);
        return call(callable, with, 0, count + 1, kwnames);
    }

    /**
     * descr bound to self through its __get__ (a function makes a bound method), called with
     * args, and the bound object released: how CPython calls what _PyObject_LookupSpecial or
     * call_attribute found. A new reference.
     */
    public static long callBound(long descr, long self, long[] args, int offset, int count, long kwnames) {
        long bound = Attributes.descrGet(descr, self, Types.typeAddressOf(self));
        try {
            return call(bound, args, offset, count, kwnames);
        } finally {
            Heap.decref(bound);
        }
    }

    /** callable(*args, **kw) where the last len(kwnames) arguments are keywords; a new reference. */
    public static long call(long callable, long[] args, int offset, int count, long kwnames) {
        if (FunctionObject.check(callable)) {
            return caller.callFunction(callable, args, offset, count, kwnames);
        }
        if (kwnames != 0 && TupleObject.size(kwnames) > 0) {
            return Types.of(callable).callWithKeywords(callable, args, offset, count, kwnames);
        }
        if (CFunctionObject.check(callable)) {
            return CFunctionObject.call(callable, args, offset, count);
        }
        if (MethodDescrObject.check(callable)) { // the method_descriptor type's call, without the virtual call
            return MethodDescrObject.callUnbound(callable, args, offset, count);
        }
        return Types.of(callable).call(callable, args, offset, count);
    }

    /** callable() */
    public static long call0(long callable) {
        return call(callable, new long[0], 0, 0);
    }

    /** callable(a) */
    public static long call1(long callable, long a) {
        return call(callable, new long[] {a}, 0, 1);
    }

    /** callable(a, b) */
    public static long call2(long callable, long a, long b) {
        return call(callable, new long[] {a, b}, 0, 2);
    }
}
