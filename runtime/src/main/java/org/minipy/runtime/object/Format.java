package org.minipy.runtime.object;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * The format-specification mini-language of format() and f-strings for the built-in types:
 * [[fill]align][sign][#][0][width][grouping][.precision][type].
 */
public final class Format {
    private Format() {}

    /** A parsed format spec. */
    private static final class Spec {
        char fill = ' ';
        char align = 0;
        /** The sign given ('+', '-', ' '), 0 when none was. */
        char sign = 0;
        boolean fillGiven;
        boolean alternate;
        boolean zero;
        int width = -1;
        char grouping = 0;
        int precision = -1;
        char type = 0;
    }

    /**
     * get_integer: the value of the decimal digits s[start, end); ValueError past Py_ssize_t.
     * Past an int (no Java string is that long) it is {@link #TOO_BIG}, which padding to and
     * float precision refuse as CPython's allocation or check would (MemoryError, "precision
     * too big"); a str's precision cuts nothing.
     */
    private static int number(String s, int start, int end) {
        long v = 0;
        for (int k = start; k < end; k++) {
            int d = Character.digit(s.charAt(k), 10);
            if (v > (Long.MAX_VALUE - d) / 10) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            v = v * 10 + d;
        }
        return (int) Math.min(v, TOO_BIG);
    }

    private static final int TOO_BIG = Integer.MAX_VALUE;

    private static Spec parse(String s) {
        Spec spec = new Spec();
        int i = 0;
        int n = s.length();
        if (n >= 2 && "<>=^".indexOf(s.charAt(1)) >= 0) {
            spec.fill = s.charAt(0);
            spec.fillGiven = true;
            spec.align = s.charAt(1);
            i = 2;
        } else if (n >= 1 && "<>=^".indexOf(s.charAt(0)) >= 0) {
            spec.align = s.charAt(0);
            i = 1;
        }
        if (i < n && "+- ".indexOf(s.charAt(i)) >= 0) {
            spec.sign = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '#') {
            spec.alternate = true;
            i++;
        }
        if (!spec.fillGiven && i < n && s.charAt(i) == '0') {
            // the 0-padding special case: '0' fill, and '=' alignment for a number when no
            // alignment was given ({@link #assemble}); after an explicit fill it is the width's
            spec.zero = true;
            spec.fill = '0';
            i++;
        }
        int start = i;
        while (i < n && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i > start) {
            spec.width = number(s, start, i);
        }
        if (i < n && (s.charAt(i) == ',' || s.charAt(i) == '_')) {
            spec.grouping = s.charAt(i++);
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            start = i;
            while (i < n && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw Errors.valueError("Format specifier missing precision");
            }
            spec.precision = number(s, start, i);
        }
        if (i < n) {
            spec.type = s.charAt(i++);
        }
        if (i < n) {
            throw Errors.valueError("Invalid format specifier");
        }
        return spec;
    }

    /** format(v, spec) for a built-in type; spec is a str (0 for ''). A new str. */
    public static long format(long v, long specStr) {
        String specText = specStr == 0 ? "" : StrObject.toJava(specStr);
        PyType t = Types.of(v);
        if (t == Types.INT && specText.isEmpty()) {
            return StrObject.fromJavaUncached(Types.INT.repr(v)); // PyObject_Str, as str(int)
        }
        // an empty spec formats anything but an exact int, float or str as str(v) (format_obj),
        // which for a bool or an instance of a subclass may be a __str__ of its own
        if (t.isSubtypeOf(Types.INT) && !specText.isEmpty()) {
            return StrObject.fromJava(formatInt(IntObject.toBig(v), parse(specText)));
        }
        if (t == Types.FLOAT || t.isSubtypeOf(Types.FLOAT) && !specText.isEmpty()) {
            return StrObject.fromJava(formatFloat(FloatObject.value(v), parse(specText), v));
        }
        if (StrObject.check(v) || !specText.isEmpty() && t.isSubtypeOf(Types.STR)) {
            // str.__format__; with an empty spec a subclass is str(v) (format_obj), below
            Spec spec = parse(specText);
            if (spec.type != 0 && spec.type != 's') {
                throw Errors.valueError("Unknown format code '" + spec.type + "' for object of type 'str'");
            }
            if (spec.sign != 0) {
                throw Errors.valueError("Sign not allowed in string format specifier");
            }
            if (spec.alternate) {
                throw Errors.valueError("Alternate form (#) not allowed in string format specifier");
            }
            if (spec.align == '=') {
                throw Errors.valueError("'=' alignment not allowed in string format specifier");
            }
            String s = StrObject.toJava(v);
            if (spec.precision >= 0 && spec.precision < s.codePointCount(0, s.length())) {
                s = s.substring(0, s.offsetByCodePoints(0, spec.precision));
            }
            String padded = pad(s, spec, '<');
            if (padded.length() == StrObject.toJava(v).length() && padded.equals(StrObject.toJava(v))) {
                return Heap.newRef(v); // PyObject_Format and the writer hand back an unchanged str
            }
            return StrObject.fromJava(padded);
        }
        if (!specText.isEmpty()) {
            throw Errors.typeError("unsupported format string passed to " + t.name + ".__format__");
        }
        return Ops.str(v);
    }

    private static String formatInt(BigInteger v, Spec spec) {
        String digits;
        String prefix = "";
        switch (spec.type) {
            case 0, 'd', 'n' -> digits = IntMethods.toDecimal(v.abs());
            case 'x' -> {
                digits = v.abs().toString(16);
                prefix = spec.alternate ? "0x" : "";
            }
            case 'X' -> {
                digits = v.abs().toString(16).toUpperCase();
                prefix = spec.alternate ? "0X" : "";
            }
            case 'o' -> {
                digits = v.abs().toString(8);
                prefix = spec.alternate ? "0o" : "";
            }
            case 'b' -> {
                digits = v.abs().toString(2);
                prefix = spec.alternate ? "0b" : "";
            }
            case 'c' -> {
                if (spec.sign != 0) {
                    throw Errors.valueError("Sign not allowed with integer format specifier 'c'");
                }
                if (spec.alternate) {
                    throw Errors.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }
                if (v.bitLength() > 63) { // PyLong_AsLong
                    throw Errors.overflowError("Python int too large to convert to C long");
                }
                long x = v.longValue();
                if (x < 0 || x > 0x10ffff) {
                    throw Errors.overflowError("%c arg not in range(0x110000)");
                }
                digits = new String(Character.toChars((int) x));
            }
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                double d = v.doubleValue(); // PyLong_AsDouble
                if (Double.isInfinite(d)) {
                    throw Errors.overflowError("int too large to convert to float");
                }
                return formatFloat(d, spec, 0);
            }
            default -> throw Errors.valueError("Unknown format code '" + spec.type + "' for object of type 'int'");
        }
        if (spec.grouping != 0) {
            digits = group(digits, spec.grouping, spec.type == 0 || spec.type == 'd' ? 3 : 4);
        }
        return assemble(v.signum() < 0, prefix, digits, spec);
    }

    private static String formatFloat(double d, Spec spec, long obj) {
        boolean negative = d < 0 || (d == 0 && 1 / d < 0);
        double a = Math.abs(d);
        String body;
        char type = spec.type;
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            body = Double.isNaN(d) ? "nan" : "inf";
            if (type == 'E' || type == 'F' || type == 'G') {
                body = body.toUpperCase();
            }
            return assemble(negative && !Double.isNaN(d), "", body, spec);
        }
        if (spec.precision == TOO_BIG) {
            throw Errors.valueError("precision too big");
        }
        int p = spec.precision < 0 ? 6 : spec.precision;
        switch (type) {
            case 'f', 'F' -> body = new BigDecimal(a).setScale(p, RoundingMode.HALF_EVEN).toPlainString();
            case '%' -> body = new BigDecimal(a).multiply(BigDecimal.valueOf(100)).setScale(p, RoundingMode.HALF_EVEN)
                    .toPlainString() + "%";
            case 'e', 'E' -> body = exponent(a, p, type == 'E');
            case 'g', 'G' -> body = general(a, p == 0 ? 1 : p, type == 'G', spec.alternate);
            case 0 -> {
                if (spec.precision < 0) {
                    String r = obj != 0 ? FloatObject.repr(d) : FloatObject.repr(d);
                    body = r.startsWith("-") ? r.substring(1) : r;
                } else {
                    body = general(a, p == 0 ? 1 : p, false, true);
                    if (body.indexOf('.') < 0 && body.indexOf('e') < 0) {
                        body = body + ".0";
                    }
                }
            }
            default -> throw Errors.valueError("Unknown format code '" + type + "' for object of type 'float'");
        }
        if (spec.alternate && body.indexOf('.') < 0 && "eEfF%".indexOf(type) >= 0) {
            int at = body.indexOf('e') >= 0 ? body.indexOf('e') : body.indexOf('E') >= 0 ? body.indexOf('E')
                    : body.endsWith("%") ? body.length() - 1 : body.length();
            body = body.substring(0, at) + "." + body.substring(at); // '#' keeps the point: 2.e+00
        }
        if (spec.grouping != 0) {
            int dot = body.indexOf('.');
            int end = dot >= 0 ? dot : (body.indexOf('e') >= 0 ? body.indexOf('e') : body.length());
            body = group(body.substring(0, end), spec.grouping, 3) + body.substring(end);
        }
        return assemble(negative, "", body, spec);
    }

    private static String exponent(double a, int p, boolean upper) {
        String s;
        if (a == 0) {
            s = (p > 0 ? "0." + "0".repeat(p) : "0") + "e+00";
        } else {
            BigDecimal bd = new BigDecimal(a);
            BigDecimal r = bd.round(new java.math.MathContext(p + 1, RoundingMode.HALF_EVEN));
            int exp = r.precision() - r.scale() - 1;
            String digits = r.unscaledValue().toString();
            while (digits.length() < p + 1) {
                digits = digits + "0";
            }
            digits = digits.substring(0, p + 1);
            s = digits.charAt(0) + (p > 0 ? "." + digits.substring(1) : "") + "e" + (exp < 0 ? "-" : "+")
                    + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return upper ? s.toUpperCase() : s;
    }

    private static String general(double a, int p, boolean upper, boolean keepZeros) {
        if (a == 0) {
            return "0";
        }
        BigDecimal r = new BigDecimal(a).round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        String s;
        if (exp >= -4 && exp < p) {
            s = r.setScale(Math.max(0, p - 1 - exp), RoundingMode.HALF_EVEN).toPlainString();
            if (!keepZeros && s.indexOf('.') >= 0) {
                s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
            }
        } else {
            s = exponent(a, p - 1, false);
            if (!keepZeros) {
                int e = s.indexOf('e');
                String mant = s.substring(0, e);
                if (mant.indexOf('.') >= 0) {
                    mant = mant.replaceAll("0+$", "").replaceAll("\\.$", "");
                }
                s = mant + s.substring(e);
            }
        }
        return upper ? s.toUpperCase() : s;
    }

    private static String group(String digits, char sep, int every) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int i = 0; i < n; i++) {
            if (i > 0 && (n - i) % every == 0) {
                sb.append(sep);
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private static String assemble(boolean negative, String prefix, String body, Spec spec) {
        String sign = negative ? "-" : spec.sign == '+' ? "+" : spec.sign == ' ' ? " " : "";
        if (spec.width == TOO_BIG) {
            throw Errors.memoryError();
        }
        if (spec.zero && spec.align == 0) {
            spec.align = '='; // a number's 0-padding goes after the sign and prefix
        }
        if (spec.align == '=' && spec.width > 0) {
            int padding = spec.width - sign.length() - prefix.length() - body.length();
            return sign + prefix + String.valueOf(spec.fill).repeat(Math.max(0, padding)) + body;
        }
        return pad(sign + prefix + body, spec, '>');
    }

    private static String pad(String s, Spec spec, char defaultAlign) {
        int len = s.codePointCount(0, s.length());
        if (spec.width <= len) {
            return s;
        }
        if (spec.width == TOO_BIG) {
            throw Errors.memoryError();
        }
        int padding = spec.width - len;
        String fill = String.valueOf(spec.fill);
        char align = spec.align == 0 ? defaultAlign : spec.align;
        return switch (align) {
            case '<' -> s + fill.repeat(padding);
            case '^' -> fill.repeat(padding / 2) + s + fill.repeat(padding - padding / 2);
            default -> fill.repeat(padding) + s;
        };
    }
}
