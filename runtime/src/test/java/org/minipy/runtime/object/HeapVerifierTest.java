package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The heap verifier catches a refcount broken on purpose: an extra incref, a missing incref, a
 * reference to a freed object. Other tests share this JVM's heap and may leave objects behind,
 * so each test looks only at the problems about the objects it made, which a root set of its own
 * holds.
 */
class HeapVerifierTest {
    /** The references this test's root set owns (one each). */
    private static final List<Long> HELD = new ArrayList<>();

    static {
        Roots.register("HeapVerifierTest", visit -> {
            for (long r : HELD) {
                visit.visit(r);
            }
        });
    }

    @BeforeEach
    void noneHeld() {
        HELD.clear();
    }

    @AfterEach
    void releaseHeld() {
        List<Long> held = new ArrayList<>(HELD);
        HELD.clear();
        for (long r : held) {
            Heap.decref(r);
        }
    }

    /** A new list [a str, an int] held by the test's root. */
    private static long heldList() {
        long list = ListObject.allocate(0);
        long s = StrObject.fromJava("verifier test string");
        long i = IntObject.fromLong(1L << 40);
        ListObject.append(list, s);
        ListObject.append(list, i);
        Heap.decref(s);
        Heap.decref(i);
        HELD.add(list);
        return list;
    }

    private static List<String> problemsAbout(boolean exact, long... objects) {
        List<String> r = new ArrayList<>();
        for (HeapVerifier.Problem p : HeapVerifier.problems(exact)) {
            for (long o : objects) {
                if (p.address() == o) {
                    r.add(p.message());
                }
            }
        }
        return r;
    }

    @Test
    void aConsistentObjectGraphHasNoProblem() {
        long list = heldList();
        assertEquals(List.of(), problemsAbout(true, list, ListObject.get(list, 0), ListObject.get(list, 1)));
    }

    @Test
    void anExtraIncrefIsALeakTheExactCheckNames() {
        long list = heldList();
        Heap.incref(list);
        try {
            List<String> found = problemsAbout(true, list);
            assertEquals(1, found.size(), found::toString);
            String m = found.get(0);
            assertTrue(m.startsWith("'list' object at " + Heap.hexAddress(list) + " has refcount 2 but 1 reference found"
                    + " (0 from objects, 1 from roots): a reference not counted"), m);
            assertTrue(m.endsWith("held by root 'HeapVerifierTest'"), m);
            // where Java locals may hold references, a refcount above the count is allowed
            assertEquals(List.of(), problemsAbout(false, list));
        } finally {
            Heap.decref(list);
        }
        assertEquals(List.of(), problemsAbout(true, list));
    }

    @Test
    void anExtraIncrefOnAnAtomIsCaughtToo() {
        long list = heldList();
        long big = ListObject.get(list, 1);
        long str = ListObject.get(list, 0);
        Heap.incref(big);
        Heap.incref(str);
        try {
            List<String> found = problemsAbout(true, big, str);
            assertEquals(2, found.size(), found::toString);
            for (String m : found) {
                assertTrue(m.contains("has refcount 2 but 1 reference found (1 from objects, 0 from roots)"), m);
                assertTrue(m.endsWith("held by 'list' object at " + Heap.hexAddress(list)), m);
            }
            assertTrue(found.stream().anyMatch(m -> m.startsWith("'int' object at " + Heap.hexAddress(big))), found::toString);
            assertTrue(found.stream().anyMatch(m -> m.startsWith("'str' object at " + Heap.hexAddress(str)
                    + " (verifier test string)")), found::toString);
        } finally {
            Heap.decref(big);
            Heap.decref(str);
        }
    }

    @Test
    void aMissingIncrefIsCaughtByBothChecks() {
        long list = heldList();
        long str = ListObject.get(list, 0);
        long tuple = TupleObject.allocate(1);
        TupleObject.set(tuple, 0, str); // stored without its incref
        HELD.add(tuple);
        try {
            for (boolean exact : new boolean[] {true, false}) {
                List<String> found = problemsAbout(exact, str);
                assertEquals(1, found.size(), found::toString);
                String m = found.get(0);
                assertTrue(m.contains("has refcount 1 but 2 references found (2 from objects, 0 from roots): more references"
                        + " than counted"), m);
                assertTrue(m.contains("'list' object at " + Heap.hexAddress(list)), m);
                assertTrue(m.contains("'tuple' object at " + Heap.hexAddress(tuple)), m);
            }
        } finally {
            Heap.incref(str); // the reference the tuple will drop
        }
        assertEquals(List.of(), problemsAbout(true, str, tuple));
    }

    @Test
    void aReferenceToAFreedObjectIsABlockBothFreeAndLive() {
        long list = ListObject.allocate(0);
        HELD.add(list);
        long s = StrObject.fromJava("a str that dies too early");
        ListObject.append(list, s);
        Heap.decref(s);
        Heap.decref(s); // the list's reference now points at a freed block
        try {
            List<String> found = problemsAbout(true, s);
            assertEquals(1, found.size(), found::toString);
            assertTrue(found.get(0).startsWith("reference to " + Heap.hexAddress(s) + ", in a free pool block"),
                    found.get(0));
        } finally {
            ListObject.set(list, 0, Heap.newRef(BoolObject.NONE)); // forget the dead str without a decref
        }
    }

    @Test
    void aReferenceToAFloatOnTheFreeListIsCaught() {
        long list = ListObject.allocate(0);
        HELD.add(list);
        long f = FloatObject.fromDouble(0.5);
        ListObject.append(list, f);
        Heap.decref(f);
        Heap.decref(f);
        try {
            List<String> found = problemsAbout(true, f);
            assertEquals(List.of("reference to " + Heap.hexAddress(f) + ", a float on the float free list"), found);
        } finally {
            ListObject.set(list, 0, Heap.newRef(BoolObject.NONE));
        }
    }

    @Test
    void aFailureNamesWhereAndTheProblems() {
        long list = heldList();
        Heap.incref(list);
        try {
            HeapVerifier.Failure f = assertThrows(HeapVerifier.Failure.class,
                    () -> HeapVerifier.check(true, "at the test's safe point"));
            assertTrue(f.getMessage().startsWith("gc-verify: exact heap check at the test's safe point: "), f.getMessage());
            assertTrue(f.getMessage().contains("\n  'list' object at " + Heap.hexAddress(list) + " has refcount 2"),
                    f.getMessage());
        } finally {
            Heap.decref(list);
        }
    }
}
