package org.minipy.runtime.object;

/** Binding positional and keyword arguments of a builtin to parameter names (getargs.c's job). */
final class KwArgs {
    private KwArgs() {}

    /**
     * The arguments for parameters names, borrowed, 0 where not given: args[offset .. offset +
     * count) of which the last len(kwnames) are keywords named by the tuple kwnames (0 for none).
     */
    static long[] bind(String function, String[] names, long[] args, int offset, int count, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        int npos = count - nkw;
        if (npos > names.length) {
            throw Errors.typeError(function + "() takes at most " + names.length + " argument"
                    + (names.length == 1 ? "" : "s") + " (" + npos + " given)");
        }
        long[] r = new long[names.length];
        System.arraycopy(args, offset, r, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = StrObject.toJava(TupleObject.get(kwnames, k));
            int i = indexOf(names, kw);
            if (i < 0) {
                // Argument Clinic's message (property and str are its functions)
                throw Errors.typeError("'" + kw + "' is an invalid keyword argument for " + function + "()");
            }
            if (r[i] != 0) {
                throw Errors.typeError("argument for " + function + "() given by name ('" + kw
                        + "') and position (" + (i + 1) + ")");
            }
            r[i] = args[offset + npos + k];
        }
        return r;
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
