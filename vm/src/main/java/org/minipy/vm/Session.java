package org.minipy.vm;

import java.util.List;

import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.runtime.builtins.AtexitModule;
import org.minipy.runtime.builtins.Stdio;
import org.minipy.runtime.builtins.SysModule;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.ExceptionObject;
import org.minipy.runtime.object.FunctionObject;
import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.Roots;
import org.minipy.runtime.object.StartupState;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;
import org.minipy.vm.interp.Interpreter;
import org.minipy.vm.interp.Modules;
import org.minipy.vm.interp.Tracebacks;
import org.minipy.vm.load.CodeLoader;
import org.minipy.vm.load.CompilerFootprint;

/**
 * One interpreter with its {@code __main__} module: a script runs one compilation unit in it, the
 * REPL one unit per input, all in the same namespace.
 */
public final class Session {
    /** Slots of the data stack that holds every frame's locals and value stack. */
    public static final int STACK_SLOTS = 1 << 22;

    private final Interpreter interpreter;
    private final Modules modules;
    private final long globals;
    /** The __main__ module (one reference, dropped by finish). */
    private long main;
    /** The code object of the unit being run (one reference, held by run). */
    private long running;
    /** The function PyEval_EvalCode makes for the unit being run (one reference, held by run). */
    private long function;

    /** A session whose __main__ has __file__ = filename (null for none). */
    public Session(List<String> argv, String filename) {
        // Zeroing the 32 MB data stack takes a JVM 20-30 ms: it is done on another thread while
        // the built-in types are made on this one.
        long[][] dataStack = new long[1][];
        Thread zeroing = new Thread(() -> dataStack[0] = new long[STACK_SLOTS], "minipy-stack");
        zeroing.start();
        modules = new Modules(argv);
        try {
            zeroing.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        interpreter = new Interpreter(modules, dataStack[0] != null ? dataStack[0] : new long[STACK_SLOTS]);
        main = ModuleObject.create("__main__");
        ModuleObject.setAttr(main, "__builtins__", modules.builtins());
        if (filename != null) {
            long file = StrObject.fromJava(filename);
            ModuleObject.setAttr(main, "__file__", file);
            Heap.decref(file);
        }
        globals = ModuleObject.dict(main);
        org.minipy.runtime.builtins.ModuleRegistry.setLoadedCheck(m -> m == main || modules.isLoaded(m));
        Roots.register("session", visit -> {
            if (main != 0) {
                visit.visit(main);
            }
            if (running != 0) {
                visit.visit(running);
            }
            if (function != 0) {
                visit.visit(function);
            }
        });
        GC.setStderr(text -> {
            Stdio.flush();
            Stdio.err().print(text);
            Stdio.err().flush();
        });
        SysModule.setTracebackPrinter(exc -> Tracebacks.print(exc, Stdio.err()));
        org.minipy.runtime.object.StartupState.apply(); // gc counts and free lists as CPython's start-up leaves them
        HeapType.setUnraisableHook((e, message) -> {
            // PyErr_WriteUnraisable: "Exception ignored in: ..." then the traceback
            Stdio.err().print(message + "\n");
            Tracebacks.print(e.exception, Stdio.err());
            Heap.decref(e.exception);
        });
    }

    /** Runs a unit's module body in __main__; a Python exception propagates. */
    public void run(CompilationUnit unit) {
        StartupState.population();
        long[] before = StartupState.neutral();
        long code = CodeLoader.load(unit);
        StartupState.restore(before); // the loader's objects count where CPython's compiler makes them
        if (FOOTPRINT_TRACE) {
            System.err.println("footprint before: " + StartupState.describe(StartupState.neutral()));
        }
        CompilerFootprint.replay(unit);
        if (FOOTPRINT_TRACE) {
            System.err.println("footprint after:  " + StartupState.describe(StartupState.neutral()));
        }
        // PyEval_EvalCode runs the module's code through a function made for it
        long outerFunction = function;
        function = FunctionObject.create(code, globals, modules.builtins());
        long outer = running;
        running = code;
        try {
            long result = interpreter.runModule(code, globals);
            Heap.decref(result);
        } finally {
            running = outer;
            Heap.decref(code);
            long f = function;
            function = outerFunction;
            Heap.decref(f);
        }
    }

    /** -Dminipy.footprint.trace=true: the collector count and free lists around the compiler's footprint. */
    private static final boolean FOOTPRINT_TRACE = Boolean.getBoolean("minipy.footprint.trace");

    /**
     * Interpreter shutdown as CPython 3.11's Py_FinalizeEx does it for __main__: a full collection
     * while the module is still alive (PyGC_Collect, only when the collector is enabled, with
     * gc.callbacks called); then the module leaves sys.modules and dies, and its dict with it
     * (values released in insertion order) unless the module's own cycles (functions'
     * __globals__, classes) keep the dict alive; finally a collection that runs even when the
     * collector is disabled (_PyGC_CollectNoFail) frees those cycles: finalizers of everything
     * in them first, then tp_clear, the oldest object (the dict) first.
     */
    public void finish() {
        if (main == 0) {
            return;
        }
        AtexitModule.runExitFuncs();
        try {
            GC.verifyHeap("at interpreter exit, before teardown");
            // left out when nothing they could do would show (GC.exitCollectionsVisible), nor the
            // heap after them (-X gc-verify, dev, mallocstats, gclog look at it)
            boolean collect = GC.exitCollectionsVisible() || VmOptions.inspectsExitHeap();
            if (collect) {
                GC.collectIfEnabled();
            }
            long m = main;
            main = 0;
            Heap.decref(m);
            if (collect) {
                GC.collectNoFail();
            }
        } catch (PyException e) {
            Heap.decref(e.exception); // an error in __del__ is reported by the unraisable hook
        }
        PyType.clearLookupCache(); // _PyType_Fini: the method cache lets go of its names
    }

    /** Whether e is SystemExit (the program asked to stop). */
    public static boolean isSystemExit(PyException e) {
        return e.type().isSubtypeOf(Types.SYSTEM_EXIT);
    }

    /**
     * Reports an uncaught exception as the interpreter does at top level (SystemExit's message,
     * or the traceback) and returns the exit status it means. Releases the exception.
     */
    public static int report(PyException e) {
        try {
            if (isSystemExit(e)) {
                long args = ExceptionObject.args(e.exception);
                if (TupleObject.size(args) == 0) {
                    return 0;
                }
                long code = TupleObject.get(args, 0);
                if (code == BoolObject.NONE) {
                    return 0;
                }
                if (IntObject.check(code)) {
                    return (int) IntObject.asLong(code);
                }
                Stdio.err().println(Ops.strJava(code));
                return 1;
            }
            Tracebacks.print(e.exception, Stdio.err());
            return 1;
        } finally {
            Heap.decref(e.exception);
        }
    }
}
