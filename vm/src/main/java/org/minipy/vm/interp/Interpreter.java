package org.minipy.vm.interp;

import org.minipy.compiler.bytecode.Opcode;
import org.minipy.runtime.builtins.SysModule;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.CodeObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FunctionObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * The bytecode interpreter.
 *
 * <p>All frames of the thread live in one data stack of addresses, {@link #stack}. A frame is a
 * window of it: its fast locals, then its value stack. A call leaves the arguments where the
 * caller pushed them and they become the callee's first locals; the callable sits just below
 * them, owned by the callee frame until it returns, and the return value takes its slot. Every
 * slot holds a reference (or 0 for an unbound local). Frame bookkeeping lives in parallel
 * arrays indexed by depth, so a Python-to-Python call allocates nothing on the Java heap and
 * does not recurse in Java: the loop switches frames in place, as CPython 3.11's does.
 */
public final class Interpreter {
    private static final Opcode[] OPCODES = Opcode.values();
    private static final int MAX_FRAMES = 1 << 20;

    private final long[] stack;
    private final Modules modules;

    private int depth = -1;
    private Code[] frameCode = new Code[64];
    private int[] frameBase = new int[64];
    private int[] frameIp = new int[64];
    private int[] frameSp = new int[64];
    /** The frame's globals dict (borrowed from its function or module). */
    private long[] frameGlobals = new long[64];
    /** The frame's locals namespace for LOAD_NAME: the module's globals; 0 in function frames. */
    private long[] frameLocals = new long[64];
    private long builtinsDict;

    public Interpreter(Modules modules, int stackSlots) {
        this.modules = modules;
        this.stack = new long[stackSlots];
        this.builtinsDict = org.minipy.runtime.object.ModuleObject.dict(modules.builtins());
    }

    /** Runs a module body in the namespace globals; returns a new reference to its result. */
    public long runModule(long codeObject, long globals) {
        Code code = (Code) CodeObject.decoded(codeObject);
        int base = depth < 0 ? 0 : frameSp[depth];
        checkRoom(base, code);
        pushFrame(code, base, globals, globals);
        return execute(depth);
    }

    private void checkRoom(int base, Code code) {
        if (base + code.nlocals + code.stackSize >= stack.length || depth + 1 >= MAX_FRAMES) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    private void pushFrame(Code code, int base, long globals, long locals) {
        int d = ++depth;
        if (d == frameCode.length) {
            growFrames();
        }
        frameCode[d] = code;
        frameBase[d] = base;
        frameIp[d] = 0;
        frameSp[d] = base + code.nlocals;
        frameGlobals[d] = globals;
        frameLocals[d] = locals;
    }

    private void growFrames() {
        int n = frameCode.length * 2;
        frameCode = java.util.Arrays.copyOf(frameCode, n);
        frameBase = java.util.Arrays.copyOf(frameBase, n);
        frameIp = java.util.Arrays.copyOf(frameIp, n);
        frameSp = java.util.Arrays.copyOf(frameSp, n);
        frameGlobals = java.util.Arrays.copyOf(frameGlobals, n);
        frameLocals = java.util.Arrays.copyOf(frameLocals, n);
    }

    /** Runs frames until the one at entryDepth returns; returns its value (a new reference). */
    private long execute(int entryDepth) {
        final long[] s = stack;
        Code code = frameCode[depth];
        int[] ops = code.ops;
        long[] consts = code.consts;
        long[] names = code.names;
        int base = frameBase[depth];
        int ip = frameIp[depth];
        int sp = frameSp[depth];
        while (true) {
            try {
                while (true) {
                    int word = ops[ip++];
                    int arg = word >>> 8;
                    switch (OPCODES[word & 0xFF]) {
                        case NOP, EXTENDED_ARG -> { }
                        case POP_TOP -> Heap.decref(s[--sp]);
                        case COPY -> {
                            long v = s[sp - arg];
                            Heap.incref(v);
                            s[sp++] = v;
                        }
                        case SWAP -> {
                            long v = s[sp - 1];
                            s[sp - 1] = s[sp - arg];
                            s[sp - arg] = v;
                        }
                        case LOAD_CONST -> {
                            long v = consts[arg];
                            Heap.incref(v);
                            s[sp++] = v;
                        }
                        case LOAD_FAST -> {
                            long v = s[base + arg];
                            if (v == 0) {
                                throw unboundLocal(code, arg);
                            }
                            Heap.incref(v);
                            s[sp++] = v;
                        }
                        case STORE_FAST -> {
                            long old = s[base + arg];
                            s[base + arg] = s[--sp];
                            Heap.xdecref(old);
                        }
                        case DELETE_FAST -> {
                            long old = s[base + arg];
                            if (old == 0) {
                                throw unboundLocal(code, arg);
                            }
                            s[base + arg] = 0;
                            Heap.decref(old);
                        }
                        // (a value is computed before it is pushed: s[sp++] = f() would bump sp first)
                        case LOAD_NAME -> {
                            long v = loadName(frameLocals[depth], frameGlobals[depth], names[arg]);
                            s[sp++] = v;
                        }
                        case LOAD_GLOBAL -> {
                            long v = loadName(0, frameGlobals[depth], names[arg]);
                            s[sp++] = v;
                        }
                        case STORE_NAME -> {
                            long v = s[--sp];
                            DictObject.set(frameLocals[depth], names[arg], v);
                            Heap.decref(v);
                        }
                        case STORE_GLOBAL -> {
                            long v = s[--sp];
                            DictObject.set(frameGlobals[depth], names[arg], v);
                            Heap.decref(v);
                        }
                        case DELETE_NAME -> {
                            if (!DictObject.delete(frameLocals[depth], names[arg])) {
                                throw nameError(names[arg]);
                            }
                        }
                        case DELETE_GLOBAL -> {
                            if (!DictObject.delete(frameGlobals[depth], names[arg])) {
                                throw nameError(names[arg]);
                            }
                        }
                        case LOAD_ATTR -> {
                            long obj = s[sp - 1];
                            s[sp - 1] = Ops.getAttr(obj, names[arg]);
                            Heap.decref(obj);
                        }
                        case STORE_ATTR -> {
                            long obj = s[--sp];
                            long v = s[--sp];
                            try {
                                Ops.setAttr(obj, names[arg], v);
                            } finally {
                                Heap.decref(obj);
                                Heap.decref(v);
                            }
                        }
                        case DELETE_ATTR -> {
                            long obj = s[--sp];
                            try {
                                Ops.setAttr(obj, names[arg], 0);
                            } finally {
                                Heap.decref(obj);
                            }
                        }
                        case BINARY_SUBSCR -> {
                            long key = s[sp - 1];
                            long container = s[sp - 2];
                            long r;
                            if (Types.typeAddressOf(container) == Types.LIST.address && IntObject.check(key)
                                    && IntObject.fitsMachineWord(key)) {
                                r = listItem(container, IntObject.wordValue(key), key);
                            } else {
                                r = Ops.getItem(container, key);
                            }
                            sp -= 2;
                            s[sp++] = r;
                            Heap.decref(container);
                            Heap.decref(key);
                        }
                        case STORE_SUBSCR -> {
                            long key = s[--sp];
                            long container = s[--sp];
                            long v = s[--sp];
                            try {
                                Types.of(container).setItem(container, key, v);
                            } finally {
                                Heap.decref(v);
                                Heap.decref(container);
                                Heap.decref(key);
                            }
                        }
                        case DELETE_SUBSCR -> {
                            long key = s[--sp];
                            long container = s[--sp];
                            try {
                                Types.of(container).delItem(container, key);
                            } finally {
                                Heap.decref(container);
                                Heap.decref(key);
                            }
                        }
                        case BINARY_OP -> {
                            long b = s[sp - 1];
                            long a = s[sp - 2];
                            long r = binaryOp(a, b, arg);
                            sp -= 2;
                            s[sp++] = r;
                            Heap.decref(a);
                            Heap.decref(b);
                        }
                        case COMPARE_OP -> {
                            long b = s[sp - 1];
                            long a = s[sp - 2];
                            long r = compare(a, b, arg);
                            sp -= 2;
                            s[sp++] = r;
                            Heap.decref(a);
                            Heap.decref(b);
                        }
                        case IS_OP -> {
                            long b = s[--sp];
                            long a = s[sp - 1];
                            s[sp - 1] = BoolObject.fromBoolean((a == b) != (arg == 1));
                            Heap.decref(a);
                            Heap.decref(b);
                        }
                        case CONTAINS_OP -> {
                            long container = s[--sp];
                            long item = s[sp - 1];
                            boolean in = Ops.contains(container, item);
                            s[sp - 1] = BoolObject.fromBoolean(in != (arg == 1));
                            Heap.decref(item);
                            Heap.decref(container);
                        }
                        case UNARY_NEGATIVE, UNARY_POSITIVE, UNARY_INVERT -> {
                            long a = s[sp - 1];
                            Opcode op = OPCODES[word & 0xFF];
                            int which = op == Opcode.UNARY_NEGATIVE ? Ops.UNARY_NEGATIVE
                                    : op == Opcode.UNARY_POSITIVE ? Ops.UNARY_POSITIVE : Ops.UNARY_INVERT;
                            s[sp - 1] = Ops.unaryOp(a, which);
                            Heap.decref(a);
                        }
                        case UNARY_NOT -> {
                            long a = s[sp - 1];
                            s[sp - 1] = BoolObject.fromBoolean(!Ops.isTrue(a));
                            Heap.decref(a);
                        }
                        case BUILD_LIST -> {
                            long list = ListObject.allocate(arg);
                            sp -= arg;
                            for (int k = 0; k < arg; k++) {
                                ListObject.set(list, k, s[sp + k]);
                            }
                            s[sp++] = list;
                        }
                        case LIST_EXTEND -> {
                            long iterable = s[--sp];
                            try {
                                ListObject.extend(s[sp - arg], iterable);
                            } finally {
                                Heap.decref(iterable);
                            }
                        }
                        case LIST_APPEND -> {
                            long v = s[--sp];
                            ListObject.append(s[sp - arg], v);
                            Heap.decref(v);
                        }
                        case BUILD_TUPLE -> {
                            long tuple = TupleObject.allocate(arg);
                            sp -= arg;
                            for (int k = 0; k < arg; k++) {
                                TupleObject.set(tuple, k, s[sp + k]);
                            }
                            s[sp++] = tuple;
                        }
                        case UNPACK_SEQUENCE -> {
                            long seq = s[sp - 1];
                            unpack(seq, arg, s, sp - 1);
                            sp += arg - 1;
                            Heap.decref(seq);
                        }
                        case GET_ITER -> {
                            long obj = s[sp - 1];
                            s[sp - 1] = Ops.iter(obj);
                            Heap.decref(obj);
                        }
                        case FOR_ITER -> {
                            long it = s[sp - 1];
                            long v = Ops.next(it);
                            if (v != 0) {
                                s[sp++] = v;
                            } else {
                                sp--;
                                Heap.decref(it);
                                ip = arg;
                            }
                        }
                        case JUMP -> ip = arg;
                        case POP_JUMP_IF_FALSE -> {
                            long v = s[--sp];
                            boolean t = Ops.isTrue(v);
                            Heap.decref(v);
                            if (!t) {
                                ip = arg;
                            }
                        }
                        case POP_JUMP_IF_TRUE -> {
                            long v = s[--sp];
                            boolean t = Ops.isTrue(v);
                            Heap.decref(v);
                            if (t) {
                                ip = arg;
                            }
                        }
                        case JUMP_IF_FALSE_OR_POP -> {
                            long v = s[sp - 1];
                            if (!Ops.isTrue(v)) {
                                ip = arg;
                            } else {
                                sp--;
                                Heap.decref(v);
                            }
                        }
                        case JUMP_IF_TRUE_OR_POP -> {
                            long v = s[sp - 1];
                            if (Ops.isTrue(v)) {
                                ip = arg;
                            } else {
                                sp--;
                                Heap.decref(v);
                            }
                        }
                        case CALL -> {
                            long callable = s[sp - arg - 1];
                            if (FunctionObject.check(callable)) {
                                frameIp[depth] = ip;
                                frameSp[depth] = sp - arg - 1;
                                enterFunction(callable, sp - arg, arg);
                                code = frameCode[depth];
                                ops = code.ops;
                                consts = code.consts;
                                names = code.names;
                                base = frameBase[depth];
                                ip = 0;
                                sp = frameSp[depth];
                                continue;
                            }
                            frameIp[depth] = ip;
                            frameSp[depth] = sp;
                            long r = callObject(callable, s, sp - arg, arg);
                            for (int k = sp - arg; k < sp; k++) {
                                Heap.decref(s[k]);
                            }
                            sp -= arg + 1;
                            s[sp++] = r;
                            Heap.decref(callable);
                        }
                        case RETURN_VALUE -> {
                            long rv = s[--sp];
                            frameSp[depth] = sp;
                            boolean entry = depth == entryDepth;
                            popFrame();
                            if (entry) {
                                return rv;
                            }
                            code = frameCode[depth];
                            ops = code.ops;
                            consts = code.consts;
                            names = code.names;
                            base = frameBase[depth];
                            ip = frameIp[depth];
                            sp = frameSp[depth];
                            s[sp++] = rv;
                        }
                        case MAKE_FUNCTION -> {
                            long codeObject = s[sp - 1];
                            s[sp - 1] = FunctionObject.create(codeObject, frameGlobals[depth], builtinsDict);
                            Heap.decref(codeObject);
                        }
                        case IMPORT_NAME -> {
                            long m = modules.importModule(names[arg]);
                            s[sp++] = m;
                        }
                        case IMPORT_FROM -> {
                            long module = s[sp - 1];
                            long v = modules.importFrom(module, names[arg]);
                            s[sp++] = v;
                        }
                        default -> throw new IllegalStateException("opcode not handled: " + OPCODES[word & 0xFF]);
                    }
                }
            } catch (PyException e) {
                frameIp[depth] = ip;
                frameSp[depth] = sp;
                throw unwind(e, entryDepth);
            }
        }
    }

    /**
     * Unwinds an exception: records each frame's current line in the traceback and pops frames
     * up to and including the entry frame. (No frame handles exceptions yet.)
     */
    private PyException unwind(PyException e, int entryDepth) {
        while (true) {
            Code c = frameCode[depth];
            int ip = frameIp[depth];
            e.traceback.add(new PyException.TracebackEntry(c.filename, c.lines[Math.max(0, ip - 1)], c.name));
            boolean entry = depth == entryDepth;
            popFrame();
            if (entry) {
                return e;
            }
        }
    }

    /** Pops a frame: what is left on its value stack from the top down, its locals in order, then its function. */
    private void popFrame() {
        int d = depth;
        int base = frameBase[d];
        Code code = frameCode[d];
        clearRange(base + code.nlocals, frameSp[d]);
        for (int i = base; i < base + code.nlocals; i++) {
            long v = stack[i];
            stack[i] = 0;
            Heap.xdecref(v);
        }
        if (code.isFunction) {
            long func = stack[base - 1];
            stack[base - 1] = 0;
            Heap.decref(func);
        }
        frameCode[d] = null;
        depth--;
    }

    private void clearRange(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            long v = stack[i];
            stack[i] = 0;
            Heap.xdecref(v);
        }
    }

    private void enterFunction(long func, int argBase, int argc) {
        Code callee = (Code) CodeObject.decoded(FunctionObject.code(func));
        if (argc != callee.argCount) {
            throw wrongArgCount(callee, argc);
        }
        if (depth + 1 >= SysModule.recursionLimit()) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        checkRoom(argBase, callee);
        pushFrame(callee, argBase, FunctionObject.globals(func), 0);
        for (int i = argBase + argc; i < argBase + callee.nlocals; i++) {
            stack[i] = 0;
        }
    }

    /** Calls a non-function callable with a window of the stack; returns a new reference. */
    private long callObject(long callable, long[] s, int offset, int argc) {
        if (CFunctionObject.check(callable)) {
            return CFunctionObject.call(callable, s, offset, argc);
        }
        return Types.of(callable).call(callable, s, offset, argc);
    }

    private long loadName(long locals, long globals, long name) {
        long v = locals != 0 ? DictObject.get(locals, name) : 0;
        if (v == 0 && locals != globals) {
            v = DictObject.get(globals, name);
        }
        if (v == 0) {
            v = DictObject.get(builtinsDict, name);
        }
        if (v == 0) {
            throw nameError(name);
        }
        Heap.incref(v);
        return v;
    }

    private static long listItem(long list, long i, long key) {
        long n = ListObject.size(list);
        long j = i < 0 ? i + n : i;
        if (j < 0 || j >= n) {
            throw Errors.indexError("list index out of range");
        }
        return Heap.newRef(ListObject.get(list, j));
    }

    private static long binaryOp(long a, long b, int op) {
        long ta = Types.typeAddressOf(a);
        if (ta == Types.INT.address && Types.typeAddressOf(b) == ta) {
            if (op == Ops.NB_ADD || op == Ops.NB_INPLACE_ADD) {
                return IntObject.add(a, b);
            }
            if (op == Ops.NB_SUBTRACT || op == Ops.NB_INPLACE_SUBTRACT) {
                return IntObject.subtract(a, b);
            }
        }
        return Ops.binaryOp(a, b, op);
    }

    private static long compare(long a, long b, int op) {
        long ta = Types.typeAddressOf(a);
        if (ta == Types.INT.address && Types.typeAddressOf(b) == ta) {
            return BoolObject.fromBoolean(Ops.compareResult(IntObject.compare(a, b), op));
        }
        return Ops.richCompare(a, b, op);
    }

    private static void unpack(long seq, int n, long[] s, int at) {
        long size;
        boolean tuple = TupleObject.check(seq);
        if (tuple || ListObject.check(seq)) {
            size = tuple ? TupleObject.size(seq) : ListObject.size(seq);
            if (size != n) {
                throw unpackError(size, n);
            }
            for (int k = 0; k < n; k++) {
                long item = tuple ? TupleObject.get(seq, k) : ListObject.get(seq, k);
                Heap.incref(item);
                s[at + n - 1 - k] = item;
            }
            return;
        }
        long it = Ops.iter(seq);
        try {
            long[] items = new long[n];
            int got = 0;
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                if (got == n) {
                    Heap.decref(x);
                    for (int k = 0; k < got; k++) {
                        Heap.decref(items[k]);
                    }
                    throw Errors.valueError("too many values to unpack (expected " + n + ")");
                }
                items[got++] = x;
            }
            if (got < n) {
                for (int k = 0; k < got; k++) {
                    Heap.decref(items[k]);
                }
                throw Errors.valueError("not enough values to unpack (expected " + n + ", got " + got + ")");
            }
            for (int k = 0; k < n; k++) {
                s[at + n - 1 - k] = items[k];
            }
        } finally {
            Heap.decref(it);
        }
    }

    private static PyException unpackError(long size, int n) {
        if (size > n) {
            return Errors.valueError("too many values to unpack (expected " + n + ")");
        }
        return Errors.valueError("not enough values to unpack (expected " + n + ", got " + size + ")");
    }

    private static PyException nameError(long name) {
        return Errors.nameError("name '" + StrObject.toJava(name) + "' is not defined");
    }

    private static PyException unboundLocal(Code code, int index) {
        return Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + code.varnames[index]
                + "' where it is not associated with a value");
    }

    private static PyException wrongArgCount(Code callee, int argc) {
        int expected = callee.argCount;
        if (argc < expected) {
            int missing = expected - argc;
            StringBuilder names = new StringBuilder();
            for (int i = argc; i < expected; i++) {
                if (i > argc) {
                    names.append(i == expected - 1 ? (missing == 2 ? " and " : ", and ") : ", ");
                }
                names.append('\'').append(callee.varnames[i]).append('\'');
            }
            return Errors.typeError(callee.name + "() missing " + missing + " required positional argument"
                    + (missing == 1 ? "" : "s") + ": " + names);
        }
        return Errors.typeError(callee.name + "() takes " + expected + " positional argument" + (expected == 1 ? "" : "s")
                + " but " + argc + (argc == 1 ? " was" : " were") + " given");
    }
}
