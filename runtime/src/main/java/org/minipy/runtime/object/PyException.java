package org.minipy.runtime.object;

/**
 * A Python exception in flight through Java code. It owns one reference to the exception object
 * (a BaseException instance in native memory), whose __traceback__ grows as the exception leaves
 * frames. No Java stack trace is ever filled in.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exception object (an owned reference). */
    public final long exception;
    /**
     * Set by a re-raise (bare `raise`, RERAISE): the frame it happens in is already in the
     * exception's traceback, so unwinding adds no entry for it.
     */
    public boolean reraised;
    /**
     * Set by RERAISE n: the instruction that first raised, which the pushed lasti named. The frame
     * counts as being there (CPython's prev_instr) for its f_lineno and for a handler's lasti;
     * -1 when not set.
     */
    public int lasti = -1;

    /** MINIPY_TRACE_EXCEPTIONS=1 prints where in the VM each Python exception is raised (for VM developers). */
    private static final boolean TRACE = System.getenv("MINIPY_TRACE_EXCEPTIONS") != null;

    public PyException(long exception) {
        super(null, null, false, false);
        this.exception = exception;
        if (TRACE) {
            new Throwable("raising " + Types.of(exception).name).printStackTrace();
        }
    }

    public PyType type() {
        return Types.of(exception);
    }

    /** The exception's message line as CPython prints it last in a traceback. */
    public String describe() {
        return ExceptionObject.describe(exception);
    }

    @Override
    public String getMessage() {
        return describe();
    }
}
