package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

/** 'type' and 'object': the slots of type objects themselves. */
public final class TypeObject {
    private TypeObject() {}

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.TYPE.address;
    }

    /** type's slots: repr, and calling a type to make an instance. */
    static final class Type extends PyType {
        Type() {
            super("type", null, true, TYPE_SIZE, 0);
        }

        @Override
        public String repr(long obj) {
            return "<class '" + Types.ofTypeObject(obj).name + "'>";
        }

        @Override
        public long sizeof(long obj) {
            return TYPE_SIZE;
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            return Types.ofTypeObject(callable).construct(args, offset, count);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count != 1) {
                throw Errors.typeError("type() takes 1 or 3 arguments");
            }
            return Heap.newRef(Types.typeAddressOf(args[offset]));
        }

        @Override
        public long getAttr(long obj, long name) {
            PyType t = Types.ofTypeObject(obj);
            long found = t.lookup(name);
            if (found != 0) {
                return Heap.newRef(found);
            }
            if (StrObject.toJava(name).equals("__name__")) {
                return StrObject.fromJava(t.name);
            }
            return 0;
        }

        @Override
        public void dealloc(long obj) {
            throw new IllegalStateException("deallocating a built-in type");
        }
    }

    /** object's slots: the defaults every type inherits. */
    static final class ObjectType extends PyType {
        ObjectType() {
            super("object", null, false, OBJECT_HEAD, 0);
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count != 0) {
                throw Errors.typeError("object() takes no arguments");
            }
            return Heap.allocObject(address, OBJECT_HEAD, false);
        }
    }
}
