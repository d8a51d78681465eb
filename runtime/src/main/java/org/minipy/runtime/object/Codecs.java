package org.minipy.runtime.object;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * str.encode and bytes.decode for the codecs scripts use (utf-8, latin-1, ascii) with the error
 * handlers strict, replace, ignore, backslashreplace and xmlcharrefreplace, CPython's messages.
 */
final class Codecs {
    private Codecs() {}

    /** The normalised codec name, or null when unknown. */
    private static String normalise(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100" ->
                "latin-1";
            case "ascii", "us_ascii", "646", "us" -> "ascii";
            default -> null;
        };
    }

    private static String codecName(String codec) {
        return codec.equals("latin-1") ? "latin-1" : codec;
    }

    static long encode(long s, String encoding, String errors) {
        String codec = normalise(encoding);
        if (codec == null) {
            throw Errors.raise(Types.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        int[] cps = StrMethods.cps(s);
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length);
        int limit = codec.equals("ascii") ? 0x80 : codec.equals("latin-1") ? 0x100 : 0x110000;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean surrogate = c >= 0xD800 && c <= 0xDFFF;
            if (c < limit && !surrogate) {
                if (limit == 0x110000) {
                    out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < cps.length && (cps[end] >= limit || (cps[end] >= 0xD800 && cps[end] <= 0xDFFF))) {
                end++;
            }
            switch (errors) {
                case "strict" -> {
                    String reason = surrogate ? "surrogates not allowed"
                            : "ordinal not in range(" + (limit == 0x80 ? "128" : "256") + ")";
                    String what = end - i == 1 ? "character " + reprChar(c) + " in position " + i
                            : "characters in position " + i + "-" + (end - 1);
                    throw Errors.raise(Types.UNICODE_ENCODE_ERROR, "'" + codecName(codec) + "' codec can't encode "
                            + what + ": " + reason);
                }
                case "ignore" -> { }
                case "replace" -> out.writeBytes("?".repeat(end - i).getBytes(StandardCharsets.US_ASCII));
                case "backslashreplace" -> {
                    for (int k = i; k < end; k++) {
                        int x = cps[k];
                        String esc = x <= 0xFF ? String.format("\\x%02x", x)
                                : x <= 0xFFFF ? String.format("\\u%04x", x) : String.format("\\U%08x", x);
                        out.writeBytes(esc.getBytes(StandardCharsets.US_ASCII));
                    }
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < end; k++) {
                        out.writeBytes(("&#" + cps[k] + ";").getBytes(StandardCharsets.US_ASCII));
                    }
                }
                default -> throw Errors.raise(Types.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
            i = end - 1;
        }
        return BytesObject.fromBytes(out.toByteArray());
    }

    /** The character as the exception message shows it: '\xe9', '\u20ac', '\U0001f600'. */
    private static String reprChar(int c) {
        return "'" + (c <= 0xFF ? String.format("\\x%02x", c)
                : c <= 0xFFFF ? String.format("\\u%04x", c) : String.format("\\U%08x", c)) + "'";
    }

    static long decode(long b, String encoding, String errors) {
        String codec = normalise(encoding);
        if (codec == null) {
            throw Errors.raise(Types.LOOKUP_ERROR, "unknown encoding: " + encoding);
        }
        byte[] data = BytesObject.toArray(b);
        StringBuilder sb = new StringBuilder(data.length);
        int i = 0;
        while (i < data.length) {
            int x = data[i] & 0xFF;
            if (codec.equals("latin-1")) {
                sb.append((char) x);
                i++;
                continue;
            }
            if (x < 0x80) {
                sb.append((char) x);
                i++;
                continue;
            }
            int len = 0;
            String reason = codec.equals("ascii") ? "ordinal not in range(128)" : "invalid start byte";
            if (codec.equals("utf-8")) {
                int need = x >= 0xF0 && x <= 0xF4 ? 3 : x >= 0xE0 && x <= 0xEF ? 2 : x >= 0xC2 && x <= 0xDF ? 1 : -1;
                if (need > 0) {
                    int cp = x & (0x3F >> need);
                    int k = 1;
                    for (; k <= need && i + k < data.length; k++) {
                        int y = data[i + k] & 0xFF;
                        if ((y & 0xC0) != 0x80 || (k == 1 && !secondByteOk(x, y))) {
                            break;
                        }
                        cp = (cp << 6) | (y & 0x3F);
                    }
                    if (k > need) {
                        sb.appendCodePoint(cp);
                        i += need + 1;
                        continue;
                    }
                    len = k;
                    reason = i + k >= data.length ? "unexpected end of data" : "invalid continuation byte";
                } else {
                    len = 1;
                }
            } else {
                len = 1;
            }
            switch (errors) {
                case "strict" -> {
                    String where = len == 1 ? "byte 0x" + String.format("%02x", x) + " in position " + i
                            : "bytes in position " + i + "-" + (i + len - 1);
                    throw Errors.raise(Types.UNICODE_DECODE_ERROR, "'" + codecName(codec) + "' codec can't decode "
                            + where + ": " + reason);
                }
                case "ignore" -> { }
                case "replace" -> sb.append('\uFFFD');
                case "backslashreplace" -> {
                    for (int k = 0; k < len; k++) {
                        sb.append(String.format("\\x%02x", data[i + k] & 0xFF));
                    }
                }
                default -> throw Errors.raise(Types.LOOKUP_ERROR, "unknown error handler name '" + errors + "'");
            }
            i += len;
        }
        return StrObject.fromJava(sb.toString());
    }

    private static boolean secondByteOk(int first, int second) {
        return switch (first) {
            case 0xE0 -> second >= 0xA0;
            case 0xED -> second < 0xA0;
            case 0xF0 -> second >= 0x90;
            case 0xF4 -> second < 0x90;
            default -> true;
        };
    }
}
