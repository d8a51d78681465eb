package org.minipy.runtime.object;

/** Raising built-in exceptions from Java: each returns the PyException for the caller to throw. */
public final class Errors {
    private Errors() {}

    public static PyException raise(PyType type, String message) {
        return new PyException(ExceptionObject.withMessage(type, message));
    }

    public static PyException typeError(String message) {
        return raise(Types.TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(Types.VALUE_ERROR, message);
    }

    public static PyException overflowError(String message) {
        return raise(Types.OVERFLOW_ERROR, message);
    }

    public static PyException zeroDivisionError(String message) {
        return raise(Types.ZERO_DIVISION_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(Types.INDEX_ERROR, message);
    }

    public static PyException keyError(long key) {
        long args = TupleObject.allocate(1);
        TupleObject.set(args, 0, Heap.newRef(key));
        return new PyException(ExceptionObject.create(Types.KEY_ERROR, args));
    }

    public static PyException nameError(String message) {
        return raise(Types.NAME_ERROR, message);
    }

    /**
     * NameError (or a subclass) for the name (a str) with its name member set, as
     * format_exc_check_arg sets it for the interpreter's NameError (not UnboundLocalError's).
     */
    public static PyException nameError(String message, long name) {
        PyException e = raise(Types.NAME_ERROR, message);
        ExceptionObject.setMember(e.exception, "name", name);
        return e;
    }

    /** PyErr_SetImportError(Subclass): ImportError type with msg, name (a str) and path None. */
    public static PyException importError(PyType type, String message, long name) {
        PyException e = raise(type, message);
        ExceptionObject.setMember(e.exception, "name", name);
        ExceptionObject.setMember(e.exception, "path", BoolObject.NONE);
        return e;
    }

    public static PyException attributeError(String message) {
        return raise(Types.ATTRIBUTE_ERROR, message);
    }

    public static PyException memoryError() {
        return raise(Types.MEMORY_ERROR, null);
    }
}
