package org.minipy.vm.interp;

/**
 * A code object compiled to JVM bytecode by {@link Jit}: one generated subclass per code object,
 * whose {@link #run} does what the interpreter's loop does for the frame, instruction by
 * instruction, with the stack depth of each instruction fixed at compile time.
 *
 * <p>The contract is the interpreter's own: the frame at {@code depth} is pushed and is the top
 * frame; its slots and value stack live in the interpreter's data stack, exactly as the
 * interpreter would have them at every instruction boundary, and the frame arrays say where it
 * is at every point where the interpreter says so (before calls, for tracebacks and f_lineno).
 * So compiled code can hand the frame back to the interpreter at any instruction (an instruction
 * it does not compile, an exception with a handler) and the interpreter can hand a running frame
 * to compiled code at a loop header (on-stack replacement). {@code run} returns the frame's
 * result (a new reference) with the frame popped, or throws with it popped.
 */
abstract class CompiledCode {
    final Code code;

    protected CompiledCode(Code code) {
        this.code = code;
    }

    /** Runs the frame at depth from instruction entryIp (0, or a loop header) to its end. */
    abstract long run(Interpreter in, int depth, int entryIp);
}
