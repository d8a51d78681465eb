package org.minipy.runtime.builtins;

import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;

/**
 * Binding the arguments of a keyword-capable builtin to its parameters (getargs.c / Argument
 * Clinic's job), with CPython's messages. Values are borrowed; 0 marks a parameter not given.
 */
final class Kw {
    private Kw() {}

    /** Number of keyword arguments in a call (kwnames may be 0). */
    static int count(long kwnames) {
        return kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
    }

    /** Name of keyword k. */
    static String name(long kwnames, int k) {
        return StrObject.toJava(TupleObject.get(kwnames, k));
    }

    /**
     * Binds keyword-only parameters: the positional arguments are left alone; each keyword must be
     * one of names. Returns the keyword values by parameter.
     */
    static long[] keywordsOnly(String function, String[] names, long[] args, int offset, int count, long kwnames) {
        int nkw = count(kwnames);
        int npos = count - nkw;
        long[] r = new long[names.length];
        for (int k = 0; k < nkw; k++) {
            String kw = name(kwnames, k);
            int i = indexOf(names, kw);
            if (i < 0) {
                throw invalid(function, kw);
            }
            r[i] = args[offset + npos + k];
        }
        return r;
    }

    /**
     * Binds parameters that may be given by position or keyword (the first positionalOnly of them
     * only by position): returns one value per name, 0 for those not given. min is the number of
     * required parameters.
     */
    static long[] bind(String function, String[] names, int positionalOnly, int min, long[] args, int offset,
            int count, long kwnames) {
        int nkw = count(kwnames);
        int npos = count - nkw;
        if (npos > names.length) {
            throw Errors.typeError(function + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        long[] r = new long[names.length];
        System.arraycopy(args, offset, r, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = name(kwnames, k);
            int i = indexOf(names, kw);
            if (i < 0 || i < positionalOnly) {
                if (i >= 0) {
                    throw Errors.typeError(function + "() got some positional-only arguments passed as keyword "
                            + "arguments: '" + kw + "'");
                }
                throw invalid(function, kw);
            }
            if (r[i] != 0) {
                throw Errors.typeError("argument for " + function + "() given by name ('" + kw + "') and position ("
                        + (i + 1) + ")");
            }
            r[i] = args[offset + npos + k];
        }
        for (int i = 0; i < min; i++) {
            if (r[i] == 0) {
                if (i < npos || i >= positionalOnly) {
                    throw Errors.typeError(function + "() missing required argument '" + names[i] + "'"
                            + (function.equals("enumerate") ? "" : " (pos " + (i + 1) + ")"));
                }
                throw Errors.typeError(function + "() takes at least " + min + " positional argument"
                        + (min == 1 ? "" : "s") + " (" + npos + " given)");
            }
        }
        return r;
    }

    /** Argument Clinic's message for a keyword the function does not take. */
    static org.minipy.runtime.object.PyException invalid(String function, String kw) {
        return Errors.typeError("'" + kw + "' is an invalid keyword argument for " + function + "()");
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
