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
    /** The keyword-capable form of each entry, null for builtins that take no keywords. */
    private static final List<KeywordFunction> KEYWORD_FUNCTIONS = new ArrayList<>();

    private MethodDefs() {}

    public static int register(String name, BuiltinFunction fn) {
        FUNCTIONS.add(fn);
        NAMES.add(name);
        KEYWORD_FUNCTIONS.add(null);
        return FUNCTIONS.size() - 1;
    }

    /** Registers a builtin that takes keyword arguments; positional-only calls pass kwnames 0. */
    public static int registerWithKeywords(String name, KeywordFunction fn) {
        FUNCTIONS.add((self, args, offset, count) -> fn.call(self, args, offset, count, 0));
        NAMES.add(name);
        KEYWORD_FUNCTIONS.add(fn);
        return FUNCTIONS.size() - 1;
    }

    /** The keyword-capable form of entry index, or null when it takes no keywords. */
    public static KeywordFunction keywordFunction(int index) {
        return KEYWORD_FUNCTIONS.get(index);
    }

    public static BuiltinFunction function(int index) {
        return FUNCTIONS.get(index);
    }

    public static String name(int index) {
        return NAMES.get(index);
    }
}
