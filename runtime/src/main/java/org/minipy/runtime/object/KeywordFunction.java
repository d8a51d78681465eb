package org.minipy.runtime.object;

/**
 * The Java code behind a builtin that accepts keyword arguments (CPython's METH_FASTCALL |
 * METH_KEYWORDS): {@code args[offset .. offset + count)} are the arguments (borrowed), of which
 * the last {@code len(kwnames)} are keywords named by the tuple {@code kwnames} (0 when there are
 * none). Returns a new reference.
 */
@FunctionalInterface
public interface KeywordFunction {
    long call(long self, long[] args, int offset, int count, long kwnames);
}
