package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.minipy.runtime.mem.DebugAllocator;
import org.minipy.runtime.mem.Memory;

/**
 * The leak report of {@code -X dev}: objects still allocated at exit that nothing immortal
 * reaches. It reasons as the cycle collector does: every object found in the pools gets its
 * refcount minus the references other objects hold to it (through {@link PyType#traverse});
 * objects left with references from outside the heap (the VM's roots: modules, frames, the
 * interpreter's caches) and the type objects' dicts are the roots; what they reach is live.
 * Everything else is a leak: garbage cycles, or objects whose count was never dropped.
 * Objects parked on free lists (refcount 0) are not objects any more and are skipped.
 */
public final class LeakCheck {
    private LeakCheck() {}

    /** The leaked objects, by address, with their type names. */
    public static Map<Long, String> leaks() {
        Map<Long, PyType> types = new HashMap<>();
        for (PyType t : Types.all()) {
            types.put(t.address, t);
        }
        Map<Long, PyType> objects = new HashMap<>();
        DebugAllocator.forEachAllocatedBlock(block -> {
            PyType t = types.get(Memory.getLong(block + OB_TYPE));
            if (t != null && !t.gc && Memory.getLong(block + OB_REFCNT) > 0) {
                objects.put(block, t);
                return;
            }
            long obj = block + GC_HEAD_SIZE;
            t = types.get(Memory.getLong(obj + OB_TYPE));
            if (t != null && t.gc && Memory.getLong(obj + OB_REFCNT) > 0) {
                objects.put(obj, t);
            }
        });
        Map<Long, Long> external = new HashMap<>();
        for (long obj : objects.keySet()) {
            external.put(obj, Memory.getLong(obj + OB_REFCNT));
        }
        Set<Long> opaque = new HashSet<>();
        for (Map.Entry<Long, PyType> e : objects.entrySet()) {
            try {
                e.getValue().traverse(e.getKey(), ref -> {
                    Long n = external.get(ref);
                    if (n != null) {
                        external.put(ref, n - 1);
                    }
                });
            } catch (RuntimeException ex) {
                opaque.add(e.getKey()); // a traverse that fails: count the object as a root
            }
        }
        for (long obj : opaque) {
            external.put(obj, Math.max(1, external.get(obj)));
        }
        Set<Long> live = new HashSet<>();
        ArrayDeque<Long> work = new ArrayDeque<>();
        for (Map.Entry<Long, Long> e : external.entrySet()) {
            if (e.getValue() > 0) {
                work.add(e.getKey());
            }
        }
        for (PyType t : Types.all()) {
            if (t.typeDict() != 0) {
                work.add(t.typeDict());
            }
        }
        while (!work.isEmpty()) {
            long obj = work.poll();
            if (!objects.containsKey(obj) || !live.add(obj)) {
                continue;
            }
            try {
                objects.get(obj).traverse(obj, work::add);
            } catch (RuntimeException ex) {
                // already counted as a root above
            }
        }
        Map<Long, String> leaks = new java.util.TreeMap<>();
        for (Map.Entry<Long, PyType> e : objects.entrySet()) {
            if (!live.contains(e.getKey())) {
                leaks.put(e.getKey(), e.getValue().name);
            }
        }
        return leaks;
    }

    /** The report printed at exit, or "" when nothing leaked. */
    public static String report() {
        Map<Long, String> leaks = leaks();
        if (leaks.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder("minipy: -X dev: " + leaks.size()
                + " object(s) still allocated at exit that nothing reaches:\n");
        int shown = 0;
        for (Map.Entry<Long, String> e : leaks.entrySet()) {
            if (shown++ == 20) {
                sb.append("  ...\n");
                break;
            }
            sb.append("  ").append(Heap.hexAddress(e.getKey())).append(" '").append(e.getValue()).append("' refcount ")
                    .append(Memory.getLong(e.getKey() + OB_REFCNT)).append('\n');
        }
        return sb.toString();
    }
}
