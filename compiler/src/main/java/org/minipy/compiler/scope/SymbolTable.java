package org.minipy.compiler.scope;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Span;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.lex.Source;

/**
 * CPython's symtable pass for the subset: decides local or global for every name, and reports the
 * errors CPython reports there (global after use or assignment, parameter declared global,
 * duplicate parameter). A nested function reading a local of an enclosing function would need a
 * closure, which is not compiled yet.
 */
public final class SymbolTable {
    private final Source source;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final Scope module = new Scope(false, List.of());

    private SymbolTable(Source source) {
        this.source = source;
    }

    public static SymbolTable build(List<Stmt> body, Source source) {
        SymbolTable table = new SymbolTable(source);
        table.block(table.module, body, new ArrayList<>());
        return table;
    }

    public Scope module() {
        return module;
    }

    public Scope of(Stmt.FunctionDef def) {
        return scopes.get(def);
    }

    /** Per-block walk state: names bound or used so far, for the global-statement checks. */
    private static final class Walk {
        final Scope scope;
        final Set<String> bound = new HashSet<>();
        final Set<String> used = new HashSet<>();
        final List<Stmt.FunctionDef> nested = new ArrayList<>();

        Walk(Scope scope) {
            this.scope = scope;
        }
    }

    private void block(Scope scope, List<Stmt> body, List<Scope> enclosing) {
        Walk w = new Walk(scope);
        for (Stmt s : body) {
            statement(w, s);
        }
        for (String g : scope.globals) {
            scope.locals.remove(g);
        }
        List<Scope> inner = new ArrayList<>(enclosing);
        if (scope.function) {
            inner.add(scope);
        }
        for (Stmt.FunctionDef def : w.nested) {
            List<String> params = new ArrayList<>();
            for (Stmt.Param p : def.params()) {
                if (params.contains(p.name())) {
                    throw source.errorAt(CompileError.SYNTAX, "duplicate argument '" + p.name()
                            + "' in function definition", p.span().line(), p.span().col(), p.span().endLine(),
                            p.span().endCol());
                }
                params.add(p.name());
            }
            Scope fs = new Scope(true, List.copyOf(params));
            scopes.put(def, fs);
            block(fs, def.body(), inner);
            checkFree(fs, def.body(), inner);
        }
    }

    /** A name a nested function reads that an enclosing function binds would be a closure variable. */
    private void checkFree(Scope fs, List<Stmt> body, List<Scope> enclosing) {
        for (String name : fs.uses) {
            if (fs.locals.contains(name) || fs.globals.contains(name)) {
                continue;
            }
            for (Scope outer : enclosing) {
                if (outer.locals.contains(name)) {
                    Span at = findUse(body, name);
                    throw source.errorAt(CompileError.NOT_IMPLEMENTED, "closures (the nested function uses '" + name
                            + "' of an enclosing function) are not supported yet", at.line(), at.col(),
                            at.endLine(), at.endCol());
                }
            }
        }
    }

    private static Span findUse(List<Stmt> body, String name) {
        Span[] found = new Span[1];
        for (Stmt s : body) {
            forEachExpr(s, e -> {
                if (found[0] == null && e instanceof Expr.Name n && n.id().equals(name)) {
                    found[0] = n.span();
                }
            });
        }
        return found[0] != null ? found[0] : body.get(0).span();
    }

    private static void forEachExpr(Stmt s, java.util.function.Consumer<Expr> f) {
        List<Expr> roots = new ArrayList<>();
        if (s instanceof Stmt.ExprStmt e) {
            roots.add(e.value());
        } else if (s instanceof Stmt.Assign a) {
            roots.addAll(a.targets());
            roots.add(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            roots.add(a.target());
            roots.add(a.value());
        } else if (s instanceof Stmt.Delete d) {
            roots.addAll(d.targets());
        } else if (s instanceof Stmt.Return r && r.value() != null) {
            roots.add(r.value());
        } else if (s instanceof Stmt.If i) {
            roots.add(i.test());
            i.body().forEach(b -> forEachExpr(b, f));
            i.orElse().forEach(b -> forEachExpr(b, f));
        } else if (s instanceof Stmt.While w) {
            roots.add(w.test());
            w.body().forEach(b -> forEachExpr(b, f));
            w.orElse().forEach(b -> forEachExpr(b, f));
        } else if (s instanceof Stmt.For fo) {
            roots.add(fo.target());
            roots.add(fo.iter());
            fo.body().forEach(b -> forEachExpr(b, f));
            fo.orElse().forEach(b -> forEachExpr(b, f));
        }
        for (Expr e : roots) {
            walk(e, f);
        }
    }

    private static void walk(Expr e, java.util.function.Consumer<Expr> f) {
        f.accept(e);
        for (Expr child : children(e)) {
            walk(child, f);
        }
    }

    static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Tuple t) {
            out.addAll(t.items());
        } else if (e instanceof Expr.ListDisplay l) {
            out.addAll(l.items());
        } else if (e instanceof Expr.BinOp b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            out.add(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            out.addAll(b.values());
        } else if (e instanceof Expr.Compare c) {
            out.add(c.left());
            out.addAll(c.comparators());
        } else if (e instanceof Expr.IfExp i) {
            out.add(i.test());
            out.add(i.body());
            out.add(i.orElse());
        } else if (e instanceof Expr.Call c) {
            out.add(c.func());
            out.addAll(c.args());
        } else if (e instanceof Expr.Attribute a) {
            out.add(a.value());
        } else if (e instanceof Expr.Subscript s) {
            out.add(s.value());
            out.add(s.index());
        }
        return out;
    }

    private void statement(Walk w, Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            use(w, e.value());
        } else if (s instanceof Stmt.Assign a) {
            for (Expr t : a.targets()) {
                bindTarget(w, t);
            }
            use(w, a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            bindTarget(w, a.target());
            use(w, a.value());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                bindTarget(w, t);
            }
        } else if (s instanceof Stmt.Import im) {
            for (Stmt.Alias alias : im.names()) {
                String name = alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0];
                bind(w, name);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Stmt.Alias alias : im.names()) {
                bind(w, alias.asName() != null ? alias.asName() : alias.name());
            }
        } else if (s instanceof Stmt.FunctionDef def) {
            bind(w, def.name());
            w.nested.add(def);
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                use(w, r.value());
            }
        } else if (s instanceof Stmt.Global g) {
            for (String name : g.names()) {
                String problem = w.scope.params.contains(name) ? "is parameter and global"
                        : w.bound.contains(name) ? "is assigned to before global declaration"
                        : w.used.contains(name) ? "is used prior to global declaration" : null;
                if (problem != null) {
                    Span sp = g.span();
                    throw source.errorAt(CompileError.SYNTAX, "name '" + name + "' " + problem, sp.line(), sp.col(),
                            sp.endLine(), sp.endCol());
                }
                w.scope.globals.add(name);
            }
        } else if (s instanceof Stmt.If i) {
            use(w, i.test());
            i.body().forEach(b -> statement(w, b));
            i.orElse().forEach(b -> statement(w, b));
        } else if (s instanceof Stmt.While wh) {
            use(w, wh.test());
            wh.body().forEach(b -> statement(w, b));
            wh.orElse().forEach(b -> statement(w, b));
        } else if (s instanceof Stmt.For f) {
            bindTarget(w, f.target());
            use(w, f.iter());
            f.body().forEach(b -> statement(w, b));
            f.orElse().forEach(b -> statement(w, b));
        }
    }

    private void bind(Walk w, String name) {
        w.bound.add(name);
        if (!w.scope.globals.contains(name)) {
            w.scope.locals.add(name);
        }
    }

    private void bindTarget(Walk w, Expr t) {
        if (t instanceof Expr.Name n) {
            bind(w, n.id());
        } else if (t instanceof Expr.Tuple || t instanceof Expr.ListDisplay) {
            for (Expr item : children(t)) {
                bindTarget(w, item);
            }
        } else {
            use(w, t);
        }
    }

    private void use(Walk w, Expr e) {
        walk(e, x -> {
            if (x instanceof Expr.Name n) {
                w.used.add(n.id());
                w.scope.uses.add(n.id());
            }
        });
    }
}
