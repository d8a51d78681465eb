package org.minipy.compiler.bytecode;

/** A .mpyc file or a code object that must not be run; the message says why, for a human. */
public final class BadBytecodeException extends RuntimeException {
    public BadBytecodeException(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
