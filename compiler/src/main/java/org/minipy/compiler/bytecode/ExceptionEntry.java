package org.minipy.compiler.bytecode;

/**
 * One entry of a code object's exception table (CPython 3.11's zero-cost exception handling): while
 * the frame runs an instruction starting at a unit in {@code [start, end)}, an exception is handled by
 * popping the value stack down to {@code depth} items, pushing the raising instruction's unit index as
 * an int when {@code lasti} is set, pushing the exception and continuing at unit {@code target}.
 *
 * <p>Entries are sorted by {@code start} and do not overlap; every instruction has at most one
 * (the innermost handler: the compiler already resolved the nesting). Units are code units (2 bytes),
 * all on instruction starts ({@code end} may be the code's length).
 *
 * @param start  first unit covered
 * @param end    first unit not covered
 * @param target handler's first unit
 * @param depth  stack depth to unwind to (the handler starts at depth + (lasti ? 1 : 0) + 1)
 * @param lasti  whether the raising instruction's unit index is pushed (handlers that re-raise with
 *               RERAISE n to keep the original line in the traceback)
 */
public record ExceptionEntry(int start, int end, int target, int depth, boolean lasti) {

    /** The depth at which the handler starts. */
    public int handlerDepth() {
        return depth + (lasti ? 1 : 0) + 1;
    }
}
