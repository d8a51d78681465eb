package org.minipy.runtime.object;

import java.util.HashMap;
import java.util.Map;

/**
 * Interned str objects for names the runtime itself uses ("__name__", "__builtins__", ...), as
 * CPython's _Py_ID: made once, kept alive by this table's reference.
 */
public final class Names {
    private static final Map<String, Long> IDS = new HashMap<>();

    static {
        Roots.register("runtime names", visit -> {
            for (long s : IDS.values()) {
                visit.visit(s);
            }
        });
    }

    private Names() {}

    /** A borrowed reference to the interned str for name. */
    public static long get(String name) {
        Long s = IDS.get(name);
        if (s == null) {
            s = StrObject.intern(StrObject.fromJava(name));
            IDS.put(name, s);
        }
        return s;
    }
}
