package org.minipy.runtime.object;

/**
 * The Java code behind a builtin_function_or_method (CPython's PyMethodDef). Arguments arrive as
 * a window {@code args[offset .. offset + count)} of the caller's value stack (borrowed), so a
 * call allocates nothing on the Java heap. Returns a new reference.
 */
@FunctionalInterface
public interface BuiltinFunction {
    long call(long self, long[] args, int offset, int count);
}
