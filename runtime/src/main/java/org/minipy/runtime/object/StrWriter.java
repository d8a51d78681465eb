package org.minipy.runtime.object;

/**
 * The result of str.format and str % args built as CPython's _PyUnicodeWriter builds it: when the
 * whole result is one str written into an empty writer, that str itself is the result (so
 * {@code "{}".format(s) is s}); otherwise a new str, one-character results being the cached ones.
 */
final class StrWriter {
    private final StringBuilder text = new StringBuilder();
    /** The one str written so far (a new reference), or 0. */
    private long single;
    private int pieces;

    /** Appends the text of a str object (borrowed). */
    void appendStr(long s) {
        if (StrObject.length(s) == 0) {
            return;
        }
        if (pieces++ == 0 && StrObject.check(s)) {
            single = Heap.newRef(s);
        } else {
            dropSingle();
        }
        text.append(StrObject.toJava(s));
    }

    /** Appends Java text. */
    void append(CharSequence s) {
        if (s.length() == 0) {
            return;
        }
        pieces++;
        dropSingle();
        text.append(s);
    }

    void appendCodePoint(int c) {
        pieces++;
        dropSingle();
        text.appendCodePoint(c);
    }

    private void dropSingle() {
        if (single != 0) {
            Heap.decref(single);
            single = 0;
        }
    }

    /** The result: a new reference; the writer is done. */
    long finish() {
        if (single != 0) {
            long r = single;
            single = 0;
            return r;
        }
        return StrObject.fromJava(text.toString());
    }

    /** Releases what the writer holds when formatting failed. */
    void discard() {
        dropSingle();
    }
}
