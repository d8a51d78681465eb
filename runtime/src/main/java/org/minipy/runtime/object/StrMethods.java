package org.minipy.runtime.object;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The methods of str (unicodeobject.c's unicode_methods). They work on the text as Java strings
 * for the moment of the call; results are new str objects.
 */
final class StrMethods {
    private StrMethods() {}

    static void define(PyType t) {
        transform(t, "upper", String::toUpperCase);
        transform(t, "lower", String::toLowerCase);
        t.method("strip", (self, a, o, n) -> strip(self, a, o, n, true, true, "strip"));
        t.method("lstrip", (self, a, o, n) -> strip(self, a, o, n, true, false, "lstrip"));
        t.method("rstrip", (self, a, o, n) -> strip(self, a, o, n, false, true, "rstrip"));
        t.method("join", (self, a, o, n) -> {
            Args.exactly("join", n, 1);
            return join(self, a[o]);
        });
        t.method("split", (self, a, o, n) -> {
            Args.count("split", n, 0, 2);
            String s = StrObject.toJava(self);
            long sep = n >= 1 ? a[o] : BoolObject.NONE;
            long max = n == 2 ? IntObject.asLong(a[o + 1]) : -1;
            List<String> parts = sep == BoolObject.NONE ? splitWhitespace(s, max) : split(s, text(sep, "split"), max);
            return stringList(parts);
        });
        t.method("startswith", (self, a, o, n) -> {
            Args.count("startswith", n, 1, 1);
            return BoolObject.fromBoolean(StrObject.toJava(self).startsWith(text(a[o], "startswith")));
        });
        t.method("endswith", (self, a, o, n) -> {
            Args.count("endswith", n, 1, 1);
            return BoolObject.fromBoolean(StrObject.toJava(self).endsWith(text(a[o], "endswith")));
        });
        t.method("replace", (self, a, o, n) -> {
            Args.count("replace", n, 2, 2);
            String s = StrObject.toJava(self);
            String r = s.replace(text(a[o], "replace"), text(a[o + 1], "replace"));
            return r.equals(s) ? Heap.newRef(self) : StrObject.fromJava(r);
        });
        t.method("find", (self, a, o, n) -> {
            Args.count("find", n, 1, 1);
            String s = StrObject.toJava(self);
            int i = s.indexOf(text(a[o], "find"));
            return IntObject.fromLong(i < 0 ? -1 : s.codePointCount(0, i));
        });
        t.method("count", (self, a, o, n) -> {
            Args.count("count", n, 1, 1);
            String s = StrObject.toJava(self);
            String sub = text(a[o], "count");
            if (sub.isEmpty()) {
                return IntObject.fromLong(s.codePointCount(0, s.length()) + 1);
            }
            long c = 0;
            for (int i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length())) {
                c++;
            }
            return IntObject.fromLong(c);
        });
        predicate(t, "isdigit", Character::isDigit);
        predicate(t, "isalpha", Character::isLetter);
        predicate(t, "isspace", Character::isWhitespace);
    }

    private static void transform(PyType t, String name, UnaryOperator<String> f) {
        t.method(name, (self, a, o, n) -> {
            Args.exactly(name, n, 0);
            return StrObject.fromJava(f.apply(StrObject.toJava(self)));
        });
    }

    private interface CodePointTest {
        boolean test(int cp);
    }

    private static void predicate(PyType t, String name, CodePointTest test) {
        t.method(name, (self, a, o, n) -> {
            Args.exactly(name, n, 0);
            String s = StrObject.toJava(self);
            return BoolObject.fromBoolean(!s.isEmpty() && s.codePoints().allMatch(test::test));
        });
    }

    private static String text(long obj, String method) {
        if (!StrObject.check(obj)) {
            throw Errors.typeError("must be str, not " + Types.of(obj).name);
        }
        return StrObject.toJava(obj);
    }

    private static long strip(long self, long[] a, int o, int n, boolean left, boolean right, String name) {
        Args.count(name, n, 0, 1);
        String s = StrObject.toJava(self);
        String chars = n == 1 && a[o] != BoolObject.NONE ? text(a[o], name) : null;
        int start = 0;
        int end = s.length();
        while (left && start < end && (chars == null ? Character.isWhitespace(s.charAt(start)) : chars.indexOf(s.charAt(start)) >= 0)) {
            start++;
        }
        while (right && end > start && (chars == null ? Character.isWhitespace(s.charAt(end - 1)) : chars.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return start == 0 && end == s.length() ? Heap.newRef(self) : StrObject.fromJava(s.substring(start, end));
    }

    private static long join(long sep, long iterable) {
        String s = StrObject.toJava(sep);
        StringBuilder sb = new StringBuilder();
        long it = Ops.iter(iterable);
        try {
            int i = 0;
            for (long x = Ops.next(it); x != 0; x = Ops.next(it), i++) {
                try {
                    if (!StrObject.check(x)) {
                        throw Errors.typeError("sequence item " + i + ": expected str instance, " + Types.of(x).name
                                + " found");
                    }
                    if (i > 0) {
                        sb.append(s);
                    }
                    sb.append(StrObject.toJava(x));
                } finally {
                    Heap.decref(x);
                }
            }
        } finally {
            Heap.decref(it);
        }
        return StrObject.fromJava(sb.toString());
    }

    private static List<String> splitWhitespace(String s, long max) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (true) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            if (max >= 0 && parts.size() == max) {
                int end = n;
                while (end > i && Character.isWhitespace(s.charAt(end - 1))) {
                    end--;
                }
                parts.add(s.substring(i, end));
                break;
            }
            int j = i;
            while (j < n && !Character.isWhitespace(s.charAt(j))) {
                j++;
            }
            parts.add(s.substring(i, j));
            i = j;
        }
        return parts;
    }

    private static List<String> split(String s, String sep, long max) {
        if (sep.isEmpty()) {
            throw Errors.valueError("empty separator");
        }
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (max < 0 || parts.size() < max) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            parts.add(s.substring(i, j));
            i = j + sep.length();
        }
        parts.add(s.substring(i));
        return parts;
    }

    private static long stringList(List<String> parts) {
        long list = ListObject.allocate(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            ListObject.set(list, i, StrObject.fromJava(parts.get(i)));
        }
        return list;
    }
}
