package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import org.minipy.runtime.mem.Memory;

/** function: PyFunctionObject (136 bytes + GC header). */
public final class FunctionObject {
    private FunctionObject() {}

    /** PyFunction_New: takes new references to code, globals and builtins. */
    public static long create(long code, long globals, long builtins) {
        long f = Heap.allocObject(Types.FUNCTION.address, FUNC_SIZE, true);
        Memory.fill(f + OBJECT_HEAD, FUNC_SIZE - OBJECT_HEAD, (byte) 0);
        Memory.putLong(f + FUNC_GLOBALS, Heap.newRef(globals));
        Memory.putLong(f + FUNC_BUILTINS, Heap.newRef(builtins));
        Memory.putLong(f + FUNC_NAME, Heap.newRef(CodeObject.name(code)));
        Memory.putLong(f + FUNC_QUALNAME, Heap.newRef(CodeObject.qualname(code)));
        Memory.putLong(f + FUNC_CODE, Heap.newRef(code));
        // the docstring is the code's first constant when it is a str (PyFunction_New)
        long consts = CodeObject.consts(code);
        long doc = TupleObject.size(consts) > 0 && StrObject.check(TupleObject.get(consts, 0))
                ? TupleObject.get(consts, 0) : BoolObject.NONE;
        Memory.putLong(f + FUNC_DOC, Heap.newRef(doc));
        long moduleName = DictObject.get(globals, Names.get("__name__"));
        Memory.putLong(f + FUNC_MODULE, moduleName == 0 ? 0 : Heap.newRef(moduleName));
        Heap.track(f);
        return f;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.FUNCTION.address;
    }

    public static long code(long f) {
        return Memory.getLong(f + FUNC_CODE);
    }

    public static long globals(long f) {
        return Memory.getLong(f + FUNC_GLOBALS);
    }

    public static long builtins(long f) {
        return Memory.getLong(f + FUNC_BUILTINS);
    }

    /** The function type's slots. */
    static final class Type extends PyType {
        /** func_clear's order, then the code and names as func_dealloc drops them. */
        private static final long[] DEALLOC_ORDER = {FUNC_GLOBALS, FUNC_BUILTINS, FUNC_MODULE, FUNC_DEFAULTS,
            FUNC_KWDEFAULTS, FUNC_DOC, FUNC_DICT, FUNC_CLOSURE, FUNC_ANNOTATIONS, FUNC_CODE, FUNC_NAME, FUNC_QUALNAME};
        private static final long[] TRAVERSE_ORDER = {FUNC_CODE, FUNC_GLOBALS, FUNC_BUILTINS, FUNC_MODULE, FUNC_DEFAULTS,
            FUNC_KWDEFAULTS, FUNC_DOC, FUNC_NAME, FUNC_DICT, FUNC_CLOSURE, FUNC_ANNOTATIONS, FUNC_QUALNAME};

        Type() {
            super("function", Types.OBJECT, true, FUNC_SIZE, 0);
        }

        @Override
        protected boolean bindsAsDescriptor() {
            return true;
        }

        @Override
        public boolean hasCallSlot() {
            return true; // Calls.call calls functions itself
        }

        @Override
        public long weaklistOffset() {
            return FUNC_WEAKREFLIST;
        }

        @Override
        public String repr(long obj) {
            return "<function " + StrObject.toJava(field(obj, FUNC_QUALNAME)) + " at " + Heap.hexAddress(obj) + ">";
        }

        /** func_clear's fields, in its order (the code is never dropped by it). */
        private static final long[] CLEAR_ORDER = {FUNC_GLOBALS, FUNC_BUILTINS, FUNC_MODULE, FUNC_DEFAULTS,
            FUNC_KWDEFAULTS, FUNC_DOC, FUNC_DICT, FUNC_CLOSURE, FUNC_ANNOTATIONS};

        private static void setEmptyName(long obj, long off) {
            long old = field(obj, off);
            Memory.putLong(obj + off, StrObject.fromJava(""));
            Heap.xdecref(old);
        }

        /** func_clear: the references in CLEAR_ORDER; the names become ''. */
        @Override
        public void clear(long obj) {
            for (long off : CLEAR_ORDER) {
                Heap.clearField(obj, off);
            }
            setEmptyName(obj, FUNC_NAME);
            setEmptyName(obj, FUNC_QUALNAME);
        }

        @Override
        public void dealloc(long obj) {
            Heap.untrack(obj);
            if (field(obj, FUNC_WEAKREFLIST) != 0) {
                WeakRefs.clearWeakRefs(obj);
            }
            for (long off : DEALLOC_ORDER) {
                long ref = field(obj, off);
                Memory.putLong(obj + off, 0);
                Heap.xdecref(ref);
            }
            Heap.freeObject(obj, true);
        }

        @Override
        public long getAttr(long obj, long name) {
            String n = StrObject.toJava(name);
            return switch (n) {
                case "__name__" -> Heap.newRef(field(obj, FUNC_NAME));
                case "__qualname__" -> Heap.newRef(field(obj, FUNC_QUALNAME));
                case "__code__" -> Heap.newRef(field(obj, FUNC_CODE));
                case "__globals__" -> Heap.newRef(field(obj, FUNC_GLOBALS));
                case "__builtins__" -> Heap.newRef(field(obj, FUNC_BUILTINS));
                case "__doc__" -> Heap.newRef(field(obj, FUNC_DOC));
                case "__module__", "__defaults__", "__kwdefaults__", "__closure__" -> {
                    long off = n.equals("__module__") ? FUNC_MODULE : n.equals("__defaults__") ? FUNC_DEFAULTS
                            : n.equals("__kwdefaults__") ? FUNC_KWDEFAULTS : FUNC_CLOSURE;
                    long v = field(obj, off);
                    yield Heap.newRef(v == 0 ? BoolObject.NONE : v);
                }
                case "__dict__" -> Heap.newRef(dictOf(obj));
                case "__annotations__" -> {
                    if (field(obj, FUNC_ANNOTATIONS) == 0) {
                        Memory.putLong(obj + FUNC_ANNOTATIONS, DictObject.create());
                    }
                    yield Heap.newRef(field(obj, FUNC_ANNOTATIONS));
                }
                default -> {
                    long d = field(obj, FUNC_DICT);
                    long v = d == 0 ? 0 : DictObject.get(d, name);
                    yield v == 0 ? 0 : Heap.newRef(v);
                }
            };
        }

        /** The function's __dict__, made on first use (borrowed). */
        private static long dictOf(long f) {
            if (field(f, FUNC_DICT) == 0) {
                Memory.putLong(f + FUNC_DICT, DictObject.create());
            }
            return field(f, FUNC_DICT);
        }

        @Override
        public boolean setAttr(long obj, long name, long value) {
            String n = StrObject.toJava(name);
            long off = switch (n) {
                case "__defaults__" -> FUNC_DEFAULTS;
                case "__kwdefaults__" -> FUNC_KWDEFAULTS;
                case "__doc__" -> FUNC_DOC;
                case "__module__" -> FUNC_MODULE;
                case "__name__" -> FUNC_NAME;
                case "__qualname__" -> FUNC_QUALNAME;
                default -> -1;
            };
            if (off >= 0) {
                if ((off == FUNC_NAME || off == FUNC_QUALNAME) && (value == 0 || !StrObject.check(value))) {
                    throw Errors.typeError(n + " must be set to a string object");
                }
                if (off == FUNC_DEFAULTS && value != 0 && value != BoolObject.NONE && !TupleObject.check(value)) {
                    throw Errors.typeError("__defaults__ must be set to a tuple object");
                }
                long old = field(obj, off);
                long v = value == 0 || (value == BoolObject.NONE && (off == FUNC_DEFAULTS || off == FUNC_KWDEFAULTS))
                        ? 0 : Heap.newRef(value);
                Memory.putLong(obj + off, v);
                Heap.xdecref(old);
                return true;
            }
            if (value == 0) {
                long d = field(obj, FUNC_DICT);
                if (d == 0 || !DictObject.delete(d, name)) {
                    throw Errors.attributeError("'function' object has no attribute '" + n + "'");
                }
                return true;
            }
            DictObject.set(dictOf(obj), name, value);
            return true;
        }

        @Override
        public void traverse(long obj, Visitor visit) {
            for (long off : TRAVERSE_ORDER) {
                long ref = field(obj, off);
                if (ref != 0) {
                    visit.visit(ref);
                }
            }
        }
    }
}
