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
        Heap.track(e);
        try {
            initMembers(e, type, null, 0, 0, 0);
        } catch (PyException failed) { // SyntaxError's location, BlockingIOError's count
            Heap.decref(e);
            throw failed;
        }
        return e;
    }

    private static final String[] NONE = {};

    /**
     * The object members of t's instances after BaseException's fields, in the order of their C
     * struct (StopIteration's value; AttributeError's obj and name; ...), for a built-in
     * exception type or a class made from one. Member i is at {@link #memberOffset}(i).
     */
    static String[] members(PyType t) {
        PyType b = t instanceof HeapType h ? h.builtin : t;
        return b instanceof Type et ? et.members : NONE;
    }

    static long memberOffset(int i) {
        return EXC_SIZE + 8L * i;
    }

    /** The index of the member called name (a str) in t's instances, or -1. */
    static int memberIndex(PyType t, long name) {
        String[] m = members(t);
        if (m.length == 0 || !StrObject.check(name)) {
            return -1;
        }
        String n = StrObject.toJava(name);
        for (int i = 0; i < m.length; i++) {
            if (m[i].equals(n)) {
                return i;
            }
        }
        return -1;
    }

    /** The member called name of e (borrowed; 0 while unset); e's type must have it. */
    public static long member(long e, String name) {
        String[] m = members(Types.of(e));
        for (int i = 0; i < m.length; i++) {
            if (m[i].equals(name)) {
                return Memory.getLong(e + memberOffset(i));
            }
        }
        throw new IllegalArgumentException(Types.of(e).name + " has no member " + name);
    }

    /** Sets e's member i to v (a new reference is taken; 0 unsets it), releasing the old value last (Py_XSETREF). */
    private static void setMember(long e, int i, long v) {
        long old = Memory.getLong(e + memberOffset(i));
        Memory.putLong(e + memberOffset(i), v == 0 ? 0 : Heap.newRef(v));
        Heap.xdecref(old);
    }

    /** Sets e's member called name to v, as PyObject_SetAttr on the member would; nothing when e's type has no such member. */
    public static void setMember(long e, String name, long v) {
        String[] m = members(Types.of(e));
        for (int i = 0; i < m.length; i++) {
            if (m[i].equals(name)) {
                setMember(e, i, v);
                return;
            }
        }
    }

    /**
     * set_attribute_error_context, which PyObject_GetAttr runs when an attribute lookup fails:
     * an AttributeError (or a subclass) that has neither gets the name and the object
     * (references of its own), so the exception keeps obj alive while it lives. One that has
     * either keeps what an inner lookup gave it (a property's failing getattr).
     */
    public static void setAttributeErrorContext(long e, long obj, long name) {
        if (Types.of(e).isSubtypeOf(Types.ATTRIBUTE_ERROR) && member(e, "name") == 0 && member(e, "obj") == 0) {
            setMember(e, "name", name);
            setMember(e, "obj", obj);
        }
    }

    /**
     * What the types' tp_init sets after BaseException_init set args (e's args already in place):
     * StopIteration_init's value (the first argument, or None), SystemExit_init's code (nothing
     * without arguments, the argument, or the args tuple itself), ImportError_init's msg (the
     * argument when there is exactly one) and, from the keywords (the last len(kwnames) of
     * a[o .. o + n)), NameError's name, AttributeError's name and obj, ImportError's name and
     * path. Raises TypeError for keywords the type does not take, as BaseException_init and
     * PyArg_ParseTupleAndKeywords do.
     */
    static void initMembers(long e, PyType t, long[] a, int o, int n, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        PyType b = t instanceof HeapType h ? h.builtin : t;
        Type et = b instanceof Type x ? x : null;
        checkKeywords(t, et, kwnames, nkw);
        if (et == null || et.members.length == 0) {
            return;
        }
        long args = args(e);
        long npos = TupleObject.size(args);
        if (t.isSubtypeOf(Types.OS_ERROR)) {
            initOSError(e, args);
        } else if (t.isSubtypeOf(Types.SYNTAX_ERROR)) {
            initSyntaxError(e, args);
        } else if (t.isSubtypeOf(Types.STOP_ITERATION)) {
            setMember(e, 0, npos > 0 ? TupleObject.get(args, 0) : BoolObject.NONE);
        } else if (t.isSubtypeOf(Types.SYSTEM_EXIT)) {
            if (npos > 0) {
                setMember(e, 0, npos == 1 ? TupleObject.get(args, 0) : args);
            }
        } else {
            // the keyword members, each set (or unset when not given) in the struct's order
            for (int i = 0; i < et.members.length; i++) {
                String m = et.members[i];
                if (!contains(et.keywords, m)) {
                    continue;
                }
                long v = 0;
                for (int k = 0; k < nkw; k++) {
                    if (StrObject.toJava(TupleObject.get(kwnames, k)).equals(m)) {
                        v = a[o + n - nkw + k];
                    }
                }
                setMember(e, i, v);
            }
            if (t.isSubtypeOf(Types.IMPORT_ERROR)) {
                setMember(e, 0, npos == 1 ? TupleObject.get(args, 0) : 0);
            }
        }
    }

    private static boolean contains(String[] names, String name) {
        for (String s : names) {
            if (s.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** BaseException_init's "takes no keyword arguments", or the keyword checks of the getargs format "|$O...:Owner". */
    private static void checkKeywords(PyType t, Type et, long kwnames, int nkw) {
        if (nkw == 0) {
            return;
        }
        if (et == null || et.keywords.length == 0) {
            throw Errors.typeError(t.name + "() takes no keyword arguments");
        }
        int max = et.keywords.length;
        if (nkw > max) {
            throw Errors.typeError(et.keywordsOwner + "() takes at most " + max + " keyword argument"
                    + (max == 1 ? "" : "s") + " (" + nkw + " given)");
        }
        for (int k = 0; k < nkw; k++) {
            String kw = StrObject.toJava(TupleObject.get(kwnames, k));
            if (!contains(et.keywords, kw)) {
                throw Errors.typeError("'" + kw + "' is an invalid keyword argument for " + et.keywordsOwner + "()");
            }
        }
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
    /**
     * SyntaxError_init: msg from the first argument; with exactly two, the second made a tuple
     * (PySequence_Tuple) of filename, lineno, offset, text[, end_lineno, end_offset], parsed as
     * PyArg_ParseTuple's "OOOO|OO" does.
     */
    private static void initSyntaxError(long e, long args) {
        long n = TupleObject.size(args);
        if (n >= 1) {
            setMember(e, 0, TupleObject.get(args, 0));
        }
        if (n != 2) {
            return;
        }
        long info = Sequences.toTuple(TupleObject.get(args, 1));
        try {
            long k = TupleObject.size(info);
            if (k < 4) {
                throw Errors.typeError("function takes at least 4 arguments (" + k + " given)");
            }
            if (k > 6) {
                throw Errors.typeError("function takes at most 6 arguments (" + k + " given)");
            }
            for (int i = 0; i < 6; i++) { // filename, lineno, offset, text, end_lineno, end_offset
                setMember(e, 1 + i, i < k ? TupleObject.get(info, i) : 0);
            }
        } finally {
            Heap.decref(info);
        }
        if (member(e, "end_lineno") != 0 && member(e, "end_offset") == 0) {
            throw Errors.typeError("end_offset must be provided when end_lineno is provided");
        }
    }

    /** SyntaxError_str: the message, with the file's base name and the line when it has them. */
    private static String syntaxErrorStr(long e) {
        long msg = orNone(member(e, "msg"));
        long filename = orNone(member(e, "filename"));
        long lineno = orNone(member(e, "lineno"));
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

    // ---- OSError: members errno, strerror, filename, filename2, then written (a Py_ssize_t)

    /** OSError's characters_written (BlockingIOError's third argument), -1 while unset. */
    static long writtenOffset(long e) {
        return memberOffset(members(Types.of(e)).length);
    }

    /**
     * oserror_parse_args and oserror_init: with 2 to 5 arguments, (errno, strerror[, filename[,
     * winerror[, filename2]]]); a filename other than None is kept and args cut to (errno,
     * strerror), except that an exact BlockingIOError takes a number there as characters_written.
     */
    private static void initOSError(long e, long args) {
        Memory.putLong(e + writtenOffset(e), -1);
        long n = TupleObject.size(args);
        if (n < 2 || n > 5) {
            return;
        }
        long filename = n >= 3 ? TupleObject.get(args, 2) : 0;
        if (filename != 0 && filename != BoolObject.NONE) {
            PyType ft = Types.of(filename);
            if (Types.of(e) == Types.BLOCKING_IO_ERROR && (ft.isSubtypeOf(Types.INT) || ft.isSubtypeOf(Types.FLOAT))) {
                Memory.putLong(e + writtenOffset(e), written(filename));
            } else {
                setMember(e, 2, filename);
                long filename2 = n == 5 ? TupleObject.get(args, 4) : 0;
                if (filename2 != 0 && filename2 != BoolObject.NONE) {
                    setMember(e, 3, filename2);
                }
                long cut = TupleObject.allocate(2);
                TupleObject.set(cut, 0, Heap.newRef(TupleObject.get(args, 0)));
                TupleObject.set(cut, 1, Heap.newRef(TupleObject.get(args, 1)));
                Memory.putLong(e + EXC_ARGS, cut);
            }
        }
        setMember(e, 0, TupleObject.get(args, 0));
        setMember(e, 1, TupleObject.get(args, 1));
        if (Memory.getLong(e + EXC_ARGS) != args) {
            Heap.decref(args); // replaced by the slice
        }
    }

    /** PyNumber_AsSsize_t(v, ValueError), for characters_written. */
    private static long written(long v) {
        return Ops.index(v, "'%s' object cannot be interpreted as an integer");
    }

    /** OSError_str. */
    private static String osErrorStr(long e) {
        long errno = member(e, "errno");
        long strerror = member(e, "strerror");
        long filename = member(e, "filename");
        long filename2 = member(e, "filename2");
        if (filename != 0) {
            String s = "[Errno " + Ops.strJava(orNone(errno)) + "] " + Ops.strJava(orNone(strerror)) + ": "
                    + Ops.reprJava(filename);
            return filename2 != 0 ? s + " -> " + Ops.reprJava(filename2) : s;
        }
        if (errno != 0 && strerror != 0) {
            return "[Errno " + Ops.strJava(errno) + "] " + Ops.strJava(strerror);
        }
        return null;
    }

    private static long orNone(long v) {
        return v == 0 ? BoolObject.NONE : v;
    }

    public static String str(long e) {
        if (Types.of(e).isSubtypeOf(Types.IMPORT_ERROR)) {
            long msg = member(e, "msg"); // ImportError_str: the message when it is exactly a str
            if (msg != 0 && Types.of(msg) == Types.STR) {
                return StrObject.toJava(msg);
            }
        }
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

    /** BaseException_dealloc (NameError_dealloc, ...: their members first): the clear, then the block. */
    static void dealloc(long e) {
        Heap.untrack(e);
        clearAll(e);
        Heap.freeObject(e, true);
    }

    /** BaseException_clear, after the type's own members in their order (StopIteration_clear, AttributeError_clear, ...). */
    static void clearAll(long e) {
        int n = members(Types.of(e)).length;
        for (int i = 0; i < n; i++) {
            Heap.clearField(e, memberOffset(i));
        }
        for (long off : CLEAR_ORDER) {
            Heap.clearField(e, off);
        }
    }

    /**
     * OSError's own tp_new (OSError_new): OSError itself called with 2 to 5 arguments, the first an
     * int, makes the subclass that errno maps to, as OSError(2, "x") is a FileNotFoundError. Its
     * subclasses (FileNotFoundError, a class) are made as called.
     */
    static final class OSErrorType extends Type {
        OSErrorType(PyType base) {
            super("OSError", base, 8, new String[] {"errno", "strerror", "filename", "filename2"}, (String[]) null);
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
        /** The object members after BaseException's fields, inherited ones first (see {@link ExceptionObject#members}). */
        final String[] members;
        /** The keywords the type's tp_init takes, and the type whose init it is (for getargs' messages). */
        final String[] keywords;
        final String keywordsOwner;

        /** A type with its base's layout and init. */
        Type(String name, PyType base) {
            this(name, base, NONE, (String[]) null);
        }

        /**
         * A type with own object members after its base's and, when keywords is not null, its own
         * tp_init taking those keywords (NameError_init's name, ...); else its base's init.
         */
        Type(String name, PyType base, String[] ownMembers, String... keywords) {
            this(name, base, 0, ownMembers, keywords);
        }

        /** As above, with extra bytes after the members (OSError's written). */
        Type(String name, PyType base, long extra, String[] ownMembers, String... keywords) {
            super(name, base, true, (base instanceof Type ? base.basicSize : EXC_SIZE) + 8L * ownMembers.length + extra, 0);
            String[] inherited = members(base);
            String[] all = java.util.Arrays.copyOf(inherited, inherited.length + ownMembers.length);
            System.arraycopy(ownMembers, 0, all, inherited.length, ownMembers.length);
            this.members = all;
            if (keywords != null) {
                this.keywords = keywords;
                this.keywordsOwner = name;
            } else if (base instanceof Type bt) {
                this.keywords = bt.keywords;
                this.keywordsOwner = bt.keywordsOwner;
            } else {
                this.keywords = NONE;
                this.keywordsOwner = name;
            }
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

        /**
         * NameError("x", name="n"): BaseException_new keeps the positional arguments as args; the
         * type's init takes its keywords (TypeError for others, the instance then freed).
         */
        @Override
        public long constructWithKeywords(long[] args, int offset, int count, long kwnames) {
            int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
            if (nkw == 0) {
                return construct(args, offset, count);
            }
            long e = create(this, Sequences.tupleOf(args, offset, count - nkw));
            try {
                initMembers(e, this, args, offset, count, kwnames);
            } catch (PyException failed) {
                Heap.decref(e);
                throw failed;
            }
            return e;
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
            long args = Heap.newRef(args(obj));
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
            int m = memberIndex(Types.of(obj), name);
            if (m >= 0) { // a T_OBJECT member: None while unset
                long v = field(obj, memberOffset(m));
                return Heap.newRef(v == 0 ? BoolObject.NONE : v);
            }
            if (isSubtypeOf(Types.OS_ERROR) && StrObject.toJava(name).equals("characters_written")) {
                long written = Memory.getLong(obj + writtenOffset(obj)); // OSError_written_get
                if (written == -1) {
                    throw Errors.attributeError("characters_written");
                }
                return IntObject.fromLong(written);
            }
            return Attributes.genericGetAttr(obj, name);
        }

        @Override
        public boolean setAttr(long obj, long name, long value) {
            int m = memberIndex(Types.of(obj), name);
            if (m >= 0) { // a T_OBJECT member: set, or deleted (NULL, read as None)
                setMember(obj, m, value);
                return true;
            }
            if (isSubtypeOf(Types.OS_ERROR) && StrObject.toJava(name).equals("characters_written")) {
                long at = obj + writtenOffset(obj); // OSError_written_set
                if (value == 0) {
                    if (Memory.getLong(at) == -1) {
                        throw Errors.attributeError("characters_written");
                    }
                    Memory.putLong(at, -1);
                } else {
                    Memory.putLong(at, written(value));
                }
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
            int n = members(Types.of(obj)).length;
            for (int i = 0; i < n; i++) {
                long v = field(obj, memberOffset(i));
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

        /** BaseException_clear (StopIteration_clear, AttributeError_clear, ...: their members first). */
        @Override
        public void clear(long obj) {
            clearAll(obj);
        }
    }
}
