package org.minipy.runtime.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.object.WeakRefs;

/**
 * Text files: {@code _io.TextIOWrapper} objects (192 bytes + GC header, as CPython's), made by
 * open() and for sys.stdout / sys.stderr. The object holds its name, mode and encoding as str
 * objects and the number of its open channel in a table of OS resources, as a C file object
 * holds a file descriptor:
 *
 * <pre>
 * +16 channel (index in OPEN, -1 once closed)  +24 name  +32 mode  +40 encoding
 * +176 weakreflist (where CPython's textio has it)
 * </pre>
 *
 * Reading decodes the whole file as UTF-8 at open, with universal newlines; writing goes through
 * a buffered UTF-8 stream flushed on flush() and close().
 */
public final class FileObject {
    private FileObject() {}

    static final long F_CHANNEL = 16;
    static final long F_NAME = 24;
    static final long F_MODE = 32;
    static final long F_ENCODING = 40;
    static final long F_WEAKREFLIST = 176;
    static final long F_SIZE = 192;

    /** An open channel: text read so far and a position, or an output stream. */
    private static final class Channel {
        String text;
        int pos;
        PrintStream out;
        final boolean std;

        Channel(boolean std) {
            this.std = std;
        }
    }

    private static final List<Channel> OPEN = new ArrayList<>();

    public static final PyType TYPE = new Type().ready();

    private static int addChannel(Channel c) {
        for (int i = 0; i < OPEN.size(); i++) {
            if (OPEN.get(i) == null) {
                OPEN.set(i, c);
                return i;
            }
        }
        OPEN.add(c);
        return OPEN.size() - 1;
    }

    private static long make(int channel, String name, String mode, String encoding) {
        long f = Heap.allocObject(TYPE.address, F_SIZE, true);
        Memory.fill(f + 16, F_SIZE - 16, (byte) 0);
        Memory.putLong(f + F_CHANNEL, channel);
        Memory.putLong(f + F_NAME, StrObject.fromJava(name));
        Memory.putLong(f + F_MODE, StrObject.fromJava(mode));
        Memory.putLong(f + F_ENCODING, StrObject.fromJava(encoding));
        Heap.track(f);
        return f;
    }

    /** A new file object for the process's stdout (fd 1) or stderr (fd 2). */
    static long standard(int fd) {
        Channel c = new Channel(true);
        c.out = null;
        int ch = addChannel(c);
        OPEN.set(ch, c);
        long f = make(ch, fd == 1 ? "<stdout>" : "<stderr>", "w", "utf-8");
        STD_FD.put(ch, fd);
        return f;
    }

    private static final java.util.Map<Integer, Integer> STD_FD = new java.util.HashMap<>();

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == TYPE.address;
    }

    /** open(file, mode='r', encoding=None, ...): a new file object. */
    static long open(long file, long mode, long encoding) {
        if (!StrObject.check(file)) {
            throw Errors.typeError("expected str, bytes or os.PathLike object, not " + Types.of(file).name);
        }
        String name = StrObject.toJava(file);
        String m = mode == 0 ? "r" : StrObject.toJava(mode);
        if (m.contains("b")) {
            throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR, "binary files are not supported");
        }
        String kind = m.replace("t", "").replace("+", "");
        if (kind.length() != 1 || "rwax".indexOf(kind.charAt(0)) < 0 || m.length() > 3) {
            throw Errors.valueError("invalid mode: '" + m + "'");
        }
        String enc = encoding == 0 || encoding == BoolObject.NONE ? "UTF-8" : StrObject.toJava(encoding);
        Path path = Path.of(name);
        org.minipy.runtime.object.GC.noteFinalizable(); // freeing it closes it
        Channel c = new Channel(false);
        try {
            if (Files.isDirectory(path)) {
                throw oserror(Types.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name);
            }
            switch (kind.charAt(0)) {
                case 'r' -> {
                    byte[] bytes = Files.readAllBytes(path);
                    c.text = universalNewlines(new String(bytes, StandardCharsets.UTF_8));
                }
                case 'w' -> c.out = stream(Files.newOutputStream(path));
                case 'a' -> c.out = stream(Files.newOutputStream(path, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND));
                default -> c.out = stream(Files.newOutputStream(path, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE));
            }
        } catch (NoSuchFileException e) {
            throw oserror(Types.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw oserror(Types.FILE_EXISTS_ERROR, 17, "File exists", name);
        } catch (AccessDeniedException e) {
            throw oserror(Types.PERMISSION_ERROR, 13, "Permission denied", name);
        } catch (IOException e) {
            throw oserror(Types.OS_ERROR, 5, "Input/output error", name);
        }
        return make(addChannel(c), name, m, enc);
    }

    /** type(errno, strerror, filename), as PyErr_SetFromErrnoWithFilenameObject raises it. */
    static PyException oserror(PyType type, int errno, String message, String name) {
        long args = TupleObject.allocate(3);
        TupleObject.set(args, 0, IntObject.fromLong(errno));
        TupleObject.set(args, 1, StrObject.fromJava(message));
        TupleObject.set(args, 2, StrObject.fromJava(name));
        return new PyException(org.minipy.runtime.object.ExceptionObject.create(type, args)); // takes args
    }

    private static PrintStream stream(OutputStream os) {
        return new PrintStream(new java.io.BufferedOutputStream(os, 8192), false, StandardCharsets.UTF_8);
    }

    private static String universalNewlines(String s) {
        return s.indexOf('\r') < 0 ? s : s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static Channel channel(long f) {
        long ch = Memory.getLong(f + F_CHANNEL);
        if (ch < 0) {
            throw Errors.valueError("I/O operation on closed file.");
        }
        return OPEN.get((int) ch);
    }

    private static PrintStream output(long f) {
        Channel c = channel(f);
        if (c.std) {
            return STD_FD.get((int) Memory.getLong(f + F_CHANNEL)) == 1 ? Stdio.out() : Stdio.err();
        }
        if (c.out == null) {
            throw Errors.raise(Types.OS_ERROR, "not writable");
        }
        return c.out;
    }

    private static Channel input(long f) {
        Channel c = channel(f);
        if (c.text == null) {
            throw Errors.raise(Types.OS_ERROR, "not readable");
        }
        return c;
    }

    /** f.write(text) for a file object; returns the number of characters. */
    static long write(long f, String text) {
        PrintStream out = output(f);
        out.print(text);
        if (Stdio.isErr(out)) { // stderr is unbuffered; stdout stays buffered (asking err() flushed it each write)
            out.flush();
        }
        return text.codePointCount(0, text.length());
    }

    static void flush(long f) {
        output(f).flush();
    }

    static void close(long f) {
        long ch = Memory.getLong(f + F_CHANNEL);
        if (ch < 0) {
            return;
        }
        Channel c = OPEN.get((int) ch);
        if (c.std) {
            output(f).flush();
            return;
        }
        Memory.putLong(f + F_CHANNEL, -1);
        OPEN.set((int) ch, null);
        if (c.out != null) {
            c.out.close();
        }
    }

    static boolean closed(long f) {
        return Memory.getLong(f + F_CHANNEL) < 0;
    }

    /** One line including its '\n' ('' at the end); at most limit characters when limit >= 0. */
    private static String readline(long f, long limit) {
        Channel c = input(f);
        if (c.pos >= c.text.length()) {
            return "";
        }
        int nl = c.text.indexOf('\n', c.pos);
        int end = nl < 0 ? c.text.length() : nl + 1;
        if (limit >= 0) {
            end = Math.min(end, c.text.offsetByCodePoints(c.pos, (int) Math.min(limit,
                    c.text.codePointCount(c.pos, end))));
        }
        String line = c.text.substring(c.pos, end);
        c.pos = end;
        return line;
    }

    private static String read(long f, long size) {
        Channel c = input(f);
        int end = c.text.length();
        if (size >= 0) {
            end = c.text.offsetByCodePoints(c.pos, (int) Math.min(size, c.text.codePointCount(c.pos, end)));
        }
        String s = c.text.substring(c.pos, end);
        c.pos = end;
        return s;
    }

    private static long sizeArgument(long[] a, int o, int n) {
        if (n == 0 || a[o] == BoolObject.NONE) {
            return -1;
        }
        if (!IntObject.check(a[o])) {
            throw Errors.typeError("argument should be integer or None, not '" + Types.of(a[o]).name + "'");
        }
        return IntObject.asLong(a[o]);
    }

    /** _io.TextIOWrapper's slots and methods. */
    static final class Type extends PyType {
        Type() {
            super("_io.TextIOWrapper", Types.OBJECT, true, F_SIZE, 0);
        }

        @Override
        public long weaklistOffset() {
            return F_WEAKREFLIST;
        }

        @Override
        protected void defineMethods() {
            method("read", (self, a, o, n) -> {
                Args.between("read", n, 0, 1);
                return StrObject.fromJava(read(self, sizeArgument(a, o, n)));
            });
            method("readline", (self, a, o, n) -> {
                Args.between("readline", n, 0, 1);
                return StrObject.fromJava(readline(self, sizeArgument(a, o, n)));
            });
            method("readlines", (self, a, o, n) -> {
                Args.between("readlines", n, 0, 1);
                long list = ListObject.allocate(0);
                for (String line = readline(self, -1); !line.isEmpty(); line = readline(self, -1)) {
                    long s = StrObject.fromJava(line);
                    ListObject.append(list, s);
                    Heap.decref(s);
                }
                return list;
            });
            method("write", (self, a, o, n) -> {
                Args.exactly("write", n, 1);
                if (!StrObject.check(a[o])) {
                    throw Errors.typeError("write() argument must be str, not " + Types.of(a[o]).name);
                }
                return IntObject.fromLong(write(self, StrObject.toJava(a[o])));
            });
            method("writelines", (self, a, o, n) -> {
                Args.exactly("writelines", n, 1);
                long it = Ops.iter(a[o]);
                try {
                    for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                        try {
                            if (!StrObject.check(x)) {
                                throw Errors.typeError("write() argument must be str, not " + Types.of(x).name);
                            }
                            write(self, StrObject.toJava(x));
                        } finally {
                            Heap.decref(x);
                        }
                    }
                } finally {
                    Heap.decref(it);
                }
                return BoolObject.none();
            });
            method("flush", (self, a, o, n) -> {
                Args.exactly("flush", n, 0);
                flush(self);
                return BoolObject.none();
            });
            method("close", (self, a, o, n) -> {
                Args.exactly("close", n, 0);
                close(self);
                return BoolObject.none();
            });
            method("readable", (self, a, o, n) -> BoolObject.fromBoolean(channel(self).text != null));
            method("writable", (self, a, o, n) -> BoolObject.fromBoolean(channel(self).text == null));
            method("fileno", (self, a, o, n) -> IntObject.fromLong(Memory.getLong(self + F_CHANNEL) + 3));
            method("__enter__", (self, a, o, n) -> {
                channel(self);
                return Heap.newRef(self);
            });
            method("__exit__", (self, a, o, n) -> {
                close(self);
                return BoolObject.none();
            });
        }

        @Override
        public long getAttr(long obj, long name) {
            String n = StrObject.toJava(name);
            return switch (n) {
                case "closed" -> BoolObject.fromBoolean(closed(obj));
                case "name" -> Heap.newRef(field(obj, F_NAME));
                case "mode" -> Heap.newRef(field(obj, F_MODE));
                case "encoding" -> Heap.newRef(field(obj, F_ENCODING));
                default -> 0;
            };
        }

        @Override
        public String repr(long obj) {
            return "<_io.TextIOWrapper name=" + Ops.reprJava(field(obj, F_NAME)) + " mode="
                    + Ops.reprJava(field(obj, F_MODE)) + " encoding=" + Ops.reprJava(field(obj, F_ENCODING)) + ">";
        }

        @Override
        public long iter(long obj) {
            channel(obj);
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            String line = readline(obj, -1);
            return line.isEmpty() ? 0 : StrObject.fromJava(line);
        }

        /** The name, mode and encoding strs (the file has no traverse: they are atoms). */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            visitOffsets(obj, new long[] {F_NAME, F_MODE, F_ENCODING}, visit);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            close(obj);
            if (field(obj, F_WEAKREFLIST) != 0) { // textiowrapper_dealloc: after the file is closed
                WeakRefs.clearWeakRefs(obj);
            }
            Heap.xdecref(field(obj, F_NAME));
            Heap.xdecref(field(obj, F_MODE));
            Heap.xdecref(field(obj, F_ENCODING));
            Heap.freeObject(obj, true);
        }
    }

    // ---- standard input, for input()

    private static BufferedReader stdin;

    /** One line of standard input without its newline, or null at end of file. */
    static String readStdinLine() {
        if (stdin == null) {
            stdin = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        }
        try {
            return stdin.readLine();
        } catch (IOException e) {
            return null;
        }
    }

}
