package org.minipy.runtime.builtins;

import java.util.List;

import org.minipy.runtime.mem.ObjectAllocator;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.ExceptionObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntMethods;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.Sequences;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/** The sys module: the parts of it that look at memory, and the interpreter's settings. */
public final class SysModule {
    private static int recursionLimit = 1000;

    /** Prints an exception with its traceback on stderr as the interpreter does at top level. */
    public interface TracebackPrinter {
        void print(long exception);
    }

    private static TracebackPrinter tracebackPrinter;

    /** The VM's traceback printer, for sys.excepthook. */
    public static void setTracebackPrinter(TracebackPrinter printer) {
        tracebackPrinter = printer;
    }

    private SysModule() {}

    public static int recursionLimit() {
        return recursionLimit;
    }

    /** A new reference to a fresh sys module; argv from the command line. */
    public static long create(List<String> argv) {
        long m = ModuleObject.create("sys");
        long list = ListObject.allocate(argv.size());
        for (int i = 0; i < argv.size(); i++) {
            ListObject.set(list, i, StrObject.fromJava(argv.get(i)));
        }
        ModuleObject.setAttr(m, "argv", list);
        Heap.decref(list);
        long maxsize = IntObject.fromLong(Long.MAX_VALUE);
        ModuleObject.setAttr(m, "maxsize", maxsize);
        Heap.decref(maxsize);
        for (int fd = 1; fd <= 2; fd++) {
            long stream = FileObject.standard(fd);
            ModuleObject.setAttr(m, fd == 1 ? "stdout" : "stderr", stream);
            ModuleObject.setAttr(m, fd == 1 ? "__stdout__" : "__stderr__", stream);
            Heap.decref(stream);
        }
        IoBuiltins.setSysModule(m);
        long hook = CFunctionObject.create("excepthook", (self, a, o, n) -> {
            Args.exactly("excepthook", n, 3);
            if (!Types.of(a[o + 1]).isSubtypeOf(Types.BASE_EXCEPTION)) {
                throw Errors.typeError("excepthook() argument 2 must be an exception instance");
            }
            Stdio.flush();
            if (tracebackPrinter != null) {
                tracebackPrinter.print(a[o + 1]);
            }
            return BoolObject.none();
        }, m, m);
        ModuleObject.setAttr(m, "excepthook", hook);
        ModuleObject.setAttr(m, "__excepthook__", hook);
        Heap.decref(hook);
        BuiltinsModule.function(m, "getrefcount", (self, a, o, n) -> {
            Args.exactly("getrefcount", n, 1);
            return IntObject.fromLong(Heap.refcount(a[o]));
        });
        BuiltinsModule.function(m, "getsizeof", (self, a, o, n) -> {
            Args.between("getsizeof", n, 1, 2);
            long args = Sequences.tupleOf(a, o, n); // METH_VARARGS: the args tuple CPython makes
            try {
                return IntObject.fromLong(sizeOf(a[o]));
            } catch (PyException e) {
                if (n == 2 && e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                    Heap.decref(e.exception);
                    return Heap.newRef(a[o + 1]);
                }
                throw e;
            } finally {
                Heap.decref(args);
            }
        });
        BuiltinsModule.function(m, "_debugmallocstats", (self, a, o, n) -> {
            Args.exactly("_debugmallocstats", n, 0);
            Stdio.err().print(MemoryReport.text());
            Stdio.err().flush();
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "_heapmap", (self, a, o, n) -> {
            Args.exactly("_heapmap", n, 1);
            if (!StrObject.check(a[o])) {
                throw Errors.typeError("_heapmap() argument must be str, not " + Types.of(a[o]).name);
            }
            writeHeapMap(StrObject.toJava(a[o]));
            return BoolObject.none();
        });
        IntMethods.setMaxStrDigits(4300); // each session starts from CPython's default limit
        BuiltinsModule.function(m, "set_int_max_str_digits", (self, a, o, n) -> {
            Args.exactly("set_int_max_str_digits", n, 1);
            if (!IntObject.check(a[o])) {
                throw Errors.typeError("'" + Types.of(a[o]).name + "' object cannot be interpreted as an integer");
            }
            IntMethods.setMaxStrDigits(IntObject.asLong(a[o]));
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "get_int_max_str_digits", (self, a, o, n) -> {
            Args.exactly("get_int_max_str_digits", n, 0);
            return IntObject.fromLong(IntMethods.maxStrDigits());
        });
        BuiltinsModule.function(m, "getallocatedblocks", (self, a, o, n) -> {
            Args.exactly("getallocatedblocks", n, 0);
            return IntObject.fromLong(ObjectAllocator.allocatedBlocks());
        });
        BuiltinsModule.function(m, "intern", (self, a, o, n) -> {
            Args.exactly("intern", n, 1);
            if (!StrObject.check(a[o])) {
                throw Errors.typeError("intern() argument must be str, not " + Types.of(a[o]).name);
            }
            return StrObject.intern(Heap.newRef(a[o]));
        });
        BuiltinsModule.function(m, "getrecursionlimit", (self, a, o, n) -> {
            Args.exactly("getrecursionlimit", n, 0);
            return IntObject.fromLong(recursionLimit);
        });
        BuiltinsModule.function(m, "setrecursionlimit", (self, a, o, n) -> {
            Args.exactly("setrecursionlimit", n, 1);
            long limit = IntObject.asLong(a[o]);
            if (limit < 1) {
                throw Errors.valueError("recursion limit must be greater or equal than 1");
            }
            recursionLimit = (int) Math.min(limit, Integer.MAX_VALUE);
            return BoolObject.none();
        });
        BuiltinsModule.function(m, "exit", (self, a, o, n) -> {
            Args.between("exit", n, 0, 1);
            long args = TupleObject.allocate(n);
            if (n == 1) {
                TupleObject.set(args, 0, Heap.newRef(a[o]));
            }
            throw new PyException(ExceptionObject.create(Types.SYSTEM_EXIT, args));
        });
        return m;
    }

    /** sys._heapmap(filename): the allocator's map as FILE.svg plus FILE.json, or FILE.json alone. */
    static void writeHeapMap(String filename) {
        try {
            org.minipy.runtime.seeing.HeapMap.write(filename);
        } catch (java.nio.file.InvalidPathException e) {
            throw FileObject.oserror(Types.OS_ERROR, 22, "Invalid argument", filename);
        } catch (IllegalArgumentException e) {
            throw Errors.valueError(e.getMessage());
        } catch (java.nio.file.NoSuchFileException e) {
            throw FileObject.oserror(Types.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", e.getFile());
        } catch (java.nio.file.AccessDeniedException e) {
            throw FileObject.oserror(Types.PERMISSION_ERROR, 13, "Permission denied", e.getFile());
        } catch (java.io.IOException e) {
            throw FileObject.oserror(Types.OS_ERROR, 5, "Input/output error", filename);
        }
    }

    /**
     * _PySys_GetSizeOf: obj's __sizeof__ looked up on its type and bound (_PyObject_LookupSpecial),
     * called, its result taken as a Py_ssize_t (at least 0), plus _PyType_PreHeaderSize (the GC
     * header, the managed-dict pointers).
     */
    static long sizeOf(long obj) {
        PyType t = Types.of(obj);
        long f = t.lookup(Names.get("__sizeof__"));
        if (f == 0) {
            throw Errors.typeError("Type " + t.name + " doesn't define __sizeof__");
        }
        long res = Calls.callBound(f, obj, new long[0], 0, 0, 0);
        long size;
        try {
            if (!IntObject.check(res)) {
                throw Errors.typeError("an integer is required");
            }
            size = IntObject.asSsize(res);
        } finally {
            Heap.decref(res);
        }
        if (size < 0) {
            throw Errors.valueError("__sizeof__() should return >= 0");
        }
        return size + (t.gc ? Heap.preHeaderSize(Types.typeAddressOf(obj)) : 0);
    }
}
