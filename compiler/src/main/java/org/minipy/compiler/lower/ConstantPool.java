package org.minipy.compiler.lower;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.bytecode.Constant;

/**
 * The constants table of one compilation unit. Equal constants (CPython's type-and-value key,
 * which is {@link Constant}'s record equality) get one entry, so the VM makes one object for
 * them; a tuple's items are entries too, added before the tuple. Code objects are never merged.
 */
public final class ConstantPool {
    private final List<Constant> table = new ArrayList<>();
    private final Map<Constant, Integer> index = new HashMap<>();

    /** The index of an AST constant value, adding it (and its items) if new. */
    public int add(Object value) {
        return add(toConstant(value));
    }

    public int add(Constant c) {
        Integer i = index.get(c);
        if (i != null) {
            return i;
        }
        table.add(c);
        index.put(c, table.size() - 1);
        return table.size() - 1;
    }

    /** Reserves a new entry for a code object (never shared). */
    public int addCode(int codeIndex) {
        table.add(new Constant.CodeConst(codeIndex));
        return table.size() - 1;
    }

    public Constant get(int i) {
        return table.get(i);
    }

    public List<Constant> table() {
        return List.copyOf(table);
    }

    private Constant toConstant(Object v) {
        if (v == Expr.PyNone.NONE) {
            return Constant.NoneConst.NONE;
        }
        if (v == Expr.PyEllipsis.ELLIPSIS) {
            return Constant.EllipsisConst.ELLIPSIS;
        }
        if (v instanceof Boolean b) {
            return new Constant.BoolConst(b);
        }
        if (v instanceof BigInteger i) {
            return new Constant.IntConst(i);
        }
        if (v instanceof Double d) {
            return new Constant.FloatConst(d);
        }
        if (v instanceof String s) {
            return Constant.StrConst.of(s);
        }
        if (v instanceof Expr.PyBytes b) {
            return new Constant.BytesConst(b.latin1().getBytes(StandardCharsets.ISO_8859_1));
        }
        if (v instanceof Expr.PyTuple t) {
            int[] items = new int[t.items().size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = add(t.items().get(k));
            }
            return new Constant.TupleConst(items);
        }
        if (v instanceof Expr.PyFrozenset f) {
            int[] items = new int[f.items().size()];
            for (int k = 0; k < items.length; k++) {
                items[k] = add(f.items().get(k));
            }
            return new Constant.FrozensetConst(items);
        }
        throw new IllegalArgumentException("not a constant value: " + v);
    }
}
