package org.minipy.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The pieces of objgraph's DOT text that are Python formatting: %g, _quote, _gradient, _is_identifier, [:40]. */
class ObjectGraphTextTest {
    @Test
    void percentGAsPythonPrintsIt() {
        // python3 -c "print(['%g' % v for v in (0.7666666666666667, 1.0, 0, 0.3, 0.65, 0.5333333333333333, 1e-05, 123456789.0, 0.0001)])"
        assertEquals("0.766667", ObjectGraph.g(0.7666666666666667));
        assertEquals("1", ObjectGraph.g(1.0));
        assertEquals("0", ObjectGraph.g(0));
        assertEquals("0.3", ObjectGraph.g(0.3));
        assertEquals("0.65", ObjectGraph.g(0.65));
        assertEquals("0.533333", ObjectGraph.g(0.5333333333333333));
        assertEquals("1e-05", ObjectGraph.g(1e-05));
        assertEquals("1.23457e+08", ObjectGraph.g(123456789.0));
        assertEquals("0.0001", ObjectGraph.g(0.0001));
    }

    @Test
    void gradientTakesObjgraphsSteps() {
        double[] v = ObjectGraph.gradient(0, 0, 1, 0, 0, .3, 1, 3);
        assertEquals("0,0,0.766667", ObjectGraph.g(v[0]) + "," + ObjectGraph.g(v[1]) + "," + ObjectGraph.g(v[2]));
        assertEquals(1.0, ObjectGraph.gradient(0, 0, 1, 0, 0, .3, 0, 0)[2]);
    }

    @Test
    void quoteAndIdentifiers() {
        assertEquals("a\\\\b\\\"c\\nd\\\\0", ObjectGraph.quote("a\\b\"c\nd\0"));
        assertTrue(ObjectGraph.isIdentifier("key1"));
        assertTrue(ObjectGraph.isIdentifier("_x"));
        assertFalse(ObjectGraph.isIdentifier("1x"));
        assertFalse(ObjectGraph.isIdentifier("a-b"));
        assertFalse(ObjectGraph.isIdentifier("é"));
        assertFalse(ObjectGraph.isIdentifier(""));
        assertEquals("a".repeat(40), ObjectGraph.first40("a".repeat(50)));
        assertEquals("😀".repeat(40), ObjectGraph.first40("😀".repeat(41)));
    }
}
