package org.minipy.runtime.builtins;

import org.minipy.runtime.object.Errors;

/** Argument-count checks with CPython's messages. */
final class Args {
    private Args() {}

    static void exactly(String function, int count, int expected) {
        if (count != expected) {
            if (expected == 1) {
                throw Errors.typeError(function + "() takes exactly one argument (" + count + " given)");
            }
            throw Errors.typeError(function + " expected " + expected + " arguments, got " + count);
        }
    }

    static void between(String function, int count, int min, int max) {
        if (count < min) {
            throw Errors.typeError(function + " expected at least " + min + " argument" + (min == 1 ? "" : "s")
                    + ", got " + count);
        }
        if (count > max) {
            throw Errors.typeError(function + " expected at most " + max + " argument" + (max == 1 ? "" : "s")
                    + ", got " + count);
        }
    }
}
