package org.minipy.runtime.object;

/**
 * str.format and str.format_map (CPython's unicode_format.h): literal text with {{ and }}, and
 * replacement fields {name.attr[key]!conv:spec} with automatic or manual numbering, nested
 * fields inside the spec, and each value formatted through {@link Ops#format}.
 */
public final class StrFormat {
    private StrFormat() {}

    /** The arguments of one format call and its numbering state. */
    private static final class Call {
        final long[] args;
        final int offset;
        final int npos;
        /** The keyword arguments: a dict or mapping (borrowed), or 0. */
        final long kwargs;
        final boolean isMap;
        /** 0 undecided, 1 automatic, 2 manual. */
        int numbering;
        int next;

        Call(long[] args, int offset, int npos, long kwargs, boolean isMap) {
            this.args = args;
            this.offset = offset;
            this.npos = npos;
            this.kwargs = kwargs;
            this.isMap = isMap;
        }
    }

    /**
     * str.format is METH_VARARGS | METH_KEYWORDS: its positional arguments are a tuple, and its
     * keywords a dict, made for the call (the tuple first) and alive until it returns; a field's
     * value is a new reference taken from them (PySequence_GetItem), held while it is formatted.
     */
    static long format(long self, long[] a, int o, int n, long kwnames) {
        int nkw = kwnames == 0 ? 0 : (int) TupleObject.size(kwnames);
        long args = Sequences.tupleOf(a, o, n - nkw);
        long kwargs = 0;
        try {
            if (nkw > 0) {
                kwargs = DictObject.create();
                for (int k = 0; k < nkw; k++) {
                    DictObject.set(kwargs, TupleObject.get(kwnames, k), a[o + n - nkw + k]);
                }
            }
            return render(self, new Call(a, o, n - nkw, kwargs, false));
        } finally {
            Heap.xdecref(kwargs);
            Heap.decref(args);
        }
    }

    static long formatMap(long self, long mapping) {
        return render(self, new Call(new long[0], 0, 0, mapping, true));
    }

    private static long render(long self, Call call) {
        String text = StrObject.toJava(self);
        if (text.indexOf('{') < 0 && text.indexOf('}') < 0) {
            return Heap.newRef(self);
        }
        StrWriter out = new StrWriter();
        try {
            expand(text, call, out, 2);
        } catch (PyException e) {
            out.discard();
            throw e;
        }
        return out.finish();
    }

    /** Appends the expansion of text to out; depth counts the nesting left for specs. */
    private static void expand(String s, Call call, StrWriter out, int depth) {
        if (depth < 0) {
            throw Errors.valueError("Max string recursion exceeded");
        }
        int i = 0;
        int n = s.length();
        StringBuilder literal = new StringBuilder();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '}') {
                if (i + 1 < n && s.charAt(i + 1) == '}') {
                    literal.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError("Single '}' encountered in format string");
            }
            if (c != '{') {
                literal.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && s.charAt(i + 1) == '{') {
                literal.append('{');
                i += 2;
                continue;
            }
            out.append(literal);
            literal.setLength(0);
            int start = i + 1;
            int level = 1;
            int j = start;
            boolean inName = true;
            for (; j < n; j++) {
                char d = s.charAt(j);
                if (inName && d == '[') {
                    while (j < n && s.charAt(j) != ']') {
                        j++;
                    }
                    if (j >= n) {
                        break;
                    }
                    continue;
                }
                if (d == ':' || d == '!') {
                    inName = false;
                }
                if (d == '{') {
                    level++;
                } else if (d == '}') {
                    if (--level == 0) {
                        break;
                    }
                }
            }
            if (j >= n) {
                throw Errors.valueError(level > 1 || start < n ? "expected '}' before end of string"
                        : "Single '{' encountered in format string");
            }
            // output_markup: the field that ends the format is its last piece
            field(s.substring(start, j), call, out, depth, j + 1 == n);
            i = j + 1;
        }
        out.append(literal);
    }

    private static void field(String f, Call call, StrWriter out, int depth, boolean last) {
        int i = 0;
        int n = f.length();
        while (i < n) {
            char c = f.charAt(i);
            if (c == '{') {
                throw Errors.valueError("unexpected '{' in field name");
            }
            if (c == '[') {
                while (i < n && f.charAt(i) != ']') {
                    i++;
                }
                if (i < n) {
                    i++;
                }
                continue;
            }
            if (c == ':' || c == '!') {
                break;
            }
            i++;
        }
        String name = f.substring(0, i);
        char conversion = 0;
        String spec = "";
        if (i < n && f.charAt(i) == '!') {
            if (i + 1 >= n) {
                throw Errors.valueError("unmatched '{' in format spec");
            }
            conversion = f.charAt(i + 1);
            i += 2;
            if (i < n && f.charAt(i) != ':') {
                throw Errors.valueError("expected ':' after conversion specifier");
            }
        }
        if (i < n && f.charAt(i) == ':') {
            spec = f.substring(i + 1);
        }
        long value = lookup(name, call);
        // output_markup: a conversion's result takes the place of the value, which goes first
        long converted;
        try {
            converted = conversion == 0 ? value : convert(value, conversion);
        } finally {
            if (conversion != 0) {
                Heap.decref(value);
            }
        }
        try {
            StrWriter specOut = new StrWriter();
            try {
                expand(spec, call, specOut, depth - 1);
            } catch (PyException e) {
                specOut.discard();
                throw e;
            }
            long specStr = specOut.finish();
            try {
                long r = Ops.format(converted, specStr);
                if (!Types.of(r).isSubtypeOf(Types.STR)) {
                    String tn = Types.of(r).name;
                    Heap.decref(r);
                    throw Errors.typeError("__format__ must return a str, not " + tn);
                }
                long t = Types.typeAddressOf(converted);
                if (t == Types.INT.address || t == Types.FLOAT.address) {
                    out.append(StrObject.toJava(r)); // render_field writes these digits itself
                } else {
                    out.appendStr(r, last); // the str, or what __format__ returned, whole
                }
                Heap.decref(r);
            } finally {
                Heap.decref(specStr);
            }
        } finally {
            Heap.decref(converted);
        }
    }

    private static long convert(long value, char conversion) {
        return switch (conversion) {
            case 'r' -> Ops.repr(value);
            case 's' -> Ops.str(value);
            case 'a' -> asciiObject(value);
            default -> throw Errors.valueError("Unknown conversion specifier "
                    + (conversion < 128 && conversion >= 32 ? String.valueOf(conversion)
                            : String.format("\\x%02x", (int) conversion)));
        };
    }

    /** ascii(obj): a new str, the repr with non-ASCII characters escaped. */
    public static long ascii(long obj) {
        return asciiObject(obj);
    }

    /** PyObject_ASCII: the repr itself when it is ASCII, else a new str with the others escaped. */
    static long asciiObject(long obj) {
        long repr = Ops.repr(obj);
        if (StrObject.isAscii(repr)) {
            return repr;
        }
        try {
            return StrObject.fromJava(asciiRepr(StrObject.toJava(repr)));
        } finally {
            Heap.decref(repr);
        }
    }

    /** ascii(): the repr with non-ASCII characters escaped. */
    static String asciiRepr(String repr) {
        StringBuilder sb = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xFF) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xFFFF) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }

    /** The object a field name refers to: the first part, then .attr and [key] accessors. */
    private static long lookup(String name, Call call) {
        int i = 0;
        int n = name.length();
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        long obj;
        if (first.isEmpty()) {
            if (call.numbering == 2) {
                throw Errors.valueError("cannot switch from manual field specification to automatic field numbering");
            }
            call.numbering = 1;
            obj = positional(call, call.next++);
        } else if (isDigits(first)) {
            if (call.numbering == 1) {
                throw Errors.valueError("cannot switch from automatic field numbering to manual field specification");
            }
            call.numbering = 2;
            long index;
            try {
                index = Long.parseLong(first);
            } catch (NumberFormatException e) {
                throw Errors.valueError("Too many decimal digits in format string");
            }
            obj = positional(call, index);
        } else {
            long key = StrObject.fromJava(first);
            try {
                if (call.kwargs == 0) {
                    throw Errors.keyError(key);
                }
                if (!call.isMap) {
                    long v = DictObject.get(call.kwargs, key);
                    if (v == 0) {
                        throw Errors.keyError(key);
                    }
                    obj = Heap.newRef(v);
                } else {
                    obj = Ops.getItem(call.kwargs, key);
                }
            } finally {
                Heap.decref(key);
            }
        }
        try {
            while (i < n) {
                char c = name.charAt(i);
                long next;
                if (c == '.') {
                    int j = i + 1;
                    while (j < n && name.charAt(j) != '.' && name.charAt(j) != '[') {
                        j++;
                    }
                    if (j == i + 1) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    long attr = StrObject.intern(StrObject.fromJava(name.substring(i + 1, j)));
                    try {
                        next = Ops.getAttr(obj, attr);
                    } finally {
                        Heap.decref(attr);
                    }
                    i = j;
                } else if (c == '[') {
                    int j = name.indexOf(']', i + 1);
                    if (j < 0) {
                        throw Errors.valueError("Missing ']' in format string");
                    }
                    String k = name.substring(i + 1, j);
                    if (k.isEmpty()) {
                        throw Errors.valueError("Empty attribute in format string");
                    }
                    long key;
                    try {
                        key = isDigits(k) ? IntObject.fromLong(Long.parseLong(k)) : StrObject.fromJava(k);
                    } catch (NumberFormatException e) {
                        throw Errors.valueError("Too many decimal digits in format string");
                    }
                    try {
                        next = Ops.getItem(obj, key);
                    } finally {
                        Heap.decref(key);
                    }
                    i = j + 1;
                    if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        Heap.decref(next); // the item looked up is not used
                        throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                    }
                } else {
                    throw Errors.valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                Heap.decref(obj);
                obj = next;
            }
        } catch (PyException e) {
            Heap.decref(obj);
            throw e;
        }
        return obj;
    }

    private static long positional(Call call, long index) {
        if (call.isMap) {
            throw Errors.valueError("Format string contains positional fields");
        }
        if (index >= call.npos) {
            throw Errors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return Heap.newRef(call.args[call.offset + (int) index]);
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
