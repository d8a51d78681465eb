package org.minipy.compiler.bytecode;

import java.math.BigDecimal;

/** Python's repr() of the constant types, for the disassembler. */
public final class PyRepr {
    private PyRepr() {}

    /** float_repr: the shortest digits that round-trip, fixed notation for exponents -4..15. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        String digits = null;
        int exp = 0;
        for (int precision = 1; precision <= 17; precision++) {
            String s = String.format("%." + (precision - 1) + "e", d);
            if (Double.parseDouble(s) == d) {
                int e = s.indexOf('e');
                digits = s.substring(0, e).replace(".", "").replace("-", "");
                exp = Integer.parseInt(s.substring(e + 1));
                break;
            }
        }
        if (digits == null) {
            digits = new BigDecimal(d).unscaledValue().abs().toString();
            exp = 0;
        }
        digits = digits.replaceAll("0+$", "");
        if (digits.isEmpty()) {
            digits = "0";
        }
        String sign = d < 0 ? "-" : "";
        if (exp >= -4 && exp < 16) {
            String body;
            if (exp >= 0) {
                if (digits.length() <= exp + 1) {
                    body = digits + "0".repeat(exp + 1 - digits.length()) + ".0";
                } else {
                    body = digits.substring(0, exp + 1) + "." + digits.substring(exp + 1);
                }
            } else {
                body = "0." + "0".repeat(-exp - 1) + digits;
            }
            return sign + body;
        }
        String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
    }

    /** unicode_repr: single quotes unless the text has a single quote and no double quote. */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7F) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7F || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xFF) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        int type = Character.getType(cp);
        return switch (type) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                    Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** bytes_repr. */
    public static String bytesRepr(byte[] b) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : b) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder out = new StringBuilder("b").append(quote);
        for (byte x : b) {
            int c = x & 0xFF;
            if (c == quote || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c < 0x20 || c >= 0x7F) {
                out.append(String.format("\\x%02x", c));
            } else {
                out.append((char) c);
            }
        }
        return out.append(quote).toString();
    }
}
