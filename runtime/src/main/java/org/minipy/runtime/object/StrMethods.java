package org.minipy.runtime.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The methods of str (unicodeobject.c's unicode_methods), each with CPython's argument checks and
 * messages. They work on the text as an array of code points for the moment of the call; results
 * are new str objects, except that a method that leaves an exact str unchanged returns the str
 * itself where CPython does (unicode_result_unchanged: strip, replace, center, zfill, split, ...).
 */
final class StrMethods {
    private StrMethods() {}

    static void define(PyType t) {
        defineCase(t);
        defineSearch(t);
        defineSplit(t);
        definePadding(t);
        definePredicates(t);
        defineOthers(t);
        SlotWrappers.reprStrHash(t, true);
        SlotWrappers.comparisons(t);
        SlotWrappers.sequence(t);
        SlotWrappers.binary(t, "__add__", null, Ops.NB_ADD);
        SlotWrappers.binary(t, "__mul__", "__rmul__", Ops.NB_MULTIPLY);
        SlotWrappers.binary(t, "__mod__", "__rmod__", Ops.NB_REMAINDER);
    }

    /** str(obj, encoding[, errors]): decoding a bytes object; encoding 0 is utf-8, errors 0 strict. */
    static long decodeArgs(long obj, long encoding, long errors) {
        checkCodecArgs(encoding, errors);
        if (StrObject.check(obj)) {
            throw Errors.typeError("decoding str is not supported");
        }
        if (!BytesObject.check(obj)) {
            throw Errors.typeError("decoding to str: need a bytes-like object, " + Types.of(obj).name + " found");
        }
        return Codecs.decode(obj, encoding == 0 ? "utf-8" : StrObject.toJava(encoding),
                errors == 0 ? "strict" : StrObject.toJava(errors));
    }

    /** str()'s encoding and errors (0 where not given) must be strs: Argument Clinic's check. */
    static void checkCodecArgs(long encoding, long errors) {
        if (encoding != 0 && !StrObject.check(encoding)) {
            throw Errors.typeError("str() argument 'encoding' must be str, not " + argTypeName(encoding));
        }
        if (errors != 0 && !StrObject.check(errors)) {
            throw Errors.typeError("str() argument 'errors' must be str, not " + argTypeName(errors));
        }
    }

    /** _PyArg_BadArgument's name for a value of the wrong type: None is "None". */
    private static String argTypeName(long v) {
        return v == BoolObject.NONE ? "None" : Types.of(v).name;
    }

    // ---- helpers

    /** The code points of a str. */
    static int[] cps(long s) {
        int n = (int) StrObject.length(s);
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = StrObject.charAt(s, i);
        }
        return r;
    }

    static long str(int[] a, int from, int to) {
        return StrObject.fromJava(new String(a, from, to - from));
    }

    /** A str argument; "must be str, not int" otherwise. */
    static long strArg(long obj) {
        if (!StrObject.check(obj)) {
            throw Errors.typeError("must be str, not " + Types.of(obj).name);
        }
        return obj;
    }

    /** An Argument Clinic str parameter: "replace() argument 1 must be str, not int". */
    static long clinicStr(String what, long obj) {
        if (!StrObject.check(obj)) {
            throw Errors.typeError(what + " must be str, not " + Types.of(obj).name);
        }
        return obj;
    }

    /** Whether the result equals the whole of self and self is an exact str: then self is returned. */
    private static long unchanged(long self) {
        return Heap.newRef(self);
    }

    private interface CaseMap {
        String apply(int[] s);
    }

    private static void noArgs(PyType t, String name, CaseMap f) {
        t.method(name, (self, a, o, n) -> {
            MethodArgs.none("str." + name, n);
            return StrObject.fromJavaUncached(f.apply(cps(self)));
        });
    }

    /** Python's whitespace (Py_UNICODE_ISSPACE). */
    static boolean isSpace(int c) {
        if (c < 128) {
            return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        }
        return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029
                || c == 0x202F || c == 0x205F || c == 0x3000;
    }

    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0B || c == 0x0C || c == 0x1C || c == 0x1D || c == 0x1E || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    // ---- case

    static boolean isCased(int c) {
        return Character.isLowerCase(c) || Character.isUpperCase(c) || Character.isTitleCase(c);
    }

    private static boolean isCaseIgnorable(int c) {
        int t = Character.getType(c);
        return c == '\'' || c == '.' || c == ':' || c == '^' || c == '`' || c == 0xB7 || c == 0x2019
                || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    /** The lower case of s[i], with the final-sigma rule of CPython's lower_ucs4. */
    private static void appendLower(StringBuilder sb, int[] s, int i) {
        int c = s[i];
        if (c == 0x3A3) {
            sb.appendCodePoint(finalSigma(s, i) ? 0x3C2 : 0x3C3);
            return;
        }
        sb.append(new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
    }

    private static boolean finalSigma(int[] s, int i) {
        int j = i - 1;
        while (j >= 0 && isCaseIgnorable(s[j])) {
            j--;
        }
        if (j < 0 || !isCased(s[j])) {
            return false;
        }
        j = i + 1;
        while (j < s.length && isCaseIgnorable(s[j])) {
            j++;
        }
        return j == s.length || !isCased(s[j]);
    }

    private static void appendUpper(StringBuilder sb, int c) {
        sb.append(new String(Character.toChars(c)).toUpperCase(Locale.ROOT));
    }

    /** The full title case of c (ß is "Ss"). */
    private static void appendTitle(StringBuilder sb, int c) {
        if (c == 0x149) {
            sb.append("\u02bcN"); // SpecialCasing: the title case of ŉ keeps the capital N
            return;
        }
        String up = new String(Character.toChars(c)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            int tc = Character.toTitleCase(c) != c ? Character.toTitleCase(c) : first;
            sb.appendCodePoint(tc).append(up.substring(Character.charCount(first)).toLowerCase(Locale.ROOT));
        } else {
            sb.appendCodePoint(Character.toTitleCase(c));
        }
    }

    private static void defineCase(PyType t) {
        noArgs(t, "upper", s -> {
            StringBuilder sb = new StringBuilder(s.length);
            for (int c : s) {
                appendUpper(sb, c);
            }
            return sb.toString();
        });
        noArgs(t, "lower", s -> {
            StringBuilder sb = new StringBuilder(s.length);
            for (int i = 0; i < s.length; i++) {
                appendLower(sb, s, i);
            }
            return sb.toString();
        });
        noArgs(t, "casefold", s -> {
            StringBuilder sb = new StringBuilder(s.length);
            for (int c : s) {
                if (c == 0x3C2) {
                    sb.appendCodePoint(0x3C3);
                } else {
                    String one = new String(Character.toChars(c));
                    String folded = one.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
                    sb.append(folded.codePointCount(0, folded.length()) > 1 || Character.isUpperCase(c)
                            || Character.isTitleCase(c) || one.toUpperCase(Locale.ROOT).codePointCount(0,
                                    one.toUpperCase(Locale.ROOT).length()) > 1 ? folded : one.toLowerCase(Locale.ROOT));
                }
            }
            return sb.toString();
        });
        noArgs(t, "swapcase", s -> {
            StringBuilder sb = new StringBuilder(s.length);
            for (int i = 0; i < s.length; i++) {
                int c = s[i];
                if (Character.isUpperCase(c)) {
                    appendLower(sb, s, i);
                } else if (Character.isLowerCase(c)) {
                    appendUpper(sb, c);
                } else {
                    sb.appendCodePoint(c);
                }
            }
            return sb.toString();
        });
        noArgs(t, "title", s -> {
            StringBuilder sb = new StringBuilder(s.length);
            boolean previousCased = false;
            for (int i = 0; i < s.length; i++) {
                int c = s[i];
                if (previousCased) {
                    appendLower(sb, s, i);
                } else {
                    appendTitle(sb, c);
                }
                previousCased = isCased(c);
            }
            return sb.toString();
        });
        noArgs(t, "capitalize", s -> {
            StringBuilder sb = new StringBuilder(s.length);
            for (int i = 0; i < s.length; i++) {
                if (i == 0) {
                    appendTitle(sb, s[0]);
                } else {
                    appendLower(sb, s, i);
                }
            }
            return sb.toString();
        });
    }

    // ---- searching

    /** ADJUST_INDICES: [start, end) clamped to the length. */
    private static long[] adjust(long[] a, int o, int n, int first, long len) {
        long start = n > first ? MethodArgs.sliceIndex(a[o + first], 0) : 0;
        long end = n > first + 1 ? MethodArgs.sliceIndex(a[o + first + 1], Long.MAX_VALUE) : Long.MAX_VALUE;
        if (end > len) {
            end = len;
        } else if (end < 0) {
            end += len;
            if (end < 0) {
                end = 0;
            }
        }
        if (start < 0) {
            start += len;
            if (start < 0) {
                start = 0;
            }
        }
        return new long[] {start, end};
    }

    static int indexOf(int[] s, int[] sub, int from, int end) {
        for (int i = from; i + sub.length <= end; i++) {
            if (matchesAt(s, sub, i)) {
                return i;
            }
        }
        return -1;
    }

    static int lastIndexOf(int[] s, int[] sub, int from, int end) {
        for (int i = end - sub.length; i >= from; i--) {
            if (matchesAt(s, sub, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matchesAt(int[] s, int[] sub, int i) {
        for (int k = 0; k < sub.length; k++) {
            if (s[i + k] != sub[k]) {
                return false;
            }
        }
        return true;
    }

    /** find/rfind/index/rindex: the index or -1. */
    private static long find(long self, long[] a, int o, int n, String name, boolean reverse) {
        MethodArgs.parseTuple(name, n, 1, 3);
        int[] sub = cps(strArg(a[o]));
        int[] s = cps(self);
        long[] se = adjust(a, o, n, 1, s.length);
        if (se[1] - se[0] < sub.length) {
            return -1;
        }
        return reverse ? lastIndexOf(s, sub, (int) se[0], (int) se[1]) : indexOf(s, sub, (int) se[0], (int) se[1]);
    }

    private static long count(long self, long[] a, int o, int n) {
        MethodArgs.parseTuple("count", n, 1, 3);
        int[] sub = cps(strArg(a[o]));
        int[] s = cps(self);
        long[] se = adjust(a, o, n, 1, s.length);
        if (se[1] - se[0] < sub.length) {
            return 0;
        }
        if (sub.length == 0) {
            return se[1] - se[0] + 1;
        }
        long c = 0;
        for (int i = indexOf(s, sub, (int) se[0], (int) se[1]); i >= 0; i = indexOf(s, sub, i + sub.length,
                (int) se[1])) {
            c++;
        }
        return c;
    }

    /** startswith/endswith with a str or a tuple of str. */
    private static long startsEnds(long self, long[] a, int o, int n, String name, boolean end) {
        MethodArgs.parseTuple(name, n, 1, 3);
        long len = StrObject.length(self);
        long start = 0;
        long stop = len;
        if (n > 1) {
            long[] se = adjust(a, o, n, 1, len);
            start = se[0];
            stop = se[1];
        }
        long arg = a[o];
        if (TupleObject.check(arg)) {
            for (long i = 0; i < TupleObject.size(arg); i++) {
                long item = TupleObject.get(arg, i);
                if (!StrObject.check(item)) {
                    throw Errors.typeError("tuple for " + name + " must only contain str, not " + Types.of(item).name);
                }
                if (tailMatch(self, item, start, stop, end)) {
                    return BoolObject.fromBoolean(true);
                }
            }
            return BoolObject.fromBoolean(false);
        }
        if (!StrObject.check(arg)) {
            throw Errors.typeError(name + " first arg must be str or a tuple of str, not " + Types.of(arg).name);
        }
        return BoolObject.fromBoolean(tailMatch(self, arg, start, stop, end));
    }

    /** tailmatch: whether sub occurs in s[start:end] at its start, or at its end when atEnd. */
    private static boolean tailMatch(long s, long sub, long start, long end, boolean atEnd) {
        long m = StrObject.length(sub);
        end -= m;
        if (end < start) {
            return false;
        }
        return StrObject.regionMatches(s, atEnd ? end : start, sub, m);
    }

    private static void defineSearch(PyType t) {
        t.method("find", (self, a, o, n) -> IntObject.fromLong(find(self, a, o, n, "find", false)));
        t.method("rfind", (self, a, o, n) -> IntObject.fromLong(find(self, a, o, n, "rfind", true)));
        t.method("index", (self, a, o, n) -> {
            long i = find(self, a, o, n, "index", false);
            if (i < 0) {
                throw Errors.valueError("substring not found");
            }
            return IntObject.fromLong(i);
        });
        t.method("rindex", (self, a, o, n) -> {
            long i = find(self, a, o, n, "rindex", true);
            if (i < 0) {
                throw Errors.valueError("substring not found");
            }
            return IntObject.fromLong(i);
        });
        t.method("count", (self, a, o, n) -> IntObject.fromLong(count(self, a, o, n)));
        t.method("startswith", (self, a, o, n) -> startsEnds(self, a, o, n, "startswith", false));
        t.method("endswith", (self, a, o, n) -> startsEnds(self, a, o, n, "endswith", true));
        t.method("replace", (self, a, o, n) -> {
            MethodArgs.positional("replace", n, 2, 3);
            int[] old = cps(clinicStr("replace() argument 1", a[o]));
            int[] rep = cps(clinicStr("replace() argument 2", a[o + 1]));
            long max = n == 3 ? MethodArgs.index(a[o + 2]) : -1;
            if (max == 0 || n == 3 && max > 0 && StrObject.length(self) == 0 || java.util.Arrays.equals(old, rep)) {
                return unchanged(self);
            }
            return replace(self, old, rep, max);
        });
        t.method("removeprefix", (self, a, o, n) -> {
            MethodArgs.one("str.removeprefix", n);
            int[] s = cps(self);
            int[] p = cps(clinicStr("removeprefix() argument", a[o]));
            if (p.length > 0 && p.length <= s.length && matchesAt(s, p, 0)) {
                return str(s, p.length, s.length);
            }
            return unchanged(self);
        });
        t.method("removesuffix", (self, a, o, n) -> {
            MethodArgs.one("str.removesuffix", n);
            int[] s = cps(self);
            int[] p = cps(clinicStr("removesuffix() argument", a[o]));
            if (p.length > 0 && p.length <= s.length && matchesAt(s, p, s.length - p.length)) {
                return str(s, 0, s.length - p.length);
            }
            return unchanged(self);
        });
        t.method("partition", (self, a, o, n) -> {
            MethodArgs.one("str.partition", n);
            return partition(self, a[o], false);
        });
        t.method("rpartition", (self, a, o, n) -> {
            MethodArgs.one("str.rpartition", n);
            return partition(self, a[o], true);
        });
    }

    private static long replace(long self, int[] old, int[] rep, long max) {
        int[] s = cps(self);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        StringBuilder sb = new StringBuilder(s.length);
        int done = 0;
        if (old.length == 0) {
            if (max == 0) {
                return unchanged(self);
            }
            int i = 0;
            for (; i <= s.length; i++) {
                if (done < max) {
                    sb.append(new String(rep, 0, rep.length));
                    done++;
                }
                if (i < s.length) {
                    sb.appendCodePoint(s[i]);
                }
            }
            return StrObject.fromJavaUncached(sb.toString());
        }
        int i = 0;
        while (done < max) {
            int j = indexOf(s, old, i, s.length);
            if (j < 0) {
                break;
            }
            sb.append(new String(s, i, j - i)).append(new String(rep, 0, rep.length));
            i = j + old.length;
            done++;
        }
        if (done == 0) {
            return unchanged(self);
        }
        sb.append(new String(s, i, s.length - i));
        return StrObject.fromJavaUncached(sb.toString());
    }

    private static long partition(long self, long sepObj, boolean reverse) {
        int[] sep = cps(strArg(sepObj));
        if (sep.length == 0) {
            throw Errors.valueError("empty separator");
        }
        int[] s = cps(self);
        int i = reverse ? lastIndexOf(s, sep, 0, s.length) : indexOf(s, sep, 0, s.length);
        long t = TupleObject.allocate(3);
        if (i < 0) {
            TupleObject.set(t, reverse ? 2 : 0, Heap.newRef(self));
            TupleObject.set(t, 1, StrObject.fromJava(""));
            TupleObject.set(t, reverse ? 0 : 2, StrObject.fromJava(""));
            return t;
        }
        TupleObject.set(t, 0, str(s, 0, i));
        TupleObject.set(t, 1, Heap.newRef(sepObj));
        TupleObject.set(t, 2, str(s, i + sep.length, s.length));
        return t;
    }

    // ---- splitting and joining

    private static final String[] SPLIT_PARAMS = {"sep", "maxsplit"};

    private static void defineSplit(PyType t) {
        t.methodWithKeywords("split", (self, a, o, n, kw) -> split(self, a, o, n, kw, "split", false));
        t.methodWithKeywords("rsplit", (self, a, o, n, kw) -> split(self, a, o, n, kw, "rsplit", true));
        t.methodWithKeywords("splitlines", (self, a, o, n, kw) -> {
            long[] p = MethodArgs.bind("splitlines", new String[] {"keepends"}, 0, a, o, n, kw);
            boolean keep = p[0] != 0 && MethodArgs.cInt(p[0]) != 0; // bool(accept={int}): _PyLong_AsInt
            int[] s = cps(self);
            List<long[]> parts = new ArrayList<>();
            int i = 0;
            while (i < s.length) {
                int j = i;
                while (j < s.length && !isLineBreak(s[j])) {
                    j++;
                }
                int eol = j;
                if (j < s.length) {
                    j += s[j] == '\r' && j + 1 < s.length && s[j + 1] == '\n' ? 2 : 1;
                    if (keep) {
                        eol = j;
                    }
                }
                parts.add(new long[] {i, eol});
                i = j;
            }
            if (parts.size() == 1 && parts.get(0)[0] == 0 && parts.get(0)[1] == s.length) {
                long l = ListObject.allocate(1);
                ListObject.set(l, 0, Heap.newRef(self));
                return l;
            }
            return list(s, parts);
        });
        t.method("join", (self, a, o, n) -> {
            MethodArgs.one("str.join", n);
            return join(self, a[o]);
        });
    }

    private static long list(int[] s, List<long[]> parts) {
        long l = ListObject.allocate(parts.size());
        for (int k = 0; k < parts.size(); k++) {
            ListObject.set(l, k, str(s, (int) parts.get(k)[0], (int) parts.get(k)[1]));
        }
        return l;
    }

    private static long split(long self, long[] a, int o, int n, long kw, String name, boolean reverse) {
        long[] p = MethodArgs.bind(name, SPLIT_PARAMS, 0, a, o, n, kw);
        long sepObj = p[0] == 0 ? BoolObject.NONE : p[0];
        long max = p[1] == 0 ? -1 : MethodArgs.index(p[1]);
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        if (sepObj != BoolObject.NONE && !StrObject.check(sepObj)) {
            throw Errors.typeError("must be str or None, not " + Types.of(sepObj).name);
        }
        int[] s = cps(self);
        List<long[]> parts = new ArrayList<>();
        if (sepObj == BoolObject.NONE) {
            if (reverse) {
                rsplitWhitespace(s, max, parts);
            } else {
                splitWhitespace(s, max, parts);
            }
        } else {
            int[] sep = cps(sepObj);
            if (sep.length == 0) {
                throw Errors.valueError("empty separator");
            }
            if (reverse) {
                int end = s.length;
                while (parts.size() < max) {
                    int j = lastIndexOf(s, sep, 0, end);
                    if (j < 0) {
                        break;
                    }
                    parts.add(new long[] {j + sep.length, end});
                    end = j;
                }
                parts.add(new long[] {0, end});
            } else {
                int i = 0;
                while (parts.size() < max) {
                    int j = indexOf(s, sep, i, s.length);
                    if (j < 0) {
                        break;
                    }
                    parts.add(new long[] {i, j});
                    i = j + sep.length;
                }
                parts.add(new long[] {i, s.length});
            }
        }
        if (reverse) {
            java.util.Collections.reverse(parts);
        }
        if (parts.size() == 1 && parts.get(0)[0] == 0 && parts.get(0)[1] == s.length) {
            long l = ListObject.allocate(1);
            ListObject.set(l, 0, Heap.newRef(self));
            return l;
        }
        return list(s, parts);
    }

    private static void splitWhitespace(int[] s, long max, List<long[]> parts) {
        int i = 0;
        int n = s.length;
        while (true) {
            while (i < n && isSpace(s[i])) {
                i++;
            }
            if (i >= n) {
                return;
            }
            if (parts.size() == max) {
                parts.add(new long[] {i, n});
                return;
            }
            int j = i;
            while (j < n && !isSpace(s[j])) {
                j++;
            }
            parts.add(new long[] {i, j});
            i = j;
        }
    }

    private static void rsplitWhitespace(int[] s, long max, List<long[]> parts) {
        int i = s.length;
        while (true) {
            while (i > 0 && isSpace(s[i - 1])) {
                i--;
            }
            if (i <= 0) {
                return;
            }
            if (parts.size() == max) {
                parts.add(new long[] {0, i});
                return;
            }
            int j = i;
            while (j > 0 && !isSpace(s[j - 1])) {
                j--;
            }
            parts.add(new long[] {j, i});
            i = j;
        }
    }

    /** sep.join(iterable): a single exact str item is returned itself, as CPython does. */
    static long join(long sep, long iterable) {
        long seq;
        if (ListObject.check(iterable) || TupleObject.check(iterable)) {
            seq = Heap.newRef(iterable);
        } else {
            long it;
            try {
                it = Ops.iter(iterable);
            } catch (PyException e) {
                if (!e.type().isSubtypeOf(Types.TYPE_ERROR)) {
                    throw e;
                }
                Heap.decref(e.exception);
                throw Errors.typeError("can only join an iterable");
            }
            seq = ListObject.allocate(0);
            try {
                for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                    ListObject.append(seq, x);
                    Heap.decref(x);
                }
            } catch (PyException e) {
                Heap.decref(seq);
                throw e;
            } finally {
                Heap.decref(it);
            }
        }
        try {
            boolean list = ListObject.check(seq);
            long n = list ? ListObject.size(seq) : TupleObject.size(seq);
            if (n == 1) {
                long only = list ? ListObject.get(seq, 0) : TupleObject.get(seq, 0);
                if (StrObject.check(only)) {
                    return Heap.newRef(only);
                }
            }
            String s = StrObject.toJava(sep);
            StringBuilder sb = new StringBuilder();
            for (long i = 0; i < n; i++) {
                long x = list ? ListObject.get(seq, i) : TupleObject.get(seq, i);
                if (!StrObject.check(x)) {
                    throw Errors.typeError("sequence item " + i + ": expected str instance, " + Types.of(x).name
                            + " found");
                }
                if (i > 0) {
                    sb.append(s);
                }
                sb.append(StrObject.toJava(x));
            }
            return StrObject.fromJavaUncached(sb.toString());
        } finally {
            Heap.decref(seq);
        }
    }

    // ---- stripping and padding

    private static long strip(long self, long[] a, int o, int n, boolean left, boolean right, String name) {
        MethodArgs.positional(name, n, 0, 1);
        int[] chars = null;
        if (n == 1 && a[o] != BoolObject.NONE) {
            if (!StrObject.check(a[o])) {
                throw Errors.typeError(name + " arg must be None or str");
            }
            chars = cps(a[o]);
        }
        int[] s = cps(self);
        int start = 0;
        int end = s.length;
        while (left && start < end && (chars == null ? isSpace(s[start]) : contains(chars, s[start]))) {
            start++;
        }
        while (right && end > start && (chars == null ? isSpace(s[end - 1]) : contains(chars, s[end - 1]))) {
            end--;
        }
        return start == 0 && end == s.length ? unchanged(self) : str(s, start, end);
    }

    static boolean contains(int[] chars, int c) {
        for (int x : chars) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** The fill character argument of center/ljust/rjust. */
    private static int fillChar(long obj) {
        if (!StrObject.check(obj)) {
            throw Errors.typeError(
                    "The fill character must be a unicode character, not " + Types.of(obj).name);
        }
        if (StrObject.length(obj) != 1) {
            throw Errors.typeError("The fill character must be exactly one character long");
        }
        return StrObject.charAt(obj, 0);
    }

    private static long pad(long self, long[] a, int o, int n, String name) {
        MethodArgs.positional(name, n, 1, 2);
        long width = MethodArgs.index(a[o]);
        int fill = n == 2 ? fillChar(a[o + 1]) : ' ';
        int[] s = cps(self);
        if (width <= s.length) {
            return unchanged(self);
        }
        long marg = width - s.length;
        long left = switch (name) {
            case "ljust" -> 0;
            case "rjust" -> marg;
            default -> marg / 2 + (marg & width & 1);
        };
        if (width > Integer.MAX_VALUE / 2) {
            throw Errors.memoryError();
        }
        StringBuilder sb = new StringBuilder((int) width);
        for (long i = 0; i < left; i++) {
            sb.appendCodePoint(fill);
        }
        sb.append(new String(s, 0, s.length));
        for (long i = left + s.length; i < width; i++) {
            sb.appendCodePoint(fill);
        }
        return StrObject.fromJavaUncached(sb.toString());
    }

    private static void definePadding(PyType t) {
        t.method("strip", (self, a, o, n) -> strip(self, a, o, n, true, true, "strip"));
        t.method("lstrip", (self, a, o, n) -> strip(self, a, o, n, true, false, "lstrip"));
        t.method("rstrip", (self, a, o, n) -> strip(self, a, o, n, false, true, "rstrip"));
        t.method("center", (self, a, o, n) -> pad(self, a, o, n, "center"));
        t.method("ljust", (self, a, o, n) -> pad(self, a, o, n, "ljust"));
        t.method("rjust", (self, a, o, n) -> pad(self, a, o, n, "rjust"));
        t.method("zfill", (self, a, o, n) -> {
            MethodArgs.one("str.zfill", n);
            long width = MethodArgs.index(a[o]);
            int[] s = cps(self);
            if (width <= s.length) {
                return unchanged(self);
            }
            if (width > Integer.MAX_VALUE / 2) {
                throw Errors.memoryError();
            }
            int fill = (int) width - s.length;
            StringBuilder sb = new StringBuilder((int) width);
            int start = 0;
            if (s.length > 0 && (s[0] == '+' || s[0] == '-')) {
                sb.appendCodePoint(s[0]);
                start = 1;
            }
            sb.append("0".repeat(fill)).append(new String(s, start, s.length - start));
            return StrObject.fromJavaUncached(sb.toString());
        });
        t.methodWithKeywords("expandtabs", (self, a, o, n, kw) -> {
            long[] p = MethodArgs.bind("expandtabs", new String[] {"tabsize"}, 0, a, o, n, kw);
            long tab = p[0] == 0 ? 8 : MethodArgs.cInt(p[0]);
            int[] s = cps(self);
            if (!contains(s, '\t')) {
                return unchanged(self);
            }
            StringBuilder sb = new StringBuilder();
            long col = 0;
            for (int c : s) {
                if (c == '\t') {
                    if (tab > 0) {
                        long spaces = tab - col % tab;
                        if (spaces > Integer.MAX_VALUE - 16 - sb.length()) {
                            throw Errors.memoryError(); // past what a string here can hold
                        }
                        sb.append(" ".repeat((int) spaces));
                        col += spaces;
                    }
                } else {
                    sb.appendCodePoint(c);
                    col = c == '\n' || c == '\r' ? 0 : col + 1;
                }
            }
            return StrObject.fromJavaUncached(sb.toString());
        });
    }

    // ---- predicates

    private interface CharTest {
        boolean test(int c);
    }

    private static void predicate(PyType t, String name, CharTest test) {
        t.method(name, (self, a, o, n) -> {
            MethodArgs.none("str." + name, n);
            long len = StrObject.length(self);
            if (len == 0) {
                return BoolObject.fromBoolean(false);
            }
            for (long i = 0; i < len; i++) {
                if (!test.test(StrObject.charAt(self, i))) {
                    return BoolObject.fromBoolean(false);
                }
            }
            return BoolObject.fromBoolean(true);
        });
    }

    static boolean isDecimal(int c) {
        return Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER;
    }

    static boolean isDigit(int c) {
        if (isDecimal(c)) {
            return true;
        }
        if (Character.getType(c) != Character.OTHER_NUMBER) {
            return false;
        }
        int v = Character.getNumericValue(c);
        return v >= 0 && v <= 9 && !(c >= 0x2469 && c <= 0x2473) && !(c >= 0x247D && c <= 0x2487);
    }

    private static final String CJK_NUMERALS = "〇一二三四五六七八九十百千万亿兆零壹贰叁肆伍陆柒捌玖拾佰仟萬億";

    static boolean isNumeric(int c) {
        int t = Character.getType(c);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER
                || (c < 0x10000 && CJK_NUMERALS.indexOf((char) c) >= 0);
    }

    static boolean isAlpha(int c) {
        return Character.isLetter(c);
    }

    private static void definePredicates(PyType t) {
        predicate(t, "isalpha", StrMethods::isAlpha);
        predicate(t, "isdecimal", StrMethods::isDecimal);
        predicate(t, "isdigit", StrMethods::isDigit);
        predicate(t, "isnumeric", StrMethods::isNumeric);
        predicate(t, "isalnum", c -> isAlpha(c) || isNumeric(c) || isDigit(c));
        predicate(t, "isspace", StrMethods::isSpace);
        t.method("isascii", (self, a, o, n) -> {
            MethodArgs.none("str.isascii", n);
            return BoolObject.fromBoolean(StrObject.isAscii(self));
        });
        t.method("isprintable", (self, a, o, n) -> {
            MethodArgs.none("str.isprintable", n);
            for (long i = 0, len = StrObject.length(self); i < len; i++) {
                if (!StrObject.isPrintable(StrObject.charAt(self, i))) {
                    return BoolObject.fromBoolean(false);
                }
            }
            return BoolObject.fromBoolean(true);
        });
        t.method("isidentifier", (self, a, o, n) -> {
            MethodArgs.none("str.isidentifier", n);
            return BoolObject.fromBoolean(isIdentifier(cps(self)));
        });
        t.method("islower", (self, a, o, n) -> {
            MethodArgs.none("str.islower", n);
            boolean cased = false;
            for (int c : cps(self)) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    return BoolObject.fromBoolean(false);
                }
                cased |= Character.isLowerCase(c);
            }
            return BoolObject.fromBoolean(cased);
        });
        t.method("isupper", (self, a, o, n) -> {
            MethodArgs.none("str.isupper", n);
            boolean cased = false;
            for (int c : cps(self)) {
                if (Character.isLowerCase(c) || Character.isTitleCase(c)) {
                    return BoolObject.fromBoolean(false);
                }
                cased |= Character.isUpperCase(c);
            }
            return BoolObject.fromBoolean(cased);
        });
        t.method("istitle", (self, a, o, n) -> {
            MethodArgs.none("str.istitle", n);
            boolean cased = false;
            boolean previousCased = false;
            for (int c : cps(self)) {
                if (Character.isUpperCase(c) || Character.isTitleCase(c)) {
                    if (previousCased) {
                        return BoolObject.fromBoolean(false);
                    }
                    previousCased = true;
                    cased = true;
                } else if (Character.isLowerCase(c)) {
                    if (!previousCased) {
                        return BoolObject.fromBoolean(false);
                    }
                    previousCased = true;
                    cased = true;
                } else {
                    previousCased = false;
                }
            }
            return BoolObject.fromBoolean(cased);
        });
    }

    static boolean isIdentifier(int[] s) {
        if (s.length == 0) {
            return false;
        }
        if (s[0] != '_' && !Character.isUnicodeIdentifierStart(s[0])) {
            return false;
        }
        for (int i = 1; i < s.length; i++) {
            if (!Character.isUnicodeIdentifierPart(s[i]) || Character.isIdentifierIgnorable(s[i])) {
                return false;
            }
        }
        return true;
    }

    // ---- encode, translate, format and the rest

    private static void defineOthers(PyType t) {
        t.methodWithKeywords("encode", (self, a, o, n, kw) -> {
            long[] p = MethodArgs.bind("encode", new String[] {"encoding", "errors"}, 0, a, o, n, kw);
            String encoding = p[0] == 0 ? "utf-8" : StrObject.toJava(encodeArg(p[0], 1));
            String errors = p[1] == 0 ? "strict" : StrObject.toJava(encodeArg(p[1], 2));
            return Codecs.encode(self, encoding, errors);
        });
        t.method("translate", (self, a, o, n) -> {
            MethodArgs.one("str.translate", n);
            return translate(self, a[o]);
        });
        long maketrans = CFunctionObject.create("maketrans", (self, a, o, n) -> {
            MethodArgs.positional("maketrans", n, 1, 3);
            return maketrans(a, o, n);
        }, t.address, 0);
        t.putInDict(Names.get("maketrans"), maketrans);
        Heap.decref(maketrans);
        t.methodWithKeywords("format", (self, a, o, n, kw) -> StrFormat.format(self, a, o, n, kw));
        t.method("format_map", (self, a, o, n) -> {
            MethodArgs.one("str.format_map", n);
            return StrFormat.formatMap(self, a[o]);
        });
        t.method("__format__", (self, a, o, n) -> {
            MethodArgs.one("str.__format__", n);
            if (!StrObject.check(a[o])) {
                throw Errors.typeError("str.__format__() argument must be str, not " + Types.of(a[o]).name);
            }
            if (StrObject.length(a[o]) == 0 && StrObject.check(self)) {
                return Heap.newRef(self);
            }
            return Format.format(self, a[o]);
        });
        t.method("__getnewargs__", (self, a, o, n) -> {
            MethodArgs.none("str.__getnewargs__", n);
            long tup = TupleObject.allocate(1);
            TupleObject.set(tup, 0, StrObject.fromJava(StrObject.toJava(self)));
            return tup;
        });
        t.sizeofMethod();
    }

    private static long encodeArg(long obj, int position) {
        if (!StrObject.check(obj)) {
            throw Errors.typeError("encode() argument '" + (position == 1 ? "encoding" : "errors")
                    + "' must be str, not " + Types.of(obj).name);
        }
        return obj;
    }

    private static long translate(long self, long table) {
        int[] s = cps(self);
        StringBuilder sb = new StringBuilder(s.length);
        for (int c : s) {
            long key = IntObject.fromLong(c);
            long v;
            try {
                v = Ops.getItem(table, key);
            } catch (PyException e) {
                if (!e.type().isSubtypeOf(Types.LOOKUP_ERROR)) {
                    throw e;
                }
                Heap.decref(e.exception);
                sb.appendCodePoint(c);
                continue;
            } finally {
                Heap.decref(key);
            }
            try {
                if (v == BoolObject.NONE) {
                    continue;
                }
                if (IntObject.check(v)) {
                    java.math.BigInteger b = IntObject.toBig(v);
                    if (b.signum() < 0 || b.compareTo(java.math.BigInteger.valueOf(0x10FFFF)) > 0) {
                        throw Errors.valueError("character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint(b.intValue());
                } else if (StrObject.check(v)) {
                    sb.append(StrObject.toJava(v));
                } else {
                    throw Errors.typeError("character mapping must return integer, None or str");
                }
            } finally {
                Heap.decref(v);
            }
        }
        return StrObject.fromJava(sb.toString());
    }

    private static long maketrans(long[] a, int o, int n) {
        long d = DictObject.create();
        try {
            if (n == 1) {
                long x = a[o];
                if (!DictObject.check(x)) {
                    throw Errors.typeError("if you give only one argument to maketrans it must be a dict");
                }
                for (long i = 0; i < DictObject.entryCount(x); i++) {
                    long k = DictObject.keyAt(x, i);
                    if (k == 0) {
                        continue;
                    }
                    long v = DictObject.valueAt(x, i);
                    if (StrObject.check(k)) {
                        if (StrObject.length(k) != 1) {
                            throw Errors.valueError("string keys in translate table must be of length 1");
                        }
                        long key = IntObject.fromLong(StrObject.charAt(k, 0));
                        DictObject.set(d, key, v);
                        Heap.decref(key);
                    } else if (IntObject.check(k)) {
                        DictObject.set(d, k, v);
                    } else {
                        throw Errors.typeError("keys in translate table must be strings or integers");
                    }
                }
                return d;
            }
            if (!StrObject.check(a[o])) {
                throw Errors.typeError("maketrans() argument 1 must be str, not " + Types.of(a[o]).name);
            }
            if (!StrObject.check(a[o + 1])) {
                throw Errors.typeError("maketrans() argument 2 must be str, not " + Types.of(a[o + 1]).name);
            }
            if (n == 3 && !StrObject.check(a[o + 2])) {
                throw Errors.typeError("maketrans() argument 3 must be str, not " + Types.of(a[o + 2]).name);
            }
            int[] x = cps(a[o]);
            int[] y = cps(a[o + 1]);
            if (x.length != y.length) {
                throw Errors.valueError("the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < x.length; i++) {
                long k = IntObject.fromLong(x[i]);
                long v = IntObject.fromLong(y[i]);
                DictObject.set(d, k, v);
                Heap.decref(k);
                Heap.decref(v);
            }
            if (n == 3) {
                for (int c : cps(a[o + 2])) {
                    long k = IntObject.fromLong(c);
                    DictObject.set(d, k, BoolObject.NONE);
                    Heap.decref(k);
                }
            }
            return d;
        } catch (PyException e) {
            Heap.decref(d);
            throw e;
        }
    }
}
