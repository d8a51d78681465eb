package org.minipy.runtime.object;

/** Argument-count checks for builtin methods, with CPython's messages. */
final class Args {
    private Args() {}

    static void exactly(String name, int count, int expected) {
        if (count == expected) {
            return;
        }
        if (expected == 0) {
            throw Errors.typeError(name + "() takes no arguments (" + count + " given)");
        }
        if (expected == 1) {
            throw Errors.typeError(name + "() takes exactly one argument (" + count + " given)");
        }
        throw Errors.typeError(name + " expected " + expected + " arguments, got " + count);
    }

    static void count(String name, int count, int min, int max) {
        if (count < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + count);
        }
        if (count > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + count);
        }
    }
}
