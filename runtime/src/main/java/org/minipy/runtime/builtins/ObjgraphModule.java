package org.minipy.runtime.builtins;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongPredicate;

import org.minipy.runtime.mem.AddressMap;
import org.minipy.runtime.object.BoolObject;
import org.minipy.runtime.object.Calls;
import org.minipy.runtime.object.DictObject;
import org.minipy.runtime.object.Errors;
import org.minipy.runtime.object.GC;
import org.minipy.runtime.object.Heap;
import org.minipy.runtime.object.IntObject;
import org.minipy.runtime.object.ListObject;
import org.minipy.runtime.object.ModuleObject;
import org.minipy.runtime.object.Ops;
import org.minipy.runtime.object.StrObject;
import org.minipy.runtime.object.TupleObject;
import org.minipy.runtime.object.Types;
import org.minipy.runtime.seeing.Graphviz;

/**
 * The objgraph module, with objgraph 3.x's API and output: type statistics over the objects the
 * collector tracks (count, typestats, most_common_types, show_most_common_types, by_type, growth,
 * show_growth, get_leaking_objects, at), reference chains (find_ref_chain, find_backref_chain) and
 * reference graphs (show_refs, show_backrefs, show_chain) written as DOT by minipy and rendered to
 * PNG or SVG by graphviz's {@code dot} when it is installed. The walks are in {@link ObjectGraph}.
 *
 * <p>Differences from objgraph, all deliberate: without a filename the graph is rendered to a PNG
 * next to the temporary .dot instead of spawning the xdot viewer; growth and show_growth take
 * {@code collect=False} to look without forcing a collection first. refcounts=True prints what
 * objgraph prints on CPython 3.11, the reference count less one (objgraph subtracts four for its
 * own references, of which 3.11 makes three); the walk's own holds are not counted.
 */
final class ObjgraphModule {
    private ObjgraphModule() {}

    /** growth()'s default peak_stats: one dict for the process, as objgraph's mutable default. */
    private static long peakStats;

    private static final String[] GRAPH_PARAMS = {"objs", "max_depth", "extra_ignore", "filter", "too_many", "highlight",
        "filename", "extra_info", "refcounts", "shortnames", "output", "extra_node_attrs"};

    static long create() {
        long m = ModuleObject.create("objgraph");
        ModuleObject.setAttr(m, "__version__", str("3.6.2"));
        fn(m, "count", new String[] {"typename", "objects"}, 1, v -> {
            String typename = text(v[0], "typename");
            long n = 0;
            try (Held objs = objects(v[1])) {
                for (long o : objs.list) {
                    n += typename(o, typename).equals(typename) ? 1 : 0;
                }
            }
            return IntObject.fromLong(n);
        });
        fn(m, "by_type", new String[] {"typename", "objects"}, 1, v -> {
            String typename = text(v[0], "typename");
            long result = ListObject.allocate(0);
            try (Held objs = objects(v[1])) {
                for (long o : objs.list) {
                    if (typename(o, typename).equals(typename)) {
                        ListObject.append(result, o);
                    }
                }
            }
            return result;
        });
        fn(m, "typestats", new String[] {"objects", "shortnames", "filter"}, 0,
                v -> statsDict(typestats(v[0], flag(v[1], true), predicate(v[2]))));
        fn(m, "most_common_types", new String[] {"limit", "objects", "shortnames", "filter"}, 0, v -> {
            List<Map.Entry<String, Long>> stats = mostCommon(v);
            long result = ListObject.allocate(0);
            for (Map.Entry<String, Long> e : stats) {
                long t = tuple(str(e.getKey()), IntObject.fromLong(e.getValue()));
                ListObject.append(result, t);
                Heap.decref(t);
            }
            return result;
        });
        fn(m, "show_most_common_types", new String[] {"limit", "objects", "shortnames", "file", "filter"}, 0, v -> {
            List<Map.Entry<String, Long>> stats = mostCommon(new long[] {v[0], v[1], v[2], v[4]});
            if (stats.isEmpty()) {
                throw Errors.valueError("max() arg is an empty sequence");
            }
            int width = stats.stream().mapToInt(e -> length(e.getKey())).max().getAsInt();
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, Long> e : stats) {
                sb.append(pad(e.getKey(), width)).append(' ').append(e.getValue()).append('\n');
            }
            IoBuiltins.writeText(v[3], sb.toString());
            return BoolObject.none();
        });
        fn(m, "growth", new String[] {"limit", "peak_stats", "shortnames", "filter", "collect"}, 0, v -> {
            List<long[]> rows = new ArrayList<>();
            List<String> names = growth(v[0], v[1], v[2], v[3], v[4], rows);
            long result = ListObject.allocate(0);
            for (int i = 0; i < names.size(); i++) {
                long t = TupleObject.allocate(3);
                TupleObject.set(t, 0, str(names.get(i)));
                TupleObject.set(t, 1, IntObject.fromLong(rows.get(i)[0]));
                TupleObject.set(t, 2, IntObject.fromLong(rows.get(i)[1]));
                ListObject.append(result, t);
                Heap.decref(t);
            }
            return result;
        });
        fn(m, "show_growth", new String[] {"limit", "peak_stats", "shortnames", "file", "filter", "collect"}, 0, v -> {
            List<long[]> rows = new ArrayList<>();
            List<String> names = growth(v[0], v[1], v[2], v[4], v[5], rows);
            if (!names.isEmpty()) {
                int width = names.stream().mapToInt(ObjgraphModule::length).max().getAsInt();
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < names.size(); i++) {
                    sb.append(pad(names.get(i), width)).append(String.format("%9d %+9d", rows.get(i)[0], rows.get(i)[1]))
                            .append('\n');
                }
                IoBuiltins.writeText(v[3], sb.toString());
            }
            return BoolObject.none();
        });
        fn(m, "get_leaking_objects", new String[] {"objects"}, 0, v -> {
            if (v[0] == 0 || v[0] == BoolObject.NONE) {
                GC.collect(GC.NUM_GENERATIONS - 1);
            }
            long result = ListObject.allocate(0);
            try (Held objs = objects(v[0])) {
                Set<Long> ids = new HashSet<>(objs.list);
                for (long o : objs.list) {
                    for (long r : ObjectGraph.referents(o)) {
                        ids.remove(r);
                    }
                }
                for (long o : objs.list) {
                    if (ids.contains(o)) {
                        ListObject.append(result, o);
                    }
                }
            }
            return result;
        });
        fn(m, "at", new String[] {"addr"}, 1, v -> {
            long addr = IntObject.asLong(v[0]);
            for (long o : GC.objects(-1)) {
                if (AddressMap.toId(o) == addr) {
                    return Heap.newRef(o);
                }
            }
            return BoolObject.none();
        });
        fn(m, "is_proper_module", new String[] {"obj"}, 1, v -> BoolObject.fromBoolean(ObjectGraph.isProperModule(v[0])));
        fn(m, "find_ref_chain", new String[] {"obj", "predicate", "max_depth", "extra_ignore"}, 2,
                v -> ObjectGraph.findChain(v[0], predicate(v[1]), true, intArg(v[2], 20), ignoreSet(v[3])));
        fn(m, "find_backref_chain", new String[] {"obj", "predicate", "max_depth", "extra_ignore"}, 2,
                v -> ObjectGraph.findChain(v[0], predicate(v[1]), false, intArg(v[2], 20), ignoreSet(v[3])));
        fn(m, "show_refs", GRAPH_PARAMS, 1, v -> showGraph(v, false, null, -1));
        fn(m, "show_backrefs", GRAPH_PARAMS, 1, v -> showGraph(v, true, null, -1));
        FunctionBuiltins.keywordFunction(m, "show_chain", ObjgraphModule::showChain);
        return m;
    }

    // ---- argument binding as a Python function does it

    private interface Body {
        long call(long[] values);
    }

    private static void fn(long m, String name, String[] params, int required, Body body) {
        FunctionBuiltins.keywordFunction(m, name, (self, a, o, n, kw) -> body.call(bind(name, params, required, a, o, n, kw)));
    }

    /** Binds positional and keyword arguments to params (borrowed; 0 for not given), with CPython's messages. */
    static long[] bind(String name, String[] params, int required, long[] a, int o, int n, long kwnames) {
        int nkw = Kw.count(kwnames);
        int npos = n - nkw;
        if (npos > params.length) {
            throw Errors.typeError(name + "() takes " + (required == params.length ? "" : "from " + required + " to ")
                    + params.length + " positional argument" + (params.length == 1 ? "" : "s") + " but " + npos
                    + (npos == 1 ? " was" : " were") + " given");
        }
        long[] v = new long[params.length];
        System.arraycopy(a, o, v, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String key = Kw.name(kwnames, k);
            int i = List.of(params).indexOf(key);
            if (i < 0) {
                throw Errors.typeError(name + "() got an unexpected keyword argument '" + key + "'");
            }
            if (v[i] != 0) {
                throw Errors.typeError(name + "() got multiple values for argument '" + key + "'");
            }
            v[i] = a[o + npos + k];
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < required; i++) {
            if (v[i] == 0) {
                missing.add("'" + params[i] + "'");
            }
        }
        if (!missing.isEmpty()) {
            String list = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
            throw Errors.typeError(name + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + list);
        }
        return v;
    }

    private static boolean given(long v) {
        return v != 0 && v != BoolObject.NONE;
    }

    private static boolean flag(long v, boolean dflt) {
        return v == 0 ? dflt : Ops.isTrue(v);
    }

    private static int intArg(long v, int dflt) {
        if (v == 0) {
            return dflt;
        }
        if (!IntObject.check(v) && !Types.of(v).isSubtypeOf(Types.INT)) {
            throw Errors.typeError("'" + Types.of(v).name + "' object cannot be interpreted as an integer");
        }
        long x = IntObject.asLong(v);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, x));
    }

    private static String text(long v, String what) {
        if (!StrObject.check(v) && !Types.of(v).isSubtypeOf(Types.STR)) {
            throw Errors.typeError(what + " must be str, not " + Types.of(v).name);
        }
        return StrObject.toJava(v);
    }

    /** A Python predicate (0 / None: none). */
    private static LongPredicate predicate(long callable) {
        if (!given(callable)) {
            return null;
        }
        return x -> ObjectGraph.truthy(Calls.call1(callable, x));
    }

    /** extra_ignore: an iterable of ids, plus the id of the iterable itself (as objgraph adds it). */
    private static Set<Long> ignoreSet(long iterable) {
        Set<Long> ids = new HashSet<>();
        if (iterable == 0) {
            return ids;
        }
        ids.add(AddressMap.toId(iterable));
        for (long item : items(iterable)) {
            try {
                if (IntObject.check(item) || Types.of(item).isSubtypeOf(Types.INT)) {
                    ids.add(IntObject.asLong(item));
                }
            } finally {
                Heap.decref(item);
            }
        }
        return ids;
    }

    /** The items of an iterable as new references. */
    private static List<Long> items(long iterable) {
        List<Long> r = new ArrayList<>();
        long it = Ops.iter(iterable);
        try {
            for (long x = Ops.next(it); x != 0; x = Ops.next(it)) {
                r.add(x);
            }
        } catch (RuntimeException e) {
            r.forEach(Heap::decref);
            throw e;
        } finally {
            Heap.decref(it);
        }
        return r;
    }

    /** Objects held (one reference each) while a statistic looks at them, so a filter cannot free them. */
    private static final class Held implements AutoCloseable {
        final List<Long> list;

        Held(List<Long> list) {
            this.list = list;
        }

        @Override
        public void close() {
            list.forEach(Heap::decref);
        }
    }

    /** The objects to look at: the given iterable's items, or gc.get_objects()'s. */
    private static Held objects(long objects) {
        if (given(objects)) {
            return new Held(items(objects));
        }
        List<Long> r = new ArrayList<>(GC.objects(-1));
        r.forEach(Heap::incref);
        return new Held(r);
    }

    private static String typename(long obj, String wanted) {
        return wanted.indexOf('.') >= 0 ? ObjectGraph.longTypename(obj) : ObjectGraph.shortTypename(obj);
    }

    // ---- statistics

    /** objgraph.typestats: type name -> count, in the order the names first appear. */
    private static Map<String, Long> typestats(long objects, boolean shortnames, LongPredicate filter) {
        Map<String, Long> stats = new LinkedHashMap<>();
        try (Held objs = objects(objects)) {
            for (long o : objs.list) {
                if (filter != null && !filter.test(o)) {
                    continue;
                }
                String n = shortnames ? ObjectGraph.shortTypename(o) : ObjectGraph.longTypename(o);
                stats.merge(n, 1L, Long::sum);
            }
        }
        return stats;
    }

    private static long statsDict(Map<String, Long> stats) {
        long d = DictObject.create();
        for (Map.Entry<String, Long> e : stats.entrySet()) {
            long k = str(e.getKey());
            long v = IntObject.fromLong(e.getValue());
            DictObject.set(d, k, v);
            Heap.decref(k);
            Heap.decref(v);
        }
        return d;
    }

    /** most_common_types(limit, objects, shortnames, filter): sorted by count, ties in first-seen order. */
    private static List<Map.Entry<String, Long>> mostCommon(long[] v) {
        Map<String, Long> stats = typestats(v[1], flag(v[2], true), predicate(v[3]));
        List<Map.Entry<String, Long>> list = new ArrayList<>(stats.entrySet());
        list.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
        return limit(list, v[0] == 0 ? 10 : given(v[0]) ? intArg(v[0], 10) : 0);
    }

    /** Python's {@code if limit: xs = xs[:limit]}. */
    private static <T> List<T> limit(List<T> xs, int limit) {
        if (limit == 0) {
            return xs;
        }
        int end = limit > 0 ? Math.min(limit, xs.size()) : Math.max(0, xs.size() + limit);
        return xs.subList(0, end);
    }

    /**
     * objgraph.growth: counts now against the peaks in peak_stats (updated), largest increase
     * first; rows get {count, delta}. collect=False skips the gc.collect() objgraph does first.
     */
    private static List<String> growth(long limitArg, long peakArg, long shortnamesArg, long filterArg, long collectArg,
            List<long[]> rows) {
        long peak = peakArg;
        if (!given(peakArg)) {
            if (peakStats == 0) {
                peakStats = DictObject.create();
            }
            peak = peakStats;
        } else if (!Types.of(peakArg).isSubtypeOf(Types.DICT)) {
            throw Errors.typeError("peak_stats must be a dict, not " + Types.of(peakArg).name);
        }
        if (flag(collectArg, true)) {
            GC.collect(GC.NUM_GENERATIONS - 1);
        }
        Map<String, Long> stats = typestats(0, flag(shortnamesArg, true), predicate(filterArg));
        List<Map.Entry<String, Long>> deltas = new ArrayList<>();
        for (Map.Entry<String, Long> e : stats.entrySet()) {
            long k = str(e.getKey());
            try {
                long old = DictObject.get(peak, k);
                long oldCount = old == 0 ? 0 : IntObject.asLong(old);
                if (e.getValue() > oldCount) {
                    deltas.add(Map.entry(e.getKey(), e.getValue() - oldCount));
                    long v = IntObject.fromLong(e.getValue());
                    DictObject.set(peak, k, v);
                    Heap.decref(v);
                }
            } finally {
                Heap.decref(k);
            }
        }
        deltas.sort((x, y) -> Long.compare(y.getValue(), x.getValue()));
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, Long> e : limit(deltas, limitArg == 0 ? 10 : given(limitArg) ? intArg(limitArg, 10) : 0)) {
            names.add(e.getKey());
            rows.add(new long[] {stats.get(e.getKey()), e.getValue()});
        }
        return names;
    }

    // ---- graphs

    /**
     * show_refs / show_backrefs with bound arguments v (GRAPH_PARAMS order). chainFilter and
     * chainDepth come from show_chain (null / -1 otherwise).
     */
    private static long showGraph(long[] v, boolean backrefs, LongPredicate chainFilter, int chainDepth) {
        long objs = v[0];
        long[] roots;
        ObjectGraph.Options opt = new ObjectGraph.Options();
        if (Types.of(objs).isSubtypeOf(Types.LIST) || Types.of(objs).isSubtypeOf(Types.TUPLE)) {
            List<Long> items = items(objs);
            items.forEach(Heap::decref); // objs itself keeps them
            roots = items.stream().mapToLong(Long::longValue).toArray();
            opt.ignore.add(AddressMap.toId(objs));
        } else {
            roots = new long[] {objs};
        }
        opt.maxDepth = chainDepth >= 0 ? chainDepth : intArg(v[1], 3);
        opt.ignore.addAll(ignoreSet(v[2]));
        opt.filter = chainFilter != null ? chainFilter : predicate(v[3]);
        opt.tooMany = intArg(v[4], 10);
        opt.highlight = given(v[5]) ? v[5] : 0;
        opt.extraInfo = given(v[7]) ? v[7] : 0;
        opt.refcounts = flag(v[8], false);
        opt.shortnames = flag(v[9], true);
        opt.extraNodeAttrs = given(v[11]) ? v[11] : 0;
        long filename = given(v[6]) ? v[6] : 0;
        long output = given(v[10]) ? v[10] : 0;
        String name = filename != 0 ? text(filename, "filename") : null;
        if (name != null && name.isEmpty()) {
            name = null;
        }
        if (name != null && output != 0) {
            throw Errors.valueError("Cannot specify both output and filename.");
        }
        if (name != null && name.endsWith(".dot")) {
            writeFile(name, ""); // objgraph opens the file before it walks: an unwritable name fails first
        }
        // draw holds each root from its start; objs (or the object itself, an argument) keeps them until then
        ObjectGraph.Drawing drawing = ObjectGraph.draw(roots, backrefs, opt);
        if (output != 0) {
            IoBuiltins.writeText(output, drawing.dot());
            return BoolObject.none();
        }
        String dotFile;
        if (name != null && name.endsWith(".dot")) {
            writeFile(name, drawing.dot());
            dotFile = name;
        } else {
            try {
                Path tmp = Files.createTempFile("objgraph-", ".dot");
                Files.writeString(tmp, drawing.dot(), StandardCharsets.UTF_8);
                dotFile = tmp.toString();
            } catch (IOException e) {
                throw Errors.raise(Types.OS_ERROR, "cannot write a temporary .dot file: " + e.getMessage());
            }
        }
        IoBuiltins.writeText(0, "Graph written to " + dotFile + " (" + drawing.nodes() + " nodes)\n");
        present(dotFile, name);
        return BoolObject.none();
    }

    /** objgraph's _present_graph, without spawning a viewer: an image is rendered instead. */
    private static void present(String dotFile, String filename) {
        if (dotFile.equals(filename)) {
            return;
        }
        String target = filename;
        Path dot = Graphviz.findDot();
        if (dot == null) {
            IoBuiltins.writeText(0, "Image renderer (dot) not found, not doing anything else: "
                    + Graphviz.INSTALL_HINT + " to render " + (target != null ? target : "the graph")
                    + "; the DOT text is in " + dotFile + "\n");
            return;
        }
        if (target == null) {
            IoBuiltins.writeText(0, "minipy does not spawn a graph viewer (xdot), generating a png instead\n");
            target = dotFile.substring(0, dotFile.length() - 4) + ".png";
        }
        Stdio.flush();
        Graphviz.Result r = Graphviz.render(dot, dotFile, target);
        if (!r.stderr().isEmpty()) {
            Stdio.err().print(r.stderr());
        }
        if (r.status() != 0) {
            IoBuiltins.writeText(0, "dot failed (exit code " + r.status() + ") while executing \"" + r.command() + "\"\n");
        } else {
            IoBuiltins.writeText(0, "Image generated as " + target + "\n");
        }
    }

    /** Writes a file as open(name, 'w') would, with its OSError on failure. */
    private static void writeFile(String name, String text) {
        try {
            if (Files.isDirectory(Path.of(name))) {
                throw FileObject.oserror(Types.IS_A_DIRECTORY_ERROR, 21, "Is a directory", name);
            }
            Files.writeString(Path.of(name), text, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw FileObject.oserror(Types.FILE_NOT_FOUND_ERROR, 2, "No such file or directory", name);
        } catch (AccessDeniedException e) {
            throw FileObject.oserror(Types.PERMISSION_ERROR, 13, "Permission denied", name);
        } catch (IOException | IllegalArgumentException e) {
            throw FileObject.oserror(Types.OS_ERROR, 5, "Input/output error", name);
        }
    }

    /**
     * show_chain(*chains, backrefs=True, **kw): the graph of the objects on the chains only, from
     * each chain's last object backwards (or first object forwards with backrefs=False).
     */
    private static long showChain(long self, long[] a, int o, int n, long kwnames) {
        int nkw = Kw.count(kwnames);
        int npos = n - nkw;
        boolean backrefs = true;
        long[] kw = new long[GRAPH_PARAMS.length];
        for (int k = 0; k < nkw; k++) {
            String key = Kw.name(kwnames, k);
            long value = a[o + npos + k];
            if (key.equals("backrefs")) {
                backrefs = Ops.isTrue(value);
                continue;
            }
            int i = List.of(GRAPH_PARAMS).indexOf(key);
            String fn = backrefs ? "show_backrefs" : "show_refs";
            if (i <= 0) {
                throw Errors.typeError(fn + "() got an unexpected keyword argument '" + key + "'");
            }
            if (key.equals("max_depth") || key.equals("filter")) {
                throw Errors.typeError(fn + "() got multiple values for keyword argument '" + key + "'");
            }
            kw[i] = value;
        }
        List<long[]> chains = new ArrayList<>();
        Set<Long> members = new HashSet<>();
        for (int i = 0; i < npos; i++) {
            List<Long> chain = items(a[o + i]);
            chain.forEach(Heap::decref); // the chain list keeps them
            if (!chain.isEmpty()) {
                chains.add(chain.stream().mapToLong(Long::longValue).toArray());
                members.addAll(chain);
            }
        }
        if (chains.isEmpty()) {
            throw Errors.valueError("max() arg is an empty sequence");
        }
        int maxDepth = chains.stream().mapToInt(c -> c.length).max().getAsInt() - 1;
        long roots = ListObject.allocate(0);
        for (long[] c : chains) {
            ListObject.append(roots, backrefs ? c[c.length - 1] : c[0]);
        }
        kw[0] = roots;
        try {
            return showGraph(kw, backrefs, members::contains, maxDepth);
        } finally {
            Heap.decref(roots);
        }
    }

    // ---- small helpers

    private static long str(String s) {
        return StrObject.fromJava(s);
    }

    private static long tuple(long a, long b) {
        long t = TupleObject.allocate(2);
        TupleObject.set(t, 0, a);
        TupleObject.set(t, 1, b);
        return t;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** '%-*s': s left-justified in width characters. */
    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - length(s)));
    }
}
