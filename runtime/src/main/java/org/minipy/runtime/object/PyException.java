package org.minipy.runtime.object;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception in flight through Java code. It owns one reference to the exception object
 * (a BaseException instance in native memory); the traceback entries collected while unwinding
 * are kept here until traceback objects exist. No Java stack trace is ever filled in.
 */
public final class PyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The exception object (an owned reference). */
    public final long exception;
    /** Traceback entries, innermost last once printing reverses them: file, line, function. */
    public final List<TracebackEntry> traceback = new ArrayList<>();

    public PyException(long exception) {
        super(null, null, false, false);
        this.exception = exception;
    }

    /** One line of a traceback: where a frame was when the exception passed through it. */
    public record TracebackEntry(String filename, int line, String function) {}

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
