package org.minipy.runtime.builtins;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The built-in modules written in Java, by name: the VM's import asks here for any module it does
 * not make itself (builtins, sys). Each factory returns a new reference to a fresh module; the VM
 * makes each module once and keeps it.
 */
public final class ModuleRegistry {
    private static final Map<String, LongSupplier> FACTORIES = new LinkedHashMap<>();

    static {
        FACTORIES.put("math", MathModule::create);
        FACTORIES.put("time", TimeModule::create);
        FACTORIES.put("random", RandomModule::create);
        FACTORIES.put("itertools", ItertoolsModule::create);
        FACTORIES.put("functools", FunctoolsModule::create);
        FACTORIES.put("collections", CollectionsModule::create);
        FACTORIES.put("gc", GcModule::create);
        FACTORIES.put("_weakref", WeakrefModule::create);
        FACTORIES.put("atexit", AtexitModule::create);
        FACTORIES.put("objgraph", ObjgraphModule::create);
    }

    private ModuleRegistry() {}

    /** Whether a module object is one the VM keeps as imported (sys.modules' role); set by the VM. */
    private static java.util.function.LongPredicate loaded = m -> false;

    public static void setLoadedCheck(java.util.function.LongPredicate check) {
        loaded = check;
    }

    /** objgraph.is_proper_module's question: is m a module the VM has imported under its name? */
    public static boolean isLoaded(long m) {
        return loaded.test(m);
    }

    /** A new reference to a fresh module called name, or 0 when there is no such built-in module. */
    public static long create(String name) {
        LongSupplier f = FACTORIES.get(name);
        return f == null ? 0 : f.getAsLong();
    }
}
