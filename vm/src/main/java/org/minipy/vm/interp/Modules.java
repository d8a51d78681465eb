package org.minipy.vm.interp;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.minipy.runtime.builtins.BuiltinsModule;
import org.minipy.runtime.builtins.ModuleRegistry;
import org.minipy.runtime.builtins.SysModule;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;

/**
 * The built-in modules, each kept (one reference) for the process: builtins and sys exist from
 * the start, as in CPython (print writes to sys.stdout whether or not the program imports sys);
 * the others are made on first import.
 */
public final class Modules {
    private final Map<String, Long> loaded = new HashMap<>();
    private final List<String> argv;
    private final long builtins;

    public Modules(List<String> argv) {
        this.argv = argv;
        org.minipy.runtime.object.StrObject.internStartupNames();
        this.builtins = BuiltinsModule.create();
        loaded.put("builtins", builtins);
        loaded.put("sys", SysModule.create(argv));
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
            m = ModuleRegistry.create(n);
            if (m == 0) {
                throw noModule(n);
            }
            loaded.put(n, m);
        }
        return Heap.newRef(m);
    }

    /** `from module import name`: a new reference to the attribute. */
    public long importFrom(long module, long name) {
        long v = Types.of(module).getAttr(module, name);
        if (v == 0) {
            String moduleName = ModuleObject.name(module);
            throw Errors.raise(Types.IMPORT_ERROR, "cannot import name '" + StrObject.toJava(name) + "' from '"
                    + moduleName + "' (unknown location)");
        }
        return v;
    }

    private static PyException noModule(String name) {
        return Errors.raise(Types.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
    }
}
