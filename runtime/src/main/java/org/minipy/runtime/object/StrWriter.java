package org.minipy.runtime.object;

/**
 * The result of str.format and str % args built as CPython's _PyUnicodeWriter builds it: a str
 * written whole into a writer that is still empty (empty strs leave it empty), as the last piece of
 * the result (the writer stops over-allocating only for the piece that ends the format), is kept
 * and is the result itself (so {@code "%s%s" % t is t[1]} when {@code t[0] == ''}, but not
 * {@code "%s%s" % (s, '')}); otherwise a new str, one-character results being the cached ones.
 */
final class StrWriter {
    private final StringBuilder text = new StringBuilder();
    /** The str the writer holds as its buffer (a new reference), or 0. */
    private long single;

    /** Appends the text of a str object (borrowed; a str subclass too); last: the format's last piece. */
    void appendStr(long s, boolean last) {
        if (StrObject.length(s) == 0) {
            return;
        }
        if (last && single == 0 && text.length() == 0) {
            single = Heap.newRef(s);
            return;
        }
        unshare();
        text.append(StrObject.toJava(s));
    }

    /** Appends Java text. */
    void append(CharSequence s) {
        if (s.length() == 0) {
            return;
        }
        unshare();
        text.append(s);
    }

    void appendCodePoint(int c) {
        unshare();
        text.appendCodePoint(c);
    }

    /** Writing more after a kept str copies it first (_PyUnicodeWriter_PrepareInternal). */
    private void unshare() {
        if (single != 0) {
            text.append(StrObject.toJava(single));
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
        if (single != 0) {
            Heap.decref(single);
            single = 0;
        }
    }
}
