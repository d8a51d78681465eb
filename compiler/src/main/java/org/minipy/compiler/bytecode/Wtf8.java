package org.minipy.compiler.bytecode;

import java.io.ByteArrayOutputStream;

/**
 * WTF-8: UTF-8 generalised to lone surrogates, so that every Python str (which may hold
 * '\ud800') survives a .mpyc round trip. A lone surrogate is written as its 3-byte sequence; a
 * surrogate pair always as the 4-byte sequence of its code point. Decoding accepts exactly what
 * encoding produces and rejects everything else (overlong forms, code points above U+10FFFF,
 * truncated sequences, a surrogate pair spelt as two 3-byte sequences).
 */
public final class Wtf8 {
    private Wtf8() {}

    public static byte[] encode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.write(cp);
            } else if (cp < 0x800) {
                out.write(0xC0 | cp >> 6);
                out.write(0x80 | cp & 0x3F);
            } else if (cp < 0x10000) {
                out.write(0xE0 | cp >> 12);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            } else {
                out.write(0xF0 | cp >> 18);
                out.write(0x80 | cp >> 12 & 0x3F);
                out.write(0x80 | cp >> 6 & 0x3F);
                out.write(0x80 | cp & 0x3F);
            }
        }
        return out.toByteArray();
    }

    /** The text of data[off, off + n), or null when it is not WTF-8 as {@link #encode} writes it. */
    public static String decode(byte[] data, int off, int n) {
        StringBuilder sb = new StringBuilder(n);
        int end = off + n;
        boolean lastWasHighSurrogate = false;
        for (int i = off; i < end; ) {
            int b = data[i] & 0xFF;
            int cp;
            int len;
            if (b < 0x80) {
                cp = b;
                len = 1;
            } else if (b >= 0xC2 && b < 0xE0) {
                cp = b & 0x1F;
                len = 2;
            } else if (b >= 0xE0 && b < 0xF0) {
                cp = b & 0x0F;
                len = 3;
            } else if (b >= 0xF0 && b < 0xF5) {
                cp = b & 0x07;
                len = 4;
            } else {
                return null;
            }
            if (i + len > end) {
                return null;
            }
            for (int k = 1; k < len; k++) {
                int c = data[i + k] & 0xFF;
                if ((c & 0xC0) != 0x80) {
                    return null;
                }
                cp = cp << 6 | c & 0x3F;
            }
            if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF))) {
                return null;
            }
            boolean high = cp >= 0xD800 && cp <= 0xDBFF;
            boolean low = cp >= 0xDC00 && cp <= 0xDFFF;
            if (low && lastWasHighSurrogate) {
                return null;
            }
            lastWasHighSurrogate = high;
            sb.appendCodePoint(cp);
            i += len;
        }
        return sb.toString();
    }
}
