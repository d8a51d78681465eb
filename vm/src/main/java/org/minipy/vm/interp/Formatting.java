package org.minipy.vm.interp;

import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;

/** FORMAT_VALUE and BUILD_STRING: the pieces of f-strings. */
final class Formatting {
    private Formatting() {}

    /** format(conv(v), spec) as a new str; conversion 0 none, 1 str, 2 repr, 3 ascii; spec 0 for ''. */
    static long formatValue(long v, int conversion, long spec) {
        long converted = switch (conversion) {
            case 1 -> Ops.str(v);
            case 2 -> Ops.repr(v);
            case 3 -> StrObject.fromJava(ascii(Ops.reprJava(v)));
            default -> Heap.newRef(v);
        };
        try {
            boolean emptySpec = spec == 0 || StrObject.length(spec) == 0;
            if (emptySpec && StrObject.check(converted)) {
                return Heap.newRef(converted);
            }
            return Ops.format(converted, spec == 0 ? 0 : spec);
        } finally {
            Heap.decref(converted);
        }
    }

    private static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }

    /** The concatenation of n strs at s[from ..] (borrowed) as a new str. */
    static long join(long[] s, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            long piece = s[from + i];
            if (!StrObject.check(piece)) {
                throw Errors.typeError("BUILD_STRING of a '" + Types.of(piece).name + "'");
            }
            sb.append(StrObject.toJava(piece));
        }
        return StrObject.fromJava(sb.toString());
    }
}
