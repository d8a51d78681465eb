package org.minipy.runtime.object;

import static org.minipy.runtime.object.Layout.*;

import java.util.ArrayList;
import java.util.List;

import org.minipy.runtime.mem.Memory;

/**
 * code: minipy's code object. The Python-visible parts (constants, names, variable names, name,
 * qualname, filename) are references to ordinary objects; the instructions, decoded once for the
 * interpreter, are a Java-side cache entry whose index the object stores.
 */
public final class CodeObject {
    private static final List<Object> CACHE = new ArrayList<>();

    private CodeObject() {}

    /** A new code object; takes the references to the tuples and strs it is given. */
    public static long create(long consts, long names, long varnames, long name, long qualname, long filename,
            int firstLine, int argCount, int nlocals, int stackSize, int flags, Object decoded) {
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
        Memory.putInt(c + CODE_CACHE_INDEX, CACHE.size());
        CACHE.add(decoded);
        return c;
    }

    public static boolean check(long obj) {
        return Types.typeAddressOf(obj) == Types.CODE.address;
    }

    /** The decoded instructions the VM attached when it made this code object. */
    public static Object decoded(long code) {
        return CACHE.get(Memory.getInt(code + CODE_CACHE_INDEX));
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

        @Override
        public String repr(long obj) {
            return "<code object " + StrObject.toJava(name(obj)) + " at " + Heap.hexAddress(obj) + ", file \""
                    + StrObject.toJava(filename(obj)) + "\", line " + firstLine(obj) + ">";
        }

        @Override
        public void dealloc(long obj) {
            for (long off = CODE_CONSTS; off <= CODE_FILENAME; off += 8) {
                Heap.xdecref(field(obj, off));
            }
            CACHE.set(Memory.getInt(obj + CODE_CACHE_INDEX), null);
            Heap.freeObject(obj, false);
        }
    }
}
