package org.minipy.compiler.scope;

/**
 * Private name mangling (CPython's {@code _Py_Mangle}): inside a class body, and in every block
 * nested in it, an identifier {@code __spam} becomes {@code _Class__spam}. Only names with at least
 * two leading underscores are rewritten, and not {@code __dunder__} names, names containing a dot
 * (dotted module names) or names mangled for a class whose name is all underscores. The class's
 * leading underscores are dropped: in {@code class _A}, {@code __x} becomes {@code _A__x}.
 *
 * <p>The symbol table mangles every name it records (bindings, uses, parameters, {@code global} and
 * {@code nonlocal} names); the code generator mangles names it emits (variables, attribute names,
 * imported module and member names, keyword-only default keys). Keyword argument names in calls are
 * not mangled, as in CPython. The runtime mangles {@code __slots__} entries when it makes the class.
 */
public final class Mangling {
    private Mangling() {}

    /** {@code name} as written inside the class named {@code privateName} (null: outside any class). */
    public static String mangle(String privateName, String name) {
        if (privateName == null || name.length() < 2 || name.charAt(0) != '_' || name.charAt(1) != '_') {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }
}
