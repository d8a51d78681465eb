package org.minipy.runtime.object;

import java.util.Arrays;

/**
 * The table of builtin functions and methods implemented in Java: CPython's PyMethodDef arrays.
 * Builtin function objects and method descriptors store an index into it (their m_ml / d_method
 * word). Entries are added once, when a module or type is set up, never per call.
 */
public final class MethodDefs {
    private static BuiltinFunction[] functions = new BuiltinFunction[1024];
    private static String[] names = new String[1024];
    /** The keyword-capable form of each entry, null for builtins that take no keywords. */
    private static KeywordFunction[] keywordFunctions = new KeywordFunction[1024];
    private static int count;

    private MethodDefs() {}

    private static int add(String name, BuiltinFunction fn, KeywordFunction kw) {
        if (count == functions.length) {
            functions = Arrays.copyOf(functions, count * 2);
            names = Arrays.copyOf(names, count * 2);
            keywordFunctions = Arrays.copyOf(keywordFunctions, count * 2);
        }
        functions[count] = fn;
        names[count] = name;
        keywordFunctions[count] = kw;
        return count++;
    }

    public static int register(String name, BuiltinFunction fn) {
        return add(name, fn, null);
    }

    /** Registers a builtin that takes keyword arguments; positional-only calls pass kwnames 0. */
    public static int registerWithKeywords(String name, KeywordFunction fn) {
        return add(name, (self, args, offset, count) -> fn.call(self, args, offset, count, 0), fn);
    }

    /** The keyword-capable form of entry index, or null when it takes no keywords. */
    public static KeywordFunction keywordFunction(int index) {
        checkIndex(index);
        return keywordFunctions[index];
    }

    public static BuiltinFunction function(int index) {
        checkIndex(index);
        return functions[index];
    }

    public static String name(int index) {
        checkIndex(index);
        return names[index];
    }

    private static void checkIndex(int index) {
        if (index >= count) {
            throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + count);
        }
    }
}
