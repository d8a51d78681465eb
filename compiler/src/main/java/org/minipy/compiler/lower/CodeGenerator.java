package org.minipy.compiler.lower;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.ast.Arguments;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Span;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.CompareOperator;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.lex.Source;
import org.minipy.compiler.lower.CodeBuilder.Label;
import org.minipy.compiler.lower.CodeBuilder.Pseudo;
import org.minipy.compiler.scope.Mangling;
import org.minipy.compiler.scope.Scope;
import org.minipy.compiler.scope.SymbolTable;

/**
 * Lowers a (folded) module AST to code objects sharing one {@link ConstantPool}, with CPython 3.11's
 * instruction shapes (compile.c) adapted to this contract (see {@link Opcode}): the same sequences,
 * minus RESUME / PRECALL / PUSH_NULL, with calls as {@code [callable, args..] CALL n}. Exception
 * handling uses 3.11's pseudo-instructions ({@link Pseudo}) and "frame blocks" ({@link FBlock}) for
 * unwinding on return / break / continue; {@link CodeBuilder} turns them into the exception table.
 * Every instruction carries the position (lines and columns) of the statement or expression it was
 * generated for, as compile.c's SET_LOC: a compound statement's position runs to the end of its last
 * block, and attribute accesses start at the attribute's name when it is on a later line. Where
 * compile.c marks code artificial (UNSET_LOC, ADDOP_NOLINE) it gets {@link CodeBuilder#NO_LOCATION}
 * and {@link LineNumbers} resolves it as CPython's assembler does, copying whole positions. As in
 * compile.c, the current position ({@code unit.loc}) is set by each statement and left as the
 * statement's code left it, while an expression restores it.
 */
public final class CodeGenerator {
    /** CPython 3.11's STACK_USE_GUIDELINE: bigger displays and calls are built item by item. */
    private static final int STACK_USE_GUIDELINE = 30;

    private final Source source;
    private final SymbolTable symbols;
    private final ConstantPool pool = new ConstantPool();
    private final List<CodeObject> codes = new ArrayList<>();
    private Unit unit;

    /** compile.c's fblock types. */
    private enum FBlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER
    }

    /** A frame block: what return / break / continue must undo when leaving it. */
    private record FBlock(FBlockType type, Label block, Label exit, Object datum) {}

    private enum UnitType { MODULE, FUNCTION, LAMBDA, COMPREHENSION, CLASS }

    /** The state of the code object being generated. */
    private static final class Unit {
        final CodeBuilder code = new CodeBuilder();
        final Scope scope;
        final UnitType type;
        final String qualname;
        final Map<Integer, Integer> consts = new LinkedHashMap<>();
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Map<String, Integer> varnames = new LinkedHashMap<>();
        final List<String> cellvars;
        final List<String> freevars;
        final int firstLine;
        final Deque<FBlock> fblocks = new ArrayDeque<>();
        /** The class whose private names this block mangles (CPython's u_private): the innermost enclosing class. */
        String privateName;
        /** The position given to the instructions emitted now (compile.c's u_lineno, u_col_offset, ...). */
        Span loc;

        Unit(Scope scope, UnitType type, String qualname, int line) {
            this.scope = scope;
            this.type = type;
            this.qualname = qualname;
            this.loc = new Span(line, 0, line, 0); // compiler_enter_scope
            this.firstLine = line;
            for (String p : scope.params) {
                varnames.put(p, varnames.size());
            }
            this.cellvars = scope.cellvars();
            this.freevars = scope.freevars();
        }
    }

    /** Compiling one input of the interactive loop: module-level expression statements are displayed. */
    private boolean interactive;

    /** Where compiler_warn's SyntaxWarnings go, each as python3 prints it (filename:line: ...). */
    private final java.util.function.Consumer<String> warnings;

    private CodeGenerator(Source source, SymbolTable symbols, java.util.function.Consumer<String> warnings) {
        this.source = source;
        this.symbols = symbols;
        this.warnings = warnings;
    }

    public static CompilationUnit generate(List<Stmt> module, Source source, SymbolTable symbols, long sourceHash) {
        return generate(module, source, symbols, sourceHash, false, w -> { });
    }

    /**
     * As {@link #generate}; interactive selects CPython's 'single' mode (PRINT_EXPR, no docstring),
     * and warnings receives the SyntaxWarnings, in the order CPython's compiler emits them.
     */
    public static CompilationUnit generate(List<Stmt> module, Source source, SymbolTable symbols, long sourceHash,
            boolean interactive, java.util.function.Consumer<String> warnings) {
        CodeGenerator g = new CodeGenerator(source, symbols, warnings);
        g.interactive = interactive;
        g.codes.add(null);
        g.unit = new Unit(symbols.module(), UnitType.MODULE, "<module>", 1);
        g.moduleBody(module);
        g.codes.set(0, g.finish("<module>", 1, 0, 0, 0));
        return new CompilationUnit(source.filename, g.pool.table(), List.copyOf(g.codes), sourceHash);
    }

    private void moduleBody(List<Stmt> body) {
        resume(new Span(0, 0, 1, 0));
        int start = 0;
        if (!interactive && !body.isEmpty() && docstring(body.get(0)) != null) {
            Stmt first = body.get(0);
            unit.loc = first.span();
            emitConst(docstring(first));
            storeName("__doc__");
            start = 1;
        }
        statements(body.subList(start, body.size()));
        returnNoneIfFallsOff();
    }

    /** assemble's "every block that falls off the end returns None", an artificial return. */
    private void returnNoneIfFallsOff() {
        if (!unit.code.endsFlow()) {
            unit.loc = CodeBuilder.NO_LOCATION;
            emitConst(Expr.PyNone.NONE);
            emit(Opcode.RETURN_VALUE);
        }
    }

    /**
     * A statement's position as CPython's AST has it: a compound statement runs from its header to the
     * end of its last block (the parser's spans stop at the header).
     */
    static Span stmtLoc(Stmt s) {
        List<Stmt> last = lastBlock(s);
        return last == null || last.isEmpty() ? s.span() : Span.of(s.span(), stmtLoc(last.get(last.size() - 1)));
    }

    private static Span lastLoc(List<Stmt> body) {
        return stmtLoc(body.get(body.size() - 1));
    }

    private static List<Stmt> lastBlock(Stmt s) {
        if (s instanceof Stmt.If i) {
            return i.orElse().isEmpty() ? i.body() : i.orElse();
        } else if (s instanceof Stmt.While w) {
            return w.orElse().isEmpty() ? w.body() : w.orElse();
        } else if (s instanceof Stmt.For f) {
            return f.orElse().isEmpty() ? f.body() : f.orElse();
        } else if (s instanceof Stmt.With w) {
            return w.body();
        } else if (s instanceof Stmt.FunctionDef f) {
            return f.body();
        } else if (s instanceof Stmt.ClassDef c) {
            return c.body();
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalBody().isEmpty()) {
                return t.finalBody();
            }
            if (!t.orElse().isEmpty()) {
                return t.orElse();
            }
            return t.handlers().isEmpty() ? t.body() : t.handlers().get(t.handlers().size() - 1).body();
        }
        return null;
    }

    /** An except clause's position: its header to the end of its body. */
    private static Span handlerLoc(Stmt.ExceptHandler h) {
        return h.body().isEmpty() ? h.span() : Span.of(h.span(), lastLoc(h.body()));
    }

    /**
     * compile.c's update_start_location_to_match_attr: when an attribute's name is on a later line
     * than the position's start, the position starts at the name.
     */
    private static Span matchAttr(Span loc, Expr.Attribute attr) {
        Span a = attr.span();
        if (loc.line() == a.endLine()) {
            return loc;
        }
        int len = attr.attr().length();
        int col = len <= a.endCol() ? a.endCol() - len : -1;
        int endLine = Math.max(a.endLine(), loc.endLine());
        int endCol = col < 0 ? -1 : a.endLine() == endLine ? Math.max(col, loc.endCol()) : loc.endCol();
        return new Span(a.endLine(), col, endLine, endCol);
    }

    private static String docstring(Stmt s) {
        return s instanceof Stmt.ExprStmt e && e.value() instanceof Expr.Const c && c.value() instanceof String str
                ? str : null;
    }

    /** Emits the prologue: COPY_FREE_VARS, MAKE_CELL per cell, RETURN_GENERATOR + POP_TOP. */
    private void prologue() {
        Span loc = unit.loc;
        int firstLine = unit.firstLine;
        unit.loc = CodeBuilder.NO_LOCATION; // as CPython's insert_prefix_instructions
        if (!unit.freevars.isEmpty()) {
            emit(Opcode.COPY_FREE_VARS, unit.freevars.size());
        }
        for (int i = 0; i < unit.cellvars.size(); i++) {
            emit(Opcode.MAKE_CELL, i);
        }
        if (unit.scope.isGenerator() && unit.type != UnitType.CLASS && unit.type != UnitType.MODULE) {
            unit.loc = new Span(firstLine, -1, firstLine, -1); // the first line, no columns
            emit(Opcode.RETURN_GENERATOR);
            unit.loc = CodeBuilder.NO_LOCATION;
            emit(Opcode.POP_TOP);
        }
        resume(new Span(firstLine, 0, firstLine, 0));
        unit.loc = loc;
    }

    /**
     * CPython's RESUME, which this instruction set does not have: its position, for the code that
     * follows (compiler_enter_scope's: the first line, columns 0; a module's is line 0).
     */
    private void resume(Span loc) {
        unit.code.emitResume(loc);
    }

    private CodeObject finish(String name, int firstLine, int argCount, int kwOnly, int flags) {
        List<String> varnames = List.copyOf(unit.varnames.keySet());
        List<String> cellvars = List.copyOf(unit.cellvars);
        List<String> freevars = List.copyOf(unit.freevars);
        int[] cellSlots = new int[cellvars.size()];
        int next = varnames.size();
        for (int i = 0; i < cellvars.size(); i++) {
            int v = varnames.indexOf(cellvars.get(i));
            cellSlots[i] = v >= 0 ? v : next++;
        }
        int freeBase = next;
        int ncells = cellvars.size();
        unit.code.remapFree(i -> i < ncells ? cellSlots[i] : freeBase + (i - ncells));
        CodeBuilder.Assembled a = unit.code.assemble(firstLine);
        int[] consts = Ints.of(unit.consts.keySet());
        int[] positions = a.positions();
        for (int u = 0; u < a.lines().length; u++) {
            positions[3 * u + 1] = source.utf8Column(a.lines()[u], positions[3 * u + 1]);
            positions[3 * u + 2] = source.utf8Column(positions[3 * u], positions[3 * u + 2]);
        }
        return new CodeObject(name, unit.qualname, firstLine, argCount, flags, a.code(), a.lines(), consts,
                List.copyOf(unit.names.keySet()), varnames, a.maxStack(), kwOnly, cellvars, freevars,
                a.exceptionTable(), positions);
    }

    // ---- emission helpers ----

    private void emit(Opcode op, int arg) {
        unit.code.emit(op, arg, unit.loc);
    }

    private void emit(Opcode op) {
        unit.code.emit(op, 0, unit.loc);
    }

    private void jump(Opcode op, Label target) {
        unit.code.emitJump(op, target, unit.loc);
    }

    /** ADDOP_JUMP_NOLINE: an artificial jump; the current line stays. */
    private void jumpNoLine(Opcode op, Label target) {
        unit.code.emitJump(op, target, CodeBuilder.NO_LOCATION);
    }

    /** ADDOP_NOLINE for a pseudo-instruction. */
    private void pseudoNoLine(Pseudo p, Label handler) {
        unit.code.emitPseudo(p, handler, CodeBuilder.NO_LOCATION);
    }

    /** CPython's NOP that only records the current position ({@code pass}, {@code break}, ...). */
    private void lineMark() {
        unit.code.emitLineMark(unit.loc);
    }

    /** compiler_use_next_block for a block only fallen into (after a SETUP that opens a body). */
    private void nextBlock() {
        bind(label());
    }

    private void pseudo(Pseudo p, Label handler) {
        unit.code.emitPseudo(p, handler, unit.loc);
    }

    private Label label() {
        return unit.code.newLabel();
    }

    private void bind(Label l) {
        unit.code.bind(l);
    }

    private int constIndex(int poolIndex) {
        return unit.consts.computeIfAbsent(poolIndex, k -> unit.consts.size());
    }

    private void emitConst(Object value) {
        emit(Opcode.LOAD_CONST, constIndex(pool.add(value)));
    }

    /** A name as this block writes it into its code (see {@link Mangling}). */
    private String mangle(String name) {
        return Mangling.mangle(unit.privateName, name);
    }

    private int nameIndex(String name) {
        return unit.names.computeIfAbsent(name, k -> unit.names.size());
    }

    private int varIndex(String name) {
        return unit.varnames.computeIfAbsent(name, k -> unit.varnames.size());
    }

    /** The index of a cell or free variable before slots are known: cellvars first, then freevars. */
    private int derefIndex(String name) {
        int i = unit.cellvars.indexOf(name);
        if (i >= 0) {
            return i;
        }
        int j = unit.freevars.indexOf(name);
        if (j < 0) {
            throw new IllegalStateException("no cell for " + name + " in " + unit.qualname);
        }
        return unit.cellvars.size() + j;
    }

    private CompileError error(String message, Span s) {
        return source.errorAt(CompileError.SYNTAX, message, s.line(), s.col(), s.endLine(), s.endCol());
    }

    // ---- names (compiler_nameop) ----

    private enum Access { LOAD, STORE, DELETE }

    private void nameOp(String written, Access access) {
        String name = mangle(written);
        Scope scope = unit.scope;
        Scope.Resolution r = scope.resolve(name);
        boolean function = scope.kind == Scope.Kind.FUNCTION;
        if (r == Scope.Resolution.FREE || r == Scope.Resolution.CELL) {
            Opcode op = switch (access) {
                case LOAD -> scope.kind == Scope.Kind.CLASS ? Opcode.LOAD_CLASSDEREF : Opcode.LOAD_DEREF;
                case STORE -> Opcode.STORE_DEREF;
                case DELETE -> Opcode.DELETE_DEREF;
            };
            emit(op, derefIndex(name));
        } else if (r == Scope.Resolution.LOCAL && function) {
            Opcode op = access == Access.LOAD ? Opcode.LOAD_FAST : access == Access.STORE ? Opcode.STORE_FAST
                    : Opcode.DELETE_FAST;
            emit(op, varIndex(name));
        } else if (r == Scope.Resolution.GLOBAL_EXPLICIT || (r == Scope.Resolution.GLOBAL_IMPLICIT && function)) {
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
        unit.loc = stmtLoc(s);
        if (s instanceof Stmt.ExprStmt e) {
            if (interactive && unit.type == UnitType.MODULE) {
                expr(e.value());
                unit.loc = stmtLoc(s);
                emit(Opcode.PRINT_EXPR);
            } else if (!(e.value() instanceof Expr.Const)) {
                expr(e.value());
                unit.loc = CodeBuilder.NO_LOCATION; // compiler_visit_stmt_expr: the POP_TOP is artificial
                emit(Opcode.POP_TOP);
            } else {
                lineMark();
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
                emit(Opcode.IMPORT_NAME, nameIndex(mangle(alias.name())));
                storeName(alias.asName() != null ? alias.asName() : alias.name());
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            emit(Opcode.IMPORT_NAME, nameIndex(mangle(im.module())));
            for (Stmt.Alias alias : im.names()) {
                emit(Opcode.IMPORT_FROM, nameIndex(mangle(alias.name())));
                storeName(alias.asName() != null ? alias.asName() : alias.name());
            }
            emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.FunctionDef f) {
            functionDef(f);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        } else if (s instanceof Stmt.Return r) {
            returnStatement(r);
        } else if (s instanceof Stmt.If i) {
            ifStatement(i);
        } else if (s instanceof Stmt.While w) {
            whileStatement(w);
        } else if (s instanceof Stmt.For f) {
            forStatement(f);
        } else if (s instanceof Stmt.Break b) {
            breakStatement(b);
        } else if (s instanceof Stmt.Continue c) {
            continueStatement(c);
        } else if (s instanceof Stmt.Raise r) {
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n++;
                if (r.cause() != null) {
                    expr(r.cause());
                    n++;
                }
            }
            unit.loc = stmtLoc(s);
            emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Assert a) {
            assertStatement(a);
        } else if (s instanceof Stmt.Try t) {
            if (!t.finalBody().isEmpty()) {
                tryFinally(t);
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Stmt.With w) {
            with(w, 0);
        } else if (s instanceof Stmt.Pass) {
            lineMark();
        }
        // Global and Nonlocal generate nothing.
    }

    private void assertStatement(Stmt.Assert a) {
        if (a.test() instanceof Expr.Tuple t && !t.items().isEmpty()
                || a.test() instanceof Expr.Const c && c.value() instanceof Expr.PyTuple pt && !pt.items().isEmpty()) {
            // CPython warns and compiles it anyway
            warn(a.span().line(), "assertion is always true, perhaps remove parentheses?");
        }
        Label end = label();
        jumpIf(a.test(), end, true);
        emit(Opcode.LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            emit(Opcode.CALL, 1);
        }
        emit(Opcode.RAISE_VARARGS, 1);
        bind(end);
    }

    // ---- assignment targets ----

    private void store(Expr target) {
        Span saved = unit.loc;
        unit.loc = target.span();
        if (target instanceof Expr.Name n) {
            storeName(n.id());
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            unit.loc = matchAttr(target.span(), a);
            emit(Opcode.STORE_ATTR, nameIndex(mangle(a.attr())));
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.index());
            unit.loc = target.span();
            emit(Opcode.STORE_SUBSCR);
        } else if (target instanceof Expr.Tuple || target instanceof Expr.ListDisplay) {
            List<Expr> items = target instanceof Expr.Tuple t ? t.items() : ((Expr.ListDisplay) target).items();
            unpack(items, target.span());
            for (Expr item : items) {
                store(item instanceof Expr.Starred st ? st.value() : item);
            }
        } else if (target instanceof Expr.Starred st) {
            throw error("starred assignment target must be in a list or tuple", st.span());
        } else {
            throw error("cannot assign to expression", target.span());
        }
        unit.loc = saved;
    }

    /** unpack_helper: UNPACK_SEQUENCE, or UNPACK_EX around one starred target. */
    private void unpack(List<Expr> items, Span at) {
        int n = items.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr item = items.get(i);
            if (item instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw error("too many expressions in star-unpacking assignment", item.span());
                }
                emit(Opcode.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            } else if (item instanceof Expr.Starred) {
                throw error("multiple starred expressions in assignment", at);
            }
        }
        if (!seenStar) {
            emit(Opcode.UNPACK_SEQUENCE, n);
        }
    }

    private void delete(Expr target) {
        unit.loc = target.span();
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Access.DELETE);
        } else if (target instanceof Expr.Attribute a) {
            expr(a.value());
            unit.loc = matchAttr(target.span(), a);
            emit(Opcode.DELETE_ATTR, nameIndex(mangle(a.attr())));
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.index());
            unit.loc = target.span();
            emit(Opcode.DELETE_SUBSCR);
        } else if (target instanceof Expr.Tuple t) {
            t.items().forEach(this::delete);
        } else if (target instanceof Expr.ListDisplay l) {
            l.items().forEach(this::delete);
        } else {
            throw error("cannot delete expression", target.span());
        }
    }

    /**
     * compiler_augassign: the target is loaded and stored at the target's position, the operator
     * runs at the statement's.
     */
    private void augAssign(Stmt.AugAssign a) {
        Expr target = a.target();
        Span stmt = unit.loc;
        unit.loc = target.span();
        if (target instanceof Expr.Name n) {
            nameOp(n.id(), Access.LOAD);
        } else if (target instanceof Expr.Attribute attr) {
            expr(attr.value());
            emit(Opcode.COPY, 1);
            unit.loc = matchAttr(unit.loc, attr);
            emit(Opcode.LOAD_ATTR, nameIndex(mangle(attr.attr())));
        } else if (target instanceof Expr.Subscript sub) {
            expr(sub.value());
            expr(sub.index());
            emit(Opcode.COPY, 2);
            emit(Opcode.COPY, 2);
            emit(Opcode.BINARY_SUBSCR);
        } else {
            throw error("illegal expression for augmented assignment", target.span());
        }
        unit.loc = stmt;
        expr(a.value());
        emit(Opcode.BINARY_OP, a.op().ordinal());
        unit.loc = target.span();
        if (target instanceof Expr.Name n) {
            storeName(n.id());
        } else if (target instanceof Expr.Attribute attr) {
            unit.loc = matchAttr(unit.loc, attr);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_ATTR, nameIndex(mangle(attr.attr())));
        } else {
            emit(Opcode.SWAP, 3);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_SUBSCR);
        }
        unit.loc = stmt;
    }

    // ---- functions, lambdas and classes ----

    /** The qualname of a new block (compiler_set_qualname). */
    private String qualname(String name, boolean canBeGlobal) {
        if (unit.type == UnitType.MODULE) {
            return name;
        }
        if (canBeGlobal && unit.scope.resolve(mangle(name)) == Scope.Resolution.GLOBAL_EXPLICIT) {
            return name;
        }
        if (unit.type == UnitType.FUNCTION || unit.type == UnitType.LAMBDA) {
            return unit.qualname + ".<locals>." + name;
        }
        return unit.qualname + "." + name;
    }

    private static int functionFlags(Scope scope) {
        int flags = CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS;
        if (scope.nested) {
            flags |= CodeObject.CO_NESTED;
        }
        if (scope.isGenerator()) {
            flags |= CodeObject.CO_GENERATOR;
        }
        if (scope.hasVarargs()) {
            flags |= CodeObject.CO_VARARGS;
        }
        if (scope.hasVarkeywords()) {
            flags |= CodeObject.CO_VARKEYWORDS;
        }
        return flags;
    }

    /** compiler_default_arguments: the defaults tuple and kw-only defaults dict; returns MAKE_FUNCTION flags. */
    private int defaultArguments(Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            buildTupleOf(args.defaults());
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwOnly().size(); i++) {
            Expr d = args.kwDefaults().get(i);
            if (d != null) {
                keys.add(mangle(args.kwOnly().get(i).name()));
                expr(d);
            }
        }
        if (!keys.isEmpty()) {
            emitConst(new Expr.PyTuple(List.copyOf(keys)));
            emit(Opcode.BUILD_CONST_KEY_MAP, keys.size());
            flags |= 0x02;
        }
        return flags;
    }

    /** Items then BUILD_TUPLE, or one constant tuple when all are constants (3.11's fold_tuple_on_constants). */
    private void buildTupleOf(List<Expr> items) {
        if (Expr.allConst(items)) {
            List<Object> values = new ArrayList<>();
            for (Expr i : items) {
                values.add(((Expr.Const) i).value());
            }
            emitConst(new Expr.PyTuple(List.copyOf(values)));
            return;
        }
        for (Expr i : items) {
            expr(i);
        }
        emit(Opcode.BUILD_TUPLE, items.size());
    }

    /** compiler_make_closure: [closure tuple], the code constant and MAKE_FUNCTION. */
    private void makeClosure(int codeIndex, CodeObject code, int flags) {
        if (!code.freevars().isEmpty()) {
            for (String name : code.freevars()) {
                boolean cell = unit.type == UnitType.CLASS && name.equals("__class__")
                        || unit.scope.resolve(name) == Scope.Resolution.CELL;
                int i = cell ? unit.cellvars.indexOf(name) : unit.freevars.indexOf(name);
                if (i < 0) {
                    throw new IllegalStateException("no closure variable " + name + " in " + unit.qualname);
                }
                emit(Opcode.LOAD_CLOSURE, cell ? i : unit.cellvars.size() + i);
            }
            emit(Opcode.BUILD_TUPLE, code.freevars().size());
            flags |= 0x08;
        }
        emit(Opcode.LOAD_CONST, constIndex(pool.addCode(codeIndex)));
        emit(Opcode.MAKE_FUNCTION, flags);
    }

    private void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) {
            expr(d);
        }
        unit.loc = stmtLoc(f);
        int flags = defaultArguments(f.args());
        Scope scope = symbols.of(f);
        int firstLine = f.decorators().isEmpty() ? f.line() : f.decorators().get(0).line();
        int codeIndex = codes.size();
        codes.add(null);
        String qualname = qualname(f.name(), true);
        Unit outer = unit;
        unit = new Unit(scope, UnitType.FUNCTION, qualname, firstLine);
        unit.privateName = outer.privateName;
        prologue();
        List<Stmt> body = f.body();
        String doc = docstring(body.get(0));
        constIndex(pool.add(doc != null ? doc : Expr.PyNone.NONE));
        statements(doc != null ? body.subList(1, body.size()) : body);
        returnNoneIfFallsOff();
        CodeObject code = finish(f.name(), firstLine, f.args().args().size(), f.args().kwOnly().size(),
                functionFlags(scope));
        codes.set(codeIndex, code);
        unit = outer;
        unit.loc = stmtLoc(f);
        makeClosure(codeIndex, code, flags);
        applyDecorators(f.decorators());
        storeName(f.name());
    }

    private void lambda(Expr.Lambda l) {
        int flags = defaultArguments(l.args());
        Scope scope = symbols.of(l);
        int codeIndex = codes.size();
        codes.add(null);
        String qualname = qualname("<lambda>", false);
        Unit outer = unit;
        unit = new Unit(scope, UnitType.LAMBDA, qualname, l.line());
        unit.privateName = outer.privateName;
        prologue();
        constIndex(pool.add(Expr.PyNone.NONE));
        expr(l.body());
        // the unit's own position (compiler_enter_scope's); a generator's return is artificial
        // (3.11's assemble(c, 0)), and returns the body's value too: what the last yield was sent
        if (scope.isGenerator()) {
            unit.loc = CodeBuilder.NO_LOCATION;
        }
        emit(Opcode.RETURN_VALUE);
        CodeObject code = finish("<lambda>", l.line(), l.args().args().size(), l.args().kwOnly().size(),
                functionFlags(scope));
        codes.set(codeIndex, code);
        unit = outer;
        unit.loc = l.span();
        makeClosure(codeIndex, code, flags);
    }

    private void classDef(Stmt.ClassDef c) {
        for (Expr d : c.decorators()) {
            expr(d);
        }
        unit.loc = stmtLoc(c);
        Scope scope = symbols.of(c);
        int firstLine = c.decorators().isEmpty() ? c.line() : c.decorators().get(0).line();
        int codeIndex = codes.size();
        codes.add(null);
        String qualname = qualname(c.name(), true);
        Unit outer = unit;
        unit = new Unit(scope, UnitType.CLASS, qualname, firstLine);
        unit.privateName = c.name();
        prologue();
        nameOp("__name__", Access.LOAD);
        storeName("__module__");
        emitConst(unit.qualname);
        storeName("__qualname__");
        List<Stmt> body = c.body();
        int start = 0;
        String doc = docstring(body.get(0));
        if (doc != null) {
            unit.loc = body.get(0).span();
            emitConst(doc);
            storeName("__doc__");
            start = 1;
        }
        statements(body.subList(start, body.size()));
        unit.loc = CodeBuilder.NO_LOCATION; // the epilogue is artificial
        if (scope.needsClassClosure()) {
            emit(Opcode.LOAD_CLOSURE, unit.cellvars.indexOf("__class__"));
            emit(Opcode.COPY, 1);
            storeName("__classcell__");
        } else {
            emitConst(Expr.PyNone.NONE);
        }
        emit(Opcode.RETURN_VALUE);
        CodeObject code = finish(c.name(), firstLine, 0, 0, 0);
        codes.set(codeIndex, code);
        unit = outer;
        unit.loc = stmtLoc(c);
        emit(Opcode.LOAD_BUILD_CLASS);
        makeClosure(codeIndex, code, 0);
        emitConst(c.name());
        callHelper(2, c.bases(), c.keywords(), stmtLoc(c));
        applyDecorators(c.decorators());
        storeName(c.name());
    }

    /** compiler_apply_decorators: one CALL per decorator, innermost first, each at its decorator's position. */
    private void applyDecorators(List<Expr> decorators) {
        Span saved = unit.loc;
        for (int i = decorators.size() - 1; i >= 0; i--) {
            unit.loc = decorators.get(i).span();
            emit(Opcode.CALL, 1);
        }
        unit.loc = saved;
    }

    // ---- control flow ----

    private void returnStatement(Stmt.Return r) {
        if (unit.type != UnitType.FUNCTION && unit.type != UnitType.LAMBDA) {
            throw error("'return' outside function", r.span());
        }
        Expr value = r.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Const);
        if (preserveTos) {
            expr(value);
        } else if (value != null) {
            unit.loc = value.span();
            lineMark();
        }
        if (value == null || value.line() != r.line()) {
            unit.loc = r.span();
            lineMark();
        }
        // what unwinding leaves (a finally body, a with's exit) decides the line of the return itself
        unwindFBlockStack(preserveTos, false);
        if (value == null) {
            emitConst(Expr.PyNone.NONE);
        } else if (!preserveTos) {
            emitConst(((Expr.Const) value).value());
        }
        emit(Opcode.RETURN_VALUE);
    }

    private void breakStatement(Stmt.Break b) {
        lineMark();
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            throw error("'break' outside loop", b.span());
        }
        unwindFBlock(loop, false);
        jump(Opcode.JUMP, loop.exit());
    }

    private void continueStatement(Stmt.Continue c) {
        lineMark();
        FBlock loop = unwindFBlockStack(false, true);
        if (loop == null) {
            throw error("'continue' not properly in loop", c.span());
        }
        jump(Opcode.JUMP, loop.block());
    }

    /**
     * compiler_unwind_fblock_stack: undoes the frame blocks from the innermost out (to the innermost
     * loop if {@code toLoop}, which is returned, else all of them); a finally body is compiled inline
     * with its own block popped.
     */
    private FBlock unwindFBlockStack(boolean preserveTos, boolean toLoop) {
        if (unit.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = unit.fblocks.peek();
        if (toLoop && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP)) {
            return top;
        }
        unit.fblocks.pop();
        unwindFBlock(top, preserveTos);
        FBlock loop = unwindFBlockStack(preserveTos, toLoop);
        unit.fblocks.push(top);
        return loop;
    }

    /**
     * compiler_unwind_fblock: the instructions that leave one frame block early. After a finally
     * body or a with's exit the current line is unset: the return or jump that follows appears to
     * run after them.
     */
    private void unwindFBlock(FBlock f, boolean preserveTos) {
        switch (f.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER -> { }
            case FOR_LOOP -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
            }
            case TRY_EXCEPT -> pseudo(Pseudo.POP_BLOCK, null);
            case FINALLY_TRY -> {
                pseudo(Pseudo.POP_BLOCK, null);
                if (preserveTos) {
                    unit.fblocks.push(new FBlock(FBlockType.POP_VALUE, null, null, null));
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) f.datum();
                statements(finalBody);
                if (preserveTos) {
                    unit.fblocks.pop();
                }
                unit.loc = CodeBuilder.NO_LOCATION;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
            }
            case WITH -> {
                unit.loc = stmtLoc((Stmt.With) f.datum());
                pseudo(Pseudo.POP_BLOCK, null);
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                callExitWithNones();
                emit(Opcode.POP_TOP);
                unit.loc = CodeBuilder.NO_LOCATION;
            }
            case HANDLER_CLEANUP -> {
                if (f.datum() != null) {
                    pseudo(Pseudo.POP_BLOCK, null);
                }
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
                if (f.datum() != null) {
                    emitConst(Expr.PyNone.NONE);
                    storeName((String) f.datum());
                    nameOp((String) f.datum(), Access.DELETE);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    emit(Opcode.SWAP, 2);
                }
                emit(Opcode.POP_TOP);
            }
        }
    }

    /**
     * [.., exit] -> [.., exit(None, None, None)]. As 3.11's PRECALL 2 / CALL 2 over these four
     * items: exit sits where a method would and the first None where its self would, so the
     * bound __exit__ is called as it is, not taken apart into function and self.
     */
    private void callExitWithNones() {
        emitConst(Expr.PyNone.NONE);
        emitConst(Expr.PyNone.NONE);
        emitConst(Expr.PyNone.NONE);
        emit(Opcode.CALL_METHOD, 2);
    }

    private void ifStatement(Stmt.If s) {
        Boolean constant = truth(s.test());
        if (constant != null) {
            lineMark(); // what is left of the folded test
            statements(constant ? s.body() : s.orElse());
            return;
        }
        Label orElse = label();
        Label end = label();
        jumpIf(s.test(), orElse, false);
        statements(s.body());
        if (!s.orElse().isEmpty()) {
            if (!unit.code.endsFlow()) {
                jumpNoLine(Opcode.JUMP, end);
            }
            bind(orElse);
            statements(s.orElse());
        } else {
            bind(orElse);
        }
        bind(end);
    }

    private void whileStatement(Stmt.While s) {
        Boolean constant = truth(s.test());
        if (constant != null && !constant) {
            statements(s.orElse());
            return;
        }
        Label top = label();
        Label orElse = label();
        Label end = label();
        bind(top);
        int firstWarning = warned.size();
        if (constant == null) {
            jumpIf(s.test(), orElse, false);
        } else {
            lineMark(); // what is left of the folded test
        }
        List<String> testWarnings = List.copyOf(warned.subList(firstWarning, warned.size()));
        unit.fblocks.push(new FBlock(FBlockType.WHILE_LOOP, top, end, null));
        statements(s.body());
        unit.fblocks.pop();
        // CPython 3.11 compiles the test again below the body (its loop inversion), warnings and all
        testWarnings.forEach(this::emitWarning);
        unit.loc = stmtLoc(s);
        jump(Opcode.JUMP, top);
        bind(orElse);
        if (constant == null) {
            statements(s.orElse());
        }
        bind(end);
    }

    private void forStatement(Stmt.For s) {
        Label top = label();
        Label orElse = label();
        Label end = label();
        expr(s.iter());
        unit.loc = stmtLoc(s);
        emit(Opcode.GET_ITER);
        bind(top);
        jump(Opcode.FOR_ITER, orElse);
        store(s.target());
        unit.fblocks.push(new FBlock(FBlockType.FOR_LOOP, top, end, null));
        statements(s.body());
        unit.fblocks.pop();
        unit.loc = CodeBuilder.NO_LOCATION; // the jump back is artificial
        jump(Opcode.JUMP, top);
        bind(orElse);
        statements(s.orElse());
        bind(end);
    }

    /**
     * compiler_try_except. The handler entry, each handler's cleanup ({@code e = None; del e}, POP_EXCEPT
     * and the jump out) and the final re-raises are artificial, as in CPython: they take a line only
     * from the code they follow.
     */
    private void tryExcept(Stmt.Try t) {
        Label except = label();
        Label end = label();
        Label cleanup = label();
        pseudo(Pseudo.SETUP_FINALLY, except);
        nextBlock();
        unit.fblocks.push(new FBlock(FBlockType.TRY_EXCEPT, null, null, null));
        statements(t.body());
        unit.fblocks.pop();
        pseudoNoLine(Pseudo.POP_BLOCK, null);
        statements(t.orElse());
        jumpNoLine(Opcode.JUMP, end);
        int n = t.handlers().size();
        bind(except);
        unit.loc = CodeBuilder.NO_LOCATION;
        pseudo(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        unit.fblocks.push(new FBlock(FBlockType.EXCEPTION_HANDLER, null, null, null));
        for (int i = 0; i < n; i++) {
            Stmt.ExceptHandler h = t.handlers().get(i);
            unit.loc = handlerLoc(h);
            if (h.type() == null && i < n - 1) {
                throw error("default 'except:' must be last", h.span());
            }
            Label next = label();
            if (h.type() != null) {
                expr(h.type());
                emit(Opcode.CHECK_EXC_MATCH);
                jump(Opcode.POP_JUMP_IF_FALSE, next);
            }
            if (h.name() != null) {
                Label cleanupEnd = label();
                storeName(h.name());
                pseudo(Pseudo.SETUP_CLEANUP, cleanupEnd);
                nextBlock();
                unit.fblocks.push(new FBlock(FBlockType.HANDLER_CLEANUP, null, null, h.name()));
                statements(h.body());
                unit.fblocks.pop();
                unit.loc = CodeBuilder.NO_LOCATION;
                pseudo(Pseudo.POP_BLOCK, null);
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
                emitConst(Expr.PyNone.NONE);
                storeName(h.name());
                nameOp(h.name(), Access.DELETE);
                jump(Opcode.JUMP, end);
                bind(cleanupEnd);
                unit.loc = CodeBuilder.NO_LOCATION;
                emitConst(Expr.PyNone.NONE);
                storeName(h.name());
                nameOp(h.name(), Access.DELETE);
                emit(Opcode.RERAISE, 1);
            } else {
                emit(Opcode.POP_TOP);
                nextBlock();
                unit.fblocks.push(new FBlock(FBlockType.HANDLER_CLEANUP, null, null, null));
                statements(h.body());
                unit.fblocks.pop();
                unit.loc = CodeBuilder.NO_LOCATION;
                pseudo(Pseudo.POP_BLOCK, null);
                emit(Opcode.POP_EXCEPT);
                jump(Opcode.JUMP, end);
            }
            bind(next);
        }
        unit.loc = CodeBuilder.NO_LOCATION;
        unit.fblocks.pop();
        emit(Opcode.RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(end);
    }

    private void popExceptAndReraise() {
        emit(Opcode.COPY, 3);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.RERAISE, 1);
    }

    /**
     * compiler_try_finally (with the except clauses, if any, inside). On the exception path the
     * finally body runs after an artificial handler entry; its RERAISE has the body's last line.
     */
    private void tryFinally(Stmt.Try t) {
        Label end = label();
        Label exit = label();
        Label cleanup = label();
        pseudo(Pseudo.SETUP_FINALLY, end);
        nextBlock();
        unit.fblocks.push(new FBlock(FBlockType.FINALLY_TRY, null, null, t.finalBody()));
        if (!t.handlers().isEmpty()) {
            tryExcept(t);
        } else {
            statements(t.body());
        }
        pseudoNoLine(Pseudo.POP_BLOCK, null);
        unit.fblocks.pop();
        statements(t.finalBody());
        jumpNoLine(Opcode.JUMP, exit);
        bind(end);
        unit.loc = CodeBuilder.NO_LOCATION;
        pseudo(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        unit.fblocks.push(new FBlock(FBlockType.FINALLY_END, null, null, null));
        statements(t.finalBody());
        unit.fblocks.pop();
        emit(Opcode.RERAISE, 0);
        bind(cleanup);
        popExceptAndReraise();
        bind(exit);
    }

    /**
     * compiler_with: one item at a time, nested. The normal exit calls __exit__ on the with's line;
     * after the exceptional exit's WITH_EXCEPT_START everything is artificial.
     */
    private void with(Stmt.With s, int pos) {
        Stmt.WithItem item = s.items().get(pos);
        Label block = label();
        Label fin = label();
        Label exit = label();
        Label cleanup = label();
        expr(item.context());
        unit.loc = stmtLoc(s);
        emit(Opcode.BEFORE_WITH);
        pseudo(Pseudo.SETUP_WITH, fin);
        bind(block);
        unit.fblocks.push(new FBlock(FBlockType.WITH, block, fin, s));
        if (item.target() != null) {
            store(item.target());
        } else {
            emit(Opcode.POP_TOP);
        }
        if (pos + 1 == s.items().size()) {
            statements(s.body());
        } else {
            with(s, pos + 1);
        }
        unit.fblocks.pop();
        unit.loc = CodeBuilder.NO_LOCATION;
        pseudo(Pseudo.POP_BLOCK, null);
        unit.loc = stmtLoc(s);
        callExitWithNones();
        emit(Opcode.POP_TOP);
        jump(Opcode.JUMP, exit);
        bind(fin);
        pseudo(Pseudo.SETUP_CLEANUP, cleanup);
        emit(Opcode.PUSH_EXC_INFO);
        emit(Opcode.WITH_EXCEPT_START);
        // compiler_with_except_finish
        unit.loc = CodeBuilder.NO_LOCATION;
        Label suppressed = label();
        jump(Opcode.POP_JUMP_IF_TRUE, suppressed);
        emit(Opcode.RERAISE, 2);
        bind(cleanup);
        popExceptAndReraise();
        bind(suppressed);
        emit(Opcode.POP_TOP);
        pseudo(Pseudo.POP_BLOCK, null);
        emit(Opcode.POP_EXCEPT);
        emit(Opcode.POP_TOP);
        emit(Opcode.POP_TOP);
        bind(exit);
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
        if (v instanceof Expr.PyFrozenset f) {
            return !f.items().isEmpty();
        }
        if (v instanceof Expr.PyBytes b) {
            return !b.latin1().isEmpty();
        }
        return true;
    }

    /**
     * Jumps to {@code target} when {@code e}'s truth equals {@code when}; falls through otherwise
     * (compiler_jump_if). The jumps have the position of the statement or expression the test belongs
     * to, not the test's own, as in CPython: a {@code __bool__} that raises in a condition on a
     * continuation line is reported at the {@code if}. A comparison is the exception: CPython 3.11
     * moves the current position to the comparison's, and leaves it there for what follows (an
     * assert's raise, a comprehension's append are placed at the comparison).
     */
    private void jumpIf(Expr e, Label target, boolean when) {
        if (e instanceof Expr.Compare) {
            unit.loc = e.span();
        }
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
                Label next = label();
                for (int i = 0; i < values.size() - 1; i++) {
                    jumpIf(values.get(i), next, !when);
                }
                jumpIf(values.get(values.size() - 1), target, when);
                bind(next);
            }
        } else if (e instanceof Expr.Compare c && c.ops().size() == 1
                && (c.ops().get(0) == Expr.CmpOp.IS || c.ops().get(0) == Expr.CmpOp.IS_NOT)
                && c.comparators().get(0) instanceof Expr.Const k && k.value() == Expr.PyNone.NONE) {
            // 3.11's peephole: LOAD_CONST None; IS_OP; POP_JUMP_IF_x becomes POP_JUMP_IF_[NOT_]NONE.
            checkCompare(c);
            expr(c.left());
            boolean jumpOnNone = (c.ops().get(0) == Expr.CmpOp.IS) == when;
            jump(jumpOnNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE, target);
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
    }

    // ---- expressions ----

    private void expr(Expr e) {
        Span saved = unit.loc;
        unit.loc = e.span();
        if (e instanceof Expr.Const c) {
            emitConst(c.value());
        } else if (e instanceof Expr.Name n) {
            nameOp(n.id(), Access.LOAD);
        } else if (e instanceof Expr.Tuple t) {
            starUnpack(t.items(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        } else if (e instanceof Expr.ListDisplay l) {
            starUnpack(l.items(), 0, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, false);
        } else if (e instanceof Expr.SetDisplay s) {
            starUnpack(s.items(), 0, Opcode.BUILD_SET, Opcode.SET_ADD, Opcode.SET_UPDATE, false);
        } else if (e instanceof Expr.DictDisplay d) {
            dict(d);
        } else if (e instanceof Expr.Starred s) {
            throw error("can't use starred expression here", s.span());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
            unit.loc = e.span();
            emit(Opcode.BINARY_OP, b.op().ordinal());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
            unit.loc = e.span();
            emit(switch (u.op()) {
                case NEGATIVE -> Opcode.UNARY_NEGATIVE;
                case POSITIVE -> Opcode.UNARY_POSITIVE;
                case INVERT -> Opcode.UNARY_INVERT;
                case NOT -> Opcode.UNARY_NOT;
            });
        } else if (e instanceof Expr.BoolOp b) {
            Label end = label();
            Opcode op = b.and() ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP;
            for (int i = 0; i < b.values().size() - 1; i++) {
                expr(b.values().get(i));
                jump(op, end);
            }
            expr(b.values().get(b.values().size() - 1));
            bind(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.IfExp i) {
            Label orElse = label();
            Label end = label();
            jumpIf(i.test(), orElse, false);
            expr(i.body());
            jumpNoLine(Opcode.JUMP, end);
            bind(orElse);
            expr(i.orElse());
            bind(end);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            unit.loc = matchAttr(e.span(), a);
            emit(Opcode.LOAD_ATTR, nameIndex(mangle(a.attr())));
        } else if (e instanceof Expr.Subscript s) {
            checkSubscript(s);
            expr(s.value());
            expr(s.index());
            unit.loc = e.span();
            emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            int n = 2;
            exprOrNone(s.lower());
            exprOrNone(s.upper());
            if (s.step() != null) {
                expr(s.step());
                n = 3;
            }
            unit.loc = e.span();
            emit(Opcode.BUILD_SLICE, n);
        } else if (e instanceof Expr.Lambda l) {
            lambda(l);
        } else if (e instanceof Expr.NamedExpr n) {
            expr(n.value());
            emit(Opcode.COPY, 1);
            store(n.target());
        } else if (e instanceof Expr.Comp c) {
            comprehension(c);
        } else if (e instanceof Expr.Yield y) {
            checkYield(e);
            if (y.value() != null) {
                expr(y.value());
            } else {
                emitConst(Expr.PyNone.NONE);
            }
            unit.loc = e.span();
            emit(Opcode.YIELD_VALUE, 0);
        } else if (e instanceof Expr.YieldFrom y) {
            checkYield(e);
            expr(y.value());
            unit.loc = e.span();
            emit(Opcode.GET_YIELD_FROM_ITER);
            emitConst(Expr.PyNone.NONE);
            yieldFrom();
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        }
        unit.loc = saved;
    }

    private void exprOrNone(Expr e) {
        if (e == null) {
            emitConst(Expr.PyNone.NONE);
        } else {
            expr(e);
        }
    }

    private void checkYield(Expr e) {
        if (unit.type != UnitType.FUNCTION && unit.type != UnitType.LAMBDA) {
            throw error("'yield' outside function", e.span());
        }
    }

    /** compiler_add_yield_from: [.., receiver, v] SEND loop; leaves the delegate's return value. */
    private void yieldFrom() {
        Label start = label();
        Label exit = label();
        bind(start);
        jump(Opcode.SEND, exit);
        emit(Opcode.YIELD_VALUE, 1);
        jump(Opcode.JUMP, start);
        bind(exit);
    }

    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> values = j.values();
        if (values.size() > STACK_USE_GUIDELINE) {
            emitConst("");
            emit(Opcode.LOAD_METHOD, nameIndex("join"));
            emit(Opcode.BUILD_LIST, 0);
            for (Expr v : values) {
                expr(v);
                emit(Opcode.LIST_APPEND, 1);
            }
            emit(Opcode.CALL_METHOD, 1);
            return;
        }
        for (Expr v : values) {
            expr(v);
        }
        if (values.size() != 1) {
            emit(Opcode.BUILD_STRING, values.size());
        }
    }

    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int arg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.spec() != null) {
            expr(f.spec());
            arg |= 4;
        }
        unit.loc = f.span();
        emit(Opcode.FORMAT_VALUE, arg);
    }

    /** starunpack_helper: displays of lists, sets and tuples, with constants folded and starred items. */
    private void starUnpack(List<Expr> items, int pushed, Opcode build, Opcode add, Opcode extend, boolean tuple) {
        int n = items.size();
        if (n > 2 && Expr.allConst(items)) {
            List<Object> values = new ArrayList<>();
            for (Expr i : items) {
                values.add(((Expr.Const) i).value());
            }
            if (tuple && pushed == 0) {
                emitConst(new Expr.PyTuple(List.copyOf(values)));
            } else {
                Object folded = add == Opcode.SET_ADD ? org.minipy.compiler.fold.ConstantFolder.frozenset(values) : new Expr.PyTuple(List.copyOf(values));
                emit(build, pushed);
                emitConst(folded);
                emit(extend, 1);
                if (tuple) {
                    emit(Opcode.LIST_TO_TUPLE);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        boolean seenStar = Expr.anyStarred(items);
        if (!seenStar && !big) {
            for (Expr i : items) {
                expr(i);
            }
            emit(tuple ? Opcode.BUILD_TUPLE : build, n + pushed);
            return;
        }
        boolean built = false;
        if (big) {
            emit(build, pushed);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr item = items.get(i);
            if (item instanceof Expr.Starred s) {
                if (!built) {
                    emit(build, i + pushed);
                    built = true;
                }
                expr(s.value());
                emit(extend, 1);
            } else {
                expr(item);
                if (built) {
                    emit(add, 1);
                }
            }
        }
        if (tuple) {
            emit(Opcode.LIST_TO_TUPLE);
        }
    }

    /** compiler_subdict: keys and values [begin, end) into one dict. */
    private void subdict(Expr.DictDisplay d, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        boolean constKeys = true;
        for (int i = begin; i < end; i++) {
            constKeys &= d.keys().get(i) instanceof Expr.Const;
        }
        if (n > 1 && !big && constKeys) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                expr(d.values().get(i));
                keys.add(((Expr.Const) d.keys().get(i)).value());
            }
            emitConst(new Expr.PyTuple(List.copyOf(keys)));
            emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            emit(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            expr(d.keys().get(i));
            expr(d.values().get(i));
            if (big) {
                emit(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(Opcode.BUILD_MAP, n);
        }
    }

    /** compiler_dict. */
    private void dict(Expr.DictDisplay d) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i);
                    if (haveDict) {
                        emit(Opcode.DICT_UPDATE, 1);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    emit(Opcode.BUILD_MAP, 0);
                    haveDict = true;
                }
                expr(d.values().get(i));
                emit(Opcode.DICT_UPDATE, 1);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1);
                if (haveDict) {
                    emit(Opcode.DICT_UPDATE, 1);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n);
            if (haveDict) {
                emit(Opcode.DICT_UPDATE, 1);
            }
            haveDict = true;
        }
        if (!haveDict) {
            emit(Opcode.BUILD_MAP, 0);
        }
    }

    // ---- calls ----

    private void call(Expr.Call c) {
        if (methodCall(c)) {
            return;
        }
        checkCaller(c);
        expr(c.func());
        callHelper(0, c.args(), c.keywords(), c.span());
    }

    /** maybe_optimize_method_call: LOAD_METHOD / CALL_METHOD for obj.name(positional and keyword args). */
    private boolean methodCall(Expr.Call c) {
        if (!(c.func() instanceof Expr.Attribute meth)) {
            return false;
        }
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) {
            return false;
        }
        if (Expr.anyStarred(c.args()) || Expr.anyDoubleStar(c.keywords())) {
            return false;
        }
        if (meth.value() instanceof Expr.Name n && symbols.module().isImported(n.id())) {
            return false; // 3.11's is_import_originated: module.function(...) is LOAD_ATTR + CALL
        }
        validateKeywords(c.keywords());
        expr(meth.value());
        // the method's position (its name's, when on a later line) until the call: KW_NAMES has it too
        unit.loc = matchAttr(meth.span(), meth);
        emit(Opcode.LOAD_METHOD, nameIndex(mangle(meth.attr())));
        for (Expr a : c.args()) {
            expr(a);
        }
        if (kwdsl > 0) {
            for (Expr.Keyword k : c.keywords()) {
                expr(k.value());
            }
            kwNames(c.keywords());
        }
        unit.loc = matchAttr(c.span(), meth);
        emit(Opcode.CALL_METHOD, argsl + kwdsl);
        return true;
    }

    private void kwNames(List<Expr.Keyword> keywords) {
        List<Object> names = new ArrayList<>();
        for (Expr.Keyword k : keywords) {
            names.add(k.name());
        }
        emit(Opcode.KW_NAMES, constIndex(pool.add(new Expr.PyTuple(List.copyOf(names)))));
    }

    private void validateKeywords(List<Expr.Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            String name = keywords.get(i).name();
            if (name == null) {
                continue;
            }
            for (int j = i + 1; j < keywords.size(); j++) {
                if (name.equals(keywords.get(j).name())) {
                    throw error("keyword argument repeated: " + name, keywords.get(j).span());
                }
            }
        }
    }

    /** compiler_call_helper: {@code pushed} items (after the callable) are already on the stack. */
    private void callHelper(int pushed, List<Expr> args, List<Expr.Keyword> keywords, Span at) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE
                || Expr.anyStarred(args) || Expr.anyDoubleStar(keywords);
        if (!ex) {
            for (Expr a : args) {
                expr(a);
            }
            for (Expr.Keyword k : keywords) {
                expr(k.value());
            }
            unit.loc = at;
            if (nkwelts > 0) {
                kwNames(keywords);
            }
            emit(Opcode.CALL, pushed + nelts + nkwelts);
            return;
        }
        if (pushed == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred s) {
            expr(s.value());
        } else {
            starUnpack(args, pushed, Opcode.BUILD_LIST, Opcode.LIST_APPEND, Opcode.LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int seen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Expr.Keyword kw = keywords.get(i);
                if (kw.name() == null) {
                    if (seen > 0) {
                        subkwargs(keywords, i - seen, i);
                        if (haveDict) {
                            emit(Opcode.DICT_MERGE, 1);
                        }
                        haveDict = true;
                        seen = 0;
                    }
                    if (!haveDict) {
                        emit(Opcode.BUILD_MAP, 0);
                        haveDict = true;
                    }
                    expr(kw.value());
                    emit(Opcode.DICT_MERGE, 1);
                } else {
                    seen++;
                }
            }
            if (seen > 0) {
                subkwargs(keywords, nkwelts - seen, nkwelts);
                if (haveDict) {
                    emit(Opcode.DICT_MERGE, 1);
                }
            }
        }
        unit.loc = at;
        emit(Opcode.CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
    }

    /** compiler_subkwargs: keywords [begin, end) (all named) into one dict. */
    private void subkwargs(List<Expr.Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                expr(keywords.get(i).value());
                keys.add(keywords.get(i).name());
            }
            emitConst(new Expr.PyTuple(List.copyOf(keys)));
            emit(Opcode.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) {
            emit(Opcode.BUILD_MAP, 0);
        }
        for (int i = begin; i < end; i++) {
            emitConst(keywords.get(i).name());
            expr(keywords.get(i).value());
            if (big) {
                emit(Opcode.MAP_ADD, 1);
            }
        }
        if (!big) {
            emit(Opcode.BUILD_MAP, n);
        }
    }

    // ---- comprehensions ----

    private void comprehension(Expr.Comp c) {
        Scope scope = symbols.of(c);
        String name = c.kind().codeName;
        String qualname = qualname(name, false);
        int codeIndex = codes.size();
        codes.add(null);
        Unit outer = unit;
        unit = new Unit(scope, UnitType.COMPREHENSION, qualname, c.line());
        unit.privateName = outer.privateName;
        unit.loc = c.span();
        prologue();
        switch (c.kind()) {
            case LIST -> emit(Opcode.BUILD_LIST, 0);
            case SET -> emit(Opcode.BUILD_SET, 0);
            case DICT -> emit(Opcode.BUILD_MAP, 0);
            case GENERATOR -> { }
        }
        comprehensionGenerator(c, 0, 0);
        // the line the loops left (a comparison in a condition moves it); a generator's return is artificial
        if (c.kind() != Expr.CompKind.GENERATOR) {
            emit(Opcode.RETURN_VALUE);
        } else {
            unit.loc = CodeBuilder.NO_LOCATION;
            emitConst(Expr.PyNone.NONE);
            emit(Opcode.RETURN_VALUE);
        }
        CodeObject code = finish(name, c.line(), 1, 0, functionFlags(scope));
        codes.set(codeIndex, code);
        unit = outer;
        unit.loc = c.span();
        makeClosure(codeIndex, code, 0);
        expr(c.generators().get(0).iter());
        unit.loc = c.span();
        emit(Opcode.GET_ITER);
        emit(Opcode.CALL, 1);
    }

    private void comprehensionGenerator(Expr.Comp c, int index, int depth) {
        Expr.Generator gen = c.generators().get(index);
        Label start = label();
        Label ifCleanup = label();
        Label anchor = label();
        boolean loop = true;
        if (index == 0) {
            emit(Opcode.LOAD_FAST, varIndex(".0"));
        } else {
            List<Expr> elts = gen.iter() instanceof Expr.ListDisplay l ? l.items()
                    : gen.iter() instanceof Expr.Tuple t ? t.items()
                    : gen.iter() instanceof Expr.Const k && k.value() instanceof Expr.PyTuple pt && pt.items().size() == 1
                    ? List.of(new Expr.Const(pt.items().get(0), k.span())) : null;
            if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                expr(elts.get(0));
                loop = false;
            } else {
                expr(gen.iter());
                emit(Opcode.GET_ITER);
            }
        }
        if (loop) {
            depth++;
            bind(start);
            jump(Opcode.FOR_ITER, anchor);
        }
        store(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        if (index + 1 < c.generators().size()) {
            comprehensionGenerator(c, index + 1, depth);
        } else {
            // the element's own code has its line; appending or yielding it has the comprehension's
            switch (c.kind()) {
                case GENERATOR -> {
                    expr(c.elt());
                    emit(Opcode.YIELD_VALUE, 0);
                    emit(Opcode.POP_TOP);
                }
                case LIST -> {
                    expr(c.elt());
                    emit(Opcode.LIST_APPEND, depth + 1);
                }
                case SET -> {
                    expr(c.elt());
                    emit(Opcode.SET_ADD, depth + 1);
                }
                case DICT -> {
                    expr(c.elt());
                    expr(c.value());
                    emit(Opcode.MAP_ADD, depth + 1);
                }
            }
        }
        bind(ifCleanup);
        if (loop) {
            jump(Opcode.JUMP, start);
            bind(anchor);
        }
    }

    // ---- comparisons ----

    /**
     * check_compare: {@code is} or {@code is not} with a literal on either side (a constant, after
     * folding, other than None, True, False and ...) compiles with a SyntaxWarning.
     */
    private void checkCompare(Expr.Compare c) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr.CmpOp op = c.ops().get(i);
            Expr right = c.comparators().get(i);
            if ((op == Expr.CmpOp.IS || op == Expr.CmpOp.IS_NOT) && (isLiteral(left) || isLiteral(right))) {
                warn(c.span().line(), op == Expr.CmpOp.IS ? "\"is\" with a literal. Did you mean \"==\"?"
                        : "\"is not\" with a literal. Did you mean \"!=\"?");
            }
            left = right;
        }
    }

    /** check_caller: calling a display or a constant ([1, 2] (3), a missing comma) compiles with a warning. */
    private void checkCaller(Expr.Call c) {
        Expr f = c.func();
        if (f instanceof Expr.Const || f instanceof Expr.Tuple || f instanceof Expr.ListDisplay
                || f instanceof Expr.DictDisplay || f instanceof Expr.SetDisplay
                || f instanceof Expr.Comp || f instanceof Expr.JoinedStr || f instanceof Expr.FormattedValue) {
            warn(c.span().line(), "'" + inferType(f) + "' object is not callable; perhaps you missed a comma?");
        }
    }

    /**
     * check_subscripter and check_index, for a subscript that loads: None, a number, a set, a
     * generator or a lambda subscripted, or a str, bytes, tuple or list subscripted by a constant
     * (or display) of a type that cannot be an index, compiles with a warning.
     */
    private void checkSubscript(Expr.Subscript s) {
        Expr v = s.value();
        boolean notSubscriptable = v instanceof Expr.Const k ? k.value() == Expr.PyNone.NONE
                || k.value() == Expr.PyEllipsis.ELLIPSIS || k.value() instanceof Boolean
                || k.value() instanceof java.math.BigInteger || k.value() instanceof Double
                || k.value() instanceof Expr.PyFrozenset
                : v instanceof Expr.SetDisplay || v instanceof Expr.Lambda
                        || v instanceof Expr.Comp comp && (comp.kind() == Expr.CompKind.SET
                                || comp.kind() == Expr.CompKind.GENERATOR);
        if (notSubscriptable) {
            warn(s.span().line(), "'" + inferType(v) + "' object is not subscriptable; perhaps you missed a comma?");
            return;
        }
        String indexType = inferType(s.index());
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) {
            return;
        }
        boolean sequence = v instanceof Expr.Const k ? k.value() instanceof String || k.value() instanceof Expr.PyBytes
                || k.value() instanceof Expr.PyTuple
                : v instanceof Expr.Tuple || v instanceof Expr.ListDisplay || v instanceof Expr.JoinedStr
                        || v instanceof Expr.FormattedValue
                        || v instanceof Expr.Comp comp && comp.kind() == Expr.CompKind.LIST;
        if (sequence) {
            warn(s.span().line(), inferType(v) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    /** infer_type: the type's name an expression evaluates to when the compiler can tell, else null. */
    private static String inferType(Expr e) {
        if (e instanceof Expr.Const k) {
            Object v = k.value();
            return v == Expr.PyNone.NONE ? "NoneType" : v == Expr.PyEllipsis.ELLIPSIS ? "ellipsis"
                    : v instanceof Boolean ? "bool" : v instanceof java.math.BigInteger ? "int"
                    : v instanceof Double ? "float" : v instanceof String ? "str"
                    : v instanceof Expr.PyBytes ? "bytes" : v instanceof Expr.PyTuple ? "tuple"
                    : v instanceof Expr.PyFrozenset ? "frozenset" : null;
        }
        if (e instanceof Expr.Comp comp) {
            return switch (comp.kind()) {
                case LIST -> "list";
                case SET -> "set";
                case DICT -> "dict";
                case GENERATOR -> "generator";
            };
        }
        return e instanceof Expr.Tuple ? "tuple" : e instanceof Expr.ListDisplay ? "list"
                : e instanceof Expr.DictDisplay ? "dict" : e instanceof Expr.SetDisplay ? "set"
                : e instanceof Expr.Lambda ? "function" : e instanceof Expr.Slice ? "slice"
                : e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue ? "str" : null;
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.Const k && !(k.value() == Expr.PyNone.NONE || k.value() instanceof Boolean
                || k.value() == Expr.PyEllipsis.ELLIPSIS);
    }

    /**
     * A SyntaxWarning as the warnings module shows it: "file:line: SyntaxWarning: message", then
     * the line of source, stripped, when linecache could read it (not for "<stdin>", "<string>").
     */
    private void warn(int line, String message) {
        StringBuilder w = new StringBuilder().append(source.filename).append(':').append(line)
                .append(": SyntaxWarning: ").append(message).append('\n');
        String text = source.line(line).strip();
        if (!source.filename.startsWith("<") && !text.isEmpty()) {
            w.append("  ").append(text).append('\n');
        }
        emitWarning(w.toString());
    }

    /** The warnings given so far, in order. */
    private final List<String> warned = new ArrayList<>();

    private void emitWarning(String warning) {
        warned.add(warning);
        warnings.accept(warning);
    }

    private void compare(Expr.Compare c) {
        checkCompare(c);
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            unit.loc = c.span();
            compareOp(c.ops().get(0));
            return;
        }
        Label cleanup = label();
        Label end = label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            unit.loc = c.span();
            emit(Opcode.SWAP, 2);
            emit(Opcode.COPY, 2);
            compareOp(c.ops().get(i));
            jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        unit.loc = c.span();
        compareOp(c.ops().get(n - 1));
        jumpNoLine(Opcode.JUMP, end);
        bind(cleanup);
        emit(Opcode.SWAP, 2);
        emit(Opcode.POP_TOP);
        bind(end);
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
