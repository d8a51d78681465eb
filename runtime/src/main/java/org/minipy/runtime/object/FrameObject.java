package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * frame: CPython 3.11's PyFrameObject, made only when something needs a frame as an object (a
 * traceback entry, locals()). While its frame runs, the frame's data stays on the VM's data
 * stack; if the object outlives the frame (a traceback still holds it), the frame's function,
 * slots and value stack move into the object's own block when the frame exits (CPython's
 * take_ownership), so a function's locals live as long as a traceback of it.
 *
 * <pre>
 *  16 f_back  24 f_frame (the owned data below, or 0 while the frame runs)  32 f_trace
 *  40 f_lineno (int)  44 flags
 *  48 _f_frame_data: f_func, f_globals, f_builtins, f_locals, f_code (always set), frame_obj,
 *     previous, prev_instr, 112 stacktop (int), is_entry, owner  120 localsplus[nlocalsplus + stacksize]
 * </pre>
 */
public final class FrameObject {
    public static final long F_BACK = 16;
    public static final long F_FRAME = 24;
    public static final long F_LINENO = 40;
    public static final long F_DATA = 48;
    public static final long D_FUNC = 48;
    public static final long D_GLOBALS = 56;
    /** f_locals: a function frame's locals() dict, once asked for (owned with the data). */
    public static final long D_LOCALS = 72;
    public static final long D_CODE = 80;
    public static final long D_CAPACITY = 96;
    public static final long D_PREV_INSTR = 104;
    public static final long D_STACKTOP = 112;
    public static final long LOCALSPLUS = 120;

    /** What {@link LiveLines#lineOf} answers for a frame that is not running. */
    public static final int NOT_RUNNING = Integer.MIN_VALUE;

    /** The VM's view of running frames: the line a running frame is at (-1: none), else NOT_RUNNING. */
    public interface LiveLines {
        int lineOf(long frameObject);
    }

    private static LiveLines liveLines = f -> NOT_RUNNING;

    private FrameObject() {}

    public static void setLiveLines(LiveLines lines) {
        liveLines = lines;
    }

    /**
     * f_lineno: where a running frame is now, else the line it exited at (PyFrame_GetLineNumber);
     * -1 when that instruction has no line (CPython's f_lineno is then None).
     */
    public static int line(long f) {
        if (!owns(f)) {
            int l = liveLines.lineOf(f);
            if (l != NOT_RUNNING) {
                return l;
            }
        }
        return Memory.getInt(f + F_LINENO);
    }

    /** A new frame object for a running frame of code (a reference is taken to code); slots words of room. */
    public static long create(long code, long globals, int slots) {
        long size = LOCALSPLUS + 8L * slots;
        long f = Heap.allocObject(Types.FRAME.address, size, true);
        Memory.fill(f + OBJECT_HEAD, size - OBJECT_HEAD, (byte) 0);
        Memory.putLong(f + D_CODE, Heap.newRef(code));
        Memory.putLong(f + D_GLOBALS, globals);
        Memory.putLong(f + D_CAPACITY, slots);
        Heap.track(f);
        return f;
    }

    public static long code(long f) {
        return Memory.getLong(f + D_CODE);
    }

    public static void setLine(long f, int line) {
        Memory.putInt(f + F_LINENO, line);
    }

    /**
     * take_ownership: the frame is exiting while this object lives on. Its data (references in
     * s[from .. to), the function ref, its f_locals dict (or 0) and f_back, all taken) moves into
     * the object.
     */
    public static void takeOwnership(long f, long func, long locals, long[] s, int from, int to, long back,
            int lasti) {
        int capacity = (int) Memory.getLong(f + D_CAPACITY);
        int n = Math.min(to - from, capacity);
        for (int i = 0; i < n; i++) {
            Memory.putLong(f + LOCALSPLUS + 8L * i, s[from + i]);
            s[from + i] = 0;
        }
        for (int i = from + n; i < to; i++) { // cannot happen for a verified frame; keep counts right
            Heap.xdecref(s[i]);
            s[i] = 0;
        }
        Memory.putInt(f + D_STACKTOP, n);
        Memory.putLong(f + D_FUNC, func);
        Memory.putLong(f + D_LOCALS, locals);
        Memory.putLong(f + D_PREV_INSTR, lasti);
        Memory.putLong(f + F_BACK, back);
        Memory.putLong(f + F_FRAME, f + F_DATA);
    }

    public static boolean owns(long f) {
        return Memory.getLong(f + F_FRAME) != 0;
    }

    /** frame's slots. */
    static final class Type extends PyType {
        Type() {
            super("frame", Types.OBJECT, true, LOCALSPLUS, 8);
        }

        /** frame has a __sizeof__ of its own in 3.11 (frame_sizeof). */
        @Override
        protected void defineMethods() {
            sizeofMethod();
        }

        @Override
        public String repr(long obj) {
            long code = code(obj);
            return "<frame at " + Heap.hexAddress(obj) + ", file '" + StrObject.toJava(CodeObject.filename(code))
                    + "', line " + line(obj) + ", code " + StrObject.toJava(CodeObject.name(code)) + ">";
        }

        @Override
        public long sizeof(long obj) {
            return LOCALSPLUS + 8 * Memory.getLong(obj + D_CAPACITY);
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "f_code" -> Heap.newRef(code(obj));
                case "f_lineno" -> {
                    int line = line(obj);
                    yield line < 0 ? BoolObject.none() : IntObject.fromLong(line);
                }
                case "f_back" -> Heap.newRef(field(obj, F_BACK) == 0 ? BoolObject.NONE : field(obj, F_BACK));
                case "f_globals" -> Heap.newRef(field(obj, D_GLOBALS));
                case "f_builtins" -> BoolObject.none();
                default -> 0;
            };
        }

        /** frame_tp_clear: the owned locals and value stack. */
        @Override
        public void clear(long obj) {
            if (owns(obj)) {
                int top = Memory.getInt(obj + D_STACKTOP);
                for (int i = 0; i < top; i++) {
                    Heap.clearField(obj, LOCALSPLUS + 8L * i);
                }
                Memory.putInt(obj + D_STACKTOP, 0);
            }
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            if (!Heap.trashBegin(obj)) {
                return;
            }
            if (owns(obj)) {
                // frame_dealloc's order: the function, f_locals, then the slots
                long func = field(obj, D_FUNC);
                Memory.putLong(obj + D_FUNC, 0);
                Heap.xdecref(func);
                long locals = field(obj, D_LOCALS);
                Memory.putLong(obj + D_LOCALS, 0);
                Heap.xdecref(locals);
                int top = Memory.getInt(obj + D_STACKTOP);
                for (int i = 0; i < top; i++) {
                    long v = Memory.getLong(obj + LOCALSPLUS + 8L * i);
                    Memory.putLong(obj + LOCALSPLUS + 8L * i, 0);
                    Heap.xdecref(v);
                }
            }
            Heap.xdecref(field(obj, F_BACK));
            Heap.xdecref(field(obj, D_CODE));
            Heap.freeObject(obj, true);
            Heap.trashEnd();
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            if (field(obj, F_BACK) != 0) {
                visit.visit(field(obj, F_BACK));
            }
            visit.visit(field(obj, D_CODE));
            if (owns(obj)) {
                int top = Memory.getInt(obj + D_STACKTOP);
                for (int i = 0; i < top; i++) {
                    long v = Memory.getLong(obj + LOCALSPLUS + 8L * i);
                    if (v != 0) {
                        visit.visit(v);
                    }
                }
                if (field(obj, D_FUNC) != 0) {
                    visit.visit(field(obj, D_FUNC));
                }
                if (field(obj, D_LOCALS) != 0) {
                    visit.visit(field(obj, D_LOCALS));
                }
            }
        }
    }
}
