package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;


import org.minipy.runtime.mem.Memory;

/**
 * code: minipy's code object. The Python-visible parts (constants, names, variable names, name,
 * qualname, filename) are references to ordinary objects; the instructions, decoded once for the
 * interpreter, are a Java-side cache entry whose index the object stores.
 */
public final class CodeObject {
    /** The decoded forms, by the index each code object stores (an array: read on every call). */
    private static Object[] cache = new Object[256];
    private static int cacheSize;

    private CodeObject() {}

    /** A new code object; takes the references to the tuples and strs it is given. */
    public static long create(long consts, long names, long varnames, long name, long qualname, long filename,
            int firstLine, int argCount, int nlocals, int stackSize, int flags, Object decoded) {
        return create(consts, names, varnames, TupleObject.allocate(0), TupleObject.allocate(0), name, qualname, filename,
                firstLine, argCount, 0, nlocals, stackSize, flags, decoded);
    }

    /** A new code object; takes the references to the tuples and strs it is given. */
    public static long create(long consts, long names, long varnames, long cellvars, long freevars, long name,
            long qualname, long filename, int firstLine, int argCount, int kwOnlyArgCount, int nlocals, int stackSize,
            int flags, Object decoded) {
        long c = Heap.allocObject(Types.CODE.address, CODE_SIZE, false);
        Memory.putLong(c + CODE_CONSTS, consts);
        Memory.putLong(c + CODE_NAMES, names);
        Memory.putLong(c + CODE_VARNAMES, varnames);
        Memory.putLong(c + CODE_NAME, name);
        Memory.putLong(c + CODE_QUALNAME, qualname);
        Memory.putLong(c + CODE_FILENAME, filename);
        Memory.putInt(c + CODE_FIRSTLINENO, firstLine);
        Memory.putInt(c + CODE_ARGCOUNT, argCount);
        Memory.putInt(c + CODE_NLOCALS, nlocals);
        Memory.putInt(c + CODE_STACKSIZE, stackSize);
        Memory.putInt(c + CODE_FLAGS, flags);
        Memory.putLong(c + CODE_CELLVARS, cellvars);
        Memory.putLong(c + CODE_FREEVARS, freevars);
        Memory.putInt(c + CODE_KWONLYARGCOUNT, kwOnlyArgCount);
        if (cacheSize == cache.length) {
            cache = java.util.Arrays.copyOf(cache, 2 * cacheSize);
        }
        Memory.putInt(c + CODE_CACHE_INDEX, cacheSize);
        cache[cacheSize++] = decoded;
        return c;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.CODE.address;
    }

    /** The decoded instructions the VM attached when it made this code object. */
    public static Object decoded(long code) {
        return cache[Memory.getInt(code + CODE_CACHE_INDEX)];
    }

    public static long consts(long code) {
        return Memory.getLong(code + CODE_CONSTS);
    }

    public static long names(long code) {
        return Memory.getLong(code + CODE_NAMES);
    }

    public static long varnames(long code) {
        return Memory.getLong(code + CODE_VARNAMES);
    }

    public static long name(long code) {
        return Memory.getLong(code + CODE_NAME);
    }

    public static long qualname(long code) {
        return Memory.getLong(code + CODE_QUALNAME);
    }

    public static long filename(long code) {
        return Memory.getLong(code + CODE_FILENAME);
    }

    public static int firstLine(long code) {
        return Memory.getInt(code + CODE_FIRSTLINENO);
    }

    /** The code type's slots. */
    static final class Type extends PyType {
        Type() {
            super("code", Types.OBJECT, false, CODE_SIZE, 0);
        }

        /** code has a __sizeof__ of its own in 3.11 (code_sizeof; minipy's code objects are laid out differently). */
        @Override
        protected void defineMethods() {
            sizeofMethod();
        }

        @Override
        public String repr(long obj) {
            return "<code object " + StrObject.toJava(name(obj)) + " at " + Heap.hexAddress(obj) + ", file \""
                    + StrObject.toJava(filename(obj)) + "\", line " + firstLine(obj) + ">";
        }

        @Override
        public long getAttr(long obj, long name) {
            return switch (StrObject.toJava(name)) {
                case "co_name" -> Heap.newRef(CodeObject.name(obj));
                case "co_qualname" -> Heap.newRef(CodeObject.qualname(obj));
                case "co_filename" -> Heap.newRef(CodeObject.filename(obj));
                case "co_consts" -> Heap.newRef(CodeObject.consts(obj));
                case "co_names" -> Heap.newRef(CodeObject.names(obj));
                case "co_varnames" -> Heap.newRef(CodeObject.varnames(obj));
                case "co_cellvars" -> Heap.newRef(field(obj, CODE_CELLVARS));
                case "co_freevars" -> Heap.newRef(field(obj, CODE_FREEVARS));
                case "co_firstlineno" -> IntObject.fromLong(CodeObject.firstLine(obj));
                case "co_argcount" -> IntObject.fromLong(Memory.getInt(obj + CODE_ARGCOUNT));
                case "co_posonlyargcount" -> IntObject.fromLong(0);
                case "co_kwonlyargcount" -> IntObject.fromLong(Memory.getInt(obj + CODE_KWONLYARGCOUNT));
                case "co_nlocals" -> IntObject.fromLong(TupleObject.size(CodeObject.varnames(obj)));
                case "co_stacksize" -> IntObject.fromLong(Memory.getInt(obj + CODE_STACKSIZE));
                case "co_flags" -> IntObject.fromLong(Memory.getInt(obj + CODE_FLAGS));
                default -> 0;
            };
        }

        /** A code object is not collected, but holds its tuples and strs. */
        @Override
        public void visitReferences(long obj, Visitor visit) {
            for (long off = CODE_CONSTS; off <= CODE_FILENAME; off += 8) {
                long v = field(obj, off);
                if (v != 0) {
                    visit.visit(v);
                }
            }
            visitOffsets(obj, new long[] {CODE_CELLVARS, CODE_FREEVARS}, visit);
        }

        @Override
        public void dealloc(long obj) {
            for (long off = CODE_CONSTS; off <= CODE_FILENAME; off += 8) {
                Heap.xdecref(field(obj, off));
            }
            Heap.xdecref(field(obj, CODE_CELLVARS));
            Heap.xdecref(field(obj, CODE_FREEVARS));
            cache[Memory.getInt(obj + CODE_CACHE_INDEX)] = null;
            Heap.freeObject(obj, false);
        }
    }
}
