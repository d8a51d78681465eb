package org.minipy.compiler.lower;

import java.util.Collection;

/** Lists of ints made arrays with a loop: a stream's first use links the JDK's own lambdas, milliseconds of a cold compile. */
public final class Ints {
    private Ints() {}

    /** The ints of a collection, in its order. */
    public static int[] of(Collection<Integer> values) {
        int[] out = new int[values.size()];
        int k = 0;
        for (int v : values) {
            out[k++] = v;
        }
        return out;
    }
}
