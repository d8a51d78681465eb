package org.minipy.vm.load;

import java.util.List;

import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Constant;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.vm.interp.Code;
import org.minipy.vm.interp.Decoder;

/**
 * Turns a compilation unit into objects: each entry of the unit's constants table becomes one
 * Python object (so equal constants are one object across the module and its functions), every
 * name an interned str, every code object a code object in the heap with its decoded form.
 */
public final class CodeLoader {
    private final CompilationUnit unit;
    /** One object per constants-table entry (owned references), 0 until made. */
    private final long[] objects;
    private final long filename;

    private CodeLoader(CompilationUnit unit) {
        this.unit = unit;
        this.objects = new long[unit.constants().size()];
        this.filename = StrObject.fromJava(unit.filename());
    }

    /** A new reference to the code object of the unit's module body. */
    public static long load(CompilationUnit unit) {
        CodeLoader loader = new CodeLoader(unit);
        try {
            return loader.code(0);
        } finally {
            loader.release();
        }
    }

    private void release() {
        for (long obj : objects) {
            Heap.xdecref(obj);
        }
        Heap.decref(filename);
    }

    /** Borrowed reference to the object for constant i (made on first use). */
    private long constant(int i) {
        if (objects[i] == 0) {
            objects[i] = make(unit.constants().get(i));
        }
        return objects[i];
    }

    private long make(Constant c) {
        if (c instanceof Constant.NoneConst) {
            return BoolObject.none();
        } else if (c instanceof Constant.EllipsisConst) {
            return org.minipy.runtime.object.EllipsisObject.ellipsis();
        } else if (c instanceof Constant.BoolConst b) {
            return BoolObject.fromBoolean(b.value());
        } else if (c instanceof Constant.IntConst n) {
            return IntObject.fromBig(n.value());
        } else if (c instanceof Constant.FloatConst f) {
            return org.minipy.runtime.object.FloatObject.fromDouble(f.value());
        } else if (c instanceof Constant.BytesConst b) {
            return org.minipy.runtime.object.BytesObject.fromBytes(b.value());
        } else if (c instanceof Constant.FrozensetConst fs) {
            // PyFrozenSet_New over the items in order, as the compiler's constant was built
            long set = org.minipy.runtime.object.SetObject.create(org.minipy.runtime.object.Types.FROZENSET);
            for (int item : fs.items()) {
                org.minipy.runtime.object.SetObject.add(set, constant(item));
            }
            return set;
        } else if (c instanceof Constant.StrConst s) {
            long str = StrObject.fromJava(s.value());
            return s.interned() ? StrObject.intern(str) : str;
        } else if (c instanceof Constant.TupleConst t) {
            long tuple = TupleObject.allocate(t.items().length);
            for (int k = 0; k < t.items().length; k++) {
                TupleObject.set(tuple, k, Heap.newRef(constant(t.items()[k])));
            }
            return tuple;
        } else if (c instanceof Constant.CodeConst cc) {
            return code(cc.codeIndex());
        }
        throw new UnsupportedConstant(c.getClass().getSimpleName());
    }

    /** A new reference to the code object for unit code i. */
    private long code(int index) {
        CodeObject co = unit.codes().get(index);
        long consts = TupleObject.allocate(co.consts().length);
        for (int k = 0; k < co.consts().length; k++) {
            TupleObject.set(consts, k, Heap.newRef(constant(co.consts()[k])));
        }
        long names = internedTuple(co.names());
        long varnames = internedTuple(co.varnames());
        long name = StrObject.intern(StrObject.fromJava(co.name()));
        long qualname = StrObject.intern(StrObject.fromJava(co.qualname()));
        Code decoded = Decoder.decode(co, consts, names, varnames, unit.filename());
        return Decoder.attach(decoded, org.minipy.runtime.object.CodeObject.create(consts, names, varnames,
                internedTuple(co.cellvars()), internedTuple(co.freevars()), name, qualname, Heap.newRef(filename),
                co.firstLine(), co.argCount(), co.kwOnlyArgCount(), co.localsPlusCount(), co.maxStack(), co.flags(),
                decoded));
    }

    private static long internedTuple(List<String> strings) {
        long t = TupleObject.allocate(strings.size());
        for (int k = 0; k < strings.size(); k++) {
            TupleObject.set(t, k, StrObject.intern(StrObject.fromJava(strings.get(k))));
        }
        return t;
    }

    /** A constant kind the VM cannot make yet (floats and bytes come with their types). */
    public static final class UnsupportedConstant extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnsupportedConstant(String kind) {
            super(kind + " constants are not supported yet");
        }
    }

    static {
        // the decoder relies on the opcode table; touching it here fails fast if it is broken
        Opcode.values();
    }
}
