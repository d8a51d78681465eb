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

    /**
     * The last answers, by the Java string's identity: the runtime asks with string literals,
     * which are the same object on every call, so most lookups end here without the map.
     */
    private static final String[] RECENT_KEYS = new String[256];
    private static final long[] RECENT = new long[256];

    /** A borrowed reference to the interned str for name. */
    public static long get(String name) {
        int h = name.hashCode() & (RECENT_KEYS.length - 1);
        if (RECENT_KEYS[h] == name) {
            return RECENT[h];
        }
        Long s = IDS.get(name);
        if (s == null) {
            s = StrObject.intern(StrObject.fromJava(name));
            IDS.put(name, s);
        }
        RECENT[h] = s;
        RECENT_KEYS[h] = name;
        return s;
    }
}
