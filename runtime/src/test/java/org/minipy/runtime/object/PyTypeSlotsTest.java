package org.minipy.runtime.object;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What each built-in type says about its slots agrees with what its Java class does. */
class PyTypeSlotsTest {
    private static boolean overridesCall(PyType t) throws NoSuchMethodException {
        return t.getClass().getMethod("call", long.class, long[].class, int.class, int.class)
                .getDeclaringClass() != PyType.class;
    }

    /**
     * A class overriding call says whether its type has the slot (classmethod's does not, whose
     * call is there for the interpreter), and no other claims it but function's.
     */
    @Test
    void aTypeHasACallSlotOnlyWhenItsClassOverridesCall() throws Exception {
        int callable = 0;
        for (PyType t : Types.all()) {
            if (overridesCall(t)) {
                assertNotEquals(PyType.class, t.getClass().getMethod("hasCallSlot").getDeclaringClass(),
                        t.name + " overrides call but does not say whether it has the slot");
            } else if (t != Types.FUNCTION) {
                assertFalse(t.hasCallSlot(), t.name);
            }
            callable += t.hasCallSlot() ? 1 : 0;
        }
        assertTrue(callable >= 10, "callable types: " + callable);
        assertTrue(Types.FUNCTION.hasCallSlot());
    }
}
