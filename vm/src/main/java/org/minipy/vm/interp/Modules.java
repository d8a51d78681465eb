package org.minipy.vm.interp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minipy.compiler.CompileError;
import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.runtime.builtins.BuiltinsModule;
import org.minipy.runtime.builtins.ModuleRegistry;
import org.minipy.runtime.builtins.SysModule;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;
import org.minipy.vm.load.CodeLoader;

/**
 * The built-in modules, each kept (one reference) for the process: builtins and sys exist from
 * the start, as in CPython (print writes to sys.stdout whether or not the program imports sys);
 * the others are made on first import.
 *
 * <p>A module is either written in Java ({@link ModuleRegistry}) or, where CPython's own is written
 * in Python and the objects it makes matter (weakref's WeakValueDictionary, finalize, ...), in
 * mini-Python: {@code lib/NAME.py} among the vm's resources, compiled and run in a fresh module
 * the first time it is imported, as CPython runs a frozen module ({@code "<frozen NAME>"}).
 */
public final class Modules {
    /** Where the modules written in mini-Python are, among the class path's resources. */
    private static final String LIB = "/org/minipy/vm/lib/";

    private final Map<String, Long> loaded = new HashMap<>();
    private final List<String> argv;
    private final long builtins;
    private Interpreter interpreter;

    public Modules(List<String> argv) {
        this.argv = argv;
        org.minipy.runtime.object.StrObject.internStartupNames();
        this.builtins = BuiltinsModule.create();
        loaded.put("builtins", builtins);
        loaded.put("sys", SysModule.create(argv));
        org.minipy.runtime.object.Roots.register("modules", visit -> {
            for (long m : loaded.values()) {
                visit.visit(m);
            }
        });
    }

    /** The interpreter that runs the modules written in mini-Python (it registers itself). */
    void attach(Interpreter interp) {
        this.interpreter = interp;
    }

    /** Whether m is one of the modules imported in this interpreter (objgraph's "proper module"). */
    public boolean isLoaded(long m) {
        return loaded.containsValue(m);
    }

    /** The builtins module (borrowed). */
    public long builtins() {
        return builtins;
    }

    /** `import name`: a new reference to the module. */
    public long importModule(long name) {
        String n = StrObject.toJava(name);
        Long m = loaded.get(n);
        if (m == null) {
            // CPython's start-up has imported these (or costs next to nothing for them): the
            // import leaves gc counts and free lists as they were
            long[] before = org.minipy.runtime.object.StartupState.neutral();
            m = ModuleRegistry.create(n);
            if (m == 0) {
                long r = runSourceModule(n);
                org.minipy.runtime.object.StartupState.restore(before);
                return r;
            }
            loaded.put(n, m);
            org.minipy.runtime.object.StartupState.restore(before);
            int[] cost = IMPORT_COSTS.get(n);
            if (cost != null) {
                org.minipy.runtime.object.StartupState.importCost(cost[0], cost[1], cost[2]);
            }
        }
        return Heap.newRef(m);
    }

    /**
     * What the first import of a built-in module costs CPython 3.11 when its start-up has not
     * imported it (a C module: importlib finds, creates and executes it): GC objects allocated
     * net of frees, dicts and lists taken from the free lists. Measured with python3.11 by
     * importing each as the first statement of a script (gc.get_count() and
     * sys._debugmallocstats() before and after). The modules CPython's start-up has loaded (sys,
     * time, _weakref) cost nothing; those CPython has in Python (collections, functools, random,
     * weakref) import many more modules and are not modelled: they cost nothing here.
     */
    private static final Map<String, int[]> IMPORT_COSTS = Map.of(
            "gc", new int[] {21, 1, 1},
            "math", new int[] {57, 1, 1},
            "atexit", new int[] {7, 1, 1},
            "itertools", new int[] {198, 5, 1});

    /**
     * Makes the module written in mini-Python called name: it is registered before its body runs
     * (so the modules it imports may import it back) and forgotten if the body raises.
     */
    private long runSourceModule(String name) {
        String source = librarySource(name);
        if (source == null) {
            throw noModule(name);
        }
        String filename = "<frozen " + name + ">";
        CompilationUnit unit;
        try {
            unit = Compiler.compile(source, filename);
        } catch (CompileError e) {
            throw Errors.raise(Types.SYSTEM_ERROR, "cannot compile " + filename + ": " + e.getMessage());
        }
        long m = ModuleObject.create(name);
        ModuleObject.setAttr(m, "__builtins__", builtins);
        long file = StrObject.fromJava(filename);
        ModuleObject.setAttr(m, "__file__", file);
        Heap.decref(file);
        loaded.put(name, m);
        long code = CodeLoader.load(unit);
        try {
            Heap.decref(interpreter.runModule(code, ModuleObject.dict(m)));
        } catch (PyException e) {
            loaded.remove(name);
            Heap.decref(m);
            throw e;
        } finally {
            Heap.decref(code);
        }
        return Heap.newRef(m);
    }

    /** The text of lib/NAME.py, or null when there is no such module. */
    private static String librarySource(String name) {
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            return null;
        }
        try (InputStream in = Modules.class.getResourceAsStream(LIB + name + ".py")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }

    /** `from module import name`: a new reference to the attribute. */
    public long importFrom(long module, long name) {
        long v = Types.of(module).getAttr(module, name);
        if (v == 0) {
            String moduleName = ModuleObject.name(module);
            throw Errors.importError(Types.IMPORT_ERROR, "cannot import name '" + StrObject.toJava(name) + "' from '"
                    + moduleName + "' (unknown location)", Names.get(moduleName));
        }
        return v;
    }

    private static PyException noModule(String name) {
        return Errors.importError(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'", Names.get(name));
    }
}
