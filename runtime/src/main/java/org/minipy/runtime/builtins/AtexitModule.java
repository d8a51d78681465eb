package org.minipy.runtime.builtins;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.TupleObject;

/**
 * The atexit module (atexitmodule.c): functions registered to run when the interpreter shuts down,
 * last registered first, before the main module's namespace is cleared. As in CPython the
 * registrations are interpreter state, not a Python object: each holds references to the function
 * and its arguments until it has run or is unregistered.
 */
public final class AtexitModule {
    /** A registered call: the function, the argument values (positional, then keyword) and kwnames. */
    private record Callback(long func, long args, long kwnames) {
        void release() {
            Heap.decref(func);
            Heap.decref(args);
            Heap.xdecref(kwnames);
        }
    }

    private static final List<Callback> CALLBACKS = new ArrayList<>();

    static {
        org.minipy.runtime.object.Roots.register("atexit callbacks", visit -> {
            for (Callback c : CALLBACKS) {
                if (c != null) {
                    visit.visit(c.func);
                    visit.visit(c.args);
                    if (c.kwnames != 0) {
                        visit.visit(c.kwnames);
                    }
                }
            }
        });
    }

    private AtexitModule() {}

    static long create() {
        long m = ModuleObject.create("atexit");
        long register = org.minipy.runtime.object.CFunctionObject.createWithKeywords("register",
                (self, a, o, n, kw) -> register(a, o, n, kw), m, m);
        ModuleObject.setAttr(m, "register", register);
        Heap.decref(register);
        BuiltinsModule.function(m, "unregister", (self, a, o, n) -> {
            Args.exactly("unregister", n, 1);
            unregister(a[o]);
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "_run_exitfuncs", (self, a, o, n) -> {
            Args.exactly("_run_exitfuncs", n, 0);
            runExitFuncs();
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "_clear", (self, a, o, n) -> {
            Args.exactly("_clear", n, 0);
            clear();
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "_ncallbacks", (self, a, o, n) -> {
            Args.exactly("_ncallbacks", n, 0);
            return IntObject.fromLong(CALLBACKS.size());
        });
        return m;
    }

    private static long register(long[] a, int o, int n, long kwnames) {
        int nkw = Kw.count(kwnames);
        if (n - nkw < 1) {
            throw Errors.typeError("register() takes at least 1 argument (0 given)");
        }
        long func = a[o];
        if (!Ops.isCallable(func)) {
            throw Errors.typeError("the first argument must be callable");
        }
        long args = TupleObject.allocate(n - 1);
        for (int i = 1; i < n; i++) {
            TupleObject.set(args, i - 1, Heap.newRef(a[o + i]));
        }
        CALLBACKS.add(new Callback(Heap.newRef(func), args, nkw == 0 ? 0 : Heap.newRef(kwnames)));
        return Heap.newRef(func);
    }

    /** atexit.unregister(func): drops every registration of a function equal to func. */
    private static void unregister(long func) {
        for (int i = 0; i < CALLBACKS.size(); i++) {
            Callback c = CALLBACKS.get(i);
            if (c != null && Ops.equal(c.func, func)) {
                CALLBACKS.set(i, null);
                c.release();
            }
        }
        CALLBACKS.removeIf(c -> c == null);
    }

    /**
     * Runs the registered functions, last first, then forgets them all (atexit_callfuncs); an
     * exception one raises is reported ("Exception ignored in atexit callback") and the rest still run.
     */
    public static void runExitFuncs() {
        for (int i = CALLBACKS.size() - 1; i >= 0; i--) {
            if (i >= CALLBACKS.size()) {
                continue; // a callback unregistered others
            }
            Callback c = CALLBACKS.get(i);
            long[] args = new long[(int) TupleObject.size(c.args)];
            for (int k = 0; k < args.length; k++) {
                args[k] = TupleObject.get(c.args, k);
            }
            try {
                Heap.decref(Calls.call(c.func, args, 0, args.length, c.kwnames));
            } catch (PyException e) {
                HeapType.writeUnraisable(e, "Exception ignored in atexit callback", c.func);
            }
        }
        clear();
    }

    private static void clear() {
        List<Callback> all = new ArrayList<>(CALLBACKS);
        CALLBACKS.clear();
        for (Callback c : all) {
            c.release();
        }
    }
}
