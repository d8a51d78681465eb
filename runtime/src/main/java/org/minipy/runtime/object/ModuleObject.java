package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** module: PyModuleObject, its namespace a dict. */
public final class ModuleObject {
    private ModuleObject() {}

    /** A new module named name, with an empty namespace holding __name__. */
    public static long create(String name) {
        long m = Heap.allocObject(Types.MODULE.address, MODULE_SIZE, true);
        Memory.fill(m + OBJECT_HEAD, MODULE_SIZE - OBJECT_HEAD, (byte) 0);
        long dict = DictObject.create();
        long nameStr = StrObject.intern(StrObject.fromJava(name));
        Memory.putLong(m + MODULE_DICT, dict);
        Memory.putLong(m + MODULE_NAME, nameStr);
        setAttr(m, "__name__", nameStr);
        Heap.track(m);
        return m;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.MODULE.address;
    }

    /** The module's name as Java text. */
    public static String name(long m) {
        return StrObject.toJava(Memory.getLong(m + MODULE_NAME));
    }

    public static long dict(long m) {
        return Memory.getLong(m + MODULE_DICT);
    }

    /** Sets a module attribute, taking a new reference to value. */
    public static void setAttr(long m, String name, long value) {
        long key = StrObject.intern(StrObject.fromJava(name));
        DictObject.set(dict(m), key, value);
        Heap.decref(key);
    }

    /** The module type's slots. */
    static final class Type extends PyType {
        Type() {
            super("module", Types.OBJECT, true, MODULE_SIZE, 0);
        }

        @Override
        public long weaklistOffset() {
            return MODULE_WEAKLIST;
        }

        @Override
        public String repr(long obj) {
            return "<module '" + StrObject.toJava(field(obj, MODULE_NAME)) + "' (built-in)>";
        }

        @Override
        public boolean methodShortcut() {
            return false;
        }

        @Override
        public long getAttr(long obj, long name) {
            if (StrObject.toJava(name).equals("__dict__")) { // the module's member __dict__
                return Heap.newRef(dict(obj));
            }
            long v = DictObject.get(dict(obj), name);
            return v == 0 ? 0 : Heap.newRef(v);
        }

        @Override
        public boolean setAttr(long obj, long name, long value) {
            if (value == 0) {
                return DictObject.delete(dict(obj), name);
            }
            DictObject.set(dict(obj), name, value);
            return true;
        }

        /** module_traverse visits the dict; the name is a reference too. */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            visitOffsets(obj, new long[] {MODULE_DICT, MODULE_NAME}, visit);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            if (field(obj, MODULE_WEAKLIST) != 0) {
                WeakRefs.clearWeakRefs(obj);
            }
            Heap.xdecref(field(obj, MODULE_DICT));
            Heap.xdecref(field(obj, MODULE_NAME));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(field(obj, MODULE_DICT));
        }

        /** module_clear: drops the module's dict. */
        @Override
        public void clear(long obj) {
            Heap.clearField(obj, MODULE_DICT);
        }
    }
}
