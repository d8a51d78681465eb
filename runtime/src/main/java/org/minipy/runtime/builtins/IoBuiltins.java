package org.minipy.runtime.builtins;

import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;

/** print (sep, end, file, flush), input and open. */
final class IoBuiltins {
    private IoBuiltins() {}

    /** The sys module (borrowed; it lives as long as the process), for print's default file. */
    private static long sys;

    static void setSysModule(long m) {
        sys = m;
    }

    static void define(long m) {
        FunctionBuiltins.keywordFunction(m, "print", IoBuiltins::print);
        BuiltinsModule.function(m, "input", (self, a, o, n) -> {
            Args.between("input", n, 0, 1);
            return input(n == 1 ? a[o] : 0);
        });
        FunctionBuiltins.keywordFunction(m, "open", (self, a, o, n, kw) -> {
            long[] p = Kw.bind("open", new String[] {"file", "mode", "buffering", "encoding", "errors", "newline",
                "closefd", "opener"}, 0, 1, a, o, n, kw);
            if (p[1] != 0 && !StrObject.check(p[1])) {
                throw Errors.typeError("open() argument 'mode' must be str, not " + Types.of(p[1]).name);
            }
            return FileObject.open(p[0], p[1], p[3]);
        });
    }

    /** sys.stdout or sys.stderr as the program sees it now (borrowed), 0 if unset. */
    private static long sysStream(String name) {
        if (sys == 0) {
            return 0;
        }
        return org.minipy.runtime.object.DictObject.get(ModuleObject.dict(sys), Names.get(name));
    }

    /**
     * The tuple of print's keyword names that CPython 3.11's argument parser makes the first
     * time print is called (parser_init: its _PyArg_Parser keeps it for good), a 4-tuple taken
     * like any other, so the first print shows in the free lists and gc counts as there.
     */
    private static long printKwtuple;

    private static void initPrintParser() {
        String[] names = {"sep", "end", "file", "flush"};
        long t = org.minipy.runtime.object.TupleObject.allocate(names.length);
        for (int i = 0; i < names.length; i++) {
            org.minipy.runtime.object.TupleObject.set(t, i, Heap.newRef(Names.get(names[i])));
        }
        printKwtuple = t;
        org.minipy.runtime.object.Roots.register("print's keyword names", visit -> visit.visit(printKwtuple));
    }

    /**
     * print(*args, sep=' ', end='\n', file=None, flush=False) as 3.11's Argument Clinic parser
     * and builtin_print_impl run it: the positional arguments are put in a tuple of their own
     * (the varargs tuple, made after the parser's keyword tuple), which holds them until print
     * returns, and each argument is written as soon as it is converted, so what a __str__ prints
     * comes after the arguments before it.
     */
    private static long print(long self, long[] a, int o, int n, long kwnames) {
        if (printKwtuple == 0) {
            initPrintParser();
        }
        int npos = n - Kw.count(kwnames);
        long varargs = org.minipy.runtime.object.Sequences.tupleOf(a, o, npos);
        try {
            printArgs(a, o, n, npos, kwnames);
        } finally {
            Heap.decref(varargs);
        }
        return BoolObject.none();
    }

    private static void printArgs(long[] a, int o, int n, int npos, long kwnames) {
        long[] kw = Kw.keywordsOnly("print", new String[] {"sep", "end", "file", "flush"}, a, o, n, kwnames);
        String sep = text(kw[0], "sep", " ");
        String end = text(kw[1], "end", "\n");
        boolean defaultFile = kw[2] == 0 || kw[2] == BoolObject.NONE;
        long file = defaultFile ? sysStream("stdout") : kw[2];
        if (defaultFile && sys != 0 && (file == 0 || file == BoolObject.NONE)) {
            return;
        }
        if (file == 0 || FileObject.check(file)) {
            // written in one piece but before converting an argument whose str may run the
            // program's code (print of an instance whose __str__ prints)
            StringBuilder pending = new StringBuilder();
            for (int i = 0; i < npos; i++) {
                if (i > 0) {
                    pending.append(sep);
                }
                long v = a[o + i];
                if (!plainStr(v) && pending.length() > 0) {
                    emit(file, pending.toString());
                    pending.setLength(0);
                }
                pending.append(Ops.strJava(v));
            }
            pending.append(end);
            emit(file, pending.toString());
        } else {
            long write = Ops.getAttr(file, Names.get("write"));
            try {
                for (int i = 0; i < npos; i++) {
                    if (i > 0) {
                        callWrite(write, sep);
                    }
                    long s = Ops.str(a[o + i]);
                    try {
                        Heap.decref(Calls.call(write, new long[] {s}, 0, 1));
                    } finally {
                        Heap.decref(s);
                    }
                }
                callWrite(write, end);
            } finally {
                Heap.decref(write);
            }
        }
        if (kw[3] != 0 && Ops.isTrue(kw[3]) && file == 0) {
            Stdio.out().flush();
        } else if (kw[3] != 0 && Ops.isTrue(kw[3])) {
            long flush = Ops.getAttr(file, Names.get("flush"));
            try {
                Heap.decref(Calls.call(flush, new long[0], 0, 0));
            } finally {
                Heap.decref(flush);
            }
        }
    }

    /** Whether str(v) is made without running any code of the program's (an exact str, int, float, bool or None). */
    private static boolean plainStr(long v) {
        long t = org.minipy.runtime.object.Types.typeAddressOf(v);
        return t == Types.STR.address || t == Types.INT.address || t == Types.FLOAT.address
                || t == Types.BOOL.address || v == BoolObject.NONE;
    }

    /** One piece of print's output to a file object, or (file 0: sys not imported yet) the process's stdout. */
    private static void emit(long file, String text) {
        if (file == 0) {
            Stdio.out().print(text);
        } else {
            FileObject.write(file, text);
        }
    }

    /**
     * Writes text as {@code file.write(text)} does, file being a file object, anything with a write
     * method, or 0 / None for sys.stdout as the program sees it now (used by objgraph's printing).
     */
    static void writeText(long file, String text) {
        if (file == 0 || file == BoolObject.NONE) {
            file = sysStream("stdout");
            if (file == 0) {
                Stdio.out().print(text);
                return;
            }
            if (file == BoolObject.NONE) {
                return;
            }
        }
        if (FileObject.check(file)) {
            FileObject.write(file, text);
            return;
        }
        long write = Ops.getAttr(file, Names.get("write"));
        try {
            callWrite(write, text);
        } finally {
            Heap.decref(write);
        }
    }

    private static void callWrite(long write, String text) {
        long s = StrObject.fromJava(text);
        try {
            Heap.decref(Calls.call(write, new long[] {s}, 0, 1));
        } finally {
            Heap.decref(s);
        }
    }

    /** sep or end: None or absent gives the default; anything but a str is a TypeError. */
    private static String text(long v, String what, String dflt) {
        if (v == 0 || v == BoolObject.NONE) {
            return dflt;
        }
        if (!StrObject.check(v)) {
            throw Errors.typeError(what + " must be None or a string, not " + Types.of(v).name);
        }
        return StrObject.toJava(v);
    }

    private static long input(long prompt) {
        long out = sysStream("stdout");
        if (prompt != 0) {
            String p = Ops.strJava(prompt);
            if (out != 0 && FileObject.check(out)) {
                FileObject.write(out, p);
                FileObject.flush(out);
            } else {
                Stdio.out().print(p);
            }
        }
        Stdio.flush();
        String line = FileObject.readStdinLine();
        if (line == null) {
            throw Errors.raise(Types.EOF_ERROR, "EOF when reading a line");
        }
        return StrObject.fromJava(line);
    }

}
