package org.minipy.compiler.fold;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.ast.Arguments;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Expr.CmpOp;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.bytecode.BinaryOperator;

/**
 * CPython 3.11's AST optimiser (Python/ast_opt.c), rewritten: unary and binary operators on
 * constants are evaluated with Python's semantics, tuples of constants become constants, a list
 * iterated by {@code for} or tested by {@code in} becomes a tuple, and {@code not (a in b)} becomes
 * {@code a not in b}. The safety limits keep the constants table small: ints of at most
 * {@value #MAX_INT_SIZE} bits from {@code *}, {@code **} and {@code <<}, strings of at most
 * {@value #MAX_STR_SIZE} characters and tuples of at most {@value #MAX_COLLECTION_SIZE} items from
 * {@code *}; {@code %} on a str or bytes is never folded, but a str constant {@code %} a tuple display of
 * simple {@code %s %r %a} directives becomes an f-string ({@link PercentRewrite}). An operation that would raise (division by
 * zero, overflow, a type error) is left for run time.
 */
public final class ConstantFolder {
    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_TOTAL_ITEMS = 1024;

    private ConstantFolder() {}

    /**
     * ast_opt's recursion limit: the statements and expressions nested at once, at most the
     * recursion limit (1000) times COMPILER_STACK_FRAME_SCALE (3); deeper source is a RecursionError
     * "during compilation", as in CPython (which compiles a script with no Python frames running).
     */
    static final int MAX_DEPTH = 3000;
    /** How deep the fold of this thread's compilation is (compiles run on the VM's and a compile thread). */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private static int[] enter() {
        int[] depth = DEPTH.get();
        if (++depth[0] > MAX_DEPTH) {
            depth[0]--;
            throw new CompileError("RecursionError", "maximum recursion depth exceeded during compilation",
                    null, 0, 0, 0, null);
        }
        return depth;
    }

    public static List<Stmt> fold(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            out.add(fold(s));
        }
        return out;
    }

    public static Stmt fold(Stmt s) {
        int[] depth = enter();
        try {
            return foldStmt(s);
        } finally {
            depth[0]--;
        }
    }

    private static Stmt foldStmt(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            return new Stmt.ExprStmt(fold(e.value()), e.span());
        } else if (s instanceof Stmt.Assign a) {
            return new Stmt.Assign(foldTargets(a.targets()), fold(a.value()), a.span());
        } else if (s instanceof Stmt.AugAssign a) {
            return new Stmt.AugAssign(foldTarget(a.target()), a.op(), fold(a.value()), a.span());
        } else if (s instanceof Stmt.Delete d) {
            return new Stmt.Delete(foldTargets(d.targets()), d.span());
        } else if (s instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.name(), fold(f.args()), fold(f.body()), foldAll(f.decorators()), f.span());
        } else if (s instanceof Stmt.ClassDef c) {
            return new Stmt.ClassDef(c.name(), foldAll(c.bases()), foldKeywords(c.keywords()), fold(c.body()),
                    foldAll(c.decorators()), c.span());
        } else if (s instanceof Stmt.Return r) {
            return new Stmt.Return(r.value() == null ? null : fold(r.value()), r.span());
        } else if (s instanceof Stmt.If i) {
            return new Stmt.If(fold(i.test()), fold(i.body()), fold(i.orElse()), i.span());
        } else if (s instanceof Stmt.While w) {
            return new Stmt.While(fold(w.test()), fold(w.body()), fold(w.orElse()), w.span());
        } else if (s instanceof Stmt.For f) {
            return new Stmt.For(foldTarget(f.target()), foldIter(fold(f.iter())), fold(f.body()), fold(f.orElse()),
                    f.span());
        } else if (s instanceof Stmt.Raise r) {
            return new Stmt.Raise(foldOrNull(r.exc()), foldOrNull(r.cause()), r.span());
        } else if (s instanceof Stmt.Assert a) {
            return new Stmt.Assert(fold(a.test()), foldOrNull(a.msg()), a.span());
        } else if (s instanceof Stmt.Try t) {
            List<Stmt.ExceptHandler> handlers = new ArrayList<>();
            for (Stmt.ExceptHandler h : t.handlers()) {
                handlers.add(new Stmt.ExceptHandler(foldOrNull(h.type()), h.name(), fold(h.body()), h.span()));
            }
            return new Stmt.Try(fold(t.body()), handlers, fold(t.orElse()), fold(t.finalBody()), t.span());
        } else if (s instanceof Stmt.With w) {
            List<Stmt.WithItem> items = new ArrayList<>();
            for (Stmt.WithItem item : w.items()) {
                items.add(new Stmt.WithItem(fold(item.context()), item.target() == null ? null
                        : foldTarget(item.target())));
            }
            return new Stmt.With(items, fold(w.body()), w.span());
        }
        return s;
    }

    private static Arguments fold(Arguments a) {
        List<Expr> kwDefaults = new ArrayList<>();
        for (Expr e : a.kwDefaults()) {
            kwDefaults.add(foldOrNull(e));
        }
        return new Arguments(a.args(), foldAll(a.defaults()), a.vararg(), a.kwOnly(), kwDefaults, a.kwarg());
    }

    private static Expr foldOrNull(Expr e) {
        return e == null ? null : fold(e);
    }

    private static List<Expr.Keyword> foldKeywords(List<Expr.Keyword> keywords) {
        List<Expr.Keyword> out = new ArrayList<>(keywords.size());
        for (Expr.Keyword k : keywords) {
            out.add(new Expr.Keyword(k.name(), fold(k.value()), k.span()));
        }
        return out;
    }

    private static List<Expr> foldTargets(List<Expr> targets) {
        List<Expr> out = new ArrayList<>(targets.size());
        for (Expr t : targets) {
            out.add(foldTarget(t));
        }
        return out;
    }

    /** Targets keep their shape (a tuple target is never a constant); only their sub-expressions fold. */
    private static Expr foldTarget(Expr t) {
        if (t instanceof Expr.Tuple tu) {
            return new Expr.Tuple(foldTargets(tu.items()), tu.span());
        } else if (t instanceof Expr.ListDisplay l) {
            return new Expr.ListDisplay(foldTargets(l.items()), l.span());
        } else if (t instanceof Expr.Attribute a) {
            return new Expr.Attribute(fold(a.value()), a.attr(), a.span());
        } else if (t instanceof Expr.Subscript s) {
            return new Expr.Subscript(fold(s.value()), fold(s.index()), s.span());
        } else if (t instanceof Expr.Starred st) {
            return new Expr.Starred(foldTarget(st.value()), st.span());
        }
        return t;
    }

    /**
     * fold_iter: a list display iterated over becomes a tuple (constant if it can be), a set display of
     * constants a frozenset constant; displays with a starred item are left alone.
     */
    private static Expr foldIter(Expr e) {
        if (e instanceof Expr.ListDisplay l) {
            if (Expr.anyStarred(l.items())) {
                return e;
            }
            return foldTuple(new Expr.Tuple(l.items(), l.span()));
        }
        if (e instanceof Expr.SetDisplay set) {
            List<Object> values = new ArrayList<>();
            for (Expr i : set.items()) {
                if (!(i instanceof Expr.Const c)) {
                    return e;
                }
                values.add(c.value());
            }
            return new Expr.Const(frozenset(values), set.span());
        }
        return e;
    }

    public static Expr fold(Expr e) {
        int[] depth = enter();
        try {
            return foldExpr(e);
        } finally {
            depth[0]--;
        }
    }

    private static Expr foldExpr(Expr e) {
        if (e instanceof Expr.BinOp b) {
            Expr l = fold(b.left());
            Expr r = fold(b.right());
            if (b.op() == BinaryOperator.REMAINDER && l instanceof Expr.Const lc && lc.value() instanceof String fmt
                    && r instanceof Expr.Tuple t && !Expr.anyStarred(t.items())) {
                Expr joined = PercentRewrite.rewrite(fmt, t.items(), b.span());
                return joined != null ? joined : new Expr.BinOp(l, b.op(), r, b.span());
            }
            if (l instanceof Expr.Const lc && r instanceof Expr.Const rc) {
                Object v = Operations.binary(b.op(), lc.value(), rc.value());
                if (v != null) {
                    return new Expr.Const(v, b.span());
                }
            }
            return new Expr.BinOp(l, b.op(), r, b.span());
        } else if (e instanceof Expr.UnaryOp u) {
            Expr operand = fold(u.operand());
            if (operand instanceof Expr.Const c) {
                Object v = Operations.unary(u.op(), c.value());
                if (v != null) {
                    return new Expr.Const(v, u.span());
                }
            }
            if (u.op() == Expr.UnaryKind.NOT && operand instanceof Expr.Compare cmp && cmp.ops().size() == 1) {
                CmpOp inverted = switch (cmp.ops().get(0)) {
                    case IN -> CmpOp.NOT_IN;
                    case NOT_IN -> CmpOp.IN;
                    case IS -> CmpOp.IS_NOT;
                    case IS_NOT -> CmpOp.IS;
                    default -> null;
                };
                if (inverted != null) {
                    return new Expr.Compare(cmp.left(), List.of(inverted), cmp.comparators(), cmp.span()); // COPY_NODE
                }
            }
            return new Expr.UnaryOp(u.op(), operand, u.span());
        } else if (e instanceof Expr.Tuple t) {
            return foldTuple(t);
        } else if (e instanceof Expr.ListDisplay l) {
            return new Expr.ListDisplay(foldAll(l.items()), l.span());
        } else if (e instanceof Expr.BoolOp b) {
            return new Expr.BoolOp(b.and(), foldAll(b.values()), b.span());
        } else if (e instanceof Expr.Compare c) {
            List<Expr> comparators = foldAll(c.comparators());
            int lastIndex = comparators.size() - 1;
            CmpOp lastOp = c.ops().get(lastIndex);
            if (lastOp == CmpOp.IN || lastOp == CmpOp.NOT_IN) {
                comparators.set(lastIndex, foldIter(comparators.get(lastIndex)));
            }
            return new Expr.Compare(fold(c.left()), c.ops(), comparators, c.span());
        } else if (e instanceof Expr.IfExp i) {
            return new Expr.IfExp(fold(i.test()), fold(i.body()), fold(i.orElse()), i.span());
        } else if (e instanceof Expr.Call c) {
            return new Expr.Call(fold(c.func()), foldAll(c.args()), foldKeywords(c.keywords()), c.span());
        } else if (e instanceof Expr.Attribute a) {
            return new Expr.Attribute(fold(a.value()), a.attr(), a.span());
        } else if (e instanceof Expr.Subscript s) {
            Expr value = fold(s.value());
            Expr index = fold(s.index());
            if (value instanceof Expr.Const vc && index instanceof Expr.Const ic) {
                Object v = Operations.subscript(vc.value(), ic.value());
                if (v != null) {
                    return new Expr.Const(v, s.span());
                }
            }
            return new Expr.Subscript(value, index, s.span());
        } else if (e instanceof Expr.Name n) {
            if (n.id().equals("__debug__")) {
                return new Expr.Const(Boolean.TRUE, n.span());
            }
            return e;
        } else if (e instanceof Expr.SetDisplay set) {
            return new Expr.SetDisplay(foldAll(set.items()), set.span());
        } else if (e instanceof Expr.DictDisplay d) {
            List<Expr> keys = new ArrayList<>();
            for (Expr k : d.keys()) {
                keys.add(foldOrNull(k));
            }
            return new Expr.DictDisplay(keys, foldAll(d.values()), d.span());
        } else if (e instanceof Expr.Starred st) {
            return new Expr.Starred(fold(st.value()), st.span());
        } else if (e instanceof Expr.Slice sl) {
            return new Expr.Slice(foldOrNull(sl.lower()), foldOrNull(sl.upper()), foldOrNull(sl.step()), sl.span());
        } else if (e instanceof Expr.Lambda l) {
            return new Expr.Lambda(fold(l.args()), fold(l.body()), l.span());
        } else if (e instanceof Expr.NamedExpr n) {
            return new Expr.NamedExpr(n.target(), fold(n.value()), n.span());
        } else if (e instanceof Expr.Comp c) {
            List<Expr.Generator> gens = new ArrayList<>();
            for (Expr.Generator g : c.generators()) {
                gens.add(new Expr.Generator(foldTarget(g.target()), foldIter(fold(g.iter())), foldAll(g.ifs())));
            }
            return new Expr.Comp(c.kind(), fold(c.elt()), foldOrNull(c.value()), gens, c.span());
        } else if (e instanceof Expr.Yield y) {
            return new Expr.Yield(foldOrNull(y.value()), y.span());
        } else if (e instanceof Expr.YieldFrom y) {
            return new Expr.YieldFrom(fold(y.value()), y.span());
        } else if (e instanceof Expr.JoinedStr j) {
            return new Expr.JoinedStr(foldAll(j.values()), j.span());
        } else if (e instanceof Expr.FormattedValue f) {
            return new Expr.FormattedValue(fold(f.value()), f.conversion(), foldOrNull(f.spec()), f.span());
        }
        return e;
    }

    private static List<Expr> foldAll(List<Expr> items) {
        List<Expr> out = new ArrayList<>(items.size());
        for (Expr i : items) {
            out.add(fold(i));
        }
        return out;
    }

    private static Expr foldTuple(Expr.Tuple t) {
        List<Expr> items = foldAll(t.items());
        List<Object> values = new ArrayList<>(items.size());
        for (Expr i : items) {
            if (!(i instanceof Expr.Const c)) {
                return new Expr.Tuple(items, t.span());
            }
            values.add(c.value());
        }
        return new Expr.Const(new Expr.PyTuple(List.copyOf(values)), t.span());
    }

    /** Python's == on two constant values (1, 1.0 and True are one set item). */
    /** A frozenset constant of values: each kept unless an equal one came before it. */
    public static Expr.PyFrozenset frozenset(List<Object> values) {
        List<Object> distinct = new ArrayList<>();
        for (Object v : values) {
            boolean seen = false;
            for (Object d : distinct) {
                if (Operations.pyEquals(d, v)) {
                    seen = true;
                    break;
                }
            }
            if (!seen) {
                distinct.add(v);
            }
        }
        return new Expr.PyFrozenset(List.copyOf(distinct));
    }

    public static boolean pyEquals(Object a, Object b) {
        return Operations.pyEquals(a, b);
    }

    /** Test hook: whether a value is a big int the limits allow. */
    static boolean fitsIntLimit(BigInteger v) {
        return v.bitLength() <= MAX_INT_SIZE;
    }

    /** Test hook: the binary operation on constant values, or null when CPython would not fold it. */
    public static Object evaluate(BinaryOperator op, Object left, Object right) {
        return Operations.binary(op, left, right);
    }
}
