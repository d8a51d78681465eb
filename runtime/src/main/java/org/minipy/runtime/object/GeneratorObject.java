package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * generator: CPython 3.11's PyGenObject with its frame inline ({@code gi_iframe}): while the
 * generator is suspended, the frame's slots and value stack live here, in the generator's own
 * block (so {@code sys.getsizeof} grows with the frame, as in CPython). Running it is the VM's
 * business ({@link Runner}); this class owns the layout and the object's life.
 *
 * <pre>
 *  16 gi_code  24 gi_weakreflist  32 gi_name  40 gi_qualname  48 gi_exc_state.exc_value
 *  56 .previous_item  64 gi_origin_or_finalizer  72 hooks_inited, closed, running_async,
 *  frame_state (int8)  80 gi_iframe: f_func, f_globals, f_builtins, f_locals, f_code, frame_obj,
 *  previous, prev_instr, 144 stacktop (int), is_entry, owner  152 localsplus[nlocalsplus + stacksize]
 * </pre>
 */
public final class GeneratorObject {
    /** The generator's code object (a reference of its own, besides the frame's f_code). */
    public static final long GI_CODE = 16;
    public static final long GI_NAME = 32;
    public static final long GI_QUALNAME = 40;
    public static final long GI_EXC_VALUE = 48;
    public static final long GI_FRAME_STATE = 75;
    public static final long F_FUNC = 80;
    public static final long F_GLOBALS = 88;
    /** The frame's f_locals dict once locals() was called in it (a reference), else 0. */
    public static final long F_LOCALS = 104;
    public static final long F_CODE = 112;
    /** The generator's frame object once gi_frame has been asked for (a reference), else 0. */
    public static final long F_FRAME_OBJ = 120;
    /** The frame's `previous` pointer is meaningless in a suspended generator; it holds the slot capacity here. */
    public static final long F_CAPACITY = 128;
    public static final long F_PREV_INSTR = 136;
    public static final long F_STACKTOP = 144;
    public static final long LOCALSPLUS = 152;

    public static final byte FRAME_CREATED = -2;
    public static final byte FRAME_SUSPENDED = -1;
    public static final byte FRAME_EXECUTING = 0;
    public static final byte FRAME_COMPLETED = 1;
    public static final byte FRAME_CLEARED = 4;

    /** What the VM does to run generators. */
    public interface Runner {
        /**
         * Resumes gen with value sent (borrowed), or with exc thrown in (an owned reference, or 0).
         * Returns the yielded value (a new reference), or the generator's return value; as its
         * last step it calls {@link #setFinished} to say which. Exceptions propagate.
         */
        long resume(long gen, long sent, long exc);
    }

    private static Runner runner;
    /** What the last resume that returned said: the generator finished rather than yielded. */
    private static boolean finished;

    /** Whether the last resume that returned finished the generator (for the VM's SEND). */
    public static boolean finished() {
        return finished;
    }

    /** The runner's last step: whether the value it is returning is the return value. */
    public static void setFinished(boolean f) {
        finished = f;
    }

    private GeneratorObject() {}

    public static void setRunner(Runner r) {
        runner = r;
    }

    /** A new generator with room for a frame of slots words; the caller fills the frame. */
    public static long allocate(long slots, long func, long name, long qualname) {
        long size = LOCALSPLUS + 8 * slots;
        long g = Heap.allocObject(Types.GENERATOR.address, size, true);
        Memory.fill(g + OBJECT_HEAD, size - OBJECT_HEAD, (byte) 0);
        if (func != 0) {
            Memory.putLong(g + GI_CODE, Heap.newRef(FunctionObject.code(func)));
        }
        Memory.putLong(g + GI_NAME, Heap.newRef(name));
        Memory.putLong(g + GI_QUALNAME, Heap.newRef(qualname));
        Memory.putByte(g + GI_FRAME_STATE, FRAME_CREATED);
        Memory.putInt(g + F_STACKTOP, 0);
        Memory.putLong(g + F_CAPACITY, slots);
        Heap.track(g);
        GC.noteFinalizable();
        return g;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.GENERATOR.address;
    }

    public static byte state(long g) {
        return Memory.getByte(g + GI_FRAME_STATE);
    }

    public static void setState(long g, byte state) {
        Memory.putByte(g + GI_FRAME_STATE, state);
    }

    public static int stackTop(long g) {
        return Memory.getInt(g + F_STACKTOP);
    }

    /** Drops whatever frame the generator still holds (slots in order, its f_locals, then its function). */
    public static void clearFrame(long g) {
        int top = stackTop(g);
        Memory.putInt(g + F_STACKTOP, 0);
        for (int i = 0; i < top; i++) {
            long v = Memory.getLong(g + LOCALSPLUS + 8L * i);
            Memory.putLong(g + LOCALSPLUS + 8L * i, 0);
            Heap.xdecref(v);
        }
        long locals = Memory.getLong(g + F_LOCALS);
        Memory.putLong(g + F_LOCALS, 0);
        Heap.xdecref(locals);
        long func = Memory.getLong(g + F_FUNC);
        Memory.putLong(g + F_FUNC, 0);
        Heap.xdecref(func);
        setState(g, FRAME_CLEARED);
    }

    /** The generator type's slots and methods. */
    static final class Type extends PyType {
        Type() {
            super("generator", Types.OBJECT, true, LOCALSPLUS, 8);
        }

        @Override
        public long weaklistOffset() {
            return GEN_WEAKREFLIST;
        }

        @Override
        protected void defineMethods() {
            sizeofMethod();
            method("send", (self, a, o, n) -> {
                Args.exactly("send", n, 1);
                return sendOrStop(self, a[o]);
            });
            method("throw", (self, a, o, n) -> {
                Args.count("throw", n, 1, 3);
                long exc = a[o];
                long value = n >= 2 ? a[o + 1] : 0;
                long instance;
                if (TypeObject.check(exc) || Types.of(exc).isSubtypeOf(Types.TYPE)) {
                    instance = value != 0 && value != BoolObject.NONE && Types.of(value).isSubtypeOf(Types.ofTypeObject(exc))
                            ? Heap.newRef(value)
                            : value != 0 && value != BoolObject.NONE ? Calls.call(exc, new long[] {value}, 0, 1)
                            : Calls.call(exc, new long[0], 0, 0);
                } else if (Types.of(exc).isSubtypeOf(Types.BASE_EXCEPTION)) {
                    instance = Heap.newRef(exc);
                } else {
                    throw Errors.typeError("exceptions must be classes or instances deriving from BaseException, not "
                            + Types.of(exc).name);
                }
                long r = runner.resume(self, BoolObject.NONE, instance);
                if (finished) {
                    throw stopIteration(r);
                }
                return r;
            });
            method("close", (self, a, o, n) -> {
                Args.exactly("close", n, 0);
                close(self);
                return BoolObject.none();
            });
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "__name__" -> Heap.newRef(field(obj, GI_NAME));
                case "__qualname__" -> Heap.newRef(field(obj, GI_QUALNAME));
                case "gi_running" -> BoolObject.fromBoolean(state(obj) == FRAME_EXECUTING);
                case "gi_suspended" -> BoolObject.fromBoolean(state(obj) == FRAME_SUSPENDED);
                case "gi_code" -> Heap.newRef(field(obj, GI_CODE));
                case "gi_frame" -> {
                    // the frame object of a generator that has not finished (made once, kept by the generator)
                    byte st = state(obj);
                    if (st == FRAME_COMPLETED || st == FRAME_CLEARED) {
                        yield BoolObject.none();
                    }
                    if (field(obj, F_FRAME_OBJ) == 0) {
                        long code = field(obj, F_CODE);
                        Memory.putLong(obj + F_FRAME_OBJ, FrameObject.create(code, field(obj, F_GLOBALS), 0));
                    }
                    yield Heap.newRef(field(obj, F_FRAME_OBJ));
                }
                case "gi_yieldfrom" -> BoolObject.none();
                default -> 0;
            };
        }

        @Override
        public String repr(long obj) {
            return "<generator object " + StrObject.toJava(field(obj, GI_QUALNAME)) + " at " + Heap.hexAddress(obj) + ">";
        }

        @Override
        public long iter(long obj) {
            return Heap.newRef(obj);
        }

        @Override
        public long next(long obj) {
            byte st = state(obj);
            if (st == FRAME_COMPLETED || st == FRAME_CLEARED) {
                return 0;
            }
            long r = runner.resume(obj, BoolObject.NONE, 0);
            if (finished) {
                if (r == BoolObject.NONE) {
                    Heap.decref(r);
                    return 0;
                }
                throw stopIteration(r); // gen_iternext: a return value travels in StopIteration
            }
            return r;
        }

        @Override
        public long sizeof(long obj) {
            return LOCALSPLUS + 8 * Memory.getLong(obj + F_CAPACITY);
        }

        private static final long[] HEAD_FIELDS = {GI_CODE, GI_NAME, GI_QUALNAME};
        private static final long[] FRAME_FIELDS = {F_LOCALS, F_FUNC, F_CODE};

        @Override
        public boolean hasFinalize() {
            return true;
        }

        /** _PyGen_Finalize: a suspended generator is closed (GeneratorExit thrown in). */
        @Override
        public void finalize(long obj) {
            byte st = state(obj);
            if (st == FRAME_SUSPENDED || st == FRAME_CREATED) {
                try {
                    close(obj);
                } catch (PyException e) {
                    HeapType.reportUnraisable(e, Ops.reprJava(obj));
                }
            }
        }

        @Override
        public void dealloc(long obj) {
            // gen_dealloc: weakrefs are cleared (their callbacks run) before the generator is closed
            Heap.untrack(obj);
            if (field(obj, GEN_WEAKREFLIST) != 0) {
                WeakRefs.clearWeakRefs(obj);
            }
            Heap.track(obj);
            byte st = state(obj);
            if (st == FRAME_SUSPENDED) {
                Heap.incref(obj);
                try {
                    close(obj);
                } catch (PyException e) {
                    Heap.decref(e.exception); // PyErr_WriteUnraisable in CPython
                }
                long left = Memory.getLong(obj) - 1;
                Memory.putLong(obj, left);
                if (left > 0) {
                    return;
                }
            }
            Heap.untrack(obj);
            clearFrame(obj);
            Heap.xdecref(field(obj, F_CODE));
            Heap.xdecref(field(obj, F_FRAME_OBJ));
            Heap.xdecref(field(obj, GI_EXC_VALUE));
            Heap.xdecref(field(obj, GI_CODE));
            Heap.xdecref(field(obj, GI_NAME));
            Heap.xdecref(field(obj, GI_QUALNAME));
            Heap.freeObject(obj, true);
        }

        /** Everything gen_dealloc releases: what traverse visits and the frame object. */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            traverse(obj, visit);
            long fo = field(obj, F_FRAME_OBJ);
            if (fo != 0) {
                visit.visit(fo);
            }
        }

        /**
         * gen_traverse: code, name, qualname, then the frame (_PyFrame_Traverse: f_locals, f_func,
         * f_code, the slots), then exc_value.
         */
        @Override
        public void traverse(long obj, Visitor visit) {
            visitFields(obj, HEAD_FIELDS, visit);
            visitFields(obj, FRAME_FIELDS, visit);
            int top = stackTop(obj);
            for (int i = 0; i < top; i++) {
                long v = Memory.getLong(obj + LOCALSPLUS + 8L * i);
                if (v != 0) {
                    visit.visit(v);
                }
            }
            long exc = field(obj, GI_EXC_VALUE);
            if (exc != 0) {
                visit.visit(exc);
            }
        }

        private static void visitFields(long obj, long[] offsets, Visitor visit) {
            for (long off : offsets) {
                long v = field(obj, off);
                if (v != 0) {
                    visit.visit(v);
                }
            }
        }
    }

    /** gen.send(v): the next yielded value, or StopIteration with the return value. */
    static long sendOrStop(long gen, long v) {
        byte st = state(gen);
        if (st == FRAME_CREATED && v != BoolObject.NONE) {
            throw Errors.typeError("can't send non-None value to a just-started generator");
        }
        if (st == FRAME_COMPLETED || st == FRAME_CLEARED) {
            throw Errors.raise(Types.STOP_ITERATION, null);
        }
        long r = runner.resume(gen, v, 0);
        if (finished) {
            throw stopIteration(r);
        }
        return r;
    }

    /** StopIteration carrying value (taken), or a bare one for None. */
    public static PyException stopIteration(long value) {
        if (value == BoolObject.NONE) {
            Heap.decref(value);
            return Errors.raise(Types.STOP_ITERATION, null);
        }
        long args = TupleObject.allocate(1);
        TupleObject.set(args, 0, value);
        return new PyException(ExceptionObject.create(Types.STOP_ITERATION, args));
    }

    /** gen.close(): GeneratorExit thrown in; a yielded value is a RuntimeError. */
    static void close(long gen) {
        byte st = state(gen);
        if (st == FRAME_CREATED) {
            setState(gen, FRAME_COMPLETED);
            clearFrame(gen);
            return;
        }
        if (st != FRAME_SUSPENDED) {
            return;
        }
        long exit = ExceptionObject.withMessage(Types.GENERATOR_EXIT, null);
        long r;
        boolean done;
        try {
            r = runner.resume(gen, BoolObject.NONE, exit);
            done = finished;
        } catch (PyException e) {
            if (e.type().isSubtypeOf(Types.GENERATOR_EXIT) || e.type().isSubtypeOf(Types.STOP_ITERATION)) {
                Heap.decref(e.exception);
                return;
            }
            throw e;
        }
        Heap.decref(r);
        if (!done) {
            throw Errors.raise(Types.RUNTIME_ERROR, "generator ignored GeneratorExit");
        }
    }
}
