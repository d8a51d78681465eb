package org.minipy.compiler.parse;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.minipy.compiler.CompileError;
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
                    out.add(functionDef());
                    return;
                }
                case "class" -> throw notSupported("'class' statement is", t);
                case "try" -> throw notSupported("'try' statement is", t);
                case "with" -> throw notSupported("'with' statement is", t);
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
            throw notSupported("decorators are", t);
        } else if (t.type() != TokenType.OP && t.type() != TokenType.NUMBER && t.type() != TokenType.STRING) {
            throw invalidSyntax(t);
        }
        simpleStatements(out);
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
                case "global" -> {
                    advance();
                    List<String> names = new ArrayList<>();
                    names.add(expectName());
                    while (acceptOp(",")) {
                        names.add(expectName());
                    }
                    return new Stmt.Global(names, spanFrom(t));
                }
                case "import" -> {
                    return importStatement();
                }
                case "from" -> {
                    return fromImport();
                }
                case "raise" -> throw notSupported("'raise' statement is", t);
                case "assert" -> throw notSupported("'assert' statement is", t);
                case "nonlocal" -> throw notSupported("'nonlocal' statement is", t);
                case "yield" -> throw notSupported("'yield' expression is", t);
                default -> { }
            }
        }
        return expressionOrAssignment();
    }

    private boolean atExpressionEnd() {
        Token t = peek();
        return t.type() == TokenType.NEWLINE || t.isOp(";") || t.type() == TokenType.ENDMARKER;
    }

    private Stmt expressionOrAssignment() {
        Token first = peek();
        Expr e = starExpressions();
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
            if (atKeyword("yield")) {
                throw notSupported("'yield' expression is", peek());
            }
            Expr value = starExpressions();
            return new Stmt.AugAssign(e, aug, value, spanFrom(first));
        }
        if (!atOp("=")) {
            return new Stmt.ExprStmt(e, spanFrom(first));
        }
        List<Expr> parts = new ArrayList<>();
        parts.add(e);
        while (acceptOp("=")) {
            if (atKeyword("yield")) {
                throw notSupported("'yield' expression is", peek());
            }
            parts.add(starExpressions());
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
            boolean here = parts.size() == 2 && !(target instanceof Expr.Tuple) && !(target instanceof Expr.ListDisplay)
                    && !isNamedConstant(target) && isBitwiseOrLevel(target);
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
    private static String exprName(Expr e, boolean augmented) {
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
            Expr e = bitwiseOr();
            Expr bad = invalidTarget(e);
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
        if (!atKeyword("in")) {
            Expr bad = invalidTarget(target);
            if (bad != null) {
                throw errorAt("cannot assign to " + exprName(bad, false), bad.span());
            }
            throw invalidSyntax(peek());
        }
        Expr bad = invalidTarget(target);
        if (bad != null) {
            throw errorAt("cannot assign to " + exprName(bad, false), bad.span());
        }
        advance();
        Expr iter = starExpressions();
        headerColon();
        Span header = spanFrom(t);
        List<Stmt> body = block("'for' statement", t.line());
        List<Stmt> orElse = atKeyword("else") ? elseBlock() : List.of();
        return new Stmt.For(target, iter, body, orElse, header);
    }

    /** for-loop targets: comma-separated, stopping before 'in'. */
    private Expr starTargets() {
        Token first = peek();
        Expr e = bitwiseOr();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>();
        items.add(e);
        while (acceptOp(",")) {
            if (atKeyword("in")) {
                break;
            }
            items.add(bitwiseOr());
        }
        return new Expr.Tuple(items, spanFrom(first));
    }

    private Stmt functionDef() {
        Token t = advance();
        String name = expectName();
        forceOp("(");
        List<Stmt.Param> params = new ArrayList<>();
        bracketDepth++;
        while (!atOp(")")) {
            Token pt = peek();
            if (pt.isOp("*") || pt.isOp("**") || pt.isOp("/")) {
                throw notSupported("'" + pt.text() + "' in parameter lists is", pt);
            }
            String pname = expectName();
            if (atOp("=")) {
                throw notSupported("default parameter values are", peek());
            }
            if (atOp(":")) {
                throw notSupported("annotations are", peek());
            }
            params.add(new Stmt.Param(pname, span(pt)));
            if (!acceptOp(",")) {
                break;
            }
        }
        expectOp(")");
        bracketDepth--;
        if (atOp("->")) {
            throw notSupported("annotations are", peek());
        }
        forceOp(":");
        Span header = spanFrom(t);
        List<Stmt> body = block("function definition", t.line());
        return new Stmt.FunctionDef(name, params, body, header);
    }

    // ---- expressions ----

    /** star_expressions: one expression, or a bare tuple of them. */
    private Expr starExpressions() {
        Token first = peek();
        Expr e = expression();
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>();
        items.add(e);
        while (acceptOp(",")) {
            if (!startsExpression(peek())) {
                break;
            }
            items.add(expression());
        }
        return new Expr.Tuple(items, spanFrom(first));
    }

    private boolean startsExpression(Token t) {
        return switch (t.type()) {
            case NUMBER, STRING -> true;
            case NAME -> !KEYWORDS.contains(t.text()) || Set.of("None", "True", "False", "not", "lambda", "await",
                    "yield").contains(t.text());
            case OP -> Set.of("(", "[", "{", "-", "+", "~", "...", "*").contains(t.text());
            default -> false;
        };
    }

    private Expr namedExpression() {
        Expr e = expression();
        if (atOp(":=")) {
            throw notSupported("assignment expressions (:=) are", peek());
        }
        return e;
    }

    private Expr expression() {
        Token t = peek();
        if (t.isName("lambda")) {
            throw notSupported("'lambda' expressions are", t);
        }
        if (t.isName("yield")) {
            throw notSupported("'yield' expression is", t);
        }
        if (t.isOp("*")) {
            throw notSupported("starred expressions are", t);
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
        return new Expr.IfExp(test, body, orElse, Span.of(body.span(), orElse.span()));
    }

    private Expr disjunction() {
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
        return new Expr.BoolOp(false, values, Span.of(first.span(), values.get(values.size() - 1).span()));
    }

    private Expr conjunction() {
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
        return new Expr.BoolOp(true, values, Span.of(first.span(), values.get(values.size() - 1).span()));
    }

    private Expr inversion() {
        if (atKeyword("not")) {
            Token t = advance();
            Expr operand = inversion();
            return new Expr.UnaryOp(Expr.UnaryKind.NOT, operand, Span.of(span(t), operand.span()));
        }
        return comparison();
    }

    private Expr comparison() {
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
        return new Expr.Compare(left, ops, rights, Span.of(left.span(), rights.get(rights.size() - 1).span()));
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
        Expr e = bitwiseXor();
        while (atOp("|")) {
            advance();
            Expr r = bitwiseXor();
            e = new Expr.BinOp(e, BinaryOperator.OR, r, Span.of(e.span(), r.span()));
        }
        return e;
    }

    private Expr bitwiseXor() {
        Expr e = bitwiseAnd();
        while (atOp("^")) {
            advance();
            Expr r = bitwiseAnd();
            e = new Expr.BinOp(e, BinaryOperator.XOR, r, Span.of(e.span(), r.span()));
        }
        return e;
    }

    private Expr bitwiseAnd() {
        Expr e = shiftExpr();
        while (atOp("&")) {
            advance();
            Expr r = shiftExpr();
            e = new Expr.BinOp(e, BinaryOperator.AND, r, Span.of(e.span(), r.span()));
        }
        return e;
    }

    private Expr shiftExpr() {
        Expr e = sum();
        while (atOp("<<") || atOp(">>")) {
            BinaryOperator op = advance().text().equals("<<") ? BinaryOperator.LSHIFT : BinaryOperator.RSHIFT;
            Expr r = sum();
            e = new Expr.BinOp(e, op, r, Span.of(e.span(), r.span()));
        }
        return e;
    }

    private Expr sum() {
        Expr e = term();
        while (atOp("+") || atOp("-")) {
            BinaryOperator op = advance().text().equals("+") ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            Expr r = term();
            e = new Expr.BinOp(e, op, r, Span.of(e.span(), r.span()));
        }
        return e;
    }

    private Expr term() {
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
            e = new Expr.BinOp(e, op, r, Span.of(e.span(), r.span()));
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
        return new Expr.UnaryOp(kind, operand, Span.of(span(t), operand.span()));
    }

    private Expr power() {
        if (atKeyword("await")) {
            throw notSupported("'await' expressions are", peek());
        }
        Expr e = primary();
        if (atOp("**")) {
            advance();
            Expr r = factor();
            return new Expr.BinOp(e, BinaryOperator.POWER, r, Span.of(e.span(), r.span()));
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
                advance();
                bracketDepth++;
                List<Expr> args = new ArrayList<>();
                while (!atOp(")")) {
                    Token at = peek();
                    if (at.isOp("*") || at.isOp("**")) {
                        throw notSupported("'" + at.text() + "' arguments are", at);
                    }
                    if (at.type() == TokenType.NAME && peek(1).isOp("=")) {
                        throw notSupported("keyword arguments are", at);
                    }
                    Expr arg = expression();
                    if (atKeyword("for") || atKeyword("async")) {
                        throw notSupported("generator expressions are", peek());
                    }
                    if (atOp(":=")) {
                        throw notSupported("assignment expressions (:=) are", peek());
                    }
                    args.add(arg);
                    if (!acceptOp(",")) {
                        checkMissingComma(arg);
                        break;
                    }
                }
                expectOp(")");
                bracketDepth--;
                e = new Expr.Call(e, args, spanFrom(first));
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

    private Expr subscriptIndex() {
        Token first = peek();
        if (atOp(":")) {
            throw notSupported("slices are", peek());
        }
        Expr e = expression();
        if (atOp(":")) {
            throw notSupported("slices are", peek());
        }
        if (!atOp(",")) {
            return e;
        }
        List<Expr> items = new ArrayList<>();
        items.add(e);
        while (acceptOp(",")) {
            if (atOp("]")) {
                break;
            }
            items.add(expression());
            if (atOp(":")) {
                throw notSupported("slices are", peek());
            }
        }
        return new Expr.Tuple(items, spanFrom(first));
    }

    /** Inside brackets, two expressions in a row: CPython's "Perhaps you forgot a comma?". */
    private void checkMissingComma(Expr a) {
        Token t = peek();
        if (!startsExpression(t) || t.isOp("*") || t.isName("lambda") || t.isName("yield")) {
            return;
        }
        if (a instanceof Expr.Name && t.type() == TokenType.STRING) {
            return;
        }
        Expr b = expression();
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
                    case "lambda" -> throw notSupported("'lambda' expressions are", t);
                    case "yield" -> throw notSupported("'yield' expression is", t);
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
                    case "{" -> throw notSupported("dict and set displays are", t);
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

    private Expr strings() {
        Token first = peek();
        StringBuilder value = new StringBuilder();
        boolean bytes = false;
        int count = 0;
        while (peek().type() == TokenType.STRING) {
            Token t = advance();
            Token.StringLiteral lit = (Token.StringLiteral) t.value();
            if (lit.formatted()) {
                throw notSupported("f-strings are", t);
            }
            if (count > 0 && lit.bytes() != bytes) {
                throw source.error(CompileError.SYNTAX, "cannot mix bytes and nonbytes literals", t.endLine(),
                        t.endCol() + 1, t.endCol() + 1);
            }
            bytes = lit.bytes();
            value.append(lit.value());
            count++;
        }
        Object v = bytes ? new Expr.PyBytes(value.toString()) : value.toString();
        return new Expr.Const(v, spanFrom(first));
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
            throw notSupported("'yield' expression is", peek());
        }
        Expr first = namedExpression();
        if (atKeyword("for") || atKeyword("async")) {
            throw notSupported("generator expressions are", peek());
        }
        if (atOp(")")) {
            advance();
            bracketDepth--;
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
            Expr item = namedExpression();
            items.add(item);
            if (!atOp(",") && !atOp(")")) {
                checkMissingComma(item);
            }
        }
        expectOp(")");
        bracketDepth--;
        return new Expr.Tuple(items, spanFrom(open));
    }

    private Expr listDisplay() {
        Token open = advance();
        bracketDepth++;
        List<Expr> items = new ArrayList<>();
        while (!atOp("]")) {
            Expr item = namedExpression();
            if (atKeyword("for") || atKeyword("async")) {
                throw notSupported("list comprehensions are", peek());
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

    /** Used by tests: the value of an int literal token. */
    static BigInteger intValue(Token t) {
        return (BigInteger) t.value();
    }
}
