package org.minipy.vm.interp;

import static org.minipy.runtime.object.Layout.*;

import java.util.Arrays;

import org.minipy.compiler.bytecode.Opcode;
import org.minipy.runtime.builtins.FrameAccess;
import org.minipy.runtime.builtins.SysModule;
import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.mem.OutOfMemory;
import org.minipy.runtime.object.AttrCache;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.CellObject;
import org.minipy.runtime.object.CodeObject;
import org.minipy.runtime.object.DictMethods;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.FrameObject;
import org.minipy.runtime.object.FloatObject;
import org.minipy.runtime.object.FunctionObject;
import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.MethodDescrObject;
import org.minipy.runtime.object.MethodObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.Roots;
import org.minipy.runtime.object.SetObject;
import org.minipy.runtime.object.SliceObject;
import org.minipy.runtime.object.RangeObject;
import org.minipy.runtime.object.SeqIterObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.SuperObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * The bytecode interpreter.
 *
 * <p>All frames of the thread live in one data stack of addresses, {@link #stack}. A frame is a
 * window of it: its slots (fast locals, cells, free variables: CPython's localsplus), then its
 * value stack. A call leaves the arguments where the caller pushed them and they become the
 * callee's first slots; the callable sits just below them, owned by the callee frame until it
 * returns, and the return value takes its slot. Every slot holds a reference (or 0 for an unbound
 * local or a NULL). Frame bookkeeping lives in parallel arrays indexed by depth, so a
 * Python-to-Python call allocates nothing on the Java heap and does not recurse in Java: the loop
 * switches frames in place, as CPython 3.11's does. Java re-enters the loop only when Java code
 * (a builtin, a slot) calls back into Python.
 *
 * <p>Exceptions use the code objects' exception tables: an exception unwinds the value stack to
 * the handler's depth and jumps to it, or leaves the frame, adding a traceback entry.
 */
public final class Interpreter {
    private static final Opcode[] OPCODES = Opcode.values();
    private static final int MAX_FRAMES = 1 << 20;

    final long[] stack;
    private final Modules modules;
    private final long builtinsDict;

    private int depth = -1;
    Code[] frameCode = new Code[64];
    int[] frameBase = new int[64];
    int[] frameIp = new int[64];
    int[] frameSp = new int[64];
    /** The frame's globals dict (borrowed from its function or module). */
    long[] frameGlobals = new long[64];
    /** The frame's locals namespace for LOAD_NAME (module: its globals; class body: the namespace); 0 in functions. */
    private long[] frameLocals = new long[64];
    /**
     * A function frame's f_locals: the dict locals() returns, made on its first call and refreshed
     * from the slots on each (an owned reference, or 0), as CPython 3.11's frame keeps it.
     */
    private long[] frameLocalsDict = new long[64];
    /** Whether the frame owns a function reference in the slot below its base. */
    private boolean[] frameHasFunc = new boolean[64];
    /** The frame's frame object (one reference held here), or 0 until something needs one. */
    private long[] frameObject = new long[64];
    /**
     * What a CALL_FUNCTION_EX in the frame keeps alive until its callee returns, as CPython's
     * does: the call's args tuple, its kwargs dict, and with keywords the vector of every argument
     * that _PyStack_UnpackDict builds (a pymalloc block of 1 + n references).
     */
    private long[] holdTuple = new long[64];
    private long[] holdDict = new long[64];
    private long[] holdVector = new long[64];
    private int[] holdVectorLength = new int[64];
    /** The exception being handled (sys.exc_info()), an owned reference, or 0 for none. */
    long handledException;
    /** Set by YIELD_VALUE when the entry frame of execute() suspends instead of returning. */
    boolean yielded;
    /**
     * How many activations of {@link #execute} are on the Java stack. Above 1, Java code between
     * them (a builtin calling back, a class body, a generator resumed from Java) may hold
     * references in its locals, so the frames are not a complete root set.
     */
    private int executeNesting;
    /**
     * The frame compiled code handed back to this interpreter (see {@link #resume}): it is not
     * handed to compiled code again at its loop headers, which would nest the two without bound.
     */
    private int noOsrDepth = -1;

    public static final int DEFAULT_JIT_THRESHOLD = Jit.DEFAULT_THRESHOLD;

    /** -X jit: calls and loop iterations before a code object is compiled to JVM bytecode; -1: never. */
    public static void setJitThreshold(int n) {
        Jit.threshold = n;
    }

    /** An interpreter whose data stack is stack (all zero). */
    public Interpreter(Modules modules, long[] stack) {
        this.modules = modules;
        modules.attach(this);
        this.stack = stack;
        this.builtinsDict = ModuleObject.dict(modules.builtins());
        Calls.setPythonCaller(new Calls.PythonCaller() {
            @Override
            public long callFunction(long func, long[] args, int offset, int count, long kwnames) {
                return Interpreter.this.callFunction(func, 0, args, offset, count, kwnames);
            }

            @Override
            public long callFunctionWithSelf(long func, long self, long[] args, int offset, int count, long kwnames) {
                return Interpreter.this.callFunction(func, self, args, offset, count, kwnames);
            }
        });
        FrameObject.setLiveLines(this::liveLine);
        ClassBuilder.install(this, modules.builtins());
        SuperObject.setZeroArgs(this::superArguments);
        Roots.register("interpreter", new Roots.RootSet() {
            @Override
            public void visitRoots(PyType.Visitor visit) {
                visitFrames(visit);
            }

            @Override
            public boolean complete() {
                return executeNesting <= 1;
            }
        });
        Ops.setRecursionRoom(() -> SysModule.recursionLimit() - depth - 1);
        FrameAccess.setProvider(new FrameAccess.Provider() {
            @Override
            public long globals() {
                return Heap.newRef(frameGlobals[depth]);
            }

            @Override
            public long locals() {
                return frameLocalsDict();
            }
        });
    }

    long[] stack() {
        return stack;
    }

    int depth() {
        return depth;
    }

    // ---- entry points

    /** Runs a module body in the namespace globals; returns a new reference to its result. */
    public long runModule(long codeObject, long globals) {
        Code code = (Code) CodeObject.decoded(codeObject);
        int base = freeSlot();
        checkRoom(base, code);
        pushFrame(code, base, globals, globals, false);
        return execute(depth);
    }

    /**
     * The first data-stack slot no frame can be using: above the current frame's slots and the
     * deepest its value stack can go. Frames entered from Java start there, so the caller's live
     * stack is never overwritten whatever its current depth.
     */
    int freeSlot() {
        if (depth < 0) {
            return 0;
        }
        Code c = frameCode[depth];
        return frameBase[depth] + c.nlocals + c.stackSize + 1;
    }

    /**
     * Calls a Python function from Java ({@link Calls.PythonCaller}): copies the callable and the
     * arguments (new references) onto the data stack and runs the new frame to completion.
     */
    public long callFunction(long func, long[] args, int offset, int count, long kwnames) {
        return callFunction(func, 0, args, offset, count, kwnames);
    }

    /** As {@link #callFunction}, with self (when not 0) as the first argument. */
    long callFunction(long func, long self, long[] args, int offset, int count, long kwnames) {
        int top = freeSlot();
        int first = self != 0 ? 1 : 0;
        int n = count + first;
        if (top + n + 1 >= stack.length) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        stack[top] = Heap.newRef(func);
        if (self != 0) {
            stack[top + 1] = Heap.newRef(self);
        }
        for (int i = 0; i < count; i++) {
            stack[top + 1 + first + i] = Heap.newRef(args[offset + i]);
        }
        try {
            enterFunction(func, top + 1, n, kwnames);
        } catch (PyException e) {
            clearRange(top, top + 1 + n);
            throw e;
        }
        return execute(depth);
    }

    /** Runs a class body (a function of no arguments) with ns as its locals namespace; a new reference to its result. */
    long runClassBody(long func, long ns) {
        Code code = (Code) CodeObject.decoded(FunctionObject.code(func));
        int top = freeSlot();
        checkRoom(top + 1, code);
        stack[top] = Heap.newRef(func);
        pushFrame(code, top + 1, FunctionObject.globals(func), ns, true);
        Arrays.fill(stack, top + 1, top + 1 + code.nlocals, 0);
        return execute(depth);
    }

    private void checkRoom(int base, Code code) {
        if (base + code.nlocals + code.stackSize + 2 >= stack.length || depth + 1 >= MAX_FRAMES) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
    }

    private void pushFrame(Code code, int base, long globals, long locals, boolean hasFunc) {
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
        frameHasFunc[d] = hasFunc;
        // frameLocalsDict, frameObject and the holds are 0: popFrame leaves them so
    }

    private void growFrames() {
        int n = frameCode.length * 2;
        frameCode = Arrays.copyOf(frameCode, n);
        frameBase = Arrays.copyOf(frameBase, n);
        frameIp = Arrays.copyOf(frameIp, n);
        frameSp = Arrays.copyOf(frameSp, n);
        frameGlobals = Arrays.copyOf(frameGlobals, n);
        frameLocals = Arrays.copyOf(frameLocals, n);
        frameLocalsDict = Arrays.copyOf(frameLocalsDict, n);
        frameHasFunc = Arrays.copyOf(frameHasFunc, n);
        frameObject = Arrays.copyOf(frameObject, n);
        holdTuple = Arrays.copyOf(holdTuple, n);
        holdDict = Arrays.copyOf(holdDict, n);
        holdVector = Arrays.copyOf(holdVector, n);
        holdVectorLength = Arrays.copyOf(holdVectorLength, n);
    }

    /** Releases what frame d's last CALL_FUNCTION_EX kept alive: the argument vector, the tuple, the dict. */
    private void releaseHolds(int d) {
        long vector = holdVector[d];
        if (vector != 0) {
            holdVector[d] = 0;
            for (int i = 1; i < holdVectorLength[d]; i++) {
                Heap.decref(Memory.getLong(vector + 8L * i));
            }
            org.minipy.runtime.mem.ObjectAllocator.free(vector);
        }
        long t = holdTuple[d];
        long k = holdDict[d];
        holdTuple[d] = 0;
        holdDict[d] = 0;
        Heap.xdecref(t);
        Heap.xdecref(k);
    }

    /** The frame object of the frame at depth d, made on first need (borrowed). */
    /**
     * f_lineno of a frame object whose frame is running: the line of the instruction the frame is
     * at (-1 for none), or {@link FrameObject#NOT_RUNNING}. A running frame's ip is saved before
     * calls and attribute loads, the only ways its frame object is asked.
     */
    private int liveLine(long fo) {
        for (int d = depth; d >= 0; d--) {
            if (frameObject[d] == fo) {
                int instr = frameIp[d] - 1;
                return instr >= 0 ? frameCode[d].lines[instr] : 0;
            }
        }
        return FrameObject.NOT_RUNNING;
    }

    long frameObjectOf(int d) {
        if (frameObject[d] == 0) {
            Code c = frameCode[d];
            frameObject[d] = FrameObject.create(c.object, frameGlobals[d], c.nlocals + c.stackSize);
        }
        return frameObject[d];
    }

    /**
     * The references the frames own (the heap verifier's roots): each frame's function, its
     * slots and value stack up to its saved stack pointer, its frame object, what its last
     * CALL_FUNCTION_EX keeps alive; and the exception being handled. Exact while only the
     * outermost execute() runs, where every frame's stack pointer was saved by the call that left it.
     */
    private void visitFrames(PyType.Visitor visit) {
        for (int d = 0; d <= depth; d++) {
            int base = frameBase[d];
            if (frameHasFunc[d]) {
                visitIfSet(stack[base - 1], visit);
            }
            for (int i = base; i < frameSp[d]; i++) {
                visitIfSet(stack[i], visit);
            }
            visitIfSet(frameObject[d], visit);
            visitIfSet(frameLocalsDict[d], visit);
            visitIfSet(holdTuple[d], visit);
            visitIfSet(holdDict[d], visit);
            if (holdVector[d] != 0) {
                for (int i = 1; i < holdVectorLength[d]; i++) {
                    visitIfSet(Memory.getLong(holdVector[d] + 8L * i), visit);
                }
            }
        }
        visitIfSet(handledException, visit);
    }

    private static void visitIfSet(long ref, PyType.Visitor visit) {
        if (ref != 0) {
            visit.visit(ref);
        }
    }

    // ---- the loop

    /** Runs frames until the one at entryDepth returns; returns its value (a new reference). */
    long execute(int entryDepth) {
        executeNesting++;
        try {
            Code c = frameCode[depth];
            int ip = frameIp[depth];
            if ((ip == 0 || c.isGenerator()) && Jit.ready(c)) {
                return c.compiled.run(this, depth, ip);
            }
            return run(entryDepth);
        } finally {
            executeNesting--;
        }
    }

    private long run(int entryDepth) {
        final long[] s = stack;
        Code code = frameCode[depth];
        int[] ops = code.ops;
        long[] consts = code.consts;
        long[] names = code.names;
        int base = frameBase[depth];
        int ip = frameIp[depth];
        int sp = frameSp[depth];
        long kwnames = 0;
        while (true) {
            try {
                dispatch:
                while (true) {
                    int word = ops[ip++];
                    int arg = word >>> 8;
                    switch (word & 0xFF) {
                        case Op.NOP, Op.EXTENDED_ARG -> { }
                        case Op.POP_TOP -> Heap.decref(s[--sp]);
                        case Op.COPY -> {
                            JitOps.copyRef(s, sp - arg, sp);
                            sp++;
                        }
                        case Op.SWAP -> {
                            JitOps.swap(s, sp, arg);
                        }
                        case Op.LOAD_CONST -> {
                            long v = consts[arg];
                            Heap.incref(v);
                            s[sp++] = v;
                        }
                        case Op.LOAD_FAST -> {
                            long v = s[base + arg];
                            if (v == 0) {
                                throw unboundLocal(code, arg);
                            }
                            Heap.incref(v);
                            s[sp++] = v;
                        }
                        case Op.STORE_FAST -> {
                            long old = s[base + arg];
                            s[base + arg] = s[--sp];
                            Heap.xdecref(old);
                        }
                        case Op.DELETE_FAST -> {
                            long old = s[base + arg];
                            if (old == 0) {
                                throw unboundLocal(code, arg);
                            }
                            s[base + arg] = 0;
                            Heap.decref(old);
                        }
                        // (a value is computed before it is pushed: s[sp++] = f() would bump sp first)
                        case Op.LOAD_NAME -> {
                            long g = frameGlobals[depth];
                            long v = frameLocals[depth] == g ? loadGlobal(code, ip - 1, g, names[arg])
                                    : loadName(frameLocals[depth], g, names[arg]);
                            s[sp++] = v;
                        }
                        case Op.LOAD_GLOBAL -> {
                            long v = loadGlobal(code, ip - 1, frameGlobals[depth], names[arg]);
                            s[sp++] = v;
                        }
                        case Op.STORE_NAME -> {
                            long v = s[--sp];
                            try {
                                DictObject.set(frameLocals[depth], names[arg], v);
                            } finally {
                                Heap.decref(v);
                            }
                        }
                        case Op.STORE_GLOBAL -> {
                            long v = s[--sp];
                            try {
                                DictObject.set(frameGlobals[depth], names[arg], v);
                            } finally {
                                Heap.decref(v);
                            }
                        }
                        case Op.DELETE_NAME -> {
                            if (!DictObject.delete(frameLocals[depth], names[arg])) {
                                throw nameError(names[arg]);
                            }
                        }
                        case Op.DELETE_GLOBAL -> {
                            if (!DictObject.delete(frameGlobals[depth], names[arg])) {
                                throw nameError(names[arg]);
                            }
                        }
                        case Op.LOAD_ATTR -> {
                            JitOps.loadAttr(this, depth, s, sp - 1, code, ip - 1, names[arg]);
                        }
                        case Op.STORE_ATTR -> {
                            sp -= 2;
                            JitOps.storeAttr(s, sp + 2, code, ip - 1, names[arg]);
                        }
                        case Op.DELETE_ATTR -> {
                            long obj = s[--sp];
                            try {
                                Ops.setAttr(obj, names[arg], 0);
                            } finally {
                                Heap.decref(obj);
                            }
                        }
                        case Op.BINARY_SUBSCR -> {
                            JitOps.binarySubscr(s, sp - 2);
                            sp--;
                        }
                        case Op.STORE_SUBSCR -> {
                            sp -= 3;
                            JitOps.storeSubscr(s, sp);
                        }
                        case Op.DELETE_SUBSCR -> {
                            long key = s[--sp];
                            long container = s[--sp];
                            try {
                                Types.of(container).delItem(container, key);
                            } finally {
                                Heap.decref(container);
                                Heap.decref(key);
                            }
                        }
                        case Op.BINARY_OP -> {
                            JitOps.binaryOp(s, sp - 2, arg);
                            sp--;
                        }
                        case Op.COMPARE_OP -> {
                            JitOps.compare(s, sp - 2, arg);
                            sp--;
                        }
                        case Op.IS_OP -> {
                            JitOps.isOp(s, sp - 2, arg);
                            sp--;
                        }
                        case Op.CONTAINS_OP -> {
                            JitOps.containsOp(s, sp - 2, arg);
                            sp--;
                        }
                        case Op.UNARY_NEGATIVE, Op.UNARY_POSITIVE, Op.UNARY_INVERT -> {
                            int op = word & 0xFF;
                            JitOps.unaryOp(s, sp - 1, op == Op.UNARY_NEGATIVE ? Ops.UNARY_NEGATIVE
                                    : op == Op.UNARY_POSITIVE ? Ops.UNARY_POSITIVE : Ops.UNARY_INVERT);
                        }
                        case Op.UNARY_NOT -> {
                            JitOps.unaryNot(s, sp - 1);
                        }
                        case Op.BUILD_LIST -> {
                            JitOps.buildList(s, sp - arg, arg);
                            sp = sp - arg + 1;
                        }
                        case Op.BUILD_TUPLE -> {
                            JitOps.buildTuple(s, sp - arg, arg);
                            sp = sp - arg + 1;
                        }
                        case Op.LIST_EXTEND -> {
                            sp--;
                            JitOps.listExtend(s, sp + 1, arg);
                        }
                        case Op.LIST_APPEND -> {
                            sp--;
                            JitOps.listAppend(s, sp + 1, arg);
                        }
                        case Op.LIST_TO_TUPLE -> {
                            JitOps.listToTuple(s, sp - 1);
                        }
                        case Op.BUILD_MAP -> {
                            long d = DictObject.create();
                            s[sp++] = d;
                            try {
                                for (int k = 0; k < arg; k++) {
                                    DictObject.set(d, s[sp - 1 - 2 * arg + 2 * k], s[sp - 2 * arg + 2 * k]);
                                }
                            } finally {
                                sp--;
                                clearRange(sp - 2 * arg, sp);
                                sp -= 2 * arg;
                                s[sp++] = d;
                            }
                        }
                        case Op.BUILD_CONST_KEY_MAP -> {
                            JitOps.buildConstKeyMap(this, s, sp - 1 - arg, arg);
                            sp -= arg;
                        }
                        case Op.BUILD_SET -> {
                            long set = SetObject.create(Types.SET);
                            s[sp++] = set;
                            try {
                                for (int k = 0; k < arg; k++) {
                                    SetObject.add(set, s[sp - 1 - arg + k]);
                                }
                            } finally {
                                sp--;
                                clearRange(sp - arg, sp);
                                sp -= arg;
                                s[sp++] = set;
                            }
                        }
                        case Op.DICT_UPDATE, Op.DICT_MERGE -> {
                            long m = s[sp - 1];
                            try {
                                dictUpdate(s[sp - 1 - arg], m, (word & 0xFF) == Op.DICT_MERGE
                                        ? s[sp - 3 - arg] : 0);
                            } finally {
                                sp--;
                                Heap.decref(m);
                            }
                        }
                        case Op.SET_UPDATE -> {
                            long iterable = s[sp - 1];
                            try {
                                SetObject.update(s[sp - 1 - arg], iterable);
                            } finally {
                                sp--;
                                Heap.decref(iterable);
                            }
                        }
                        case Op.SET_ADD -> {
                            sp--;
                            JitOps.setAdd(s, sp + 1, arg);
                        }
                        case Op.MAP_ADD -> {
                            sp -= 2;
                            JitOps.mapAdd(s, sp + 2, arg);
                        }
                        case Op.BUILD_SLICE -> {
                            JitOps.buildSlice(this, s, sp - arg, arg);
                            sp = sp - arg + 1;
                        }
                        case Op.UNPACK_SEQUENCE -> {
                            JitOps.unpackSequence(s, sp - 1, arg);
                            sp += arg - 1;
                        }
                        case Op.UNPACK_EX -> {
                            long seq = s[sp - 1];
                            int n = Unpacking.unpackEx(seq, arg & 0xFF, arg >>> 8, s, sp - 1);
                            sp += n - 1;
                            Heap.decref(seq);
                        }
                        case Op.FORMAT_VALUE -> {
                            int slot = sp - ((arg & 4) != 0 ? 2 : 1);
                            JitOps.formatValue(s, slot, arg);
                            sp = slot + 1;
                        }
                        case Op.BUILD_STRING -> {
                            JitOps.buildString(this, s, sp - arg, arg);
                            sp = sp - arg + 1;
                        }
                        case Op.GET_ITER -> {
                            JitOps.getIter(s, sp - 1);
                        }
                        case Op.GET_YIELD_FROM_ITER -> {
                            long obj = s[sp - 1];
                            if (!Generators.isGenerator(obj)) {
                                long it = Ops.iter(obj);
                                s[sp - 1] = it;
                                Heap.decref(obj);
                            }
                        }
                        case Op.FOR_ITER -> {
                            long v = JitOps.forIter(s, sp - 1);
                            if (v != 0) {
                                s[sp++] = v;
                            } else {
                                sp--;
                                ip = arg;
                            }
                        }
                        case Op.JUMP -> {
                            if (arg < ip && --code.countdown < 0 && depth != noOsrDepth && Jit.ready(code)) {
                                // on-stack replacement: the rest of the frame runs in its compiled code
                                frameIp[depth] = arg;
                                frameSp[depth] = sp;
                                boolean entry = depth == entryDepth;
                                long rv;
                                try {
                                    rv = code.compiled.run(this, depth, arg);
                                } catch (PyException e) {
                                    if (entry) {
                                        throw e;
                                    }
                                    // the caller's frame raises: the handler below saves ip and sp
                                    // (already the caller's) and reloads the rest
                                    releaseHolds(depth);
                                    ip = frameIp[depth];
                                    sp = frameSp[depth];
                                    throw e;
                                }
                                if (entry) {
                                    return rv;
                                }
                                // the caller's frame goes on with the result pushed, after the
                                // reload below the dispatch loop
                                releaseHolds(depth);
                                s[frameSp[depth]++] = rv;
                                break dispatch;
                            }
                            ip = arg;
                        }
                        case Op.POP_JUMP_IF_FALSE -> {
                            if (JitOps.popJumpIfFalse(s, --sp)) {
                                ip = arg;
                            }
                        }
                        case Op.POP_JUMP_IF_TRUE -> {
                            if (JitOps.popJumpIfTrue(s, --sp)) {
                                ip = arg;
                            }
                        }
                        case Op.POP_JUMP_IF_NONE -> {
                            long v = s[--sp];
                            Heap.decref(v);
                            if (v == BoolObject.NONE) {
                                ip = arg;
                            }
                        }
                        case Op.POP_JUMP_IF_NOT_NONE -> {
                            long v = s[--sp];
                            Heap.decref(v);
                            if (v != BoolObject.NONE) {
                                ip = arg;
                            }
                        }
                        case Op.JUMP_IF_FALSE_OR_POP -> {
                            if (JitOps.jumpIfOrPop(s, sp - 1, false)) {
                                ip = arg;
                            } else {
                                sp--;
                            }
                        }
                        case Op.JUMP_IF_TRUE_OR_POP -> {
                            if (JitOps.jumpIfOrPop(s, sp - 1, true)) {
                                ip = arg;
                            } else {
                                sp--;
                            }
                        }
                        case Op.KW_NAMES -> kwnames = consts[arg];
                        case Op.CALL, Op.CALL_METHOD -> {
                            boolean method = (word & 0xFF) == Op.CALL_METHOD;
                            int ci = sp - arg - (method ? 2 : 1);
                            int argc = callArguments(s, ci, arg, method);
                            sp = ci + 1 + argc;
                            long names0 = kwnames;
                            kwnames = 0;
                            long callable = s[ci];
                            if (FunctionObject.check(callable)) {
                                frameIp[depth] = ip;
                                frameSp[depth] = ci;
                                enterFunction(callable, ci + 1, argc, names0);
                                Code callee = frameCode[depth];
                                if (Jit.ready(callee)) {
                                    // the callee owns the arguments and the function now
                                    sp = ci;
                                    long rv;
                                    try {
                                        rv = callee.compiled.run(this, depth, 0);
                                    } finally {
                                        releaseHolds(depth);
                                    }
                                    s[sp++] = rv;
                                    continue;
                                }
                                code = callee;
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
                            long r;
                            long caller = Calls.enterDirectCall(callable);
                            try {
                                r = Calls.call(callable, s, ci + 1, argc, names0);
                            } catch (PyException | OutOfMemory e) {
                                Calls.leaveDirectCall(caller);
                                int end = sp;
                                sp = ci;
                                frameSp[depth] = ci;
                                releaseCall(ci, end, 0);
                                throw e;
                            }
                            Calls.leaveDirectCall(caller);
                            releaseCall(ci, sp, r);
                            sp = ci + 1;
                        }
                        case Op.LOAD_METHOD -> {
                            JitOps.loadMethod(this, depth, s, sp, code, ip - 1, names[arg]);
                            sp++;
                        }
                        case Op.CALL_FUNCTION_EX -> {
                            frameIp[depth] = ip;
                            frameSp[depth] = sp;
                            int ci = sp - 2 - (arg & 1);
                            long callable = s[ci];
                            if (FunctionObject.check(callable)) {
                                int argc = spreadArguments(ci, arg & 1);
                                long kw = s[ci + 1 + argc];
                                s[ci + 1 + argc] = 0;
                                frameSp[depth] = ci;
                                try {
                                    enterFunction(callable, ci + 1, argc, kw);
                                } catch (PyException e) {
                                    releaseHolds(depth);
                                    throw e;
                                } finally {
                                    Heap.xdecref(kw);
                                }
                                code = frameCode[depth];
                                ops = code.ops;
                                consts = code.consts;
                                names = code.names;
                                base = frameBase[depth];
                                ip = 0;
                                sp = frameSp[depth];
                                continue;
                            }
                            int argc = spreadArguments(ci, arg & 1);
                            long kw = s[ci + 1 + argc];
                            s[ci + 1 + argc] = 0;
                            // a builtin gets the arguments borrowed from the call's tuple and dict, as
                            // PyObject_Call(func, callargs, kwargs) passes them
                            for (int k = ci + 1; k < ci + 1 + argc; k++) {
                                Heap.decref(s[k]);
                            }
                            sp = ci + 1 + argc;
                            frameSp[depth] = ci + 1;
                            long r;
                            try {
                                r = Calls.call(callable, s, ci + 1, argc, kw);
                            } finally {
                                Heap.xdecref(kw);
                                Arrays.fill(s, ci + 1, sp, 0);
                                releaseHolds(depth);
                            }
                            sp = ci;
                            s[sp++] = r;
                            Heap.decref(callable);
                        }
                        case Op.RETURN_VALUE -> {
                            long rv = s[--sp];
                            frameIp[depth] = ip; // a frame object that outlives the frame keeps this line
                            frameSp[depth] = sp;
                            boolean entry = depth == entryDepth;
                            popFrame();
                            if (entry) {
                                return rv;
                            }
                            releaseHolds(depth);
                            code = frameCode[depth];
                            ops = code.ops;
                            consts = code.consts;
                            names = code.names;
                            base = frameBase[depth];
                            ip = frameIp[depth];
                            sp = frameSp[depth];
                            s[sp++] = rv;
                        }
                        case Op.MAKE_FUNCTION -> {
                            makeFunctionOp(depth, sp, arg);
                            sp -= Integer.bitCount(arg & 0x0F);
                        }
                        case Op.IMPORT_NAME -> {
                            long m = modules.importModule(names[arg]);
                            s[sp++] = m;
                        }
                        case Op.IMPORT_FROM -> {
                            long module = s[sp - 1];
                            long v = modules.importFrom(module, names[arg]);
                            s[sp++] = v;
                        }
                        case Op.MAKE_CELL -> {
                            JitOps.makeCell(s, base + arg);
                        }
                        case Op.LOAD_CLOSURE -> {
                            long cell = s[base + arg];
                            Heap.incref(cell);
                            s[sp++] = cell;
                        }
                        case Op.LOAD_DEREF -> {
                            long v = JitOps.loadDeref(s, base, code, arg);
                            s[sp++] = v;
                        }
                        case Op.LOAD_CLASSDEREF -> {
                            long v = DictObject.get(frameLocals[depth], Names.get(code.slotNames[arg]));
                            if (v == 0) {
                                v = CellObject.get(s[base + arg]);
                                if (v == 0) {
                                    throw unboundDeref(code, arg);
                                }
                            }
                            Heap.incref(v);
                            s[sp++] = v;
                        }
                        case Op.STORE_DEREF -> {
                            JitOps.storeDeref(s, base + arg, --sp);
                        }
                        case Op.DELETE_DEREF -> {
                            long cell = s[base + arg];
                            if (CellObject.get(cell) == 0) {
                                throw unboundDeref(code, arg);
                            }
                            CellObject.set(cell, 0);
                        }
                        case Op.COPY_FREE_VARS -> {
                            JitOps.copyFreeVars(s, base, code.nlocals - arg, arg);
                        }
                        case Op.LOAD_BUILD_CLASS -> {
                            long bc = DictObject.get(builtinsDict, Names.get("__build_class__"));
                            if (bc == 0) {
                                throw Errors.nameError("__build_class__ not found");
                            }
                            Heap.incref(bc);
                            s[sp++] = bc;
                        }
                        case Op.LOAD_ASSERTION_ERROR -> s[sp++] = Heap.newRef(Types.ASSERTION_ERROR.address);
                        case Op.PUSH_EXC_INFO -> {
                            long exc = s[sp - 1];
                            long prev = handledException == 0 ? Heap.newRef(BoolObject.NONE) : handledException;
                            handledException = Heap.newRef(exc);
                            s[sp - 1] = prev;
                            s[sp++] = exc;
                        }
                        case Op.POP_EXCEPT -> {
                            long prev = s[--sp];
                            long old = handledException;
                            if (prev == BoolObject.NONE) {
                                Heap.decref(prev);
                                handledException = 0;
                            } else {
                                handledException = prev;
                            }
                            Heap.xdecref(old);
                        }
                        case Op.CHECK_EXC_MATCH -> {
                            long type = s[sp - 1];
                            Exceptions.checkMatchable(type);
                            boolean match = Exceptions.matches(s[sp - 2], type);
                            s[sp - 1] = BoolObject.fromBoolean(match);
                            Heap.decref(type);
                        }
                        case Op.RERAISE -> {
                            // arg n names the original instruction (s[sp - n] after the pop): the frame
                            // is back there for its line (CPython's prev_instr); it is already in the
                            // traceback, and the handler is looked up at this instruction, as CPython's
                            // exception_unwind does
                            long exc = s[--sp];
                            PyException e = new PyException(exc);
                            e.reraised = true;
                            if (arg > 0 && IntObject.check(s[sp - arg])) {
                                e.lasti = (int) IntObject.asLong(s[sp - arg]);
                            }
                            throw e;
                        }
                        case Op.RAISE_VARARGS -> {
                            if (arg == 0) {
                                if (handledException == 0) {
                                    throw Errors.raise(Types.RUNTIME_ERROR, "No active exception to reraise");
                                }
                                PyException e = new PyException(Heap.newRef(handledException));
                                e.reraised = true;
                                throw e;
                            }
                            if (arg == 1) {
                                long exc = s[--sp];
                                throw Exceptions.raise(exc);
                            }
                            long cause = s[--sp];
                            long exc = s[--sp];
                            throw Exceptions.raiseFrom(exc, cause);
                        }
                        case Op.WITH_EXCEPT_START -> {
                            long exc = s[sp - 1];
                            long exit = s[sp - 4];
                            long tb = Exceptions.traceback(exc);
                            long r;
                            try {
                                r = Calls.call(exit, new long[] {Types.typeAddressOf(exc), exc, tb}, 0, 3);
                            } finally {
                                Heap.decref(tb);
                            }
                            s[sp++] = r;
                        }
                        case Op.BEFORE_WITH -> {
                            frameSp[depth] = sp;
                            With.enter(s, sp);
                            sp++;
                        }
                        case Op.RETURN_GENERATOR -> {
                            frameIp[depth] = ip;
                            frameSp[depth] = sp;
                            long gen = Generators.create(this, depth);
                            boolean entry = depth == entryDepth;
                            popFrame();
                            if (entry) {
                                return gen;
                            }
                            releaseHolds(depth);
                            code = frameCode[depth];
                            ops = code.ops;
                            consts = code.consts;
                            names = code.names;
                            base = frameBase[depth];
                            ip = frameIp[depth];
                            sp = frameSp[depth];
                            s[sp++] = gen;
                        }
                        case Op.YIELD_VALUE -> {
                            long v = s[--sp];
                            frameIp[depth] = ip;
                            frameSp[depth] = sp;
                            Generators.suspend(this, depth);
                            popSuspendedFrame();
                            yielded = true;
                            return v;
                        }
                        case Op.SEND -> {
                            long v = s[sp - 1];
                            long receiver = s[sp - 2];
                            long[] out = new long[1];
                            boolean done;
                            frameIp[depth] = ip;
                            frameSp[depth] = sp;
                            try {
                                done = Generators.send(receiver, v, out);
                            } finally {
                                Heap.decref(v);
                            }
                            if (done) {
                                sp -= 2;
                                Heap.decref(receiver);
                                s[sp++] = out[0];
                                ip = arg;
                            } else {
                                s[sp - 1] = out[0];
                            }
                        }
                        case Op.PRINT_EXPR -> {
                            long v = s[--sp];
                            try {
                                displayHook(v);
                            } finally {
                                Heap.decref(v);
                            }
                        }
                        default -> throw Errors.raise(Types.SYSTEM_ERROR, "unknown opcode " + OPCODES[word & 0xFF]);
                    }
                }
            } catch (PyException e) {
                if (depth < entryDepth) {
                    throw e; // the entry frame was unwound by compiled code it was handed to
                }
                frameIp[depth] = ip;
                frameSp[depth] = sp;
                kwnames = 0;
                if (!handle(e, entryDepth)) {
                    throw e;
                }
            } catch (OutOfMemory e) {
                frameIp[depth] = ip;
                frameSp[depth] = sp;
                kwnames = 0;
                PyException me = Errors.memoryError();
                if (!handle(me, entryDepth)) {
                    throw me;
                }
            }
            code = frameCode[depth];
            ops = code.ops;
            consts = code.consts;
            names = code.names;
            base = frameBase[depth];
            ip = frameIp[depth];
            sp = frameSp[depth];
        }
    }

    // ---- what compiled code (Jit) calls

    /**
     * Runs the rest of the frame at depth (the top frame) in the interpreter, from its saved ip and
     * stack pointer, without handing it back to compiled code at a loop header.
     */
    long resume(int d) {
        int saved = noOsrDepth;
        noOsrDepth = d;
        try {
            return run(d);
        } finally {
            noOsrDepth = saved;
        }
    }

    /** Runs the callee frame at depth d, just pushed by {@link #jitCall}, in the interpreter. */
    long interpretCall(int d) {
        return run(d);
    }

    /**
     * CALL / CALL_METHOD in compiled code at depth d, as the interpreter's case: the callable at
     * stack[ci], argc arguments above it (CALL_METHOD: a method and self, or an attribute and a
     * NULL), ip the instruction after the call, sp the stack pointer. A Python function's frame is
     * pushed and its Code returned, for the caller to run; any other callable is called here,
     * its result left at stack[ci], and null returned. The frame's saved stack pointer is what the
     * interpreter would unwind from if the call raises.
     */
    Code jitCall(int d, int ci, int argc, boolean method, long kwnames, int ip, int sp) {
        long[] s = stack;
        argc = callArguments(s, ci, argc, method);
        sp = ci + 1 + argc;
        long callable = s[ci];
        frameIp[d] = ip;
        if (FunctionObject.check(callable)) {
            frameSp[d] = ci;
            try {
                enterFunction(callable, ci + 1, argc, kwnames);
            } catch (PyException | OutOfMemory e) {
                frameSp[d] = sp;
                throw e;
            }
            Code callee = frameCode[d + 1];
            Jit.ready(callee);
            return callee;
        }
        frameSp[d] = sp;
        long r;
        long caller = Calls.enterDirectCall(callable);
        try {
            r = Calls.call(callable, s, ci + 1, argc, kwnames);
        } catch (PyException | OutOfMemory e) {
            Calls.leaveDirectCall(caller);
            frameSp[d] = ci;
            releaseCall(ci, sp, 0);
            throw e;
        }
        Calls.leaveDirectCall(caller);
        releaseCall(ci, sp, r);
        return null;
    }

    /**
     * After CALL of anything but a Python function: the callable at stack[ci] is released, then
     * the arguments above it up to end in order, as 3.11's CALL does ({@code Py_DECREF(function)},
     * then {@code args[0..n)}), whether the call returned or raised. The result (0 when it
     * raised) takes the callable's slot first, so a finalizer run by a release finds the stack
     * as it will be.
     */
    private void releaseCall(int ci, int end, long result) {
        long[] s = stack;
        long callable = s[ci];
        s[ci] = result;
        Heap.decref(callable);
        for (int i = ci + 1; i < end; i++) {
            long v = s[i];
            s[i] = 0;
            Heap.xdecref(v);
        }
    }

    /**
     * The arguments of CALL / CALL_METHOD at ci, argc of them above the callable (CALL_METHOD: a
     * method and self, or an attribute and a NULL, then argc): made [callable, args] as CPython
     * 3.11's PRECALL leaves them; returns their number. A bound method is replaced by its function
     * with its self as the first argument, and released before the call (it may be freed there).
     */
    private static int callArguments(long[] s, int ci, int argc, boolean method) {
        if (method && s[ci + 1] != 0) {
            return argc + 1;
        }
        long callable = s[ci];
        if (MethodObject.check(callable) && (method || ci + argc + 2 < s.length)) {
            if (!method) {
                System.arraycopy(s, ci + 1, s, ci + 2, argc);
            }
            s[ci + 1] = Heap.newRef(MethodObject.self(callable));
            s[ci] = Heap.newRef(MethodObject.function(callable));
            Heap.decref(callable);
            return argc + 1;
        }
        if (method) {
            System.arraycopy(s, ci + 2, s, ci + 1, argc);
        }
        return argc;
    }

    /** RETURN_VALUE in compiled code: pops the frame at depth d, whose stack pointer is sp; returns its result. */
    long jitReturn(int d, int sp, int ip) {
        long rv = stack[sp - 1];
        frameIp[d] = ip;
        frameSp[d] = sp - 1;
        popFrame();
        return rv;
    }

    /** RETURN_GENERATOR in compiled code: the frame at depth d moves into a new generator, returned. */
    long jitReturnGenerator(int d, int sp, int ip) {
        frameIp[d] = ip;
        frameSp[d] = sp;
        long gen = Generators.create(this, d);
        popFrame();
        return gen;
    }

    /** YIELD_VALUE in compiled code: the generator's frame at depth d is suspended; returns the value. */
    long jitYield(int d, int sp, int ip) {
        long v = stack[sp - 1];
        frameIp[d] = ip;
        frameSp[d] = sp - 1;
        Generators.suspend(this, d);
        popSuspendedFrame();
        yielded = true;
        return v;
    }

    /** LOAD_NAME in compiled code. */
    long loadNameOp(int d, Code code, int pc, long name) {
        long g = frameGlobals[d];
        return frameLocals[d] == g ? loadGlobal(code, pc, g, name) : loadName(frameLocals[d], g, name);
    }

    /** STORE_NAME / STORE_GLOBAL of stack[slot] in compiled code. */
    void storeNameOp(int d, int slot, long name, boolean global) {
        long v = stack[slot];
        try {
            DictObject.set(global ? frameGlobals[d] : frameLocals[d], name, v);
        } finally {
            Heap.decref(v);
        }
    }

    /** MAKE_FUNCTION in compiled code, the stack pointer at top. */
    void makeFunctionOp(int d, int top, int flags) {
        long[] s = stack;
        int sp = top;
        long codeObject = s[--sp];
        long f = FunctionObject.create(codeObject, frameGlobals[d], builtinsDict);
        Heap.decref(codeObject);
        if ((flags & 0x08) != 0) {
            Memory.putLong(f + FUNC_CLOSURE, s[--sp]);
        }
        if ((flags & 0x04) != 0) {
            Memory.putLong(f + FUNC_ANNOTATIONS, s[--sp]);
        }
        if ((flags & 0x02) != 0) {
            Memory.putLong(f + FUNC_KWDEFAULTS, s[--sp]);
        }
        if ((flags & 0x01) != 0) {
            Memory.putLong(f + FUNC_DEFAULTS, s[--sp]);
        }
        s[sp] = f;
    }

    /**
     * Handles an exception raised in the current frame: adds traceback entries, and either sets
     * up the innermost handler (value stack unwound to its depth, the exception pushed, true) or
     * pops frames up to and including entryDepth (false).
     */
    boolean handle(PyException e, int entryDepth) {
        // the exception is "set" (PyErr_Occurred) until a handler takes it: no automatic collection
        GC.errorBegin();
        try {
            return unwind(e, entryDepth);
        } finally {
            GC.errorEnd();
        }
    }

    private boolean unwind(PyException e, int entryDepth) {
        long exc = e.exception;
        Exceptions.chainContext(exc, handledException);
        while (true) {
            int d = depth;
            Code c = frameCode[d];
            int instr = frameIp[d] - 1;
            if (e.reraised) {
                e.reraised = false;
            } else {
                Exceptions.addTraceback(exc, frameObjectOf(d), c, instr);
            }
            // the handler is found from where the exception is; the frame is at its lasti
            int lasti = e.lasti >= 0 ? e.lasti : instr;
            e.lasti = -1;
            int h = instr >= 0 ? c.handlerOf[instr] : -1;
            if (h >= 0) {
                int level = frameBase[d] + c.nlocals + c.handlerDepth[h];
                clearRange(level, frameSp[d]);
                int sp = level;
                if (c.handlerLasti[h]) {
                    stack[sp++] = IntObject.fromLong(lasti);
                }
                stack[sp++] = exc;
                frameSp[d] = sp;
                frameIp[d] = c.handlerTarget[h];
                return true;
            }
            boolean entry = d == entryDepth;
            frameIp[d] = lasti + 1; // the frame leaves from its lasti: f_lineno and f_lasti say so
            if (c.isGenerator()) {
                Generators.finish(this, d);
            }
            popFrame();
            if (entry) {
                return false;
            }
            releaseHolds(depth);
        }
    }

    /** Pops a frame: what is left on its value stack (top first), its slots in order, then its function. */
    void popFrame() {
        int d = depth;
        int base = frameBase[d];
        Code code = frameCode[d];
        long[] s = stack;
        if ((holdTuple[d] | holdDict[d] | holdVector[d]) != 0) {
            releaseHolds(d);
        }
        if (frameObject[d] != 0) {
            releaseFrameObject(d, base, code);
        }
        int end = base + code.nlocals;
        for (int i = frameSp[d] - 1; i >= end; i--) {
            long v = s[i];
            s[i] = 0;
            Heap.xdecref(v);
        }
        for (int i = base; i < end; i++) {
            long v = s[i];
            if (v != 0) {
                s[i] = 0;
                Heap.decref(v);
            }
        }
        // releasing a local can make this frame's frame object: a suspended generator closed by
        // it links the frame of its GeneratorExit's traceback back to this one
        if (frameObject[d] != 0) {
            releaseFrameObject(d, base, code);
        }
        long localsDict = frameLocalsDict[d];
        if (localsDict != 0) {
            frameLocalsDict[d] = 0;
            Heap.decref(localsDict);
        }
        if (frameHasFunc[d]) {
            long func = stack[base - 1];
            stack[base - 1] = 0;
            Heap.xdecref(func);
        }
        frameCode[d] = null;
        depth--;
    }

    /**
     * popFrame for a generator's frame just suspended: Generators.save has moved its function,
     * slots, value stack and f_locals into the generator and left zeros, so only the frame
     * object and the holds are left to release.
     */
    private void popSuspendedFrame() {
        int d = depth;
        if ((holdTuple[d] | holdDict[d] | holdVector[d]) != 0) {
            releaseHolds(d);
        }
        if (frameObject[d] != 0) {
            releaseFrameObject(d, frameBase[d], frameCode[d]);
        }
        frameCode[d] = null;
        depth--;
    }

    /**
     * Drops the frame's reference to its frame object, if it has one; when something else (a
     * traceback) still holds the frame object, the frame's data moves into it first.
     */
    private void releaseFrameObject(int d, int base, Code code) {
        long fo = frameObject[d];
        if (fo != 0) {
            frameObject[d] = 0;
            int instr = frameIp[d] - 1;
            FrameObject.setLine(fo, instr >= 0 ? code.lines[instr] : 0);
            if (Heap.refcount(fo) > 1 && !FrameObject.owns(fo)) {
                // something (a traceback) outlives the frame: its data moves into the frame object
                long func = 0;
                if (frameHasFunc[d]) {
                    func = stack[base - 1];
                    stack[base - 1] = 0;
                }
                long back = d > 0 ? Heap.newRef(frameObjectOf(d - 1)) : 0;
                FrameObject.takeOwnership(fo, func, frameLocalsDict[d], stack, base, frameSp[d], back,
                        instr >= 0 ? code.units[instr] * 2 : 0);
                frameLocalsDict[d] = 0;
            }
            Heap.decref(fo);
        }
    }

    void clearRange(int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            long v = stack[i];
            stack[i] = 0;
            Heap.xdecref(v);
        }
    }

    /**
     * Pushes the frame of a call to func whose arguments are stack[argBase .. argBase + argc),
     * the last len(kwnames) of them keywords (kwnames 0: none). The argument references move into
     * the new frame's slots.
     */
    private void enterFunction(long func, int argBase, int argc, long kwnames) {
        Code callee = (Code) CodeObject.decoded(FunctionObject.code(func));
        if (depth + 1 >= SysModule.recursionLimit()) {
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        checkRoom(argBase + Math.max(0, argc - callee.nlocals), callee);
        if (kwnames != 0 || argc != callee.argCount || !callee.simpleArguments) {
            Arguments.bind(func, callee, stack, argBase, argc, kwnames);
        }
        pushFrame(callee, argBase, FunctionObject.globals(func), 0, true);
        for (int i = argBase + callee.boundSlots; i < argBase + callee.nlocals; i++) {
            stack[i] = 0;
        }
    }

    /**
     * CALL_FUNCTION_EX: replaces [callable, args(, kwargs)] at ci by [callable, a1 .. an, kwnames]
     * with the keyword values among the ai; returns n. kwnames (a new tuple, or 0) sits just above
     * the arguments for the caller to take.
     */
    private int spreadArguments(int ci, int hasKw) {
        long args = stack[ci + 1];
        long kwargs = hasKw != 0 ? stack[ci + 2] : 0;
        stack[ci + 1] = 0;
        if (hasKw != 0) {
            stack[ci + 2] = 0;
        }
        try {
            long tuple;
            if (TupleObject.check(args)) {
                tuple = Heap.newRef(args);
            } else {
                try {
                    tuple = tupleOf(args);
                } catch (PyException e) {
                    if (e.type().isSubtypeOf(Types.TYPE_ERROR) && !Types.of(args).hasIterSlot()) {
                        Heap.decref(e.exception);
                        throw Errors.typeError(functionStr(stack[ci]) + " argument after * must be an iterable, not "
                                + Types.of(args).name);
                    }
                    throw e;
                }
            }
            int n = (int) TupleObject.size(tuple);
            int nkw = kwargs == 0 ? 0 : (int) DictObject.size(kwargs);
            if (ci + 2 + n + nkw >= stack.length) {
                Heap.decref(tuple);
                throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
            }
            for (int k = 0; k < n; k++) {
                stack[ci + 1 + k] = Heap.newRef(TupleObject.get(tuple, k));
            }
            releaseHolds(depth);
            holdTuple[depth] = tuple;
            long kwnames = 0;
            if (nkw > 0) {
                kwnames = TupleObject.allocate(nkw);
                int j = 0;
                for (long i = 0, m = DictObject.entryCount(kwargs); i < m; i++) {
                    long key = DictObject.keyAt(kwargs, i);
                    if (key == 0) {
                        continue;
                    }
                    if (!StrObject.check(key)) {
                        Heap.decref(kwnames);
                        clearRange(ci + 1, ci + 1 + n + j);
                        throw Errors.typeError("keywords must be strings");
                    }
                    TupleObject.set(kwnames, j, Heap.newRef(key));
                    stack[ci + 1 + n + j] = Heap.newRef(DictObject.valueAt(kwargs, i));
                    j++;
                }
            }
            stack[ci + 1 + n + nkw] = kwnames;
            if (nkw > 0) {
                // _PyStack_UnpackDict: a vector of new references to every argument, for the call's duration
                long vector = org.minipy.runtime.mem.ObjectAllocator.malloc(8L * (1 + n + nkw));
                Memory.putLong(vector, 0);
                for (int i = 0; i < n + nkw; i++) {
                    Memory.putLong(vector + 8L * (i + 1), Heap.newRef(stack[ci + 1 + i]));
                }
                holdVector[depth] = vector;
                holdVectorLength[depth] = 1 + n + nkw;
            }
            holdDict[depth] = kwargs;
            kwargs = 0;
            return n + nkw;
        } finally {
            Heap.decref(args);
            Heap.xdecref(kwargs);
        }
    }

    private static long tupleOf(long iterable) {
        long list = ListObject.allocate(0);
        try {
            ListObject.extend(list, iterable);
            long n = ListObject.size(list);
            long t = TupleObject.allocate(n);
            for (long k = 0; k < n; k++) {
                TupleObject.set(t, k, Heap.newRef(ListObject.get(list, k)));
            }
            return t;
        } finally {
            Heap.decref(list);
        }
    }

    /** _PyObject_FunctionStr: module.qualname() for a function, "repr()" otherwise. */
    private static String functionStr(long func) {
        if (!FunctionObject.check(func)) {
            return Ops.reprJava(func);
        }
        long module = Memory.getLong(func + FUNC_MODULE);
        String prefix = module != 0 && StrObject.check(module) && !StrObject.toJava(module).equals("builtins")
                ? StrObject.toJava(module) + "." : "";
        return prefix + StrObject.toJava(Memory.getLong(func + FUNC_QUALNAME)) + "()";
    }

    /**
     * DICT_UPDATE / DICT_MERGE (func != 0: duplicate keys are an error naming the function), as
     * dict_merge: a dict that iterates as one by its table, any other mapping by its keys().
     */
    private static void dictUpdate(long d, long m, long func) {
        if (!DictObject.checkSub(m) || !DictObject.iteratesAsDict(m)) {
            mappingUpdate(d, m, func);
            return;
        }
        for (long i = 0, n = DictObject.entryCount(m); i < n; i++) {
            long key = DictObject.keyAt(m, i);
            if (key == 0) {
                continue;
            }
            if (func != 0 && DictObject.get(d, key) != 0) {
                String fname = functionStr(func);
                throw Errors.typeError(fname + " got multiple values for keyword argument '"
                        + Ops.strJava(key) + "'");
            }
            DictObject.set(d, key, DictObject.valueAt(m, i));
        }
    }

    /** dict_merge's generic path: for key in m.keys(): d[key] = m[key]. */
    private static void mappingUpdate(long d, long m, long func) {
        long keys;
        try {
            long keysMethod = Ops.getAttr(m, Names.get("keys"));
            try {
                keys = Calls.call(keysMethod, new long[0], 0, 0);
            } finally {
                Heap.decref(keysMethod);
            }
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                throw e;
            }
            Heap.decref(e.exception);
            if (func != 0) {
                throw Errors.typeError(functionStr(func) + " argument after ** must be a mapping, not "
                        + Types.of(m).name);
            }
            throw Errors.typeError("'" + Types.of(m).name + "' object is not a mapping");
        }
        DictMethods.KeyCheck duplicate = func == 0 ? null : key -> {
            if (DictObject.get(d, key) != 0) {
                if (!StrObject.check(key)) {
                    throw Errors.typeError(functionStr(func) + " keywords must be strings");
                }
                throw Errors.typeError(functionStr(func) + " got multiple values for keyword argument '"
                        + Ops.strJava(key) + "'");
            }
        };
        DictMethods.mergeByKeys(m, keys, duplicate, (key, value) -> DictObject.set(d, key, value));
    }

    // ---- generator support (frames moved in and out of generator objects)

    int frameBase(int d) {
        return frameBase[d];
    }

    int frameIp(int d) {
        return frameIp[d];
    }

    int frameSp(int d) {
        return frameSp[d];
    }

    Code frameCode(int d) {
        return frameCode[d];
    }

    long frameGlobals(int d) {
        return frameGlobals[d];
    }

    /** Pushes a generator's saved frame (slots already copied to base by the caller) and runs it. */
    long resumeFrame(Code code, int base, int ip, int sp, long globals, long localsDict) {
        pushFrame(code, base, globals, 0, true);
        frameLocalsDict[depth] = localsDict;
        frameIp[depth] = ip;
        frameSp[depth] = sp;
        yielded = false;
        return execute(depth);
    }

    /** Raises exc inside a generator frame being resumed: the frame handles it or it propagates. */
    long resumeFrameWithException(Code code, int base, int ip, int sp, long globals, long localsDict,
            PyException e) {
        pushFrame(code, base, globals, 0, true);
        frameLocalsDict[depth] = localsDict;
        frameIp[depth] = ip;
        frameSp[depth] = sp;
        yielded = false;
        int entry = depth;
        if (!handle(e, entry)) {
            throw e;
        }
        return execute(entry);
    }

    /** Releases the slots of a generator's frame that the caller already moved out (no decref). */
    void forgetSlots(int d) {
        Arrays.fill(stack, frameBase[d] - 1, frameSp[d], 0);
    }

    /** Takes frame d's f_locals dict (a reference, or 0) away from it: a suspending generator keeps it. */
    long takeLocalsDict(int d) {
        long dict = frameLocalsDict[d];
        frameLocalsDict[d] = 0;
        return dict;
    }

    // ---- helpers

    /**
     * locals(): the namespace at module level and in class bodies; in a function, the frame's
     * f_locals dict, made once and refreshed from the slots on every call: bound fast locals, cells
     * and free variables are set, unbound ones deleted (PyFrame_FastToLocalsWithError). So
     * {@code locals() is locals()}, and the dict lives as long as the frame.
     */
    private long frameLocalsDict() {
        if (frameLocals[depth] != 0) {
            return Heap.newRef(frameLocals[depth]);
        }
        Code c = frameCode[depth];
        int base = frameBase[depth];
        long d = frameLocalsDict[depth];
        if (d == 0) {
            d = DictObject.create();
            frameLocalsDict[depth] = d;
        }
        for (int i = 0; i < c.nlocals; i++) {
            long v = stack[base + i];
            boolean cellSlot = i >= c.varnames.length || (i == 0 && c.firstArgIsCell)
                    || Types.typeAddressOf(v == 0 ? BoolObject.NONE : v) == Types.CELL.address && c.isCellName(i);
            if (v != 0 && cellSlot) {
                v = CellObject.get(v);
            }
            long name = Names.get(c.slotNames[i]);
            if (v != 0) {
                DictObject.set(d, name, v);
            } else {
                DictObject.delete(d, name);
            }
        }
        return Heap.newRef(d);
    }

    /** Zero-argument super(): the __class__ cell's class and the first argument of the calling frame. */
    private long[] superArguments() {
        if (depth < 0) {
            throw Errors.raise(Types.RUNTIME_ERROR, "super(): no current frame");
        }
        Code c = frameCode[depth];
        int base = frameBase[depth];
        if (c.argCount + c.kwOnlyCount == 0 && !c.hasVarargs()) {
            throw Errors.raise(Types.RUNTIME_ERROR, "super(): no arguments");
        }
        long first = stack[base];
        if (c.firstArgIsCell && first != 0) {
            first = CellObject.get(first);
        }
        if (first == 0) {
            throw Errors.raise(Types.RUNTIME_ERROR, "super(): arg[0] deleted");
        }
        if (c.classCellSlot < 0) {
            throw Errors.raise(Types.RUNTIME_ERROR, "super(): __class__ cell not found");
        }
        long type = CellObject.get(stack[base + c.classCellSlot]);
        if (type == 0) {
            throw Errors.raise(Types.RUNTIME_ERROR, "super(): empty __class__ cell");
        }
        return new long[] {type, first};
    }

    /** sys.displayhook: repr(v) on stdout and builtins._ = v, unless v is None. */
    private void displayHook(long v) {
        if (v == BoolObject.NONE) {
            return;
        }
        long builtinsModule = modules.builtins();
        ModuleObject.setAttr(builtinsModule, "_", BoolObject.NONE);
        String text = Ops.reprJava(v);
        org.minipy.runtime.builtins.Stdio.out().print(text + "\n");
        ModuleObject.setAttr(builtinsModule, "_", v);
    }

    /**
     * LOAD_GLOBAL through the instruction's cache (LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN): the
     * value word of the name's entry, used while the dict still has the same keys object (its
     * keysId) and the key word beside it is still the name; for a builtin, the globals' version tag must also be
     * unchanged (the name has not been added to them).
     */
    long loadGlobal(Code code, int pc, long globals, long name) {
        long slot = code.cacheB[pc];
        if (slot != 0) {
            long ver = code.cacheC[pc];
            long d = ver == 0 ? globals : builtinsDict;
            if (DictObject.keysId(d) == code.cacheA[pc] && Memory.getLong(slot - 8) == name
                    && (ver == 0 || DictObject.version(globals) == ver)) {
                long v = Memory.getLong(slot);
                if (v != 0) {
                    Heap.incref(v);
                    return v;
                }
            }
        }
        return loadGlobalUncached(code, pc, globals, name);
    }

    private long loadGlobalUncached(Code code, int pc, long globals, long name) {
        long v = loadName(0, globals, name);
        long ix = DictObject.indexOf(globals, name);
        if (ix >= 0) {
            code.cacheA[pc] = DictObject.keysId(globals);
            code.cacheB[pc] = DictObject.valueSlot(globals, ix);
            code.cacheC[pc] = 0;
        } else {
            long bx = DictObject.isSplit(globals) ? -1 : DictObject.indexOf(builtinsDict, name);
            if (bx >= 0) {
                code.cacheA[pc] = DictObject.keysId(builtinsDict);
                code.cacheB[pc] = DictObject.valueSlot(builtinsDict, bx);
                code.cacheC[pc] = DictObject.version(globals);
            } else {
                code.cacheB[pc] = 0;
            }
        }
        return v;
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

    /**
     * BINARY_OP, with 3.11's specialised forms for exact ints and floats (ADD/SUBTRACT/MULTIPLY),
     * and int % and // and float's other arithmetic called directly (what their slots do).
     */
    static long binaryOp(long a, long b, int op) {
        long r = exactBinaryOp(a, b, op);
        return r != 0 ? r : Ops.binaryOp(a, b, op);
    }

    /**
     * a op b when both are exact ints or both exact floats and op is one their slots have: the
     * result (a new reference), computed as the slot would; 0 for any other operands or op.
     * No Python code runs, and only the result is allocated.
     */
    static long exactBinaryOp(long a, long b, int op) {
        long ta = Types.typeAddressOf(a);
        if (Types.typeAddressOf(b) == ta) {
            int base = op >= Ops.NB_INPLACE_OFFSET ? op - Ops.NB_INPLACE_OFFSET : op;
            if (ta == Types.INT.address) {
                switch (base) {
                    case Ops.NB_ADD:
                        return IntObject.add(a, b);
                    case Ops.NB_SUBTRACT:
                        return IntObject.subtract(a, b);
                    case Ops.NB_MULTIPLY:
                        return IntObject.multiply(a, b);
                    case Ops.NB_REMAINDER:
                        return IntObject.remainder(a, b);
                    case Ops.NB_FLOOR_DIVIDE:
                        return IntObject.floorDivide(a, b);
                    default:
                        return 0;
                }
            } else if (ta == Types.FLOAT.address) {
                switch (base) {
                    case Ops.NB_ADD:
                        return FloatObject.fromDouble(FloatObject.value(a) + FloatObject.value(b));
                    case Ops.NB_SUBTRACT:
                        return FloatObject.fromDouble(FloatObject.value(a) - FloatObject.value(b));
                    case Ops.NB_MULTIPLY:
                        return FloatObject.fromDouble(FloatObject.value(a) * FloatObject.value(b));
                    default:
                        return FloatObject.exactArith(a, b, base);
                }
            }
        }
        return 0;
    }

    /** COMPARE_OP, with 3.11's COMPARE_OP_INT_JUMP / FLOAT_JUMP cases done directly. */
    static long compare(long a, long b, int op) {
        int r = compareExact(a, b, op);
        return r >= 0 ? BoolObject.fromBoolean(r == 1) : Ops.richCompare(a, b, op);
    }

    /** a op b for two exact ints or two exact floats: 1 or 0; -1 for any other operands. */
    static int compareExact(long a, long b, int op) {
        long ta = Types.typeAddressOf(a);
        if (Types.typeAddressOf(b) == ta) {
            if (ta == Types.INT.address) {
                return Ops.compareResult(IntObject.compare(a, b), op) ? 1 : 0;
            }
            if (ta == Types.FLOAT.address) {
                double x = FloatObject.value(a);
                double y = FloatObject.value(b);
                boolean r = switch (op) {
                    case Ops.LT -> x < y;
                    case Ops.LE -> x <= y;
                    case Ops.EQ -> x == y;
                    case Ops.NE -> x != y;
                    case Ops.GT -> x > y;
                    default -> x >= y;
                };
                return r ? 1 : 0;
            }
        }
        return -1;
    }

    private static PyException nameError(long name) {
        return Errors.nameError("name '" + StrObject.toJava(name) + "' is not defined", name);
    }

    static PyException unboundLocal(Code code, int index) {
        return Errors.raise(Types.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + code.slotNames[index]
                + "' where it is not associated with a value");
    }

    static PyException unboundDeref(Code code, int slot) {
        if (slot >= code.firstFreeSlot) {
            return Errors.nameError("cannot access free variable '" + code.slotNames[slot]
                    + "' where it is not associated with a value in enclosing scope", Names.get(code.slotNames[slot]));
        }
        return unboundLocal(code, slot);
    }
}
