package org.minipy.runtime.object;

import java.util.ArrayList;
import java.util.List;

/**
 * The table of builtin functions and methods implemented in Java: CPython's PyMethodDef arrays.
 * Builtin function objects and method descriptors store an index into it (their m_ml / d_method
 * word). Entries are added once, when a module or type is set up, never per call.
 */
public final class MethodDefs {
    private static final List<BuiltinFunction> FUNCTIONS = new ArrayList<>();
    private static final List<String> NAMES = new ArrayList<>();

    private MethodDefs() {}

    public static int register(String name, BuiltinFunction fn) {
        FUNCTIONS.add(fn);
        NAMES.add(name);
        return FUNCTIONS.size() - 1;
    }

    public static BuiltinFunction function(int index) {
        return FUNCTIONS.get(index);
    }

    public static String name(int index) {
        return NAMES.get(index);
    }
}
