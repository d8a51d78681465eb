package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** float's repr and hash, checked against values CPython 3.11 prints. */
class FloatObjectTest {
    @Test
    void reprIsTheShortestRoundTrip() {
        assertEquals("0.30000000000000004", FloatObject.repr(0.1 + 0.2));
        assertEquals("1e+16", FloatObject.repr(1e16));
        assertEquals("1000000000000000.0", FloatObject.repr(1e15));
        assertEquals("1e-05", FloatObject.repr(1e-5));
        assertEquals("0.0001", FloatObject.repr(1e-4));
        assertEquals("-0.0", FloatObject.repr(-0.0));
        assertEquals("inf", FloatObject.repr(Double.POSITIVE_INFINITY));
        assertEquals("nan", FloatObject.repr(Double.NaN));
        assertEquals("5e-324", FloatObject.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatObject.repr(Double.MAX_VALUE));
        assertEquals("1.2345678901234568e+17", FloatObject.repr(123456789012345678.0));
        assertEquals("1e+22", FloatObject.repr(1e22));
        assertEquals("1e+23", FloatObject.repr(1e23));
        assertEquals("2.5", FloatObject.repr(2.5));
    }

    @Test
    void hashMatchesCPython() {
        assertEquals(1152921504606846977L, FloatObject.hashDouble(1.5));
        assertEquals(-1152921504606846978L, FloatObject.hashDouble(-2.5));
        assertEquals(1822893315824342674L, FloatObject.hashDouble(1e100));
        assertEquals(1, FloatObject.hashDouble(1.0));
        assertEquals(314159, FloatObject.hashDouble(Double.POSITIVE_INFINITY));
        assertEquals(-2, FloatObject.hashDouble(-1.0));
        assertEquals(0, FloatObject.hashDouble(0.0));
        assertEquals(16777216L, FloatObject.hashDouble(Double.MIN_VALUE));
        assertEquals(230584300921369408L, FloatObject.hashDouble(0.1));
        assertEquals(482449582752280463L, FloatObject.hashDouble(1e-300));
    }
}
