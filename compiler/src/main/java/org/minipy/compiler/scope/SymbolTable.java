package org.minipy.compiler.scope;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.ast.Arguments;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Span;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.lex.Source;
import org.minipy.compiler.scope.Scope.Resolution;

/**
 * CPython 3.11's symtable.c, for the language: a first pass records, per block, the flags of every
 * name (bound, parameter, used, global, nonlocal) and reports the errors CPython reports there; the
 * second pass ({@code analyze_block}) resolves each name to LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT,
 * FREE or CELL, passing the names bound by enclosing functions down and the free names of nested
 * blocks up. Classes do not make their names visible to nested blocks, but get an implicit
 * {@code __class__} cell when a method uses {@code super} or {@code __class__}. Every name is
 * recorded mangled ({@link Mangling}) with the name of the innermost enclosing class (CPython's
 * st_private), so the tables and the errors of the second pass speak of {@code _C__x}.
 */
public final class SymbolTable {
    private final Source source;
    private final Map<Object, Scope> scopes = new IdentityHashMap<>();
    private final Scope module = new Scope(Scope.Kind.MODULE, "top", null, false);
    private final Deque<Scope> stack = new ArrayDeque<>();
    /** Depth of comprehension-iterable expressions being walked (walrus is not allowed there). */
    private int inIterable;
    /** The name of the innermost class being walked, for mangling (CPython's st_private); null outside classes. */
    private String privateName;

    private SymbolTable(Source source) {
        this.source = source;
    }

    public static SymbolTable build(List<Stmt> body, Source source) {
        SymbolTable table = new SymbolTable(source);
        table.stack.push(table.module);
        for (Stmt s : body) {
            table.statement(s);
        }
        table.analyzeBlock(table.module, null, new HashSet<>(), new HashSet<>());
        return table;
    }

    public Scope module() {
        return module;
    }

    /** The block of a FunctionDef, ClassDef, Lambda or Comp node. */
    public Scope of(Object node) {
        return scopes.get(node);
    }

    private CompileError error(String message, Span s) {
        return source.errorAt(CompileError.SYNTAX, message, s.line(), s.col(), s.endLine(), s.endCol());
    }

    private Scope cur() {
        return stack.peek();
    }

    private void addDef(String name, int flag, Span at) {
        addDef(cur(), name, flag, at);
    }

    /** symtable_add_def_helper: records a flag for the mangled name (errors name it as written). */
    private void addDef(Scope scope, String written, int flag, Span at) {
        String name = Mangling.mangle(privateName, written);
        int old = scope.flags.getOrDefault(name, 0);
        if ((flag & Scope.DEF_PARAM) != 0 && (old & Scope.DEF_PARAM) != 0) {
            throw error("duplicate argument '" + written + "' in function definition", at);
        }
        scope.flags.put(name, old | flag);
        if ((flag & Scope.DEF_PARAM) != 0) {
            scope.params.add(name);
        }
    }

    private Scope enter(Object node, Scope.Kind kind, String name, boolean comprehension) {
        Scope s = new Scope(kind, name, cur(), comprehension);
        cur().children.add(s);
        scopes.put(node, s);
        stack.push(s);
        return s;
    }

    // ---- pass 1: statements ----

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            a.targets().forEach(this::target);
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.value());
            if (a.target() instanceof Expr.Name n) {
                addDef(n.id(), Scope.DEF_LOCAL, n.span());
            } else {
                target(a.target());
            }
        } else if (s instanceof Stmt.Delete d) {
            d.targets().forEach(this::target);
        } else if (s instanceof Stmt.Import im) {
            for (Stmt.Alias alias : im.names()) {
                String name = alias.asName() != null ? alias.asName() : alias.name().split("\\.")[0];
                addDef(name, Scope.DEF_IMPORT, alias.span());
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Stmt.Alias alias : im.names()) {
                addDef(alias.asName() != null ? alias.asName() : alias.name(), Scope.DEF_IMPORT, alias.span());
            }
        } else if (s instanceof Stmt.FunctionDef f) {
            addDef(f.name(), Scope.DEF_LOCAL, f.span());
            defaults(f.args());
            f.decorators().forEach(this::expr);
            Scope fs = enter(f, Scope.Kind.FUNCTION, f.name(), false);
            params(fs, f.args());
            statements(f.body());
            stack.pop();
        } else if (s instanceof Stmt.ClassDef c) {
            addDef(c.name(), Scope.DEF_LOCAL, c.span());
            c.bases().forEach(this::expr);
            c.keywords().forEach(k -> expr(k.value()));
            c.decorators().forEach(this::expr);
            enter(c, Scope.Kind.CLASS, c.name(), false);
            String outerPrivate = privateName;
            privateName = c.name();
            statements(c.body());
            privateName = outerPrivate;
            stack.pop();
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) {
                expr(r.value());
            }
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), Scope.DEF_GLOBAL, "global", g.span());
        } else if (s instanceof Stmt.Nonlocal n) {
            declare(n.names(), Scope.DEF_NONLOCAL, "nonlocal", n.span());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            statements(i.body());
            statements(i.orElse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            statements(w.body());
            statements(w.orElse());
        } else if (s instanceof Stmt.For f) {
            target(f.target());
            expr(f.iter());
            statements(f.body());
            statements(f.orElse());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
                if (r.cause() != null) {
                    expr(r.cause());
                }
            }
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) {
                expr(a.msg());
            }
        } else if (s instanceof Stmt.Try t) {
            statements(t.body());
            for (Stmt.ExceptHandler h : t.handlers()) {
                if (h.type() != null) {
                    expr(h.type());
                }
                if (h.name() != null) {
                    addDef(h.name(), Scope.DEF_LOCAL, h.span());
                }
                statements(h.body());
            }
            statements(t.orElse());
            statements(t.finalBody());
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                expr(item.context());
                if (item.target() != null) {
                    target(item.target());
                }
            }
            statements(w.body());
        }
    }

    /** CPython's checks for global and nonlocal statements, in its order. */
    private void declare(List<String> names, int flag, String what, Span at) {
        for (String name : names) {
            String mangled = Mangling.mangle(privateName, name);
            int cur = cur().flags.getOrDefault(mangled, 0);
            if ((cur & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE)) != 0) {
                String problem = (cur & Scope.DEF_PARAM) != 0 ? "is parameter and " + what
                        : (cur & Scope.USE) != 0 ? "is used prior to " + what + " declaration"
                        : "is assigned to before " + what + " declaration";
                throw error("name '" + name + "' " + problem, at);
            }
            addDef(name, flag, at);
            cur().directives.putIfAbsent(mangled, at);
        }
    }

    private void defaults(Arguments a) {
        a.defaults().forEach(this::expr);
        for (Expr d : a.kwDefaults()) {
            if (d != null) {
                expr(d);
            }
        }
    }

    private void params(Scope fs, Arguments a) {
        for (Arguments.Param p : a.args()) {
            addDef(p.name(), Scope.DEF_PARAM, p.span());
        }
        for (Arguments.Param p : a.kwOnly()) {
            addDef(p.name(), Scope.DEF_PARAM, p.span());
        }
        if (a.vararg() != null) {
            addDef(a.vararg().name(), Scope.DEF_PARAM, a.vararg().span());
            fs.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().name(), Scope.DEF_PARAM, a.kwarg().span());
            fs.varkeywords = true;
        }
    }

    /** An assignment (or del) target. */
    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            addDef(n.id(), Scope.DEF_LOCAL, n.span());
        } else if (t instanceof Expr.Tuple tu) {
            tu.items().forEach(this::target);
        } else if (t instanceof Expr.ListDisplay l) {
            l.items().forEach(this::target);
        } else if (t instanceof Expr.Starred st) {
            target(st.value());
        } else {
            expr(t);
        }
    }

    // ---- pass 1: expressions ----

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null || e instanceof Expr.Const) {
            return;
        }
        if (e instanceof Expr.Name n) {
            addDef(n.id(), Scope.USE, n.span());
            if (cur().kind == Scope.Kind.FUNCTION && n.id().equals("super")) {
                addDef("__class__", Scope.USE, n.span());
            }
        } else if (e instanceof Expr.Tuple t) {
            exprs(t.items());
        } else if (e instanceof Expr.ListDisplay l) {
            exprs(l.items());
        } else if (e instanceof Expr.SetDisplay s) {
            exprs(s.items());
        } else if (e instanceof Expr.DictDisplay d) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orElse());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            c.keywords().forEach(k -> expr(k.value()));
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Expr.Lambda l) {
            defaults(l.args());
            Scope ls = enter(l, Scope.Kind.FUNCTION, "lambda", false);
            params(ls, l.args());
            expr(l.body());
            stack.pop();
        } else if (e instanceof Expr.NamedExpr n) {
            namedExpr(n);
        } else if (e instanceof Expr.Comp c) {
            comprehension(c);
        } else if (e instanceof Expr.Yield y) {
            yieldIn(e);
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldIn(e);
            expr(y.value());
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            expr(f.spec());
        }
    }

    private void yieldIn(Expr e) {
        Scope s = cur();
        if (s.comprehension) {
            String kind = switch (s.name) {
                case "listcomp" -> "list comprehension";
                case "setcomp" -> "set comprehension";
                case "dictcomp" -> "dict comprehension";
                default -> "generator expression";
            };
            throw error("'yield' inside " + kind, e.span());
        }
        s.generator = true;
    }

    private void namedExpr(Expr.NamedExpr n) {
        if (inIterable > 0) {
            throw error("assignment expression cannot be used in a comprehension iterable expression", n.span());
        }
        expr(n.value());
        String name = n.target().id();
        if (cur().comprehension) {
            extendNamedExprScope(name, n.target().span());
        } else {
            addDef(name, Scope.DEF_LOCAL, n.target().span());
        }
    }

    /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing function or module. */
    private void extendNamedExprScope(String name, Span at) {
        // CPython looks the flags up under the name as written but records the directive mangled
        String directive = Mangling.mangle(privateName, name);
        for (Scope s : stack) {
            if (s.comprehension) {
                if ((s.flags.getOrDefault(name, 0) & Scope.DEF_COMP_ITER) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name
                            + "'", at);
                }
                continue;
            }
            if (s.kind == Scope.Kind.FUNCTION) {
                boolean global = (s.flags.getOrDefault(name, 0) & Scope.DEF_GLOBAL) != 0;
                addDef(name, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL, at);
                cur().directives.putIfAbsent(directive, at);
                addDef(s, name, Scope.DEF_LOCAL, at);
                return;
            }
            if (s.kind == Scope.Kind.MODULE) {
                addDef(name, Scope.DEF_GLOBAL, at);
                cur().directives.putIfAbsent(directive, at);
                addDef(s, name, Scope.DEF_GLOBAL, at);
                return;
            }
            throw error("assignment expression within a comprehension cannot be used in a class body", at);
        }
    }

    private void comprehension(Expr.Comp c) {
        List<Expr.Generator> gens = c.generators();
        inIterable++;
        expr(gens.get(0).iter());
        inIterable--;
        String name = switch (c.kind()) {
            case LIST -> "listcomp";
            case SET -> "setcomp";
            case DICT -> "dictcomp";
            case GENERATOR -> "genexpr";
        };
        Scope cs = enter(c, Scope.Kind.FUNCTION, name, true);
        if (c.kind() == Expr.CompKind.GENERATOR) {
            cs.generator = true;
        }
        addDef(".0", Scope.DEF_PARAM, c.span());
        for (int i = 0; i < gens.size(); i++) {
            Expr.Generator g = gens.get(i);
            if (i > 0) {
                inIterable++;
                expr(g.iter());
                inIterable--;
            }
            compTarget(g.target());
            exprs(g.ifs());
        }
        expr(c.value());
        expr(c.elt());
        stack.pop();
    }

    private void compTarget(Expr t) {
        if (t instanceof Expr.Name n) {
            addDef(n.id(), Scope.DEF_LOCAL | Scope.DEF_COMP_ITER, n.span());
        } else if (t instanceof Expr.Tuple tu) {
            tu.items().forEach(this::compTarget);
        } else if (t instanceof Expr.ListDisplay l) {
            l.items().forEach(this::compTarget);
        } else if (t instanceof Expr.Starred st) {
            compTarget(st.value());
        } else {
            expr(t);
        }
    }

    // ---- pass 2: analyze_block ----

    private void analyzeName(Scope s, String name, int flags, Set<String> bound, Set<String> local,
            Set<String> free, Set<String> global) {
        if ((flags & Scope.DEF_GLOBAL) != 0) {
            if ((flags & Scope.DEF_NONLOCAL) != 0) {
                throw error("name '" + name + "' is nonlocal and global", s.directives.get(name));
            }
            s.resolved.put(name, Resolution.GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & Scope.DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw error("nonlocal declaration not allowed at module level", s.directives.get(name));
            }
            if (!bound.contains(name)) {
                throw error("no binding for nonlocal '" + name + "' found", s.directives.get(name));
            }
            s.resolved.put(name, Resolution.FREE);
            free.add(name);
            return;
        }
        if ((flags & Scope.DEF_BOUND) != 0) {
            s.resolved.put(name, Resolution.LOCAL);
            local.add(name);
            global.remove(name);
            return;
        }
        if (bound != null && bound.contains(name)) {
            s.resolved.put(name, Resolution.FREE);
            free.add(name);
            return;
        }
        s.resolved.put(name, Resolution.GLOBAL_IMPLICIT);
    }

    private void analyzeBlock(Scope s, Set<String> bound, Set<String> free, Set<String> global) {
        Set<String> local = new HashSet<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        if (s.kind == Scope.Kind.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            analyzeName(s, e.getKey(), e.getValue(), bound, local, free, global);
        }
        if (s.kind != Scope.Kind.CLASS) {
            if (s.kind == Scope.Kind.FUNCTION) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
        }
        Set<String> allFree = new HashSet<>();
        for (Scope child : s.children) {
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal));
            allFree.addAll(childFree);
        }
        newFree.addAll(allFree);
        if (s.kind == Scope.Kind.FUNCTION) {
            for (Map.Entry<String, Resolution> e : s.resolved.entrySet()) {
                if (e.getValue() == Resolution.LOCAL && newFree.remove(e.getKey())) {
                    e.setValue(Resolution.CELL);
                }
            }
        } else if (s.kind == Scope.Kind.CLASS && newFree.remove("__class__")) {
            s.needsClassClosure = true;
        }
        for (String name : newFree) {
            Integer f = s.flags.get(name);
            if (f != null) {
                if (s.kind == Scope.Kind.CLASS && (f & (Scope.DEF_BOUND | Scope.DEF_GLOBAL)) != 0) {
                    s.flags.put(name, f | Scope.DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            s.flags.put(name, Scope.USE);
            s.resolved.put(name, Resolution.FREE);
        }
        free.addAll(newFree);
    }
}
