package org.minipy.compiler.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Span;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.CompareOperator;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.lex.Source;
import org.minipy.compiler.scope.Scope;
import org.minipy.compiler.scope.SymbolTable;

/**
 * Lowers a (folded) module AST to code objects sharing one {@link ConstantPool}. The instruction
 * shapes are CPython 3.11's where the contract has the same opcodes (see the brief in
 * {@code compiler/README.md}); every instruction carries the line of the statement or expression
 * it was generated for.
 */
public final class CodeGenerator {
    /** CPython 3.11's STACK_USE_GUIDELINE: bigger displays are built item by item. */
    private static final int STACK_USE_GUIDELINE = 30;

    private final Source source;
    private final SymbolTable symbols;
    private final ConstantPool pool = new ConstantPool();
    private final List<CodeObject> codes = new ArrayList<>();
    private Unit unit;

    private record Loop(boolean isFor, CodeBuilder.Label continueTarget, CodeBuilder.Label breakTarget) {}

    /** The state of the code object being generated. */
    private static final class Unit {
        final CodeBuilder code = new CodeBuilder();
        final Scope scope;
        final String qualname;
        final Map<Integer, Integer> consts = new LinkedHashMap<>();
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Map<String, Integer> varnames = new LinkedHashMap<>();
        final Deque<Loop> loops = new ArrayDeque<>();
        int line;

        Unit(Scope scope, String qualname, int line) {
            this.scope = scope;
            this.qualname = qualname;
            this.line = line;
            for (String p : scope.params) {
                varnames.put(p, varnames.size());
            }
        }
    }

    private CodeGenerator(Source source, SymbolTable symbols) {
        this.source = source;
        this.symbols = symbols;
    }

    public static CompilationUnit generate(List<Stmt> module, Source source, SymbolTable symbols, long sourceHash) {
        CodeGenerator g = new CodeGenerator(source, symbols);
        g.codes.add(null);
        g.unit = new Unit(symbols.module(), "<module>", 1);
        g.moduleBody(module);
        g.codes.set(0, g.finish("<module>", 1, 0, 0));
        return new CompilationUnit(source.filename, g.pool.table(), List.copyOf(g.codes), sourceHash);
    }

    private void moduleBody(List<Stmt> body) {
        int start = 0;
        if (!body.isEmpty() && docstring(body.get(0)) != null) {
            Stmt first = body.get(0);
            unit.line = first.line();
            emitConst(docstring(first));
            storeName("__doc__");
            start = 1;
        }
        statements(body.subList(start, body.size()));
        if (!unit.code.endsFlow()) {
            if (!body.isEmpty()) {
                unit.line = lastLine(body);
            }
            emitConst(Expr.PyNone.NONE);
            emit(Opcode.RETURN_VALUE);
        }
    }

    private static int lastLine(List<Stmt> body) {
        Stmt last = body.get(body.size() - 1);
        return last.line();
    }

    private static String docstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Const c && c.value() instanceof String str
                ? str : null;
    }

    private CodeObject finish(String name, int firstLine, int argCount, int flags) {
        CodeBuilder.Assembled a = unit.code.assemble();
        int[] consts = unit.consts.keySet().stream().mapToInt(Integer::intValue).toArray();
        return new CodeObject(name, unit.qualname, firstLine, argCount, flags, a.code(), a.lines(), consts,
                List.copyOf(unit.names.keySet()), List.copyOf(unit.varnames.keySet()), a.maxStack());
    }

    // ---- emission helpers ----

    private void emit(Opcode op, int arg) {
        unit.code.emit(op, arg, unit.line);
    }

    private void emit(Opcode op) {
        unit.code.emit(op, 0, unit.line);
    }

    private void jump(Opcode op, CodeBuilder.Label target) {
        unit.code.emitJump(op, target, unit.line);
    }

    private int constIndex(int poolIndex) {
        return unit.consts.computeIfAbsent(poolIndex, k -> unit.consts.size());
    }

    private void emitConst(Object value) {
        emit(Opcode.LOAD_CONST, constIndex(pool.add(value)));
    }

    private int nameIndex(String name) {
        return unit.names.computeIfAbsent(name, k -> unit.names.size());
    }

    private int varIndex(String name) {
        return unit.varnames.computeIfAbsent(name, k -> unit.varnames.size());
    }

    private CompileError error(String message, Span s) {
        return source.errorAt(CompileError.SYNTAX, message, s.line(), s.col(), s.endLine(), s.endCol());
    }

    // ---- names ----

    private enum Access { LOAD, STORE, DELETE }

    private void nameOp(String name, Access access) {
        Scope scope = unit.scope;
        if (scope.isLocal(name)) {
            Opcode op = access == Access.LOAD ? Opcode.LOAD_FAST : access == Access.STORE ? Opcode.STORE_FAST
                    : Opcode.DELETE_FAST;
            emit(op, varIndex(name));
        } else if (scope.function || scope.isDeclaredGlobal(name)) {
            Opcode op = access == Access.LOAD ? Opcode.LOAD_GLOBAL : access == Access.STORE ? Opcode.STORE_GLOBAL
                    : Opcode.DELETE_GLOBAL;
            emit(op, nameIndex(name));
        } else {
            Opcode op = access == Access.LOAD ? Opcode.LOAD_NAME : access == Access.STORE ? Opcode.STORE_NAME
                    : Opcode.DELETE_NAME;
            emit(op, nameIndex(name));
        }
    }

    private void storeName(String name) {
        nameOp(name, Access.STORE);
    }

    // ---- statements ----

    private void statements(List<Stmt> body) {
        for (Stmt s : body) {
            statement(s);
        }
    }

    private void statement(Stmt s) {
        unit.line = s.line();
        if (s instanceof Stmt.ExprStmt e) {
            if (!(e.value() instanceof Expr.Const)) {
                expr(e.value());
                emit(Opcode.POP_TOP);
            }
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    emit(Opcode.COPY, 1);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.Import im) {
            for (Stmt.Alias alias : im.names()) {
                emit(Opcode.IMPORT_NAME, nameIndex(alias.name()));
                storeName(alias.asName() != null ? alias.asName() : alias.name());
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            emit(Opcode.IMPORT_NAME, nameIndex(im.module()));
            for (Stmt.Alias alias : im.names()) {
                emit(Opcode.IMPORT_FROM, nameIndex(alias.name()));
                storeName(alias.asName() != null ? alias.asName() : alias.name());
            }
            emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.Return r) {
            returnStatement(r);
        } else if (s instanceof Stmt.If i) {
            ifStatement(i);
        } else if (s instanceof Stmt.While w) {
            whileStatement(w);
        } else if (s instanceof Stmt.For f) {
            forStatement(f);
        } else if (s instanceof Stmt.Break b) {
            Loop loop = unit.loops.peek();
            if (loop == null) {
                throw error("'break' outside loop", b.span());
            }
            if (loop.isFor()) {
                emit(Opcode.POP_TOP);
            }
            jump(Opcode.JUMP, loop.breakTarget());
        } else if (s instanceof Stmt.Continue c) {
            Loop loop = unit.loops.peek();
            if (loop == null) {
                throw error("'continue' not properly in loop", c.span());
            }
            jump(Opcode.JUMP, loop.continueTarget());
        }
        // Pass and Global generate nothing.
    }

    private void store(Expr target) {
        int saved = unit.line;
        unit.line = target.line();
        if (target instanceof Expr.Name n) {
            storeName(n.id());
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            emit(Opcode.STORE_ATTR, nameIndex(a.attr()));
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.index());
            emit(Opcode.STORE_SUBSCR);
        } else if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            List<Expr> items = target instanceof Expr.Tuple t ? t.items() : ((Expr.ListDisplay) target).items();
            emit(Opcode.UNPACK_SEQUENCE, items.size());
            for (Expr item : items) {
                store(item);
            }
        } else {
            throw error("cannot assign to expression", target.span());
        }
        unit.line = saved;
    }

    private void delete(Expr target) {
        unit.line = target.line();
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Access.DELETE);
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            emit(Opcode.DELETE_ATTR, nameIndex(a.attr()));
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.index());
            emit(Opcode.DELETE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            t.items().forEach(this::delete);
        } else if (target instanceof Expr.ListDisplay l) {
            l.items().forEach(this::delete);
        } else {
            throw error("cannot delete expression", target.span());
        }
    }

    private void augAssign(Stmt.AugAssign a) {
        Expr target = a.target();
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Access.LOAD);
            expr(a.value());
            emit(Opcode.BINARY_OP, a.op().ordinal());
            storeName(n.id());
        } else if (target instanceof Expr.Attribute attr) {
            expr(attr.value());
            emit(Opcode.COPY, 1);
            emit(Opcode.LOAD_ATTR, nameIndex(attr.attr()));
            expr(a.value());
            emit(Opcode.BINARY_OP, a.op().ordinal());
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_ATTR, nameIndex(attr.attr()));
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.index());
            emit(Opcode.COPY, 2);
            emit(Opcode.COPY, 2);
            emit(Opcode.BINARY_SUBSCR);
            expr(a.value());
            emit(Opcode.BINARY_OP, a.op().ordinal());
            emit(Opcode.SWAP, 3);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_SUBSCR);
        } else {
            throw error("illegal expression for augmented assignment", target.span());
        }
    }

    private void functionDef(Stmt.FunctionDef f) {
        Scope scope = symbols.of(f);
        String qualname = unit.scope.function ? unit.qualname + ".<locals>." + f.name() : f.name();
        int codeIndex = codes.size();
        codes.add(null);
        Unit outer = unit;
        unit = new Unit(scope, qualname, f.line());
        List<Stmt> body = f.body();
        String doc = docstring(body.get(0));
        constIndex(pool.add(doc != null ? doc : Expr.PyNone.NONE));
        statements(doc != null ? body.subList(1, body.size()) : body);
        if (!unit.code.endsFlow()) {
            unit.line = lastLine(body);
            emitConst(Expr.PyNone.NONE);
            emit(Opcode.RETURN_VALUE);
        }
        CodeObject code = finish(f.name(), f.line(), f.params().size(),
                CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS);
        codes.set(codeIndex, code);
        unit = outer;
        unit.line = f.line();
        emit(Opcode.LOAD_CONST, constIndex(pool.addCode(codeIndex)));
        emit(Opcode.MAKE_FUNCTION, 0);
        storeName(f.name());
    }

    private void returnStatement(Stmt.Return r) {
        if (!unit.scope.function) {
            throw error("'return' outside function", r.span());
        }
        int forLoops = 0;
        for (Loop loop : unit.loops) {
            if (loop.isFor()) {
                forLoops++;
            }
        }
        Expr value = r.value();
        if (value != null && !(value instanceof Expr.Const)) {
            expr(value);
            unit.line = r.line();
            for (int i = 0; i < forLoops; i++) {
                emit(Opcode.SWAP, 2);
                emit(Opcode.POP_TOP);
            }
        } else {
            for (int i = 0; i < forLoops; i++) {
                emit(Opcode.POP_TOP);
            }
            if (value != null) {
                unit.line = value.line();
            }
            emitConst(value == null ? Expr.PyNone.NONE : ((Expr.Const) value).value());
        }
        emit(Opcode.RETURN_VALUE);
    }

    private void ifStatement(Stmt.If s) {
        Boolean constant = truth(s.test());
        if (constant != null) {
            statements(constant ? s.body() : s.orElse());
            return;
        }
        CodeBuilder.Label orElse = unit.code.newLabel();
        CodeBuilder.Label end = unit.code.newLabel();
        jumpIf(s.test(), orElse, false);
        statements(s.body());
        if (!s.orElse().isEmpty()) {
            unit.line = s.line();
            if (!unit.code.endsFlow()) {
                jump(Opcode.JUMP, end);
            }
            unit.code.bind(orElse);
            statements(s.orElse());
        } else {
            unit.code.bind(orElse);
        }
        unit.code.bind(end);
    }

    private void whileStatement(Stmt.While s) {
        Boolean constant = truth(s.test());
        if (constant != null && !constant) {
            statements(s.orElse());
            return;
        }
        CodeBuilder.Label top = unit.code.newLabel();
        CodeBuilder.Label orElse = unit.code.newLabel();
        CodeBuilder.Label end = unit.code.newLabel();
        unit.code.bind(top);
        if (constant == null) {
            jumpIf(s.test(), orElse, false);
        }
        unit.loops.push(new Loop(false, top, end));
        statements(s.body());
        unit.loops.pop();
        unit.line = s.line();
        jump(Opcode.JUMP, top);
        unit.code.bind(orElse);
        if (constant == null) {
            statements(s.orElse());
        }
        unit.code.bind(end);
    }

    private void forStatement(Stmt.For s) {
        CodeBuilder.Label top = unit.code.newLabel();
        CodeBuilder.Label orElse = unit.code.newLabel();
        CodeBuilder.Label end = unit.code.newLabel();
        expr(s.iter());
        unit.line = s.line();
        emit(Opcode.GET_ITER);
        unit.code.bind(top);
        jump(Opcode.FOR_ITER, orElse);
        store(s.target());
        unit.loops.push(new Loop(true, top, end));
        statements(s.body());
        unit.loops.pop();
        unit.line = s.line();
        jump(Opcode.JUMP, top);
        unit.code.bind(orElse);
        statements(s.orElse());
        unit.code.bind(end);
    }

    /** The truth of a constant test, or null when it is not a constant. */
    private static Boolean truth(Expr e) {
        if (!(e instanceof Expr.Const c)) {
            return null;
        }
        Object v = c.value();
        if (v == Expr.PyNone.NONE) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof java.math.BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof String str) {
            return !str.isEmpty();
        }
        if (v instanceof Expr.PyTuple t) {
            return !t.items().isEmpty();
        }
        if (v instanceof Expr.PyBytes b) {
            return !b.latin1().isEmpty();
        }
        return true;
    }

    /** Jumps to {@code target} when {@code e}'s truth equals {@code when}; falls through otherwise. */
    private void jumpIf(Expr e, CodeBuilder.Label target, boolean when) {
        int saved = unit.line;
        unit.line = e.line();
        if (e instanceof Expr.UnaryOp u && u.op() == Expr.UnaryKind.NOT) {
            jumpIf(u.operand(), target, !when);
        } else if (e instanceof Expr.BoolOp b) {
            List<Expr> values = b.values();
            boolean shortCircuitsTo = !b.and(); // 'or' is decided by a true value, 'and' by a false one
            if (when == shortCircuitsTo) {
                for (Expr v : values) {
                    jumpIf(v, target, when);
                }
            } else {
                CodeBuilder.Label next = unit.code.newLabel();
                for (int i = 0; i < values.size() - 1; i++) {
                    jumpIf(values.get(i), next, !when);
                }
                jumpIf(values.get(values.size() - 1), target, when);
                unit.code.bind(next);
            }
        } else {
            Boolean constant = truth(e);
            if (constant != null) {
                if (constant == when) {
                    jump(Opcode.JUMP, target);
                }
            } else {
                expr(e);
                jump(when ? Opcode.POP_JUMP_IF_TRUE : Opcode.POP_JUMP_IF_FALSE, target);
            }
        }
        unit.line = saved;
    }

    // ---- expressions ----

    private void expr(Expr e) {
        int saved = unit.line;
        unit.line = e.line();
        if (e instanceof Expr.Const c) {
            emitConst(c.value());
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), Access.LOAD);
        } else if (e instanceof Expr.Tuple t) {
            for (Expr item : t.items()) {
                expr(item);
            }
            emit(Opcode.BUILD_TUPLE, t.items().size());
        } else if (e instanceof Expr.ListDisplay l) {
            listDisplay(l);
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
            emit(Opcode.BINARY_OP, b.op().ordinal());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
            emit(switch (u.op()) {
                case NEGATIVE -> Opcode.UNARY_NEGATIVE;
                case POSITIVE -> Opcode.UNARY_POSITIVE;
                case INVERT -> Opcode.UNARY_INVERT;
                case NOT -> Opcode.UNARY_NOT;
            });
        } else if (e instanceof Expr.BoolOp b) {
            CodeBuilder.Label end = unit.code.newLabel();
            Opcode op = b.and() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
            for (int i = 0; i < b.values().size() - 1; i++) {
                expr(b.values().get(i));
                jump(op, end);
            }
            expr(b.values().get(b.values().size() - 1));
            unit.code.bind(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.IfExp i) {
            CodeBuilder.Label orElse = unit.code.newLabel();
            CodeBuilder.Label end = unit.code.newLabel();
            jumpIf(i.test(), orElse, false);
            expr(i.body());
            jump(Opcode.JUMP, end);
            unit.code.bind(orElse);
            expr(i.orElse());
            unit.code.bind(end);
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            for (Expr arg : c.args()) {
                expr(arg);
            }
            unit.line = e.line();
            emit(Opcode.CALL, c.args().size());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            emit(Opcode.LOAD_ATTR, nameIndex(a.attr()));
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.index());
            emit(Opcode.BINARY_SUBSCR);
        }
        unit.line = saved;
    }

    /** CPython 3.11's starunpack_helper for lists: constants go through a tuple and LIST_EXTEND. */
    private void listDisplay(Expr.ListDisplay l) {
        List<Expr> items = l.items();
        boolean allConst = items.stream().allMatch(i -> i instanceof Expr.Const);
        if (items.size() > 2 && allConst) {
            emit(Opcode.BUILD_LIST, 0);
            List<Object> values = new ArrayList<>();
            for (Expr i : items) {
                values.add(((Expr.Const) i).value());
            }
            emitConst(new Expr.PyTuple(List.copyOf(values)));
            emit(Opcode.LIST_EXTEND, 1);
        } else if (items.size() > STACK_USE_GUIDELINE) {
            emit(Opcode.BUILD_LIST, 0);
            for (Expr i : items) {
                expr(i);
                emit(Opcode.LIST_APPEND, 1);
            }
        } else {
            for (Expr i : items) {
                expr(i);
            }
            emit(Opcode.BUILD_LIST, items.size());
        }
    }

    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            compareOp(c.ops().get(0));
            return;
        }
        CodeBuilder.Label cleanup = unit.code.newLabel();
        CodeBuilder.Label end = unit.code.newLabel();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            emit(Opcode.SWAP, 2);
            emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        compareOp(c.ops().get(n - 1));
        jump(Opcode.JUMP, end);
        unit.code.bind(cleanup);
        emit(Opcode.SWAP, 2);
        emit(Opcode.POP_TOP);
        unit.code.bind(end);
    }

    private void compareOp(Expr.CmpOp op) {
        switch (op) {
            case LT -> emit(Opcode.COMPARE_OP, CompareOperator.LT.ordinal());
            case LE -> emit(Opcode.COMPARE_OP, CompareOperator.LE.ordinal());
            case EQ -> emit(Opcode.COMPARE_OP, CompareOperator.EQ.ordinal());
            case NE -> emit(Opcode.COMPARE_OP, CompareOperator.NE.ordinal());
            case GT -> emit(Opcode.COMPARE_OP, CompareOperator.GT.ordinal());
            case GE -> emit(Opcode.COMPARE_OP, CompareOperator.GE.ordinal());
            case IS -> emit(Opcode.IS_OP, 0);
            case IS_NOT -> emit(Opcode.IS_OP, 1);
            case IN -> emit(Opcode.CONTAINS_OP, 0);
            case NOT_IN -> emit(Opcode.CONTAINS_OP, 1);
        }
    }
}
