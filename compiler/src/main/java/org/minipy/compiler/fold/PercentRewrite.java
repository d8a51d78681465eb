package org.minipy.compiler.fold;

import java.util.ArrayList;
import java.util.List;
import org.minipy.compiler.ast.Expr;
import org.minipy.compiler.ast.Span;

/**
 * CPython 3.11's optimize_format (Python/ast_opt.c): {@code STR % (a, b, ...)} with a tuple display
 * that is not a constant and has no starred item becomes the f-string it means when every directive
 * is {@code %s}, {@code %r} or {@code %a} with only flags, a width and a precision of at most two
 * digits each, and there are exactly as many directives as items. {@code %%} is literal text. The
 * width and precision become the format spec ({@code >W} unless the '-' flag is given, {@code .P});
 * the other flags are dropped. The literal pieces and the specs have no source position (CPython
 * makes them with lineno -1), the formatted values take their item's.
 */
final class PercentRewrite {
    /** The position of the constants the rewrite makes: none (they take the line before them). */
    private static final Span NO_LOCATION = new Span(-1, -1, -1, -1);
    /** simple_format_arg_parse's MAXDIGITS: a width or precision has fewer digits than this. */
    private static final int MAX_DIGITS = 3;

    private PercentRewrite() {}

    /** The JoinedStr for {@code fmt % (items)}, or null when CPython leaves the expression alone. */
    static Expr rewrite(String fmt, List<Expr> items, Span span) {
        List<Expr> values = new ArrayList<>(items.size() * 2 + 1);
        int n = fmt.length();
        int[] pos = {0};
        int used = 0;
        while (true) {
            int start = pos[0];
            boolean doubled = false;
            int p = start;
            while (p < n) {
                if (fmt.charAt(p) != '%') {
                    p++;
                } else if (p + 1 < n && fmt.charAt(p + 1) == '%') {
                    doubled = true;
                    p += 2;
                } else {
                    break;
                }
            }
            if (p > start) {
                String literal = fmt.substring(start, p);
                values.add(new Expr.Const(doubled ? literal.replace("%%", "%") : literal, NO_LOCATION));
            }
            if (p >= n) {
                break;
            }
            if (used >= items.size()) {
                return null; // more directives than items
            }
            pos[0] = p + 1;
            Expr item = items.get(used++);
            Expr value = directive(fmt, pos, item);
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        if (used < items.size()) {
            return null; // more items than directives
        }
        return new Expr.JoinedStr(values, span);
    }

    /** parse_format after the '%': the FormattedValue for item, or null for an unsupported directive. */
    private static Expr directive(String fmt, int[] pos, Expr item) {
        int n = fmt.length();
        int p = pos[0];
        boolean left = false;
        int c;
        while (true) {
            if (p >= n) {
                return null;
            }
            c = fmt.charAt(p++);
            if (c == '-') {
                left = true;
            } else if (c != '+' && c != ' ' && c != '#' && c != '0') {
                break;
            }
        }
        int width = -1;
        if (c >= '0' && c <= '9') {
            width = 0;
            int digits = 0;
            while (c >= '0' && c <= '9') {
                width = width * 10 + (c - '0');
                if (p >= n) {
                    return null;
                }
                c = fmt.charAt(p++);
                if (++digits >= MAX_DIGITS) {
                    return null;
                }
            }
        }
        int precision = -1;
        if (c == '.') {
            if (p >= n) {
                return null;
            }
            c = fmt.charAt(p++);
            precision = 0;
            int digits = 0;
            while (c >= '0' && c <= '9') {
                precision = precision * 10 + (c - '0');
                if (p >= n) {
                    return null;
                }
                c = fmt.charAt(p++);
                if (++digits >= MAX_DIGITS) {
                    return null;
                }
            }
        }
        if (c != 's' && c != 'r' && c != 'a') {
            return null;
        }
        pos[0] = p;
        StringBuilder spec = new StringBuilder();
        if (!left && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (precision >= 0) {
            spec.append('.').append(precision);
        }
        Expr specExpr = spec.length() == 0 ? null : new Expr.Const(spec.toString(), NO_LOCATION);
        return new Expr.FormattedValue(item, c, specExpr, item.span());
    }
}
