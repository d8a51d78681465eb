package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** cell: PyCellObject (ob_ref), holding a variable shared between a function and its closures. */
public final class CellObject {
    public static final long CELL_REF = 16;
    public static final long CELL_SIZE = 24;

    private CellObject() {}

    /** A new cell holding value (a new reference is taken; 0 for an empty cell). */
    public static long create(long value) {
        long c = Heap.allocObject(Types.CELL.address, CELL_SIZE, true);
        Memory.putLong(c + CELL_REF, value == 0 ? 0 : Heap.newRef(value));
        Heap.track(c);
        return c;
    }

    /** Borrowed contents, 0 when empty. */
    public static long get(long cell) {
        return Memory.getLong(cell + CELL_REF);
    }

    /** Stores value (takes a new reference; 0 empties the cell), dropping the old contents. */
    public static void set(long cell, long value) {
        long old = Memory.getLong(cell + CELL_REF);
        Memory.putLong(cell + CELL_REF, value == 0 ? 0 : Heap.newRef(value));
        Heap.xdecref(old);
    }

    /** The cell type's slots. */
    static final class Type extends PyType {
        Type() {
            super("cell", Types.OBJECT, true, CELL_SIZE, 0);
        }

        @Override
        public String repr(long obj) {
            long v = get(obj);
            return v == 0 ? "<cell at " + Heap.hexAddress(obj) + ": empty>"
                    : "<cell at " + Heap.hexAddress(obj) + ": " + Types.of(v).name + " object at " + Heap.hexAddress(v) + ">";
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(get(obj));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            long v = get(obj);
            if (v != 0) {
                visit.visit(v);
            }
        }

        @Override
        public void clear(long obj) {
            Heap.clearField(obj, CELL_REF);
        }

        @Override
        public long getAttr(long obj, long name) {
            if (StrObject.toJava(name).equals("cell_contents")) {
                long v = get(obj);
                if (v == 0) {
                    throw Errors.valueError("Cell is empty");
                }
                return Heap.newRef(v);
            }
            return 0;
        }
    }
}
