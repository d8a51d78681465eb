package org.minipy.vm.interp;

import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.StrFormat;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;

/** FORMAT_VALUE and BUILD_STRING: the pieces of f-strings. */
final class Formatting {
    private Formatting() {}

    /**
     * format(conv(v), spec) as a new str; conversion 0 none, 1 str, 2 repr, 3 ascii; spec 0 for
     * ''. v is borrowed: with no conversion it is formatted under the one reference FORMAT_VALUE
     * holds, as CPython's pops it and formats it.
     */
    static long formatValue(long v, int conversion, long spec) {
        long converted = switch (conversion) {
            case 1 -> Ops.str(v);
            case 2 -> Ops.repr(v);
            case 3 -> StrFormat.ascii(v);
            default -> v;
        };
        try {
            boolean emptySpec = spec == 0 || StrObject.length(spec) == 0;
            if (emptySpec && StrObject.check(converted)) {
                return Heap.newRef(converted);
            }
            return Ops.format(converted, spec == 0 ? 0 : spec);
        } finally {
            if (conversion != 0) {
                Heap.decref(converted);
            }
        }
    }

    /** The concatenation of n strs at s[from ..] (borrowed; str subclasses too, as a __format__ may return). */
    static long join(long[] s, int from, int n) {
        for (int i = 0; i < n; i++) {
            long piece = s[from + i];
            if (!StrObject.check(piece) && !Types.of(piece).isSubtypeOf(Types.STR)) {
                throw Errors.typeError("BUILD_STRING of a '" + Types.of(piece).name + "'");
            }
        }
        return StrObject.joinArray(s, from, n);
    }
}
