package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * traceback: PyTracebackObject (tb_next, tb_frame, tb_lasti, tb_lineno). Until frames can be
 * materialised as objects, tb_frame holds the code object of the frame (a reference), which is
 * what printing a traceback needs.
 */
public final class TracebackObject {
    public static final long TB_NEXT = 16;
    public static final long TB_FRAME = 24;
    public static final long TB_LASTI = 32;
    public static final long TB_LINENO = 36;
    public static final long TB_SIZE = 40;

    private TracebackObject() {}

    /** PyTraceBack_Here: a new traceback entry in front of next (0 for none); takes new references. */
    public static long create(long next, long code, int lasti, int line) {
        long tb = Heap.allocObject(Types.TRACEBACK.address, TB_SIZE, true);
        Memory.putLong(tb + TB_NEXT, next == 0 ? 0 : Heap.newRef(next));
        Memory.putLong(tb + TB_FRAME, Heap.newRef(code));
        Memory.putInt(tb + TB_LASTI, lasti);
        Memory.putInt(tb + TB_LINENO, line);
        Heap.track(tb);
        return tb;
    }

    public static long next(long tb) {
        return Memory.getLong(tb + TB_NEXT);
    }

    public static long code(long tb) {
        return Memory.getLong(tb + TB_FRAME);
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
            Heap.xdecref(code(obj));
            Heap.freeObject(obj, true);
            Heap.trashEnd();
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            if (TracebackObject.next(obj) != 0) {
                visit.visit(TracebackObject.next(obj));
            }
            visit.visit(code(obj));
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "tb_next" -> Heap.newRef(TracebackObject.next(obj) == 0 ? BoolObject.NONE : TracebackObject.next(obj));
                case "tb_lineno" -> IntObject.fromLong(line(obj));
                case "tb_lasti" -> IntObject.fromLong(Memory.getInt(obj + TB_LASTI));
                default -> 0;
            };
        }
    }
}
