package org.minipy.runtime.builtins;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.minipy.runtime.mem.AddressMap;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.CFunctionObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.CodeObject;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.FunctionObject;
import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.HeapType;
import org.minipy.runtime.object.InstanceObject;
import org.minipy.runtime.object.Layout;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.MethodObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Names;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.PyException;
import org.minipy.runtime.object.PyType;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.mem.Memory;

/**
 * The reference-graph walks behind the objgraph module, done in Java over the real heap:
 * objgraph 3.x's {@code _show_graph} (breadth first from the given objects along
 * gc.get_referents or gc.get_referrers, with its depth, filter, too_many and ignore rules, node
 * labels, edge labels and colours, written as the same DOT text) and {@code _find_chain}.
 *
 * <p>Walking in Java means the walk itself adds nothing to the heap it draws: no queue list, no
 * depth dict, no frames for objgraph's own functions to ignore. Each object the walk keeps is held
 * by one reference (so a filter or a __repr__ that drops the last other reference cannot free it
 * under the walk); reference counts shown with refcounts=True leave those holds out, so they are
 * the counts the program itself holds.
 */
final class ObjectGraph {
    private ObjectGraph() {}

    /** Callbacks given by the program (0 for none), and the options of one drawing. */
    static final class Options {
        int maxDepth = 3;
        Set<Long> ignore = new java.util.HashSet<>();
        LongPredicate filter;
        int tooMany = 10;
        long highlight;
        long extraInfo;
        boolean refcounts;
        boolean shortnames = true;
        long extraNodeAttrs;
    }

    /** The drawing: its DOT text and the number of nodes, as objgraph reports it. */
    record Drawing(String dot, int nodes) {}

    /** objgraph's _show_graph: backrefs walks gc.get_referrers (and stops at proper modules). */
    static Drawing draw(long[] roots, boolean backrefs, Options opt) {
        StringBuilder f = new StringBuilder("digraph ObjectGraph {\n  node[shape=box, style=filled, fillcolor=white];\n");
        List<Long> held = new ArrayList<>();
        Map<Long, Integer> holds = new HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        Map<Long, Integer> depth = new HashMap<>();
        try {
            for (long obj : roots) {
                f.append("  ").append(nodeId(obj)).append("[fontcolor=red];\n");
                depth.put(obj, 0);
                queue.add(obj);
                hold(obj, held, holds);
            }
            GC.collect(GC.NUM_GENERATIONS - 1);
            int nodes = 0;
            while (!queue.isEmpty()) {
                nodes++;
                long target = queue.poll();
                int tdepth = depth.get(target);
                String id = nodeId(target);
                f.append("  ").append(id).append("[label=\"").append(label(target, opt, holds.get(target)))
                        .append('"').append(extraAttrs(target, opt.extraNodeAttrs)).append("];\n");
                double[] hsv = gradient(0, 0, 1, 0, 0, .3, tdepth, opt.maxDepth);
                double h = hsv[0];
                double s = hsv[1];
                double v = hsv[2];
                if (ModuleObject.check(target)) {
                    h = .3;
                    s = 1;
                }
                if (opt.highlight != 0 && truthy(Calls.call1(opt.highlight, target))) {
                    h = .6;
                    s = .6;
                    v = 0.5 + v * 0.5;
                }
                f.append("  ").append(id).append("[fillcolor=\"").append(g(h)).append(',').append(g(s)).append(',')
                        .append(g(v)).append("\"];\n");
                if (v < 0.5) {
                    f.append("  ").append(id).append("[fontcolor=white];\n");
                }
                if (hasDel(target)) {
                    f.append("  ").append(id).append("->").append(id)
                            .append("_has_a_del[color=red,style=dotted,len=0.25,weight=10];\n");
                    f.append("  ").append(id).append("_has_a_del[label=\"__del__\",shape=doublecircle,"
                            + "height=0.25,color=red,fillcolor=\"0,.5,1\",fontsize=6];\n");
                }
                if (tdepth >= opt.maxDepth) {
                    continue;
                }
                if (backrefs && isProperModule(target)) {
                    continue;
                }
                long[] neighbours = backrefs ? referrers(target) : referents(target);
                for (long nb : neighbours) {
                    Heap.incref(nb);
                }
                int n = 0;
                int skipped = 0;
                try {
                    for (long source : neighbours) {
                        if (opt.ignore.contains(AddressMap.toId(source))) {
                            continue;
                        }
                        if (opt.filter != null && !opt.filter.test(source)) {
                            continue;
                        }
                        if (n >= opt.tooMany) {
                            skipped++;
                            continue;
                        }
                        long srcnode = backrefs ? source : target;
                        long tgtnode = backrefs ? target : source;
                        f.append("  ").append(nodeId(srcnode)).append(" -> ").append(nodeId(tgtnode))
                                .append(edgeLabel(srcnode, tgtnode, opt.shortnames)).append(";\n");
                        if (!depth.containsKey(source)) {
                            depth.put(source, tdepth + 1);
                            queue.add(source);
                            hold(source, held, holds);
                        }
                        n++;
                    }
                } finally {
                    for (long nb : neighbours) {
                        Heap.decref(nb);
                    }
                }
                if (skipped > 0) {
                    double[] c = gradient(0, 1, 1, 0, 1, .3, tdepth + 1, opt.maxDepth);
                    String label = backrefs ? skipped + " more backreferences" : skipped + " more references";
                    String edge = backrefs ? "too_many_" + id + "->" + id : id + "->too_many_" + id;
                    f.append("  ").append(edge).append("[color=red,style=dotted,len=0.25,weight=10];\n");
                    f.append("  too_many_").append(id).append("[label=\"").append(label)
                            .append("\",shape=box,height=0.25,color=red,fillcolor=\"").append(g(c[0])).append(',')
                            .append(g(c[1])).append(',').append(g(c[2])).append("\",fontsize=6];\n");
                    f.append("  too_many_").append(id).append("[fontcolor=white];\n");
                }
            }
            f.append("}\n");
            return new Drawing(f.toString(), nodes);
        } finally {
            for (long obj : held) {
                Heap.decref(obj);
            }
        }
    }

    private static void hold(long obj, List<Long> held, Map<Long, Integer> holds) {
        Heap.incref(obj);
        held.add(obj);
        holds.merge(obj, 1, Integer::sum);
    }

    /**
     * objgraph's _find_chain: breadth first from obj along referents (forward) or referrers until
     * predicate holds; the chain from the found object back to obj (referrers) or from obj to it
     * (referents), as a new list; [obj] when none is found within maxDepth.
     */
    static long findChain(long obj, LongPredicate predicate, boolean forward, int maxDepth, Set<Long> ignore) {
        ArrayDeque<Long> queue = new ArrayDeque<>();
        Map<Long, Integer> depth = new HashMap<>();
        Map<Long, Long> parent = new HashMap<>();
        List<Long> held = new ArrayList<>();
        queue.add(obj);
        depth.put(obj, 0);
        parent.put(obj, 0L);
        Heap.incref(obj);
        held.add(obj);
        try {
            GC.collect(GC.NUM_GENERATIONS - 1);
            while (!queue.isEmpty()) {
                long target = queue.poll();
                if (predicate.test(target)) {
                    List<Long> chain = new ArrayList<>();
                    chain.add(target);
                    while (parent.get(target) != 0L) {
                        target = parent.get(target);
                        chain.add(target);
                    }
                    if (forward) {
                        java.util.Collections.reverse(chain);
                    }
                    long result = ListObject.allocate(0);
                    for (long o : chain) {
                        ListObject.append(result, o);
                    }
                    return result;
                }
                int tdepth = depth.get(target);
                if (tdepth < maxDepth) {
                    for (long source : forward ? referents(target) : referrers(target)) {
                        if (ignore.contains(AddressMap.toId(source)) || depth.containsKey(source)) {
                            continue;
                        }
                        depth.put(source, tdepth + 1);
                        parent.put(source, target);
                        queue.add(source);
                        Heap.incref(source);
                        held.add(source);
                    }
                }
            }
            long result = ListObject.allocate(0);
            ListObject.append(result, obj);
            return result;
        } finally {
            for (long o : held) {
                Heap.decref(o);
            }
        }
    }

    // ---- the two edge functions (gc.get_referents, gc.get_referrers)

    static long[] referents(long obj) {
        if (!GC.isGc(obj)) {
            return new long[0];
        }
        List<Long> r = new ArrayList<>();
        Types.of(obj).traverse(obj, ref -> {
            if (ref != 0) {
                r.add(ref);
            }
        });
        return r.stream().mapToLong(Long::longValue).toArray();
    }

    static long[] referrers(long obj) {
        return GC.referrers(new long[] {obj}, 0, 0).stream().mapToLong(Long::longValue).toArray();
    }

    // ---- nodes

    static String nodeId(long obj) {
        return ("o" + AddressMap.toId(obj)).replace('-', '_');
    }

    private static String label(long obj, Options opt, Integer held) {
        String first = opt.shortnames ? shortTypename(obj) : longTypename(obj);
        if (opt.refcounts) {
            // what objgraph prints on CPython 3.11: getrefcount(obj) - 4, of which 3.11's own references
            // (objgraph's target, _obj_label's obj, getrefcount's argument) are three: the count less one
            first += " [" + (Heap.refcount(obj) - (held == null ? 0 : held) - 1) + "]";
        }
        StringBuilder label = new StringBuilder(first).append('\n').append(safeRepr(obj));
        if (opt.extraInfo != 0) {
            long info = Calls.call1(opt.extraInfo, obj);
            try {
                label.append('\n').append(Ops.strJava(info));
            } finally {
                Heap.decref(info);
            }
        }
        return quote(label.toString());
    }

    private static String extraAttrs(long obj, long extraNodeAttrs) {
        if (extraNodeAttrs == 0) {
            return "";
        }
        long attrs = Calls.call1(extraNodeAttrs, obj);
        try {
            if (!DictObject.checkSub(attrs)) {
                throw org.minipy.runtime.object.Errors.attributeError("'" + Types.of(attrs).name
                        + "' object has no attribute 'items'");
            }
            java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>();
            for (long i = 0; i < DictObject.entryCount(attrs); i++) {
                long k = DictObject.keyAt(attrs, i);
                long v = k == 0 ? 0 : DictObject.valueAt(attrs, i);
                if (k != 0 && v != BoolObject.NONE) {
                    sorted.put(Ops.strJava(k), Ops.strJava(v));
                }
            }
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : sorted.entrySet()) {
                sb.append(", ").append(e.getKey()).append("=\"").append(quote(e.getValue())).append('"');
            }
            return sb.toString();
        } finally {
            Heap.decref(attrs);
        }
    }

    static String shortTypename(long obj) {
        return Types.of(obj).name;
    }

    static String longTypename(long obj) {
        PyType t = Types.of(obj);
        String module = t instanceof HeapType h ? h.module() : "builtins";
        return module == null || module.isEmpty() ? t.name : module + "." + t.name;
    }

    /** type(obj) has __del__ (objgraph marks such nodes). */
    private static boolean hasDel(long obj) {
        return Types.of(obj).lookup(Names.get("__del__")) != 0;
    }

    /** objgraph.is_proper_module: a module the VM has imported under its name. */
    static boolean isProperModule(long obj) {
        return ModuleObject.check(obj) && ModuleRegistry.isLoaded(obj);
    }

    // ---- objgraph's _safe_repr / _short_repr

    static String safeRepr(long obj) {
        try {
            return shortRepr(obj);
        } catch (PyException e) {
            Heap.decref(e.exception);
            return "(unrepresentable)";
        }
    }

    private static String shortRepr(long obj) {
        PyType t = Types.of(obj);
        if (t.isSubtypeOf(Types.TYPE) || ModuleObject.check(obj) || CFunctionObject.check(obj)) {
            return nameOrRepr(obj);
        }
        if (MethodObject.check(obj)) {
            String name = nameOrRepr(MethodObject.function(obj));
            return Ops.isTrue(MethodObject.self(obj)) ? name + " (bound)" : name;
        }
        if (FunctionObject.check(obj)) {
            long name = Memory.getLong(obj + Layout.FUNC_NAME);
            if (StrObject.check(name) && StrObject.toJava(name).equals("<lambda>")) {
                long code = FunctionObject.code(obj);
                String file = StrObject.toJava(CodeObject.filename(code));
                return "lambda: " + file.substring(file.lastIndexOf('/') + 1) + ":" + CodeObject.firstLine(code);
            }
        }
        if (t.name.equals("frame") && !(t instanceof HeapType)) {
            return frameRepr(obj);
        }
        if (t.isSubtypeOf(Types.TUPLE) || t.isSubtypeOf(Types.LIST) || t.isSubtypeOf(Types.DICT)
                || t.isSubtypeOf(Types.SET)) {
            return Ops.length(obj) + " items";
        }
        return first40(Ops.reprJava(obj));
    }

    private static String frameRepr(long frame) {
        long code = getAttr(frame, "f_code");
        long line = getAttr(frame, "f_lineno");
        try {
            return StrObject.toJava(CodeObject.filename(code)) + ":" + Ops.strJava(line);
        } finally {
            Heap.decref(code);
            Heap.decref(line);
        }
    }

    private static String nameOrRepr(long value) {
        long name;
        try {
            name = getAttr(value, "__name__");
        } catch (PyException e) {
            if (!e.type().isSubtypeOf(Types.ATTRIBUTE_ERROR)) {
                throw e;
            }
            Heap.decref(e.exception);
            return first40(Ops.reprJava(value));
        }
        try {
            return StrObject.check(name) ? StrObject.toJava(name) : first40(Ops.reprJava(value));
        } finally {
            Heap.decref(name);
        }
    }

    /** repr(obj)[:40]: the first 40 characters (code points). */
    static String first40(String s) {
        int n = s.codePointCount(0, s.length());
        return n <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, 40));
    }

    private static long getAttr(long obj, String name) {
        return Ops.getAttr(obj, Names.get(name));
    }

    // ---- edges: objgraph's _edge_label

    /** Function attributes in dir() order that can hold a referent. */
    private static final String[] FUNCTION_ATTRS = {"__annotations__", "__builtins__", "__closure__", "__code__",
        "__defaults__", "__dict__", "__doc__", "__globals__", "__kwdefaults__", "__module__", "__name__",
        "__qualname__"};
    private static final long[] FUNCTION_FIELDS = {Layout.FUNC_ANNOTATIONS, Layout.FUNC_BUILTINS, Layout.FUNC_CLOSURE,
        Layout.FUNC_CODE, Layout.FUNC_DEFAULTS, Layout.FUNC_DICT, Layout.FUNC_DOC, Layout.FUNC_GLOBALS,
        Layout.FUNC_KWDEFAULTS, Layout.FUNC_MODULE, Layout.FUNC_NAME, Layout.FUNC_QUALNAME};

    static String edgeLabel(long source, long target, boolean shortnames) {
        if (Types.of(target).isSubtypeOf(Types.DICT) && target == existingDict(source)) {
            return " [label=\"__dict__\",weight=10]";
        }
        if (MethodObject.check(source)) {
            if (target == MethodObject.self(source)) {
                return " [label=\"__self__\",weight=10]";
            }
            if (target == MethodObject.function(source)) {
                return " [label=\"__func__\",weight=10]";
            }
        }
        if (FunctionObject.check(source)) {
            for (int i = 0; i < FUNCTION_ATTRS.length; i++) {
                long v = Memory.getLong(source + FUNCTION_FIELDS[i]);
                if (v == target && v != 0) {
                    return " [label=\"" + quote(FUNCTION_ATTRS[i]) + "\",weight=10]";
                }
            }
        }
        if (Types.of(source).isSubtypeOf(Types.DICT)) {
            for (long i = 0; i < DictObject.entryCount(source); i++) {
                long k = DictObject.keyAt(source, i);
                if (k == 0 || DictObject.valueAt(source, i) != target) {
                    continue;
                }
                if (Types.of(k).isSubtypeOf(Types.STR) && isIdentifier(StrObject.toJava(k))) {
                    return " [label=\"" + quote(StrObject.toJava(k)) + "\",weight=2]";
                }
                String tn = shortnames ? shortTypename(k) : longTypename(k);
                return " [label=\"" + quote(tn + "\n" + safeRepr(k)) + "\"]";
            }
        }
        return "";
    }

    /** getattr(source, '__dict__', None) without making a dict that does not exist yet. */
    private static long existingDict(long obj) {
        if (ModuleObject.check(obj)) {
            return ModuleObject.dict(obj);
        }
        if (FunctionObject.check(obj)) {
            return Memory.getLong(obj + Layout.FUNC_DICT);
        }
        if (Types.of(obj).isSubtypeOf(Types.TYPE)) {
            return 0; // a class's __dict__ is a new mappingproxy each time: never the referent
        }
        return InstanceObject.existingDict(obj);
    }

    /** objgraph's _is_identifier: [a-zA-Z_][a-zA-Z_0-9]*$ (ASCII only). */
    static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (i > 0 && c >= '0' && c <= '9');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    // ---- DOT text

    /** objgraph's _quote. */
    static String quote(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\0", "\\\\0");
    }

    /** objgraph's _gradient, with the same floating-point steps. */
    static double[] gradient(double h1, double s1, double v1, double h2, double s2, double v2, int depth, int maxDepth) {
        if (maxDepth == 0) {
            return new double[] {h1, s1, v1};
        }
        double f = (double) depth / maxDepth;
        return new double[] {h1 * (1 - f) + h2 * f, s1 * (1 - f) + s2 * f, v1 * (1 - f) + v2 * f};
    }

    /** Python's '%g': six significant digits, trailing zeros dropped. */
    static String g(double x) {
        if (x == 0) {
            return (1 / x < 0) ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(x).round(new MathContext(6));
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < -4 || exponent >= 6) {
            String m = d.unscaledValue().abs().toString();
            String digits = m.replaceAll("0+$", "");
            String mantissa = digits.length() > 1 ? digits.charAt(0) + "." + digits.substring(1) : digits;
            return (x < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        }
        String plain = d.stripTrailingZeros().toPlainString();
        return plain;
    }

    static boolean truthy(long result) {
        try {
            return Ops.isTrue(result);
        } finally {
            Heap.decref(result);
        }
    }
}
