package org.minipy.compiler.fold;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
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
 * {@code *}; {@code %} on a str or bytes is never folded. An operation that would raise (division by
 * zero, overflow, a type error) is left for run time.
 */
public final class ConstantFolder {
    static final int MAX_INT_SIZE = 128;
    static final int MAX_COLLECTION_SIZE = 256;
    static final int MAX_STR_SIZE = 4096;
    static final int MAX_TOTAL_ITEMS = 1024;

    private ConstantFolder() {}

    public static List<Stmt> fold(List<Stmt> body) {
        List<Stmt> out = new ArrayList<>(body.size());
        for (Stmt s : body) {
            out.add(fold(s));
        }
        return out;
    }

    public static Stmt fold(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            return new Stmt.ExprStmt(fold(e.value()), e.span());
        } else if (s instanceof Stmt.Assign a) {
            return new Stmt.Assign(foldTargets(a.targets()), fold(a.value()), a.span());
        } else if (s instanceof Stmt.AugAssign a) {
            return new Stmt.AugAssign(foldTarget(a.target()), a.op(), fold(a.value()), a.span());
        } else if (s instanceof Stmt.Delete d) {
            return new Stmt.Delete(foldTargets(d.targets()), d.span());
        } else if (s instanceof Stmt.FunctionDef f) {
            return new Stmt.FunctionDef(f.name(), f.params(), fold(f.body()), f.span());
        } else if (s instanceof Stmt.Return r) {
            return new Stmt.Return(r.value() == null ? null : fold(r.value()), r.span());
        } else if (s instanceof Stmt.If i) {
            return new Stmt.If(fold(i.test()), fold(i.body()), fold(i.orElse()), i.span());
        } else if (s instanceof Stmt.While w) {
            return new Stmt.While(fold(w.test()), fold(w.body()), fold(w.orElse()), w.span());
        } else if (s instanceof Stmt.For f) {
            return new Stmt.For(foldTarget(f.target()), foldIter(fold(f.iter())), fold(f.body()), fold(f.orElse()),
                    f.span());
        }
        return s;
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
        }
        return t;
    }

    /** fold_iter: a list display iterated over becomes a tuple (constant if it can be). */
    private static Expr foldIter(Expr e) {
        if (e instanceof Expr.ListDisplay l) {
            return foldTuple(new Expr.Tuple(l.items(), l.span()));
        }
        return e;
    }

    public static Expr fold(Expr e) {
        if (e instanceof Expr.BinOp b) {
            Expr l = fold(b.left());
            Expr r = fold(b.right());
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
                    return new Expr.Compare(cmp.left(), List.of(inverted), cmp.comparators(), u.span());
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
            return new Expr.Call(fold(c.func()), foldAll(c.args()), c.span());
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

    /** Test hook: whether a value is a big int the limits allow. */
    static boolean fitsIntLimit(BigInteger v) {
        return v.bitLength() <= MAX_INT_SIZE;
    }

    /** Test hook: the binary operation on constant values, or null when CPython would not fold it. */
    public static Object evaluate(BinaryOperator op, Object left, Object right) {
        return Operations.binary(op, left, right);
    }
}
