package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * method_descriptor: a builtin method found in a built-in type's dict ({@code list.append}).
 * Looking it up on an instance binds it: a builtin_function_or_method whose self is the instance.
 */
public final class MethodDescrObject {
    private MethodDescrObject() {}

    /** A new descriptor for definition index on type. */
    public static long create(PyType type, int index) {
        long d = Heap.allocObject(Types.METHOD_DESCRIPTOR.address, DESCR_SIZE, true);
        Memory.putLong(d + DESCR_TYPE, type.address);
        Memory.putLong(d + DESCR_NAME, StrObject.intern(StrObject.fromJava(MethodDefs.name(index))));
        Memory.putLong(d + DESCR_QUALNAME, 0);
        Memory.putLong(d + DESCR_METHOD, index);
        Memory.putLong(d + DESCR_VECTORCALL, 0);
        Heap.track(d);
        return d;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.METHOD_DESCRIPTOR.address;
    }

    /** descr.__get__(obj): a new bound builtin method. */
    public static long bind(long descr, long self) {
        return CFunctionObject.create((int) Memory.getLong(descr + DESCR_METHOD), self, 0);
    }

    /** Calls the unbound descriptor: the first argument is self. */
    static long callUnbound(long descr, long[] args, int offset, int count) {
        if (count > 0 && Types.typeAddressOf(args[offset]) == Memory.getLong(descr + DESCR_TYPE)) {
            return MethodDefs.function((int) Memory.getLong(descr + DESCR_METHOD))
                    .call(args[offset], args, offset + 1, count - 1);
        }
        PyType owner = Types.ofTypeObject(Memory.getLong(descr + DESCR_TYPE));
        String name = MethodDefs.name((int) Memory.getLong(descr + DESCR_METHOD));
        if (count == 0) {
            throw Errors.typeError("unbound method " + owner.name + "." + name + "() needs an argument");
        }
        long self = args[offset];
        if (!Types.of(self).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + name + "' for '" + owner.name + "' objects doesn't apply to a '"
                    + Types.of(self).name + "' object");
        }
        return MethodDefs.function((int) Memory.getLong(descr + DESCR_METHOD)).call(self, args, offset + 1, count - 1);
    }

    /** method_descriptor's slots. */
    static final class Type extends PyType {
        Type() {
            super("method_descriptor", Types.OBJECT, true, DESCR_SIZE, 0);
        }

        @Override
        protected boolean bindsAsDescriptor() {
            return true;
        }

        @Override
        public String repr(long obj) {
            return "<method '" + StrObject.toJava(field(obj, DESCR_NAME)) + "' of '"
                    + Types.ofTypeObject(field(obj, DESCR_TYPE)).name + "' objects>";
        }

        @Override
        public boolean hasCallSlot() {
            return true;
        }

        @Override
        public long call(long callable, long[] args, int offset, int count) {
            return callUnbound(callable, args, offset, count);
        }

        @Override
        public long callWithKeywords(long callable, long[] args, int offset, int count, long kwnames) {
            int index = (int) field(callable, DESCR_METHOD);
            KeywordFunction fn = MethodDefs.keywordFunction(index);
            PyType owner = Types.ofTypeObject(field(callable, DESCR_TYPE));
            if (fn == null) {
                throw Errors.typeError(owner.name + "." + MethodDefs.name(index) + "() takes no keyword arguments");
            }
            int npos = count - (int) TupleObject.size(kwnames);
            if (npos == 0) {
                throw Errors.typeError("unbound method " + owner.name + "." + MethodDefs.name(index)
                        + "() needs an argument");
            }
            long self = args[offset];
            if (!Types.of(self).isSubtypeOf(owner)) {
                throw Errors.typeError("descriptor '" + MethodDefs.name(index) + "' for '" + owner.name
                        + "' objects doesn't apply to a '" + Types.of(self).name + "' object");
            }
            return fn.call(self, args, offset + 1, count - 1, kwnames);
        }

        /** The descriptor's name (its d_type is borrowed here: built-in types are static). */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            visitOffsets(obj, new long[] {DESCR_NAME}, visit);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, DESCR_NAME));
            Heap.freeObject(obj, true);
        }
    }
}
