package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/**
 * super (typeobject.c's superobject: type, obj, obj_type; 40 bytes + GC header). Attribute
 * lookup searches the MRO of obj_type after type and binds what it finds to obj.
 */
public final class SuperObject {
    /** Supplies the zero-argument form: the VM reads the frame's __class__ cell and first argument. */
    public interface ZeroArgs {
        /** {type, obj} as borrowed references; raises RuntimeError as CPython when unavailable. */
        long[] typeAndSelf();
    }

    private static ZeroArgs zeroArgs;

    private SuperObject() {}

    public static void setZeroArgs(ZeroArgs z) {
        zeroArgs = z;
    }

    /** super(type, obj): a new super object; obj may be an instance of type or a subclass of it. */
    public static long create(long type, long obj) {
        if (!TypeObject.isType(type)) {
            throw Errors.typeError("super() argument 1 must be a type, not " + Types.of(type).name);
        }
        long objType = obj == 0 ? 0 : check(type, obj);
        long s = Heap.allocObject(Types.SUPER.address, SUPER_SIZE, true);
        Memory.putLong(s + SUPER_TYPE, Heap.newRef(type));
        Memory.putLong(s + SUPER_OBJ, obj == 0 ? 0 : Heap.newRef(obj));
        Memory.putLong(s + SUPER_OBJ_TYPE, objType == 0 ? 0 : Heap.newRef(objType));
        Heap.track(s);
        return s;
    }

    /** supercheck: the type whose MRO is searched (borrowed). */
    private static long check(long type, long obj) {
        PyType t = Types.ofTypeObject(type);
        if (TypeObject.isType(obj) && Types.ofTypeObject(obj).isSubtypeOf(t)) {
            return obj;
        }
        if (Types.of(obj).isSubtypeOf(t)) {
            return Types.typeAddressOf(obj);
        }
        throw Errors.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static long field(long s, long off) {
        return Memory.getLong(s + off);
    }

    /** super_getattro: the MRO of obj_type after type, else the super object's own attributes. */
    static long getAttr(long s, long name) {
        long objType = field(s, SUPER_OBJ_TYPE);
        if (objType != 0 && !isClassName(name)) {
            PyType[] mro = Types.ofTypeObject(objType).mroArray();
            PyType start = Types.ofTypeObject(field(s, SUPER_TYPE));
            int i = 0;
            while (i < mro.length && mro[i] != start) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                long res = DictObject.get(mro[i].typeDict(), name);
                if (res != 0) {
                    long obj = field(s, SUPER_OBJ);
                    return Attributes.heldDescrGet(res, obj == objType ? 0 : obj, objType);
                }
            }
        }
        return switch (StrObject.toJava(name)) {
            case "__thisclass__" -> Heap.newRef(field(s, SUPER_TYPE));
            case "__self__" -> orNone(field(s, SUPER_OBJ));
            case "__self_class__" -> orNone(objType);
            case "__class__" -> Heap.newRef(Types.SUPER.address);
            default -> 0;
        };
    }

    /** Whether name is "__class__" (super_getattro skips its search for it). */
    private static boolean isClassName(long name) {
        // the length first, as super_getattro does: most names are not 9 long
        return StrObject.length(name) == 9
                && (name == Names.get("__class__") || StrObject.toJava(name).equals("__class__"));
    }

    private static long orNone(long v) {
        return v == 0 ? BoolObject.none() : Heap.newRef(v);
    }

    /** super's slots. */
    static final class Type extends PyType {
        Type() {
            super("super", Types.OBJECT, true, SUPER_SIZE, 0);
        }

        /** CPython 3.11 has super_vectorcall. */
        @Override
        public boolean hasVectorcall() {
            return true;
        }

        @Override
        public long construct(long[] args, int offset, int count) {
            if (count == 0) {
                if (zeroArgs == null) {
                    throw Errors.raise(Types.RUNTIME_ERROR, "super(): no arguments");
                }
                long[] ts = zeroArgs.typeAndSelf();
                return create(ts[0], ts[1]);
            }
            if (count > 2) {
                throw Errors.typeError("super() takes at most 2 arguments (" + count + " given)");
            }
            return create(args[offset], count == 2 ? args[offset + 1] : 0);
        }

        @Override
        public boolean methodShortcut() {
            return false;
        }

        @Override
        public long getAttr(long obj, long name) {
            return SuperObject.getAttr(obj, name);
        }

        @Override
        public String repr(long obj) {
            String t = Types.ofTypeObject(field(obj, SUPER_TYPE)).name;
            long objType = field(obj, SUPER_OBJ_TYPE);
            return objType == 0 ? "<super: <class '" + t + "'>, NULL>"
                    : "<super: <class '" + t + "'>, <" + Types.ofTypeObject(objType).name + " object>>";
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            Heap.xdecref(field(obj, SUPER_OBJ));
            Heap.xdecref(field(obj, SUPER_TYPE));
            Heap.xdecref(field(obj, SUPER_OBJ_TYPE));
            Heap.freeObject(obj, true);
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            for (long off : new long[] {SUPER_OBJ, SUPER_TYPE, SUPER_OBJ_TYPE}) {
                long r = field(obj, off);
                if (r != 0) {
                    visit.visit(r);
                }
            }
        }
    }
}
