package org.minipy.compiler.bytecode;

import java.math.BigInteger;
import java.util.Arrays;

/**
 * A value in a compilation unit's constants table: plain Java values, no runtime objects
 * ({@code compiler} knows nothing of {@code runtime}). The VM turns each entry into one Python
 * object, once per unit, which is why equal constants are the same object everywhere in a module.
 *
 * <p>Equality is CPython's constant-cache key: type and value, so {@code 1}, {@code 1.0} and
 * {@code True} are three constants, and so are {@code 0.0} and {@code -0.0}.
 */
public sealed interface Constant {

    /** The None singleton. */
    enum NoneConst implements Constant { NONE }

    /** The Ellipsis singleton. */
    enum EllipsisConst implements Constant { ELLIPSIS }

    /** True or False. */
    record BoolConst(boolean value) implements Constant {}

    /** An int; {@code BigInteger} keeps arbitrary precision (small values are canonical longs elsewhere). */
    record IntConst(BigInteger value) implements Constant {
        public static IntConst of(long v) {
            return new IntConst(BigInteger.valueOf(v));
        }
    }

    /** A float, compared by bit pattern so that 0.0 and -0.0 stay distinct. */
    record FloatConst(double value) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof FloatConst f
                    && Double.doubleToRawLongBits(f.value) == Double.doubleToRawLongBits(value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(value));
        }
    }

    /**
     * A str. {@code interned} is set by the compiler for identifier-like strings (ASCII letters,
     * digits, underscore), which the VM interns when it loads the unit, as CPython does.
     */
    record StrConst(String value, boolean interned) implements Constant {
        public static StrConst of(String value) {
            return new StrConst(value, isIdentifierLike(value));
        }

        /** CPython's all_name_chars(): only [A-Za-z0-9_] (the empty string counts). */
        public static boolean isIdentifierLike(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
                if (!ok) {
                    return false;
                }
            }
            return true;
        }
    }

    /** A bytes value. */
    record BytesConst(byte[] value) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof BytesConst b && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return "BytesConst" + Arrays.toString(value);
        }
    }

    /** A tuple of constants, given as indexes into the same unit's table. */
    record TupleConst(int[] items) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof TupleConst t && Arrays.equals(t.items, items);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(items);
        }

        @Override
        public String toString() {
            return "TupleConst" + Arrays.toString(items);
        }
    }

    /**
     * A frozenset of constants (CPython 3.11 folds {@code x in {1, 2}} and {@code for x in {1, 2}} to
     * one), given as indexes of earlier entries of the same table, in source order, duplicates removed.
     * The VM builds it as frozenset(items) in that order. Items are hashable (no code constants).
     */
    record FrozensetConst(int[] items) implements Constant {
        @Override
        public boolean equals(Object o) {
            return o instanceof FrozensetConst f && Arrays.equals(f.items, items);
        }

        @Override
        public int hashCode() {
            return ~Arrays.hashCode(items);
        }

        @Override
        public String toString() {
            return "FrozensetConst" + Arrays.toString(items);
        }
    }

    /** A nested code object, by its index in the unit's code list. Never merged. */
    record CodeConst(int codeIndex) implements Constant {}
}
