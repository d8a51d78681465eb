package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** BaseException and its subclasses: PyBaseExceptionObject (72 bytes + GC header). */
public final class ExceptionObject {
    private ExceptionObject() {}

    /** A new exception instance of type with args (a reference to a tuple is taken). */
    public static long create(PyType type, long args) {
        long size = type.basicSize;
        long e = Heap.allocObject(type.address, size, true);
        Memory.fill(e + OBJECT_HEAD, size - OBJECT_HEAD, (byte) 0);
        Memory.putLong(e + EXC_ARGS, args);
        initFields(e, type, args);
        Heap.track(e);
        return e;
    }

    /**
     * Whether instances of t have PyStopIterationObject's value or PySystemExitObject's code after
     * the base exception's fields (a class made from either has it too).
     */
    static boolean hasValueField(PyType t) {
        return t.isSubtypeOf(Types.STOP_ITERATION) || t.isSubtypeOf(Types.SYSTEM_EXIT);
    }

    /**
     * What StopIteration_init and SystemExit_init set from the arguments, after BaseException_init
     * set args: value, the first argument or None; code, nothing without arguments, the argument,
     * or the args tuple itself. Each is a reference of its own (so StopIteration(x) holds x twice).
     */
    static void initFields(long e, PyType t, long args) {
        if (!hasValueField(t)) {
            return;
        }
        long n = TupleObject.size(args);
        long v;
        if (t.isSubtypeOf(Types.STOP_ITERATION)) {
            v = n > 0 ? TupleObject.get(args, 0) : BoolObject.NONE;
        } else if (n == 0) {
            return;
        } else {
            v = n == 1 ? TupleObject.get(args, 0) : args;
        }
        long old = Memory.getLong(e + EXC_VALUE);
        Memory.putLong(e + EXC_VALUE, Heap.newRef(v));
        Heap.xdecref(old);
    }

    /** StopIteration's value (borrowed; None when unset), as _PyGen_FetchStopIterationValue reads it. */
    public static long stopIterationValue(long e) {
        long v = Memory.getLong(e + EXC_VALUE);
        return v == 0 ? BoolObject.NONE : v;
    }

    /** A new exception with one str argument. */
    public static long withMessage(PyType type, String message) {
        long args;
        if (message == null) {
            args = TupleObject.allocate(0);
        } else {
            args = TupleObject.allocate(1);
            TupleObject.set(args, 0, StrObject.fromJava(message));
        }
        return create(type, args);
    }

    public static long args(long e) {
        return Memory.getLong(e + EXC_ARGS);
    }

    /** str(exception): empty for no args, str(arg) for one, the tuple's repr for more. */
    /** SyntaxError's fields, filled from its arguments: (msg, (filename, lineno, offset, text[, end_lineno, end_offset])). */
    static final java.util.List<String> SYNTAX_FIELDS = java.util.List.of("msg", "filename", "lineno", "offset",
            "text", "end_lineno", "end_offset", "print_file_and_line");

    /** A SyntaxError field (borrowed): SyntaxError_init's reading of the arguments, None where not given. */
    static long syntaxField(long e, int field) {
        long args = args(e);
        long n = TupleObject.size(args);
        if (field == 0) {
            return n >= 1 ? TupleObject.get(args, 0) : BoolObject.NONE;
        }
        if (n != 2 || field == 7) {
            return BoolObject.NONE;
        }
        long info = TupleObject.get(args, 1);
        if (!TupleObject.check(info) || TupleObject.size(info) != 4 && TupleObject.size(info) != 6) {
            return BoolObject.NONE;
        }
        return field - 1 < TupleObject.size(info) ? TupleObject.get(info, field - 1) : BoolObject.NONE;
    }

    /** A SyntaxError field as the program sees it (an attribute it set wins); borrowed. */
    private static long syntaxAttr(long e, int field) {
        long dict = Memory.getLong(e + EXC_DICT);
        long set = dict == 0 ? 0 : DictObject.get(dict, Names.get(SYNTAX_FIELDS.get(field)));
        return set != 0 ? set : syntaxField(e, field);
    }

    /** SyntaxError_str: the message, with the file's base name and the line when it has them. */
    private static String syntaxErrorStr(long e) {
        long msg = syntaxAttr(e, 0);
        long filename = syntaxAttr(e, 1);
        long lineno = syntaxAttr(e, 2);
        String base = StrObject.check(filename) ? StrObject.toJava(filename) : null;
        if (base != null) {
            base = base.substring(base.lastIndexOf('/') + 1);
        }
        boolean haveLine = Types.of(lineno) == Types.INT;
        String text = Ops.strJava(msg);
        if (base != null && haveLine) {
            return text + " (" + base + ", line " + Ops.strJava(lineno) + ")";
        }
        if (base != null) {
            return text + " (" + base + ")";
        }
        return haveLine ? text + " (line " + Ops.strJava(lineno) + ")" : text;
    }

    // ---- OSError's fields (oserror_parse_args): OSError(errno, strerror[, filename[, winerror[,
    // filename2]]]) with 2 to 5 arguments; with a filename, args shows only (errno, strerror)

    static final java.util.List<String> OS_FIELDS = java.util.List.of("errno", "strerror", "filename",
            "winerror", "filename2");

    private static boolean osFieldsFromArgs(long e) {
        long n = TupleObject.size(args(e));
        return n >= 2 && n <= 5;
    }

    /** An OSError field (borrowed): an attribute the program set wins, else the argument, else None. */
    static long osField(long e, int field) {
        long dict = Memory.getLong(e + EXC_DICT);
        long set = dict == 0 ? 0 : DictObject.get(dict, Names.get(OS_FIELDS.get(field)));
        if (set != 0) {
            return set;
        }
        long args = args(e);
        if (!osFieldsFromArgs(e) || field >= TupleObject.size(args) || field == 3) {
            return BoolObject.NONE;
        }
        return TupleObject.get(args, field);
    }

    /** OSError's args as the program sees them: (errno, strerror) when a filename was given. */
    public static long visibleArgs(long e) {
        long args = args(e);
        if (Types.of(e).isSubtypeOf(Types.OS_ERROR) && osFieldsFromArgs(e) && TupleObject.size(args) >= 3
                && TupleObject.get(args, 2) != BoolObject.NONE) {
            long t = TupleObject.allocate(2);
            TupleObject.set(t, 0, Heap.newRef(TupleObject.get(args, 0)));
            TupleObject.set(t, 1, Heap.newRef(TupleObject.get(args, 1)));
            return t;
        }
        return Heap.newRef(args);
    }

    /** OSError_str. */
    private static String osErrorStr(long e) {
        long errno = osField(e, 0);
        long strerror = osField(e, 1);
        long filename = osField(e, 2);
        long filename2 = osField(e, 4);
        if (filename != BoolObject.NONE) {
            String s = "[Errno " + Ops.strJava(errno) + "] " + Ops.strJava(strerror) + ": " + Ops.reprJava(filename);
            return filename2 != BoolObject.NONE ? s + " -> " + Ops.reprJava(filename2) : s;
        }
        if (errno != BoolObject.NONE && strerror != BoolObject.NONE) {
            return "[Errno " + Ops.strJava(errno) + "] " + Ops.strJava(strerror);
        }
        return null;
    }

    public static String str(long e) {
        if (Types.of(e).isSubtypeOf(Types.SYNTAX_ERROR)) {
            return syntaxErrorStr(e);
        }
        if (Types.of(e).isSubtypeOf(Types.OS_ERROR)) {
            String s = osErrorStr(e);
            if (s != null) {
                return s;
            }
        }
        long args = args(e);
        long n = TupleObject.size(args);
        if (n == 0) {
            return "";
        }
        if (n == 1) {
            long arg = TupleObject.get(args, 0);
            return Types.of(e).isSubtypeOf(Types.KEY_ERROR) ? Ops.reprJava(arg) : Ops.strJava(arg);
        }
        return Ops.reprJava(args);
    }

    /** The last line of a traceback: "Type: message", or "Type" alone when the message is empty. */
    public static String describe(long e) {
        PyType t = Types.of(e);
        String text;
        try {
            text = Ops.strJava(e);
        } catch (PyException failed) {
            Heap.decref(failed.exception);
            text = "<exception str() failed>";
        }
        String name = t.qualname();
        if (t instanceof HeapType h) {
            String module = h.module();
            if (module != null && !module.equals("__main__") && !module.equals("builtins")) {
                name = module + "." + name;
            }
        }
        return text.isEmpty() ? name : name + ": " + text;
    }

    /** BaseException_traverse's and BaseException_clear's order. */
    private static final long[] CLEAR_ORDER = {EXC_DICT, EXC_ARGS, EXC_NOTES, EXC_TRACEBACK, EXC_CAUSE, EXC_CONTEXT};

    /** BaseException_dealloc (StopIteration's and SystemExit's: their field first): the clear, then the block. */
    static void dealloc(long e) {
        Heap.untrack(e);
        if (hasValueField(Types.of(e))) {
            Heap.clearField(e, EXC_VALUE);
        }
        for (long off : CLEAR_ORDER) {
            Heap.clearField(e, off);
        }
        Heap.freeObject(e, true);
    }

    /**
     * OSError's own tp_new (OSError_new): OSError itself called with 2 to 5 arguments, the first an
     * int, makes the subclass that errno maps to, as OSError(2, "x") is a FileNotFoundError. Its
     * subclasses (FileNotFoundError, a class) are made as called.
     */
    static final class OSErrorType extends Type {
        OSErrorType(PyType base) {
            super("OSError", base);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            boolean mapped = count >= 2 && count <= 5 && IntObject.check(args[offset]);
            return construct(mapped ? errnoSubclass(args[offset]) : this, args, offset, count);
        }
    }

    /** The OSError subclass errno (an int) maps to, Linux's numbers (exceptions.c's errnomap); OSError for others. */
    static PyType errnoSubclass(long errno) {
        long v = IntObject.fitsMachineWord(errno) ? IntObject.asLong(errno) : -1;
        if (v < 0 || v > Integer.MAX_VALUE) {
            return Types.OS_ERROR;
        }
        return switch ((int) v) {
            case 11, 114, 115 -> Types.BLOCKING_IO_ERROR; // EAGAIN (EWOULDBLOCK), EALREADY, EINPROGRESS
            case 10 -> Types.CHILD_PROCESS_ERROR; // ECHILD
            case 32, 108 -> Types.BROKEN_PIPE_ERROR; // EPIPE, ESHUTDOWN
            case 103 -> Types.CONNECTION_ABORTED_ERROR; // ECONNABORTED
            case 111 -> Types.CONNECTION_REFUSED_ERROR; // ECONNREFUSED
            case 104 -> Types.CONNECTION_RESET_ERROR; // ECONNRESET
            case 17 -> Types.FILE_EXISTS_ERROR; // EEXIST
            case 2 -> Types.FILE_NOT_FOUND_ERROR; // ENOENT
            case 21 -> Types.IS_A_DIRECTORY_ERROR; // EISDIR
            case 20 -> Types.NOT_A_DIRECTORY_ERROR; // ENOTDIR
            case 4 -> Types.INTERRUPTED_ERROR; // EINTR
            case 13, 1 -> Types.PERMISSION_ERROR; // EACCES, EPERM
            case 3 -> Types.PROCESS_LOOKUP_ERROR; // ESRCH
            case 110 -> Types.TIMEOUT_ERROR; // ETIMEDOUT
            default -> Types.OS_ERROR;
        };
    }

    /** BaseException and every built-in exception type share these slots. */
    static class Type extends PyType {
        /** A type with its base's layout. */
        Type(String name, PyType base) {
            this(name, base, 0);
        }

        /** A type with ownFields fields after its base's (StopIteration's value, SystemExit's code). */
        Type(String name, PyType base, int ownFields) {
            super(name, base, true, Math.max(EXC_SIZE, base.basicSize) + 8L * ownFields, 0);
        }

        @Override
        public void dealloc(long obj) {
            ExceptionObject.dealloc(obj);
        }

        /**
         * No vectorcall in 3.11, but BaseException_new keeps the call's argument tuple as args:
         * the tuple construct makes is that one, so the call makes no other.
         */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        /** ValueError("x"): BaseException_new + BaseException_init, args kept as a tuple. */
        @Override
        public long construct(long[] args, int offset, int count) {
            return construct(this, args, offset, count);
        }

        static long construct(PyType type, long[] args, int offset, int count) {
            long t = TupleObject.allocate(count);
            for (int i = 0; i < count; i++) {
                TupleObject.set(t, i, Heap.newRef(args[offset + i]));
            }
            return create(type, t);
        }

        @Override
        public String repr(long obj) {
            long args = visibleArgs(obj);
            try {
                String name = Types.of(obj).name;
                if (TupleObject.size(args) == 1) {
                    return name + "(" + Ops.reprJava(TupleObject.get(args, 0)) + ")";
                }
                return name + Ops.reprJava(args);
            } finally {
                Heap.decref(args);
            }
        }

        @Override
        protected void defineMethods() {
            if (base == Types.OBJECT) {
                ObjectMethods.defineException(this);
            }
        }

        @Override
        public long getAttr(long obj, long name) {
            if (isValueName(name)) { // the value/code member: None while unset
                long v = field(obj, EXC_VALUE);
                return Heap.newRef(v == 0 ? BoolObject.NONE : v);
            }
            if (isSubtypeOf(Types.SYNTAX_ERROR)) {
                int field = SYNTAX_FIELDS.indexOf(StrObject.toJava(name));
                long dict = field(obj, EXC_DICT);
                if (field >= 0 && (dict == 0 || DictObject.get(dict, name) == 0)) {
                    return Heap.newRef(syntaxField(obj, field));
                }
            }
            if (isSubtypeOf(Types.OS_ERROR)) {
                int field = OS_FIELDS.indexOf(StrObject.toJava(name));
                if (field >= 0 && field != 3) {
                    return Heap.newRef(osField(obj, field));
                }
            }
            return Attributes.genericGetAttr(obj, name);
        }

        /** StopIteration's "value" or SystemExit's "code" (a T_OBJECT member of the type). */
        private boolean isValueName(long name) {
            String n = StrObject.toJava(name);
            return isSubtypeOf(Types.STOP_ITERATION) ? n.equals("value") : isSubtypeOf(Types.SYSTEM_EXIT) && n.equals("code");
        }

        @Override
        public boolean setAttr(long obj, long name, long value) {
            if (isValueName(name)) { // the member: set, or deleted (NULL, read as None)
                long old = field(obj, EXC_VALUE);
                Memory.putLong(obj + EXC_VALUE, value == 0 ? 0 : Heap.newRef(value));
                Heap.xdecref(old);
                return true;
            }
            Attributes.genericSetAttr(obj, name, value);
            return true;
        }

        @Override
        public String str(long obj) {
            return ExceptionObject.str(obj);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            if (hasValueField(Types.of(obj))) {
                long v = field(obj, EXC_VALUE);
                if (v != 0) {
                    visit.visit(v);
                }
            }
            for (long off : CLEAR_ORDER) {
                long ref = field(obj, off);
                if (ref != 0) {
                    visit.visit(ref);
                }
            }
        }

        /** BaseException_clear (StopIteration_clear, SystemExit_clear: their field first). */
        @Override
        public void clear(long obj) {
            if (hasValueField(Types.of(obj))) {
                Heap.clearField(obj, EXC_VALUE);
            }
            for (long off : CLEAR_ORDER) {
                Heap.clearField(obj, off);
            }
        }
    }
}
