package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * getset_descriptor and member_descriptor (descrobject.c): PyDescr_COMMON (d_type, d_name,
 * d_qualname) and what the descriptor accesses (48 bytes + GC header). A getset's last word names
 * one of the computed attributes below; a member's holds the offset of a {@code __slots__} field.
 * Both are data descriptors.
 */
public final class GetSetDescrObject {
    /** Getsets: the instance __dict__, __weakref__, __class__, and BaseException's fields. */
    public static final int DICT = 0;
    public static final int WEAKREF = 1;
    public static final int CLASS = 2;
    public static final int EXC_ARGS_GS = 3;
    public static final int EXC_TRACEBACK_GS = 4;
    public static final int EXC_CAUSE_GS = 5;
    public static final int EXC_CONTEXT_GS = 6;
    public static final int EXC_SUPPRESS_GS = 7;

    /** Getsets computed by a Java getter (int.real, float.imag, ...): COMPUTED + index in GETTERS. */
    private static final int COMPUTED = 1000;
    private static final java.util.List<Getter> GETTERS = new java.util.ArrayList<>();

    /** A read-only computed attribute: returns a new reference. */
    @FunctionalInterface
    public interface Getter {
        long get(long obj);
    }

    private GetSetDescrObject() {}

    /** Puts a read-only getset computed by getter in type's dict under name. */
    public static void defineComputed(PyType type, String name, Getter getter) {
        GETTERS.add(getter);
        define(type, name, COMPUTED + GETTERS.size() - 1);
    }

    /** A new getset descriptor of kind which for type, named name (a reference to type is taken here). */
    public static long getset(PyType type, String name, int which) {
        return create(Types.GETSET_DESCRIPTOR, type, Names.get(name), which);
    }

    /** A new member descriptor for the slot at offset (name: a str, a reference is taken here). */
    public static long member(PyType type, long name, long offset) {
        return create(Types.MEMBER_DESCRIPTOR, type, name, offset);
    }

    private static long create(PyType kind, PyType type, long name, long which) {
        long d = Heap.allocObject(kind.address, GETSET_SIZE, true);
        Memory.putLong(d + GETSET_TYPE, Heap.newRef(type.address));
        Memory.putLong(d + GETSET_NAME, Heap.newRef(name));
        Memory.putLong(d + GETSET_QUALNAME, 0);
        Memory.putLong(d + GETSET_WHICH, which);
        Heap.track(d);
        return d;
    }

    /** Puts a getset for type in its dict under name. */
    static void define(PyType type, String name, int which) {
        long d = getset(type, name, which);
        type.putInDict(Names.get(name), d);
        Heap.decref(d);
    }

    private static long field(long d, long off) {
        return Memory.getLong(d + off);
    }

    private static long orNone(long v) {
        return v == 0 ? BoolObject.none() : Heap.newRef(v);
    }

    private static void replace(long obj, long off, long value) {
        long old = Memory.getLong(obj + off);
        Memory.putLong(obj + off, value == 0 || value == BoolObject.NONE ? 0 : Heap.newRef(value));
        Heap.xdecref(old);
    }

    private static long getsetGet(long d, long obj) {
        if (field(d, GETSET_WHICH) >= COMPUTED) {
            return GETTERS.get((int) field(d, GETSET_WHICH) - COMPUTED).get(obj);
        }
        return switch ((int) field(d, GETSET_WHICH)) {
            case DICT -> {
                long dict = InstanceObject.getDict(obj);
                if (dict == 0) {
                    throw Errors.attributeError("This object has no __dict__");
                }
                yield dict;
            }
            case WEAKREF -> {
                long slot = WeakRefs.weaklistSlot(obj);
                long head = slot == 0 ? 0 : Memory.getLong(slot);
                yield Heap.newRef(head == 0 ? BoolObject.NONE : head);
            }
            case CLASS -> Heap.newRef(Types.typeAddressOf(obj));
            case EXC_ARGS_GS -> Heap.newRef(ExceptionObject.args(obj));
            case EXC_TRACEBACK_GS -> orNone(Memory.getLong(obj + EXC_TRACEBACK));
            case EXC_CAUSE_GS -> orNone(Memory.getLong(obj + EXC_CAUSE));
            case EXC_CONTEXT_GS -> orNone(Memory.getLong(obj + EXC_CONTEXT));
            default -> BoolObject.fromBoolean(Memory.getByte(obj + EXC_SUPPRESS_CONTEXT) != 0);
        };
    }

    private static void getsetSet(long d, long obj, long value) {
        int which = (int) field(d, GETSET_WHICH);
        String name = StrObject.toJava(field(d, GETSET_NAME));
        if (which == CLASS) {
            InstanceObject.setClass(obj, value);
            return;
        }
        boolean hasSetter = which == DICT || which == EXC_ARGS_GS || which == EXC_TRACEBACK_GS
                || which == EXC_CAUSE_GS || which == EXC_CONTEXT_GS || which == EXC_SUPPRESS_GS;
        if (value == 0 && hasSetter) {
            throw Errors.typeError("cannot delete " + name);
        }
        switch (which) {
            case DICT -> InstanceObject.setDict(obj, value);
            case EXC_ARGS_GS -> {
                long t = TupleObject.check(value) ? Heap.newRef(value) : Sequences.toTuple(value);
                replace(obj, EXC_ARGS, t);
                Heap.decref(t);
            }
            case EXC_TRACEBACK_GS -> replace(obj, EXC_TRACEBACK, value);
            case EXC_CAUSE_GS -> {
                replace(obj, EXC_CAUSE, value);
                Memory.putByte(obj + EXC_SUPPRESS_CONTEXT, (byte) 1);
            }
            case EXC_CONTEXT_GS -> replace(obj, EXC_CONTEXT, value);
            case EXC_SUPPRESS_GS -> Memory.putByte(obj + EXC_SUPPRESS_CONTEXT, (byte) (Ops.isTrue(value) ? 1 : 0));
            default -> throw Errors.attributeError("attribute '" + name + "' of '" + ownerName(d)
                    + "' objects is not writable");
        }
    }

    private static String ownerName(long d) {
        return Types.ofTypeObject(field(d, GETSET_TYPE)).name;
    }

    private static void checkOwner(long d, long obj) {
        PyType owner = Types.ofTypeObject(field(d, GETSET_TYPE));
        if (!Types.of(obj).isSubtypeOf(owner)) {
            throw Errors.typeError("descriptor '" + StrObject.toJava(field(d, GETSET_NAME)) + "' for '" + owner.name
                    + "' objects doesn't apply to a '" + Types.of(obj).name + "' object");
        }
    }

    /** The slots of getset_descriptor and member_descriptor. */
    static final class Type extends PyType {
        private final boolean member;

        Type(String name) {
            super(name, Types.OBJECT, true, GETSET_SIZE, 0);
            this.member = name.equals("member_descriptor");
        }

        @Override
        public String repr(long obj) {
            return "<" + (member ? "member" : "attribute") + " '" + StrObject.toJava(field(obj, GETSET_NAME)) + "' of '"
                    + ownerName(obj) + "' objects>";
        }

        @Override
        public boolean hasDescrGet() {
            return true;
        }

        @Override
        public boolean hasDescrSet() {
            return true;
        }

        @Override
        public long descrGet(long descr, long obj, long type) {
            if (obj == 0) {
                return Heap.newRef(descr);
            }
            checkOwner(descr, obj);
            if (!member) {
                return getsetGet(descr, obj);
            }
            long v = Memory.getLong(obj + field(descr, GETSET_WHICH));
            if (v == 0) {
                throw InstanceObject.noAttribute(Types.of(obj), field(descr, GETSET_NAME));
            }
            return Heap.newRef(v);
        }

        @Override
        public void descrSet(long descr, long obj, long value) {
            checkOwner(descr, obj);
            if (!member) {
                getsetSet(descr, obj, value);
                return;
            }
            long addr = obj + field(descr, GETSET_WHICH);
            long old = Memory.getLong(addr);
            if (value == 0 && old == 0) {
                throw Errors.attributeError(StrObject.toJava(field(descr, GETSET_NAME)));
            }
            Memory.putLong(addr, value == 0 ? 0 : Heap.newRef(value));
            Heap.xdecref(old);
        }

        @Override
        public long getAttr(long obj, long name) {
            String n = StrObject.toJava(name);
            if (n.equals("__name__")) {
                return Heap.newRef(field(obj, GETSET_NAME));
            }
            if (n.equals("__objclass__")) {
                return Heap.newRef(field(obj, GETSET_TYPE));
            }
            return 0;
        }

        /** descr_traverse visits only d_type; the name and qualname are references too. */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            visitOffsets(obj, new long[] {GETSET_TYPE, GETSET_NAME, GETSET_QUALNAME}, visit);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, GETSET_TYPE));
            Heap.xdecref(field(obj, GETSET_NAME));
            Heap.xdecref(field(obj, GETSET_QUALNAME));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            visit.visit(field(obj, GETSET_TYPE));
        }
    }
}
