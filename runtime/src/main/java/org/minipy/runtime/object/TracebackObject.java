package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * traceback: PyTracebackObject (tb_next, tb_frame, tb_lasti, tb_lineno). tb_frame is the frame
 * object, which keeps the frame's locals alive after the frame has exited.
 */
public final class TracebackObject {
    public static final long TB_NEXT = 16;
    public static final long TB_FRAME = 24;
    public static final long TB_LASTI = 32;
    public static final long TB_LINENO = 36;
    public static final long TB_SIZE = 40;

    private TracebackObject() {}

    /** PyTraceBack_Here: a new traceback entry in front of next (0 for none) for a frame object; new references. */
    public static long create(long next, long frame, int lasti, int line) {
        long tb = Heap.allocObject(Types.TRACEBACK.address, TB_SIZE, true);
        Memory.putLong(tb + TB_NEXT, next == 0 ? 0 : Heap.newRef(next));
        Memory.putLong(tb + TB_FRAME, Heap.newRef(frame));
        Memory.putInt(tb + TB_LASTI, lasti);
        Memory.putInt(tb + TB_LINENO, line);
        Heap.track(tb);
        return tb;
    }

    public static long next(long tb) {
        return Memory.getLong(tb + TB_NEXT);
    }

    public static long frame(long tb) {
        return Memory.getLong(tb + TB_FRAME);
    }

    /** The code object of the entry's frame. */
    public static long code(long tb) {
        return FrameObject.code(frame(tb));
    }

    /** tb_lasti: the byte offset of the instruction the frame was at. */
    public static int lasti(long tb) {
        return Memory.getInt(tb + TB_LASTI);
    }

    public static int line(long tb) {
        return Memory.getInt(tb + TB_LINENO);
    }

    /** The traceback type's slots. */
    static final class Type extends PyType {
        Type() {
            super("traceback", Types.OBJECT, true, TB_SIZE, 0);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            if (!Heap.trashBegin(obj)) {
                return;
            }
            Heap.xdecref(TracebackObject.next(obj));
            Heap.xdecref(frame(obj));
            Heap.freeObject(obj, true);
            Heap.trashEnd();
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            if (TracebackObject.next(obj) != 0) {
                visit.visit(TracebackObject.next(obj));
            }
            visit.visit(frame(obj));
        }

        /** tb_clear: tb_next, then tb_frame. */
        @Override
        public void clear(long obj) {
            Heap.clearField(obj, TB_NEXT);
            Heap.clearField(obj, TB_FRAME);
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "tb_next" -> Heap.newRef(TracebackObject.next(obj) == 0 ? BoolObject.NONE : TracebackObject.next(obj));
                case "tb_lineno" -> line(obj) < 0 ? BoolObject.none() : IntObject.fromLong(line(obj)); // None: no line
                case "tb_lasti" -> IntObject.fromLong(Memory.getInt(obj + TB_LASTI));
                case "tb_frame" -> Heap.newRef(frame(obj));
                default -> 0;
            };
        }
    }
}
