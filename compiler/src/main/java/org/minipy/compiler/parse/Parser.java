package org.minipy.compiler.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.ast.Arguments;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Expr.CmpOp;
import org.minipy.compiler.ast.Span;
import org.minipy.compiler.ast.Stmt;
import org.minipy.compiler.bytecode.BinaryOperator;
import org.minipy.compiler.lex.Lexer;
import org.minipy.compiler.lex.Source;
import org.minipy.compiler.lex.Token;
import org.minipy.compiler.lex.TokenType;

/**
 * Recursive-descent parser for the walking-skeleton subset, following the shape of CPython 3.11's
 * grammar (one method per rule) and its error messages for the common mistakes. Constructs of the
 * language that are recognised but not compiled yet raise a {@code NotImplementedError}
 * CompileError naming the construct.
 */
public final class Parser {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
            "try", "while", "with", "yield");

    private static final Set<String> EXPRESSION_KEYWORDS = Set.of("None", "True", "False", "not", "lambda", "await",
            "yield");
    private static final Set<String> EXPRESSION_OPS = Set.of("(", "[", "{", "-", "+", "~", "...", "*");

    private final Lexer lexer;
    private final Source source;
    private final List<Token> tokens = new ArrayList<>();
    private int p;
    private int bracketDepth;

    public Parser(Source source) {
        this.source = source;
        this.lexer = new Lexer(source);
    }

    /** Parses a whole module. */
    public static List<Stmt> parse(String text, String filename) {
        return new Parser(new Source(text, filename)).parseModule();
    }

    public Source source() {
        return source;
    }

    /**
     * Parses the whole module. When the parser rejects something, the rest of the file is still
     * tokenized: as in CPython, a tokenizer error anywhere (an unclosed bracket, a bad literal)
     * takes priority over the parser's own message.
     */
    public List<Stmt> parseModule() {
        List<Stmt> body = new ArrayList<>();
        try {
            while (peek().type() != TokenType.ENDMARKER) {
                statement(body);
            }
        } catch (CompileError e) {
            if (!lexer.failed()) {
                while (peek().type() != TokenType.ENDMARKER) {
                    p++;
                }
            }
            throw e;
        }
        return body;
    }

    // ---- token plumbing ----

    private Token peek() {
        return peek(0);
    }

    private Token peek(int k) {
        while (tokens.size() <= p + k) {
            tokens.add(lexer.next());
        }
        return tokens.get(p + k);
    }

    private Token advance() {
        Token t = peek();
        p++;
        return t;
    }

    private Token last() {
        return tokens.get(p - 1);
    }

    private boolean atOp(String op) {
        return peek().isOp(op);
    }

    private boolean atKeyword(String kw) {
        return peek().isName(kw);
    }

    private boolean acceptOp(String op) {
        if (atOp(op)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expectOp(String op) {
        if (!atOp(op)) {
            throw invalidSyntax(peek());
        }
        return advance();
    }

    /** CPython's forced token ({@code &&'x'}): "expected 'x'" at whatever token is there. */
    private Token forceOp(String op) {
        if (!atOp(op)) {
            Token t = peek();
            throw errorAtToken(CompileError.SYNTAX, "expected '" + op + "'", t);
        }
        return advance();
    }

    private String expectName() {
        Token t = peek();
        if (t.type() != TokenType.NAME || KEYWORDS.contains(t.text())) {
            throw invalidSyntax(t);
        }
        p++;
        return t.text();
    }

    private static Span span(Token t) {
        return new Span(t.line(), t.col(), t.endLine(), t.endCol());
    }

    private Span spanFrom(Token first) {
        Token end = last();
        return new Span(first.line(), first.col(), end.endLine(), end.endCol());
    }

    // ---- errors ----

    /**
     * A generic "invalid syntax" at a token. As CPython does, the rest of the file is tokenized
     * first so that a tokenizer error (an unclosed bracket, a bad literal) wins.
     */
    private CompileError invalidSyntax(Token t) {
        Token u = t;
        int k = 0;
        while (u.type() != TokenType.ENDMARKER) {
            u = peek(k++);
        }
        if (t.type() == TokenType.INDENT) {
            return source.error(CompileError.INDENTATION, "unexpected indent", t.line(), t.endCol(), -1);
        }
        if (t.type() == TokenType.DEDENT) {
            return source.error(CompileError.INDENTATION, "unexpected unindent", t.line(), t.endCol(), -1);
        }
        return errorAtToken(CompileError.SYNTAX, "invalid syntax", t);
    }

    private CompileError errorAtToken(String kind, String message, Token t) {
        int end = t.type() == TokenType.ENDMARKER ? -1 : t.endCol() + 1;
        if (t.endLine() != t.line()) {
            end = -1;
        }
        return source.error(kind, message, t.line(), t.col() + 1, end);
    }

    private CompileError errorAt(String message, Span s) {
        return source.errorAt(CompileError.SYNTAX, message, s.line(), s.col(), s.endLine(), s.endCol());
    }

    private CompileError notSupported(String what, Token t) {
        return source.errorAt(CompileError.NOT_IMPLEMENTED, what + " not supported yet", t.line(), t.col(),
                t.endLine(), t.endCol());
    }

    // ---- statements ----

    private void statement(List<Stmt> out) {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "if" -> {
                    out.add(ifStatement("if"));
                    return;
                }
                case "while" -> {
                    out.add(whileStatement());
                    return;
                }
                case "for" -> {
                    out.add(forStatement());
                    return;
                }
                case "def" -> {
                    out.add(functionDef(List.of(), t));
                    return;
                }
                case "class" -> {
                    out.add(classDef(List.of(), t));
                    return;
                }
                case "try" -> {
                    out.add(tryStatement());
                    return;
                }
                case "with" -> {
                    out.add(withStatement());
                    return;
                }
                case "async" -> throw notSupported("'async' statements are", t);
                case "match" -> {
                    if (peek(1).type() == TokenType.NAME && !KEYWORDS.contains(peek(1).text())
                            && peek(2).isOp(":")) {
                        throw notSupported("'match' statement is", t);
                    }
                }
                default -> { }
            }
        } else if (t.isOp("@")) {
            out.add(decorated());
            return;
        } else if (t.type() != TokenType.OP && t.type() != TokenType.NUMBER && t.type() != TokenType.STRING) {
            throw invalidSyntax(t);
        }
        simpleStatements(out);
    }

    private Stmt decorated() {
        Token first = peek();
        List<Expr> decorators = new ArrayList<>();
        while (atOp("@")) {
            advance();
            decorators.add(namedExpression());
            if (peek().type() != TokenType.NEWLINE) {
                throw invalidSyntax(peek());
            }
            advance();
        }
        Token t = peek();
        if (t.isName("def")) {
            return functionDef(decorators, first);
        }
        if (t.isName("class")) {
            return classDef(decorators, first);
        }
        if (t.isName("async")) {
            throw notSupported("'async' statements are", t);
        }
        throw invalidSyntax(t);
    }

    private void simpleStatements(List<Stmt> out) {
        while (true) {
            out.add(simpleStatement());
            if (acceptOp(";")) {
                if (peek().type() == TokenType.NEWLINE) {
                    break;
                }
                continue;
            }
            break;
        }
        if (peek().type() != TokenType.NEWLINE) {
            throw invalidSyntax(peek());
        }
        advance();
    }

    private Stmt simpleStatement() {
        Token t = peek();
        if (t.type() == TokenType.NAME) {
            switch (t.text()) {
                case "pass" -> {
                    advance();
                    return new Stmt.Pass(span(t));
                }
                case "break" -> {
                    advance();
                    return new Stmt.Break(span(t));
                }
                case "continue" -> {
                    advance();
                    return new Stmt.Continue(span(t));
                }
                case "return" -> {
                    advance();
                    Expr value = atExpressionEnd() ? null : starExpressions();
                    return new Stmt.Return(value, spanFrom(t));
                }
                case "del" -> {
                    return delStatement();
                }
                case "global", "nonlocal" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    names.add(expectName());
                    while (acceptOp(",")) {
                        names.add(expectName());
                    }
                    return t.text().equals("global") ? new Stmt.Global(names, spanFrom(t))
                            : new Stmt.Nonlocal(names, spanFrom(t));
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "raise" -> {
                    advance();
                    Expr exc = null;
                    Expr cause = null;
                    if (!atExpressionEnd()) {
                        exc = expression();
                        if (atKeyword("from")) {
                            advance();
                            cause = expression();
                        }
                    }
                    return new Stmt.Raise(exc, cause, spanFrom(t));
                }
                case "assert" -> {
                    advance();
                    Expr test = expression();
                    Expr msg = acceptOp(",") ? expression() : null;
                    return new Stmt.Assert(test, msg, spanFrom(t));
                }
                default -> { }
            }
        }
        return expressionOrAssignment();
    }

    private boolean atExpressionEnd() {
        Token t = peek();
        return t.type() == TokenType.NEWLINE || t.isOp(";") || t.type() == TokenType.ENDMARKER;
    }

    /** The right-hand side of an assignment: a yield expression or star_expressions. */
    private Expr assignedValue() {
        return atKeyword("yield") ? yieldExpression() : starExpressions();
    }

    private Stmt expressionOrAssignment() {
        Token first = peek();
        Expr e = atKeyword("yield") ? yieldExpression() : starExpressions();
        if (atOp(":")) {
            throw notSupported("annotated assignments are", peek());
        }
        BinaryOperator aug = augmentedOperator(peek());
        if (aug != null) {
            if (!(e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript)) {
                throw errorAt("'" + exprName(e, true) + "' is an illegal expression for augmented assignment",
                        e.span());
            }
            advance();
            Expr value = assignedValue();
            return new Stmt.AugAssign(e, aug, value, spanFrom(first));
        }
        if (!atOp("=")) {
            return new Stmt.ExprStmt(e, spanFrom(first));
        }
        List<Expr> parts = new ArrayList<>();
        parts.add(e);
        while (acceptOp("=")) {
            parts.add(assignedValue());
        }
        if (atOp(":") || augmentedOperator(peek()) != null) {
            throw invalidSyntax(peek());
        }
        checkAssignTargets(parts);
        return new Stmt.Assign(new ArrayList<>(parts.subList(0, parts.size() - 1)), parts.get(parts.size() - 1),
                spanFrom(first));
    }

    private void checkAssignTargets(List<Expr> parts) {
        for (int i = 0; i < parts.size() - 1; i++) {
            Expr target = parts.get(i);
            Expr bad = invalidTarget(target);
            if (bad == null) {
                continue;
            }
            if (target instanceof Expr.Yield || target instanceof Expr.YieldFrom) {
                throw errorAt("assignment to yield expression not possible", target.span());
            }
            boolean here = parts.size() == 2 && !(target instanceof Expr.Tuple) && !(target instanceof Expr.ListDisplay)
                    && !isNamedConstant(target) && isBitwiseOrLevel(target) && !(target instanceof Expr.Yield)
                    && !(target instanceof Expr.YieldFrom) && !(target instanceof Expr.Starred)
                    && !(target instanceof Expr.NamedExpr) && !(target instanceof Expr.Lambda);
            if (here) {
                throw errorAt("cannot assign to " + exprName(target, false)
                        + " here. Maybe you meant '==' instead of '='?", target.span());
            }
            throw errorAt("cannot assign to " + exprName(bad, false), bad.span());
        }
    }

    private static boolean isNamedConstant(Expr e) {
        return e instanceof Expr.Const c && (c.value() instanceof Boolean || c.value() == Expr.PyNone.NONE);
    }

    private static boolean isBitwiseOrLevel(Expr e) {
        return !(e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp
                || (e instanceof Expr.UnaryOp u && u.op() == Expr.UnaryKind.NOT));
    }

    /** The innermost expression that cannot be a target, or null if all of {@code e} can be assigned. */
    private static Expr invalidTarget(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) {
            return null;
        }
        if (e instanceof Expr.Starred s) {
            return invalidTarget(s.value());
        }
        List<Expr> items = e instanceof Expr.Tuple t ? t.items() : e instanceof Expr.ListDisplay l ? l.items() : null;
        if (items == null) {
            return e;
        }
        for (Expr item : items) {
            Expr bad = invalidTarget(item);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** CPython's _PyPegen_get_expr_name. */
    static String exprName(Expr e, boolean augmented) {
        if (e instanceof Expr.Const c) {
            if (c.value() == Expr.PyNone.NONE) {
                return "None";
            }
            if (c.value() instanceof Boolean b) {
                return b ? "True" : "False";
            }
            if (c.value() == Expr.PyEllipsis.ELLIPSIS) {
                return "ellipsis";
            }
            return "literal";
        }
        if (e instanceof Expr.Comp c) {
            return switch (c.kind()) {
                case LIST -> "list comprehension";
                case SET -> "set comprehension";
                case DICT -> "dict comprehension";
                case GENERATOR -> "generator expression";
            };
        }
        if (e instanceof Expr.Call) {
            return "function call";
        }
        if (e instanceof Expr.Compare) {
            return "comparison";
        }
        if (e instanceof Expr.IfExp) {
            return "conditional expression";
        }
        if (e instanceof Expr.Tuple) {
            return "tuple";
        }
        if (e instanceof Expr.ListDisplay) {
            return "list";
        }
        if (e instanceof Expr.Name) {
            return "name";
        }
        if (e instanceof Expr.Attribute) {
            return "attribute";
        }
        if (e instanceof Expr.Subscript) {
            return "subscript";
        }
        if (e instanceof Expr.Starred) {
            return "starred";
        }
        if (e instanceof Expr.Lambda) {
            return "lambda";
        }
        if (e instanceof Expr.Yield || e instanceof Expr.YieldFrom) {
            return "yield expression";
        }
        if (e instanceof Expr.DictDisplay) {
            return "dict literal";
        }
        if (e instanceof Expr.SetDisplay) {
            return "set display";
        }
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) {
            return "f-string expression";
        }
        if (e instanceof Expr.NamedExpr) {
            return "named expression";
        }
        return "expression";
    }

    private static BinaryOperator augmentedOperator(Token t) {
        if (t.type() != TokenType.OP) {
            return null;
        }
        return switch (t.text()) {
            case "+=" -> BinaryOperator.INPLACE_ADD;
            case "-=" -> BinaryOperator.INPLACE_SUBTRACT;
            case "*=" -> BinaryOperator.INPLACE_MULTIPLY;
            case "/=" -> BinaryOperator.INPLACE_TRUE_DIVIDE;
            case "//=" -> BinaryOperator.INPLACE_FLOOR_DIVIDE;
            case "%=" -> BinaryOperator.INPLACE_REMAINDER;
            case "**=" -> BinaryOperator.INPLACE_POWER;
            case "<<=" -> BinaryOperator.INPLACE_LSHIFT;
            case ">>=" -> BinaryOperator.INPLACE_RSHIFT;
            case "&=" -> BinaryOperator.INPLACE_AND;
            case "|=" -> BinaryOperator.INPLACE_OR;
            case "^=" -> BinaryOperator.INPLACE_XOR;
            case "@=" -> BinaryOperator.INPLACE_MATRIX_MULTIPLY;
            default -> null;
        };
    }

    private Stmt delStatement() {
        Token t = advance();
        List<Expr> targets = new ArrayList<>();
        do {
            if (atExpressionEnd()) {
                break;
            }
            Expr e = starTarget();
            Expr bad = e instanceof Expr.Starred ? e : invalidTarget(e);
            if (bad == null && containsStarred(e)) {
                bad = firstStarred(e);
            }
            if (bad != null) {
                throw errorAt("cannot delete " + exprName(bad, false), bad.span());
            }
            targets.add(e);
        } while (acceptOp(","));
        if (targets.isEmpty()) {
            throw invalidSyntax(peek());
        }
        return new Stmt.Delete(targets, spanFrom(t));
    }

    private static boolean containsStarred(Expr e) {
        return firstStarred(e) != null;
    }

    private static Expr firstStarred(Expr e) {
        if (e instanceof Expr.Starred) {
            return e;
        }
        List<Expr> items = e instanceof Expr.Tuple t ? t.items() : e instanceof Expr.ListDisplay l ? l.items() : List.of();
        for (Expr item : items) {
            Expr s = firstStarred(item);
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    private Stmt importStatement() {
        Token t = advance();
        List<Stmt.Alias> names = new ArrayList<>();
        do {
            Token nameTok = peek();
            String name = dottedName();
            String as = null;
            if (atKeyword("as")) {
                advance();
                as = expectName();
            }
            names.add(new Stmt.Alias(name, as, spanFrom(nameTok)));
        } while (acceptOp(","));
        return new Stmt.Import(names, spanFrom(t));
    }

    private String dottedName() {
        Token first = peek();
        StringBuilder name = new StringBuilder(expectName());
        while (atOp(".")) {
            advance();
            name.append('.').append(expectName());
        }
        if (name.indexOf(".") >= 0) {
            throw source.errorAt(CompileError.NOT_IMPLEMENTED, "dotted module names are not supported yet",
                    first.line(), first.col(), last().endLine(), last().endCol());
        }
        return name.toString();
    }

    private Stmt fromImport() {
        Token t = advance();
        if (atOp(".") || atOp("...")) {
            throw notSupported("relative imports are", peek());
        }
        String module = dottedName();
        if (!atKeyword("import")) {
            throw invalidSyntax(peek());
        }
        advance();
        if (atOp("*")) {
            throw notSupported("'from ... import *' is", peek());
        }
        boolean paren = acceptOp("(");
        List<Stmt.Alias> names = new ArrayList<>();
        while (true) {
            Token nameTok = peek();
            String name = expectName();
            String as = null;
            if (atKeyword("as")) {
                advance();
                as = expectName();
            }
            names.add(new Stmt.Alias(name, as, spanFrom(nameTok)));
            if (!acceptOp(",")) {
                break;
            }
            if (paren && atOp(")")) {
                break;
            }
            if (!paren && atExpressionEnd()) {
                throw errorAtToken(CompileError.SYNTAX, "trailing comma not allowed without surrounding parentheses",
                        peek());
            }
        }
        if (paren) {
            expectOp(")");
        }
        return new Stmt.ImportFrom(module, names, spanFrom(t));
    }

    // ---- compound statements ----

    /** The ':' after a header: "expected ':'" when the line ends instead, invalid syntax otherwise. */
    private void headerColon() {
        if (atOp(":")) {
            advance();
            return;
        }
        if (peek().type() == TokenType.NEWLINE) {
            throw errorAtToken(CompileError.SYNTAX, "expected ':'", peek());
        }
        throw invalidSyntax(peek());
    }

    private List<Stmt> block(String what, int headerLine) {
        List<Stmt> body = new ArrayList<>();
        if (peek().type() != TokenType.NEWLINE) {
            simpleStatements(body);
            return body;
        }
        advance();
        if (peek().type() != TokenType.INDENT) {
            throw errorAtToken(CompileError.INDENTATION, "expected an indented block after " + what + " on line "
                    + headerLine, peek());
        }
        advance();
        while (peek().type() != TokenType.DEDENT && peek().type() != TokenType.ENDMARKER) {
            statement(body);
        }
        if (peek().type() == TokenType.DEDENT) {
            advance();
        }
        return body;
    }

    private Stmt ifStatement(String keyword) {
        Token t = advance();
        Expr test = namedExpression();
        headerColon();
        Span header = spanFrom(t);
        List<Stmt> body = block("'" + keyword + "' statement", t.line());
        List<Stmt> orElse = new ArrayList<>();
        if (atKeyword("elif")) {
            orElse.add(ifStatement("elif"));
        } else if (atKeyword("else")) {
            orElse = elseBlock();
        }
        return new Stmt.If(test, body, orElse, header);
    }

    private List<Stmt> elseBlock() {
        Token e = advance();
        forceOp(":");
        return block("'else' statement", e.line());
    }

    private Stmt whileStatement() {
        Token t = advance();
        Expr test = namedExpression();
        headerColon();
        Span header = spanFrom(t);
        List<Stmt> body = block("'while' statement", t.line());
        List<Stmt> orElse = atKeyword("else") ? elseBlock() : List.of();
        return new Stmt.While(test, body, orElse, header);
    }

    private Stmt forStatement() {
        Token t = advance();
        Expr target = starTargets();
        Expr bad = invalidTarget(target);
        if (bad != null) {
            throw errorAt("cannot assign to " + exprName(bad, false), bad.span());
        }
        if (!atKeyword("in")) {
            throw invalidSyntax(peek());
        }
        advance();
        Expr iter = starExpressions();
        headerColon();
        Span header = spanFrom(t);
        List<Stmt> body = block("'for' statement", t.line());
        List<Stmt> orElse = atKeyword("else") ? elseBlock() : List.of();
        return new Stmt.For(target, iter, body, orElse, header);
    }

    /** for-loop and comprehension targets: comma-separated, stopping before 'in'. */
    private Expr starTargets() {
        Token first = peek();
        Expr e = starTarget();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>();
        items.add(e);
        while (acceptOp(",")) {
            if (atKeyword("in") || atOp("=")) {
                break;
            }
            items.add(starTarget());
        }
        return new Expr.Tuple(items, spanFrom(first));
    }

    private Expr starTarget() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, spanFrom(star));
        }
        return bitwiseOr();
    }

    private Stmt functionDef(List<Expr> decorators, Token first) {
        Token t = advance();
        String name = expectName();
        forceOp("(");
        bracketDepth++;
        Arguments args = parameters(")");
        expectOp(")");
        bracketDepth--;
        if (atOp("->")) {
            throw notSupported("annotations are", peek());
        }
        forceOp(":");
        Span header = spanFrom(t);
        List<Stmt> body = block("function definition", t.line());
        return new Stmt.FunctionDef(name, args, body, decorators, header);
    }

    /** A parameter list up to (not including) {@code close}: ")" for def, ":" for lambda. */
    private Arguments parameters(String close) {
        List<Arguments.Param> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arguments.Param vararg = null;
        List<Arguments.Param> kwOnly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arguments.Param kwarg = null;
        boolean star = false;
        boolean lambda = close.equals(":");
        while (!atOp(close)) {
            Token pt = peek();
            if (kwarg != null) {
                throw errorAtToken(CompileError.SYNTAX, "arguments cannot follow var-keyword argument", pt);
            }
            if (pt.isOp("/")) {
                throw notSupported("positional-only parameters are", pt);
            }
            if (pt.isOp("**")) {
                advance();
                Token nt = peek();
                kwarg = new Arguments.Param(expectName(), span(nt));
                if (atOp("=")) {
                    throw errorAtToken(CompileError.SYNTAX, "var-keyword argument cannot have default value", peek());
                }
            } else if (pt.isOp("*")) {
                if (star) {
                    throw errorAtToken(CompileError.SYNTAX, "* argument may appear only once", pt);
                }
                advance();
                star = true;
                if (atOp(",") || atOp(close)) {
                    if (atOp(close) || peek(1).isOp("**")) {
                        throw errorAtToken(CompileError.SYNTAX, "named arguments must follow bare *", pt);
                    }
                } else {
                    Token nt = peek();
                    vararg = new Arguments.Param(expectName(), span(nt));
                    if (atOp("=")) {
                        throw errorAtToken(CompileError.SYNTAX, "var-positional argument cannot have default value",
                                peek());
                    }
                    if (!lambda && atOp(":")) {
                        throw notSupported("annotations are", peek());
                    }
                }
            } else {
                String pname = expectName();
                Arguments.Param param = new Arguments.Param(pname, span(pt));
                if (!lambda && atOp(":")) {
                    throw notSupported("annotations are", peek());
                }
                Expr def = null;
                if (acceptOp("=")) {
                    def = expression();
                }
                if (star) {
                    kwOnly.add(param);
                    kwDefaults.add(def);
                } else {
                    if (def == null && !defaults.isEmpty()) {
                        throw errorAt("non-default argument follows default argument", param.span());
                    }
                    args.add(param);
                    if (def != null) {
                        defaults.add(def);
                    }
                }
            }
            if (!acceptOp(",")) {
                break;
            }
        }
        return new Arguments(args, defaults, vararg, kwOnly, kwDefaults, kwarg);
    }

    private Stmt classDef(List<Expr> decorators, Token first) {
        Token t = advance();
        String name = expectName();
        List<Expr> bases = List.of();
        List<Expr.Keyword> keywords = List.of();
        if (atOp("(")) {
            Token open = advance();
            bracketDepth++;
            Expr.Call call = callArguments(new Expr.Name(name, span(t)), open);
            bases = call.args();
            keywords = call.keywords();
        }
        forceOp(":");
        Span header = spanFrom(t);
        List<Stmt> body = block("class definition", t.line());
        return new Stmt.ClassDef(name, bases, keywords, body, decorators, header);
    }

    private Stmt tryStatement() {
        Token t = advance();
        forceOp(":");
        Span header = spanFrom(t);
        List<Stmt> body = block("'try' statement", t.line());
        List<Stmt.ExceptHandler> handlers = new ArrayList<>();
        while (atKeyword("except")) {
            Token e = advance();
            Expr type = null;
            String name = null;
            if (atOp("*")) {
                throw notSupported("'except*' is", peek());
            }
            if (!atOp(":")) {
                type = expression();
                if (atOp(",")) {
                    Token comma = peek();
                    List<Expr> items = new ArrayList<>(List.of(type));
                    while (acceptOp(",")) {
                        if (atOp(":") || atKeyword("as")) {
                            break;
                        }
                        items.add(expression());
                    }
                    throw errorAt("multiple exception types must be parenthesized",
                            Span.of(type.span(), items.get(items.size() - 1).span()));
                }
                if (atKeyword("as")) {
                    advance();
                    name = expectName();
                }
            }
            headerColon();
            List<Stmt> hb = block("'except' statement", e.line());
            Stmt lastStmt = hb.get(hb.size() - 1);
            Span hs = new Span(e.line(), e.col(), lastStmt.span().endLine(), lastStmt.span().endCol());
            handlers.add(new Stmt.ExceptHandler(type, name, hb, hs));
        }
        List<Stmt> orElse = List.of();
        if (!handlers.isEmpty() && atKeyword("else")) {
            orElse = elseBlock();
        }
        List<Stmt> finalBody = List.of();
        if (atKeyword("finally")) {
            Token f = advance();
            forceOp(":");
            finalBody = block("'finally' statement", f.line());
        }
        if (handlers.isEmpty() && finalBody.isEmpty()) {
            throw errorAtToken(CompileError.SYNTAX, "expected 'except' or 'finally' block", peek());
        }
        return new Stmt.Try(body, handlers, orElse, finalBody, header);
    }

    private Stmt withStatement() {
        Token t = advance();
        List<Stmt.WithItem> items = null;
        if (atOp("(")) {
            int saved = p;
            int savedDepth = bracketDepth;
            try {
                advance();
                bracketDepth++;
                List<Stmt.WithItem> parsed = new ArrayList<>();
                while (!atOp(")")) {
                    parsed.add(withItem());
                    if (!acceptOp(",")) {
                        break;
                    }
                }
                expectOp(")");
                bracketDepth--;
                if (atOp(":") && !parsed.isEmpty()) {
                    items = parsed;
                }
            } catch (CompileError e) {
                if (lexer.failed()) {
                    throw e;
                }
            }
            if (items == null) {
                p = saved;
                bracketDepth = savedDepth;
            }
        }
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (acceptOp(","));
        }
        headerColon();
        Span header = spanFrom(t);
        List<Stmt> body = block("'with' statement", t.line());
        return new Stmt.With(items, body, header);
    }

    private Stmt.WithItem withItem() {
        Expr context = expression();
        Expr target = null;
        if (atKeyword("as")) {
            advance();
            target = starTarget();
            Expr bad = invalidTarget(target);
            if (bad != null) {
                throw errorAt("cannot assign to " + exprName(bad, false), bad.span());
            }
        }
        return new Stmt.WithItem(context, target);
    }

    // ---- expressions ----

    /** star_expressions: one (possibly starred) expression, or a bare tuple of them. */
    private Expr starExpressions() {
        Token first = peek();
        Expr e = starExpression();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>();
        items.add(e);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            items.add(starExpression());
        }
        return new Expr.Tuple(items, spanFrom(first));
    }

    private Expr starExpression() {
        if (atOp("*")) {
            Token star = advance();
            Expr value = bitwiseOr();
            return new Expr.Starred(value, spanFrom(star));
        }
        return expression();
    }

    /** star_named_expression: display items. */
    private Expr starNamedExpression() {
        if (atOp("*")) {
            return starExpression();
        }
        return namedExpression();
    }

    private boolean startsExpression(Token t) {
        return switch (t.type()) {
            case NUMBER, STRING -> true;
            case NAME -> !KEYWORDS.contains(t.text()) || EXPRESSION_KEYWORDS.contains(t.text());
            case OP -> EXPRESSION_OPS.contains(t.text());
            default -> false;
        };
    }

    private Expr namedExpression() {
        Token first = peek();
        Expr e = expression();
        if (atOp(":=")) {
            Token op = advance();
            if (!(e instanceof Expr.Name n)) {
                throw errorAt("cannot use assignment expressions with " + exprName(e, false), e.span());
            }
            Expr value = expression();
            return new Expr.NamedExpr(n, value, spanFrom(first));
        }
        return e;
    }

    private Expr yieldExpression() {
        Token t = advance();
        if (atKeyword("from")) {
            advance();
            Expr value = expression();
            return new Expr.YieldFrom(value, spanFrom(t));
        }
        if (atExpressionEnd() || atOp(")") || atOp("]") || atOp("}") || atOp("=")) {
            return new Expr.Yield(null, span(t));
        }
        Expr value = starExpressions();
        return new Expr.Yield(value, spanFrom(t));
    }

    private Expr expression() {
        Token t = peek();
        if (t.isName("lambda")) {
            return lambda();
        }
        if (t.isName("yield")) {
            throw invalidSyntax(t);
        }
        Expr body = disjunction();
        if (!atKeyword("if")) {
            return body;
        }
        advance();
        Expr test = disjunction();
        if (!atKeyword("else")) {
            if (atOp(":")) {
                throw invalidSyntax(peek());
            }
            throw errorAt("expected 'else' after 'if' expression", Span.of(body.span(), test.span()));
        }
        advance();
        Expr orElse = expression();
        return new Expr.IfExp(test, body, orElse, spanFrom(t));
    }

    private Expr lambda() {
        Token t = advance();
        Arguments args = parameters(":");
        forceOp(":");
        Expr body = expression();
        return new Expr.Lambda(args, body, spanFrom(t));
    }

    private Expr disjunction() {
        Token start = peek();
        Expr first = conjunction();
        if (!atKeyword("or")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKeyword("or")) {
            advance();
            values.add(conjunction());
        }
        return new Expr.BoolOp(false, values, spanFrom(start));
    }

    private Expr conjunction() {
        Token start = peek();
        Expr first = inversion();
        if (!atKeyword("and")) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (atKeyword("and")) {
            advance();
            values.add(inversion());
        }
        return new Expr.BoolOp(true, values, spanFrom(start));
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            Token t = advance();
            Expr operand = inversion();
            return new Expr.UnaryOp(Expr.UnaryKind.NOT, operand, spanFrom(t));
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = peek();
        Expr left = bitwiseOr();
        List<CmpOp> ops = new ArrayList<>();
        List<Expr> rights = new ArrayList<>();
        while (true) {
            CmpOp op = compareOperator();
            if (op == null) {
                break;
            }
            ops.add(op);
            rights.add(bitwiseOr());
        }
        if (ops.isEmpty()) {
            return left;
        }
        return new Expr.Compare(left, ops, rights, spanFrom(start));
    }

    private CmpOp compareOperator() {
        Token t = peek();
        if (t.type() == TokenType.OP) {
            CmpOp op = switch (t.text()) {
                case "<" -> CmpOp.LT;
                case "<=" -> CmpOp.LE;
                case "==" -> CmpOp.EQ;
                case "!=" -> CmpOp.NE;
                case ">" -> CmpOp.GT;
                case ">=" -> CmpOp.GE;
                default -> null;
            };
            if (op != null) {
                advance();
            }
            return op;
        }
        if (t.isName("in")) {
            advance();
            return CmpOp.IN;
        }
        if (t.isName("not") && peek(1).isName("in")) {
            p += 2;
            return CmpOp.NOT_IN;
        }
        if (t.isName("is")) {
            advance();
            if (atKeyword("not")) {
                advance();
                return CmpOp.IS_NOT;
            }
            return CmpOp.IS;
        }
        return null;
    }

    private Expr bitwiseOr() {
        Token start = peek();
        Expr e = bitwiseXor();
        while (atOp("|")) {
            advance();
            Expr r = bitwiseXor();
            e = new Expr.BinOp(e, BinaryOperator.OR, r, spanFrom(start));
        }
        return e;
    }

    private Expr bitwiseXor() {
        Token start = peek();
        Expr e = bitwiseAnd();
        while (atOp("^")) {
            advance();
            Expr r = bitwiseAnd();
            e = new Expr.BinOp(e, BinaryOperator.XOR, r, spanFrom(start));
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Token start = peek();
        Expr e = shiftExpr();
        while (atOp("&")) {
            advance();
            Expr r = shiftExpr();
            e = new Expr.BinOp(e, BinaryOperator.AND, r, spanFrom(start));
        }
        return e;
    }

    private Expr shiftExpr() {
        Token start = peek();
        Expr e = sum();
        while (atOp("<<") || atOp(">>")) {
            BinaryOperator op = advance().text().equals("<<") ? BinaryOperator.LSHIFT : BinaryOperator.RSHIFT;
            Expr r = sum();
            e = new Expr.BinOp(e, op, r, spanFrom(start));
        }
        return e;
    }

    private Expr sum() {
        Token start = peek();
        Expr e = term();
        while (atOp("+") || atOp("-")) {
            BinaryOperator op = advance().text().equals("+") ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            Expr r = term();
            e = new Expr.BinOp(e, op, r, spanFrom(start));
        }
        return e;
    }

    private Expr term() {
        Token start = peek();
        Expr e = factor();
        while (true) {
            BinaryOperator op = switch (peek().type() == TokenType.OP ? peek().text() : "") {
                case "*" -> BinaryOperator.MULTIPLY;
                case "/" -> BinaryOperator.TRUE_DIVIDE;
                case "//" -> BinaryOperator.FLOOR_DIVIDE;
                case "%" -> BinaryOperator.REMAINDER;
                case "@" -> BinaryOperator.MATRIX_MULTIPLY;
                default -> null;
            };
            if (op == null) {
                return e;
            }
            advance();
            Expr r = factor();
            e = new Expr.BinOp(e, op, r, spanFrom(start));
        }
    }

    private Expr factor() {
        Token t = peek();
        Expr.UnaryKind kind = t.isOp("-") ? Expr.UnaryKind.NEGATIVE : t.isOp("+") ? Expr.UnaryKind.POSITIVE
                : t.isOp("~") ? Expr.UnaryKind.INVERT : null;
        if (kind == null) {
            return power();
        }
        advance();
        Expr operand = factor();
        return new Expr.UnaryOp(kind, operand, spanFrom(t));
    }

    private Expr power() {
        if (atKeyword("await")) {
            throw notSupported("'await' expressions are", peek());
        }
        Token start = peek();
        Expr e = primary();
        if (atOp("**")) {
            advance();
            Expr r = factor();
            return new Expr.BinOp(e, BinaryOperator.POWER, r, spanFrom(start));
        }
        return e;
    }

    private Expr primary() {
        Token first = peek();
        Expr e = atom();
        while (true) {
            if (atOp(".")) {
                advance();
                String name = expectName();
                e = new Expr.Attribute(e, name, spanFrom(first));
            } else if (atOp("(")) {
                Token open = advance();
                bracketDepth++;
                Expr.Call call = callArguments(e, open);
                e = new Expr.Call(e, call.args(), call.keywords(), spanFrom(first));
            } else if (atOp("[")) {
                advance();
                bracketDepth++;
                Expr index = subscriptIndex();
                expectOp("]");
                bracketDepth--;
                e = new Expr.Subscript(e, index, spanFrom(first));
            } else {
                return e;
            }
        }
    }

    /** The arguments of a call after its '(' up to and including ')'; the span is filled by the caller. */
    private Expr.Call callArguments(Expr func, Token open) {
        List<Expr> args = new ArrayList<>();
        List<Expr.Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!atOp(")")) {
            Token at = peek();
            if (at.isOp("**")) {
                advance();
                Expr value = expression();
                keywords.add(new Expr.Keyword(null, value, spanFrom(at)));
                sawDoubleStar = true;
            } else if (at.isOp("*")) {
                advance();
                Expr value = expression();
                Span s = spanFrom(at);
                if (sawDoubleStar) {
                    throw errorAt("iterable argument unpacking follows keyword argument unpacking", span(at));
                }
                args.add(new Expr.Starred(value, s));
            } else if (at.type() == TokenType.NAME && !KEYWORDS.contains(at.text()) && peek(1).isOp("=")) {
                advance();
                advance();
                Expr value = expression();
                keywords.add(new Expr.Keyword(at.text(), value, spanFrom(at)));
                sawKeyword = true;
            } else {
                Expr arg = namedExpression();
                if (atKeyword("for") || atKeyword("async")) {
                    Expr gen = comprehension(Expr.CompKind.GENERATOR, arg, null, at);
                    boolean sole = args.isEmpty() && keywords.isEmpty() && (atOp(")")
                            || (atOp(",") && peek(1).isOp(")")));
                    if (!sole) {
                        throw errorAt("Generator expression must be parenthesized", gen.span());
                    }
                    if (atOp(")")) {
                        // f(x for x in y): the call's parentheses are the generator expression's
                        Token close = peek();
                        gen = withSpan(gen, new Span(open.line(), open.col(), close.endLine(), close.endCol()));
                    }
                    arg = gen;
                }
                if (atOp("=")) {
                    if (arg instanceof Expr.Const c && (c.value() instanceof Boolean || c.value() == Expr.PyNone.NONE)) {
                        throw errorAt("cannot assign to " + exprName(arg, false), arg.span());
                    }
                    throw errorAt("expression cannot contain assignment, perhaps you meant \"==\"?",
                            Span.of(arg.span(), span(peek())));
                }
                if (sawDoubleStar) {
                    throw errorAtToken(CompileError.SYNTAX, "positional argument follows keyword argument unpacking",
                            peek());
                }
                if (sawKeyword) {
                    throw errorAtToken(CompileError.SYNTAX, "positional argument follows keyword argument", peek());
                }
                args.add(arg);
            }
            if (!acceptOp(",")) {
                Expr lastArg = !args.isEmpty() ? args.get(args.size() - 1) : null;
                if (lastArg != null && (keywords.isEmpty() || !sawKeyword && !sawDoubleStar)) {
                    checkMissingComma(lastArg);
                }
                break;
            }
        }
        expectOp(")");
        bracketDepth--;
        return new Expr.Call(func, args, keywords, spanFrom(open));
    }

    private Expr subscriptIndex() {
        Token first = peek();
        Expr e = slice();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>();
        items.add(e);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            items.add(slice());
        }
        return new Expr.Tuple(items, spanFrom(first));
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    private Expr slice() {
        Token first = peek();
        Expr lower = null;
        if (!atOp(":")) {
            if (atOp("*")) {
                return starExpression();
            }
            lower = namedExpression();
            if (!atOp(":")) {
                return lower;
            }
        }
        advance();
        Expr upper = atOp(":") || atOp("]") || atOp(",") ? null : expression();
        Expr step = null;
        if (acceptOp(":")) {
            step = atOp("]") || atOp(",") ? null : expression();
        }
        return new Expr.Slice(lower, upper, step, spanFrom(first));
    }

    /** Inside brackets, two expressions in a row: CPython's "Perhaps you forgot a comma?". */
    private void checkMissingComma(Expr a) {
        Token t = peek();
        if (!startsExpression(t) || t.isOp("*") || t.isName("lambda") || t.isName("yield") || t.isName("not")) {
            return;
        }
        if (a instanceof Expr.Name && t.type() == TokenType.STRING) {
            return;
        }
        int saved = p;
        Expr b;
        try {
            b = expression();
        } catch (CompileError e) {
            if (lexer.failed()) {
                throw e;
            }
            p = saved;
            return;
        }
        throw errorAt("invalid syntax. Perhaps you forgot a comma?", Span.of(a.span(), b.span()));
    }

    private Expr atom() {
        Token t = peek();
        switch (t.type()) {
            case NAME -> {
                switch (t.text()) {
                    case "None" -> {
                        advance();
                        return new Expr.Const(Expr.PyNone.NONE, span(t));
                    }
                    case "True", "False" -> {
                        advance();
                        return new Expr.Const(t.text().equals("True"), span(t));
                    }
                    case "lambda" -> {
                        return lambda();
                    }
                    default -> {
                        if (KEYWORDS.contains(t.text())) {
                            throw invalidSyntax(t);
                        }
                        advance();
                        return new Expr.Name(t.text(), span(t));
                    }
                }
            }
            case NUMBER -> {
                advance();
                if (t.value() instanceof Token.Imaginary) {
                    throw notSupported("complex numbers are", t);
                }
                return new Expr.Const(t.value(), span(t));
            }
            case STRING -> {
                return strings();
            }
            case OP -> {
                switch (t.text()) {
                    case "(" -> {
                        return parenthesized();
                    }
                    case "[" -> {
                        return listDisplay();
                    }
                    case "{" -> {
                        return braceDisplay();
                    }
                    case "..." -> {
                        advance();
                        return new Expr.Const(Expr.PyEllipsis.ELLIPSIS, span(t));
                    }
                    default -> throw invalidSyntax(t);
                }
            }
            default -> throw invalidSyntax(t);
        }
    }

    private Expr parenthesized() {
        Token open = advance();
        bracketDepth++;
        if (atOp(")")) {
            advance();
            bracketDepth--;
            return new Expr.Tuple(List.of(), spanFrom(open));
        }
        if (atKeyword("yield")) {
            Expr y = yieldExpression();
            expectOp(")");
            bracketDepth--;
            return y;
        }
        Expr first = starNamedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            if (first instanceof Expr.Starred s) {
                throw errorAt("iterable unpacking cannot be used in comprehension", s.span());
            }
            Expr gen = comprehension(Expr.CompKind.GENERATOR, first, null, open);
            expectOp(")");
            bracketDepth--;
            return withSpan(gen, spanFrom(open));
        }
        if (atOp(")")) {
            advance();
            bracketDepth--;
            if (first instanceof Expr.Starred s) {
                throw errorAt("cannot use starred expression here", s.span());
            }
            return first;
        }
        if (!atOp(",")) {
            checkMissingComma(first);
            throw invalidSyntax(peek());
        }
        List<Expr> items = new ArrayList<>();
        items.add(first);
        while (acceptOp(",")) {
            if (atOp(")")) {
                break;
            }
            Expr item = starNamedExpression();
            items.add(item);
            if (!atOp(",") && !atOp(")")) {
                checkMissingComma(item);
            }
        }
        expectOp(")");
        bracketDepth--;
        return new Expr.Tuple(items, spanFrom(open));
    }

    private static Expr withSpan(Expr e, Span s) {
        if (e instanceof Expr.Comp c) {
            return new Expr.Comp(c.kind(), c.elt(), c.value(), c.generators(), s);
        }
        return e;
    }

    private Expr listDisplay() {
        Token open = advance();
        bracketDepth++;
        List<Expr> items = new ArrayList<>();
        while (!atOp("]")) {
            Expr item = starNamedExpression();
            if (items.isEmpty() && (atKeyword("for") || atKeyword("async"))) {
                if (item instanceof Expr.Starred s) {
                    throw errorAt("iterable unpacking cannot be used in comprehension", s.span());
                }
                Expr comp = comprehension(Expr.CompKind.LIST, item, null, open);
                expectOp("]");
                bracketDepth--;
                return withSpan(comp, spanFrom(open));
            }
            items.add(item);
            if (!acceptOp(",")) {
                checkMissingComma(item);
                break;
            }
        }
        expectOp("]");
        bracketDepth--;
        return new Expr.ListDisplay(items, spanFrom(open));
    }

    /** {@code {}}: a dict or set display or comprehension. */
    private Expr braceDisplay() {
        Token open = advance();
        bracketDepth++;
        if (atOp("}")) {
            advance();
            bracketDepth--;
            return new Expr.DictDisplay(List.of(), List.of(), spanFrom(open));
        }
        Expr firstKey;
        Expr firstValue = null;
        boolean dict;
        if (atOp("**")) {
            Token st = advance();
            firstKey = null;
            firstValue = bitwiseOr();
            dict = true;
            if (atKeyword("for") || atKeyword("async")) {
                throw errorAt("dict unpacking cannot be used in dict comprehension", span(st));
            }
        } else {
            firstKey = starNamedExpression();
            dict = atOp(":") && !(firstKey instanceof Expr.Starred);
            if (dict) {
                advance();
                firstValue = expression();
            }
        }
        if (atKeyword("for") || atKeyword("async")) {
            if (firstKey instanceof Expr.Starred s) {
                throw errorAt("iterable unpacking cannot be used in comprehension", s.span());
            }
            Expr comp = dict ? comprehension(Expr.CompKind.DICT, firstKey, firstValue, open)
                    : comprehension(Expr.CompKind.SET, firstKey, null, open);
            expectOp("}");
            bracketDepth--;
            return withSpan(comp, spanFrom(open));
        }
        if (dict) {
            List<Expr> keys = new ArrayList<>();
            List<Expr> values = new ArrayList<>();
            keys.add(firstKey);
            values.add(firstValue);
            while (acceptOp(",")) {
                if (atOp("}")) {
                    break;
                }
                if (acceptOp("**")) {
                    keys.add(null);
                    values.add(bitwiseOr());
                } else {
                    keys.add(expression());
                    if (!atOp(":")) {
                        if (atOp(",") || atOp("}")) {
                            Expr k = keys.get(keys.size() - 1);
                            throw errorAt("':' expected after dictionary key", k.span());
                        }
                        throw invalidSyntax(peek());
                    }
                    advance();
                    values.add(expression());
                }
            }
            expectOp("}");
            bracketDepth--;
            return new Expr.DictDisplay(keys, values, spanFrom(open));
        }
        List<Expr> items = new ArrayList<>();
        items.add(firstKey);
        while (acceptOp(",")) {
            if (atOp("}")) {
                break;
            }
            items.add(starNamedExpression());
        }
        if (!atOp("}")) {
            checkMissingComma(items.get(items.size() - 1));
        }
        expectOp("}");
        bracketDepth--;
        return new Expr.SetDisplay(items, spanFrom(open));
    }

    /** The {@code for ... in ... if ...} clauses after a comprehension's element. */
    private Expr comprehension(Expr.CompKind kind, Expr elt, Expr value, Token first) {
        List<Expr.Generator> generators = new ArrayList<>();
        while (atKeyword("for") || atKeyword("async")) {
            if (atKeyword("async")) {
                throw notSupported("asynchronous comprehensions are", peek());
            }
            advance();
            Expr target = starTargets();
            Expr bad = invalidTarget(target);
            if (bad != null) {
                throw errorAt("cannot assign to " + exprName(bad, false), bad.span());
            }
            if (!atKeyword("in")) {
                throw invalidSyntax(peek());
            }
            advance();
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                advance();
                ifs.add(disjunction());
            }
            generators.add(new Expr.Generator(target, iter, ifs));
        }
        return new Expr.Comp(kind, elt, value, generators, spanFrom(first));
    }

    // ---- strings and f-strings ----

    private Expr strings() {
        Token first = peek();
        StringBuilder value = new StringBuilder();
        boolean bytes = false;
        boolean formatted = false;
        List<Expr> parts = new ArrayList<>();
        int count = 0;
        while (peek().type() == TokenType.STRING) {
            Token t = advance();
            Token.StringLiteral lit = (Token.StringLiteral) t.value();
            if (count > 0 && lit.bytes() != bytes) {
                throw source.error(CompileError.SYNTAX, "cannot mix bytes and nonbytes literals", t.endLine(),
                        t.endCol() + 1, t.endCol() + 1);
            }
            bytes = lit.bytes();
            if (lit.formatted()) {
                formatted = true;
                if (value.length() > 0) {
                    parts.add(new Expr.Const(value.toString(), span(t)));
                    value.setLength(0);
                }
                int k = 0;
                while (k < t.text().length() && Character.isLetter(t.text().charAt(k))) {
                    k++;
                }
                String prefix = t.text().substring(0, k);
                boolean raw = prefix.toLowerCase().contains("r");
                new FString(t, raw).parse(lit.value(), parts);
            } else {
                value.append(lit.value());
            }
            count++;
        }
        if (!formatted) {
            Object v = bytes ? new Expr.PyBytes(value.toString()) : value.toString();
            return new Expr.Const(v, spanFrom(first));
        }
        if (value.length() > 0) {
            parts.add(new Expr.Const(value.toString(), spanFrom(first)));
        }
        Span whole = spanFrom(first);
        List<Expr> merged = new ArrayList<>();
        for (Expr part : mergeConstants(parts, whole)) {
            merged.add(wholeString(part, whole));
        }
        return new Expr.JoinedStr(merged, whole);
    }

    /** 3.11 places an f-string's fields (and their format specs' fields) at the whole string literal. */
    private static Expr wholeString(Expr part, Span whole) {
        if (!(part instanceof Expr.FormattedValue f)) {
            return part;
        }
        Expr spec = f.spec();
        if (spec instanceof Expr.JoinedStr j) {
            List<Expr> values = new ArrayList<>();
            for (Expr v : j.values()) {
                values.add(wholeString(v, whole));
            }
            spec = new Expr.JoinedStr(values, whole);
        }
        return new Expr.FormattedValue(f.value(), f.conversion(), spec, whole);
    }

    /** Adjacent str constants merged, empty ones dropped (CPython's f-string concatenation). */
    private static List<Expr> mergeConstants(List<Expr> parts, Span span) {
        List<Expr> out = new ArrayList<>();
        StringBuilder pending = null;
        for (Expr e : parts) {
            if (e instanceof Expr.Const c && c.value() instanceof String s) {
                if (pending == null) {
                    pending = new StringBuilder();
                }
                pending.append(s);
            } else {
                if (pending != null && pending.length() > 0) {
                    out.add(new Expr.Const(pending.toString(), span));
                }
                pending = null;
                out.add(e);
            }
        }
        if (pending != null && pending.length() > 0) {
            out.add(new Expr.Const(pending.toString(), span));
        }
        return out;
    }

    /** One f-string literal's fields (CPython 3.11's fstring_find_literal / fstring_find_expr). */
    private final class FString {
        private final Token token;
        private final boolean raw;
        private String s;
        private int i;

        FString(Token token, boolean raw) {
            this.token = token;
            this.raw = raw;
        }

        void parse(String text, List<Expr> out) {
            s = text;
            i = 0;
            parseUntil(out, false, 0);
        }

        private CompileError error(String message) {
            return source.error(CompileError.SYNTAX, "f-string: " + message, token.endLine(), token.endCol() + 1,
                    token.endCol() + 1);
        }

        /** Literal text and fields until the end (or, in a format spec, the closing '}'). */
        private void parseUntil(List<Expr> out, boolean inSpec, int depth) {
            StringBuilder literal = new StringBuilder();
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\' && !raw && i + 1 < s.length()) {
                    literal.append(c).append(s.charAt(i + 1));
                    if (s.charAt(i + 1) == 'N' && i + 2 < s.length() && s.charAt(i + 2) == '{') {
                        int close = s.indexOf('}', i);
                        if (close < 0) {
                            throw error("expecting '}'");
                        }
                        literal.append(s, i + 2, close + 1);
                        i = close + 1;
                    } else {
                        i += 2;
                    }
                    continue;
                }
                if (c == '{') {
                    if (!inSpec && i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        literal.append('{');
                        i += 2;
                        continue;
                    }
                    flush(literal, out);
                    i++;
                    field(out, depth);
                    continue;
                }
                if (c == '}') {
                    if (inSpec) {
                        break;
                    }
                    if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                        literal.append('}');
                        i += 2;
                        continue;
                    }
                    throw error("single '}' is not allowed");
                }
                literal.append(c);
                i++;
            }
            flush(literal, out);
        }

        private void flush(StringBuilder literal, List<Expr> out) {
            if (literal.length() == 0) {
                return;
            }
            String text = literal.toString();
            String value = raw ? text : lexer.decodeEscapes(text, false, token.line(), token.endCol());
            out.add(new Expr.Const(value, span(token)));
            literal.setLength(0);
        }

        /** After '{': expression, optional '=', '!c', ':spec', then '}'. */
        private void field(List<Expr> out, int depth) {
            if (depth >= 2) {
                throw error("expressions nested too deeply");
            }
            int start = i;
            int nesting = 0;
            char quote = 0;
            while (i < s.length()) {
                char c = s.charAt(i);
                if (c == '\\') {
                    throw error("expression part cannot include a backslash");
                }
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                    i++;
                    continue;
                }
                if (c == '\'' || c == '"') {
                    quote = c;
                } else if (c == '[' || c == '(' || c == '{') {
                    nesting++;
                } else if (c == ']' || c == ')' || (c == '}' && nesting > 0)) {
                    nesting--;
                } else if (c == '#') {
                    throw error("expression part cannot include '#'");
                } else if (nesting == 0) {
                    if (c == '}' || c == ':') {
                        break;
                    }
                    if (c == '!' && !(i + 1 < s.length() && s.charAt(i + 1) == '=')) {
                        break;
                    }
                    if (c == '=' && i + 1 < s.length() && s.charAt(i + 1) != '=' && i > start
                            && "=!<>".indexOf(s.charAt(i - 1)) < 0) {
                        break;
                    }
                }
                i++;
            }
            if (quote != 0) {
                throw error("unterminated string");
            }
            if (i >= s.length()) {
                throw error("expecting '}'");
            }
            String exprText = s.substring(start, i);
            if (exprText.isBlank()) {
                throw error("empty expression not allowed");
            }
            Expr value = parseFieldExpression(exprText, start);
            int conversion = -1;
            if (s.charAt(i) == '=') {
                i++;
                out.add(new Expr.Const(exprText + "=", span(token)));
                if (i < s.length() && s.charAt(i) != '!' && s.charAt(i) != ':') {
                    conversion = 'r';
                } else if (i < s.length() && s.charAt(i) == '}') {
                    conversion = 'r';
                }
            }
            if (i < s.length() && s.charAt(i) == '!') {
                i++;
                if (i >= s.length()) {
                    throw error("expecting '}'");
                }
                char conv = s.charAt(i);
                if (conv != 's' && conv != 'r' && conv != 'a') {
                    throw error("invalid conversion character: expected 's', 'r', or 'a'");
                }
                conversion = conv;
                i++;
            }
            Expr spec = null;
            if (i < s.length() && s.charAt(i) == ':') {
                i++;
                List<Expr> specParts = new ArrayList<>();
                parseUntil(specParts, true, depth + 1);
                spec = new Expr.JoinedStr(mergeConstants(specParts, span(token)), span(token));
            }
            if (i >= s.length() || s.charAt(i) != '}') {
                throw error("expecting '}'");
            }
            i++;
            out.add(new Expr.FormattedValue(value, conversion, spec, span(token)));
        }

        /**
         * Parses a field's expression, which starts at index {@code start} of the literal's content,
         * and moves its positions to where the text is in the file, as 3.11's fstring_find_expr_location:
         * the sub-parse sees "(text)", its '(' standing where the field's '{' is.
         */
        private Expr parseFieldExpression(String text, int start) {
            Source sub = new Source("(" + text + ")", source.filename);
            Parser parser = new Parser(sub);
            String tt = token.text();
            int prefix = 0;
            while (prefix < tt.length() && Character.isLetter(tt.charAt(prefix))) {
                prefix++;
            }
            boolean triple = tt.length() >= prefix + 6 && tt.charAt(prefix) == tt.charAt(prefix + 1)
                    && tt.charAt(prefix) == tt.charAt(prefix + 2);
            int brace = prefix + (triple ? 3 : 1) + start - 1;
            boolean newlineAfterBrace = true;
            for (int k = brace + 1; k < tt.length() && tt.charAt(k) != '}' && tt.charAt(k) != '\n'; k++) {
                char c = tt.charAt(k);
                if (c != ' ' && c != '\t' && c != '\f') {
                    newlineAfterBrace = false;
                    break;
                }
            }
            int lines = 0;
            for (int k = 0; k < brace && k < tt.length(); k++) {
                if (tt.charAt(k) == '\n') {
                    lines++;
                }
            }
            int cols = 0;
            if (!newlineAfterBrace) {
                int nl = tt.lastIndexOf('\n', brace);
                cols = nl < 0 ? brace : brace - nl - 1;
            }
            int firstLine = token.line() + lines;
            int firstCol = lines != 0 ? cols : token.col() + cols;
            try {
                return (Expr) relocate(parser.fieldExpression(), firstLine - 1, firstCol);
            } catch (CompileError e) {
                int delta = token.line() - 1;
                String message = e.message.startsWith("f-string") ? e.message : "f-string: " + e.message;
                throw new CompileError(e.kind, message, e.filename, e.line + delta, e.column, e.endColumn,
                        e.sourceLine);
            }
        }
    }

    /**
     * A copy of an AST fragment with every line moved by {@code delta} and the columns on its first
     * line by {@code colDelta} (f-string fields are parsed on their own, as line 1). Walks the records
     * generically: fragments are small.
     */
    static Object relocate(Object node, int delta, int colDelta) {
        if (delta == 0 && colDelta == 0 || node == null) {
            return node;
        }
        if (node instanceof Span s) {
            return new Span(s.line() + delta, s.line() == 1 ? s.col() + colDelta : s.col(), s.endLine() + delta,
                    s.endLine() == 1 ? s.endCol() + colDelta : s.endCol());
        }
        if (node instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(relocate(o, delta, colDelta));
            }
            return out;
        }
        if (!(node instanceof Record r) || !r.getClass().getPackageName().endsWith(".ast")) {
            return node;
        }
        try {
            java.lang.reflect.RecordComponent[] parts = r.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int k = 0; k < parts.length; k++) {
                values[k] = relocate(parts[k].getAccessor().invoke(r), delta, colDelta);
                types[k] = parts[k].getType();
            }
            return r.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An f-string field's expression, given as "(text)" (CPython 3.11 parses it the same way). */
    Expr fieldExpression() {
        Expr e = starExpressions();
        while (peek().type() == TokenType.NEWLINE) {
            advance();
        }
        if (peek().type() != TokenType.ENDMARKER) {
            throw invalidSyntax(peek());
        }
        return e;
    }

    /** Used by tests: the value of an int literal token. */
    static BigInteger intValue(Token t) {
        return (BigInteger) t.value();
    }
}
