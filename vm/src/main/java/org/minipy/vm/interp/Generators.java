package org.minipy.vm.interp;

import static org.minipy.runtime.object.GeneratorObject.*;

import org.minipy.runtime.mem.Memory;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.CodeObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.ExceptionObject;
import org.minipy.runtime.object.GeneratorObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.Layout;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;

/**
 * Running generators: a generator's frame moves from the data stack into the generator object at
 * RETURN_GENERATOR and YIELD_VALUE, and back onto the data stack (at the first free slot) when it
 * is resumed. While it runs, the generator's exception state is the interpreter's handled
 * exception, as CPython swaps gi_exc_state in.
 */
final class Generators {
    private static Interpreter interp;
    /** The generators being run, innermost last: YIELD_VALUE suspends the top one. */
    private static long[] running = new long[64];
    private static int runningCount;

    private Generators() {}

    static void install(Interpreter interpreter) {
        interp = interpreter;
        GeneratorObject.setRunner(Generators::resume);
    }

    static boolean isGenerator(long obj) {
        return GeneratorObject.check(obj);
    }

    /** RETURN_GENERATOR: a new generator holding the frame at depth d (whose slots it takes). */
    static long create(Interpreter in, int d) {
        Code code = in.frameCode(d);
        long[] s = in.stack();
        int base = in.frameBase(d);
        long func = s[base - 1];
        long gen = GeneratorObject.allocate(code.nlocals + code.stackSize, func,
                Memory.getLong(func + Layout.FUNC_NAME), Memory.getLong(func + Layout.FUNC_QUALNAME));
        Memory.putLong(gen + F_CODE, Heap.newRef(code.object));
        Memory.putLong(gen + F_GLOBALS, in.frameGlobals(d));
        save(in, d, gen);
        setState(gen, FRAME_CREATED);
        return gen;
    }

    /** YIELD_VALUE: moves the running generator's frame (at depth d) back into it. */
    static void suspend(Interpreter in, int d) {
        long gen = running[runningCount - 1];
        save(in, d, gen);
        setState(gen, FRAME_SUSPENDED);
    }

    /** Moves the frame's function, slots and value stack into gen and empties them on the data stack. */
    private static void save(Interpreter in, int d, long gen) {
        long[] s = in.stack();
        int base = in.frameBase(d);
        int top = in.frameSp(d) - base;
        Memory.putLong(gen + F_FUNC, s[base - 1]);
        for (int i = 0; i < top; i++) {
            Memory.putLong(gen + LOCALSPLUS + 8L * i, s[base + i]);
        }
        Memory.putInt(gen + F_STACKTOP, top);
        Memory.putLong(gen + F_PREV_INSTR, in.frameIp(d));
        Memory.putLong(gen + F_LOCALS, in.takeLocalsDict(d));
        in.forgetSlots(d);
    }

    /** A generator frame left by an exception: nothing to keep (the frame is popped normally). */
    static void finish(Interpreter in, int d) {
    }

    /** GeneratorObject.Runner: resumes gen with a value sent in, or an exception thrown in. */
    static long resume(long gen, long sent, long exc) {
        byte st = GeneratorObject.state(gen);
        if (st == FRAME_EXECUTING) {
            Heap.xdecref(exc);
            throw Errors.valueError("generator already executing");
        }
        if (st == FRAME_COMPLETED || st == FRAME_CLEARED) {
            if (exc != 0) {
                throw new PyException(exc);
            }
            GeneratorObject.setFinished(true);
            return BoolObject.none();
        }
        long codeObject = Memory.getLong(gen + F_CODE);
        Code code = (Code) CodeObject.decoded(codeObject);
        long globals = Memory.getLong(gen + F_GLOBALS);
        long[] s = interp.stack();
        int top = interp.freeSlot();
        int count = stackTop(gen);
        if (top + 1 + code.nlocals + code.stackSize + 2 >= s.length) {
            Heap.xdecref(exc);
            throw Errors.raise(Types.RECURSION_ERROR, "maximum recursion depth exceeded");
        }
        int base = top + 1;
        s[top] = Memory.getLong(gen + F_FUNC);
        Memory.putLong(gen + F_FUNC, 0);
        // the generator keeps its copies: with its stack top 0 nothing reads them until save
        // writes them again
        for (int i = 0; i < count; i++) {
            s[base + i] = Memory.getLong(gen + LOCALSPLUS + 8L * i);
        }
        for (int i = count; i < code.nlocals; i++) {
            s[base + i] = 0;
        }
        Memory.putInt(gen + F_STACKTOP, 0);
        long localsDict = Memory.getLong(gen + F_LOCALS);
        Memory.putLong(gen + F_LOCALS, 0);
        int ip = (int) Memory.getLong(gen + F_PREV_INSTR);
        int sp = base + count;
        if (exc == 0) {
            s[sp++] = Heap.newRef(sent);
        }
        setState(gen, FRAME_EXECUTING);
        long savedExc = interp.handledException;
        interp.handledException = Memory.getLong(gen + GI_EXC_VALUE);
        Memory.putLong(gen + GI_EXC_VALUE, 0);
        if (runningCount == running.length) {
            running = java.util.Arrays.copyOf(running, runningCount * 2);
        }
        running[runningCount++] = gen;
        // no reference of its own, as gen_send_ex2 takes none: the caller holds one throughout
        long r;
        boolean finished;
        try {
            r = exc == 0 ? interp.resumeFrame(code, base, ip, sp, globals, localsDict)
                    : interp.resumeFrameWithException(code, base, ip, sp, globals, localsDict, new PyException(exc));
            if (interp.yielded) {
                interp.yielded = false;
                finished = false;
            } else {
                finished = true;
                setState(gen, FRAME_COMPLETED);
                GeneratorObject.clearFrame(gen);
            }
        } catch (PyException e) {
            setState(gen, FRAME_COMPLETED);
            GeneratorObject.clearFrame(gen);
            if (e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                long wrapped = ExceptionObject.withMessage(Types.RUNTIME_ERROR, "generator raised StopIteration");
                Memory.putLong(wrapped + Layout.EXC_CAUSE, Heap.newRef(e.exception));
                Memory.putLong(wrapped + Layout.EXC_CONTEXT, e.exception);
                Memory.putByte(wrapped + Layout.EXC_SUPPRESS_CONTEXT, (byte) 1);
                throw new PyException(wrapped);
            }
            throw e;
        } finally {
            runningCount--;
            long genExc = interp.handledException;
            interp.handledException = savedExc;
            if (GeneratorObject.state(gen) == FRAME_SUSPENDED) {
                Memory.putLong(gen + GI_EXC_VALUE, genExc);
            } else {
                Heap.xdecref(genExc);
            }
        }
        GeneratorObject.setFinished(finished); // last: the decref above may have run other generators
        return r;
    }

    /**
     * SEND: the receiver's next value for v (borrowed) into out[0]; true when the receiver is
     * finished, out[0] then being its return value.
     */
    static boolean send(long receiver, long v, long[] out) {
        if (GeneratorObject.check(receiver)) {
            if (GeneratorObject.state(receiver) == FRAME_CREATED && v != BoolObject.NONE) {
                throw Errors.typeError("can't send non-None value to a just-started generator");
            }
            out[0] = resume(receiver, v, 0);
            return GeneratorObject.finished();
        }
        try {
            if (v == BoolObject.NONE) {
                long r = Ops.next(receiver);
                if (r == 0) {
                    out[0] = BoolObject.none();
                    return true;
                }
                out[0] = r;
                return false;
            }
            long send = Ops.getAttr(receiver, Names.get("send"));
            try {
                out[0] = Calls.call(send, new long[] {v}, 0, 1);
            } finally {
                Heap.decref(send);
            }
            return false;
        } catch (PyException e) {
            if (e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                // _PyGen_FetchStopIterationValue: the exception's value member
                out[0] = Heap.newRef(ExceptionObject.stopIterationValue(e.exception));
                Heap.decref(e.exception);
                return true;
            }
            throw e;
        }
    }
}
