package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeing memory (issue 8): the objgraph module's DOT against objgraph's own (recorded from CPython
 * 3.11 with objgraph, tests/seeing/*.cpython.dot and ref_topo.expected.dot) and against reviewed
 * minipy drawings (*.expected.dot), compared with node ids and addresses replaced by their order
 * of appearance; the PNG rendering (or the message naming graphviz when dot is missing); -X gclog
 * against gc.callbacks of the same run; -X deterministic-ids across runs; the error paths.
 */
class SeeingMemoryTest {
    private static final Path SEEING = Path.of("seeing");

    @TempDir
    Path dir;

    private Path copy(String name) throws Exception {
        Path to = dir.resolve(name);
        Files.copy(SEEING.resolve(name), to);
        return to;
    }

    private static String read(Path p) throws Exception {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** DOT text with node ids (o123...) and 0x addresses numbered by first appearance. */
    static String normalise(String dot) {
        Map<String, String> names = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\\bo(\\d+)|0x[0-9a-f]+").matcher(dot);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String key = m.group();
            String kind = key.startsWith("0x") ? "ADDR" : "n";
            m.appendReplacement(sb, names.computeIfAbsent(key, k -> kind + names.size()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static void assertNoJavaTrace(DifferentialTest.Result r) {
        assertFalse(r.stderr().contains("\tat ") || r.stderr().contains("Exception in thread"),
                "no Java stack trace:\n" + r.stderr());
    }

    @Test
    void seedExampleDrawsTheGraphObjgraphDraws() throws Exception {
        copy("ref_topo.py");
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "run", "ref_topo.py");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("Graph written to ref_topo.dot (8 nodes)\n", r.stdout());
        assertEquals(normalise(read(SEEING.resolve("ref_topo.expected.dot"))), normalise(read(dir.resolve("ref_topo.dot"))));
    }

    @Test
    void backrefsAndChainsMatchTheirExpectedDrawings() throws Exception {
        copy("backrefs.py");
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "run", "backrefs.py");
        assertEquals(0, r.status(), r.stderr());
        assertEquals("Graph written to backrefs.dot (10 nodes)\n['module', 'dict', 'Node'] True\n"
                + "Graph written to chain.dot (3 nodes)\nTrue\n", r.stdout());
        String backrefs = read(dir.resolve("backrefs.dot"));
        assertEquals(normalise(read(SEEING.resolve("backrefs.expected.dot"))), normalise(backrefs));
        assertEquals(normalise(read(SEEING.resolve("chain.expected.dot"))), normalise(read(dir.resolve("chain.dot"))));
        // objgraph on CPython draws the same edges into the leaf, with the same labels and refcount
        String cpython = read(SEEING.resolve("backrefs.cpython.dot"));
        assertEquals(edgesInto(cpython, 2), edgesInto(backrefs, 2));
        assertTrue(backrefs.contains("[label=\"Node [8]\\n<__main__.Node object at 0x"), backrefs);
    }

    /** The labels of the edges into the first node (the root of a backrefs drawing), in order. */
    private static List<String> edgesInto(String dot, int rootLine) {
        String[] lines = dot.split("\n");
        String root = lines[rootLine].trim().replaceAll("\\[.*", "");
        List<String> labels = new ArrayList<>();
        for (String line : lines) {
            if (line.contains(" -> " + root)) {
                labels.add(line.replaceAll(".* -> " + root, ""));
            }
        }
        return labels;
    }

    @Test
    void theSeedExampleRendersAPngOrNamesGraphviz() throws Exception {
        Files.writeString(dir.resolve("seed.py"), "x = [1, 2, 3]; y = [x, dict(key1=x)]; z = [y, (x, y)]; "
                + "import objgraph; objgraph.show_refs([z], filename='ref_topo.png')\n");
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "run", "seed.py");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().matches("Graph written to \\S+objgraph-\\d+\\.dot \\(8 nodes\\)\n(?s).*"), r.stdout());
        if (hasDot()) {
            assertTrue(r.stdout().endsWith("Image generated as ref_topo.png\n"), r.stdout());
            byte[] png = Files.readAllBytes(dir.resolve("ref_topo.png"));
            assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
            assertTrue(png.length > 2000, "a picture, not an empty file: " + png.length + " bytes");
        } else {
            assertTrue(r.stdout().contains("graphviz"), r.stdout());
        }
    }

    @Test
    void withoutDotTheMessageNamesTheGraphvizPackage() throws Exception {
        Files.writeString(dir.resolve("seed.py"), "import objgraph; objgraph.show_refs([[1]], filename='g.svg')\n");
        Path empty = Files.createDirectory(dir.resolve("nobin"));
        DifferentialTest.Result r = DifferentialTest.runMinipyWithEnv(dir, Map.of("PATH", empty.toString()), "run", "seed.py");
        assertEquals(0, r.status(), r.stderr());
        assertTrue(r.stdout().contains("Image renderer (dot) not found")
                && r.stdout().contains("install the graphviz package"), r.stdout());
        assertFalse(Files.exists(dir.resolve("g.svg")));
    }

    private static boolean hasDot() {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "dot"))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void gclogLinesAgreeWithGcCallbacks() throws Exception {
        copy("gclog_callbacks.py");
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "run", "-X", "gclog=gc.jsonl", "gclog_callbacks.py");
        assertEquals(0, r.status(), r.stderr());
        List<String> fromCallbacks = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            if (line.startsWith("callback ")) {
                fromCallbacks.add(line.substring("callback ".length()));
            }
        }
        List<String> lines = Files.readAllLines(dir.resolve("gc.jsonl"));
        List<String> fromLog = new ArrayList<>();
        int automatic = 0;
        for (String line : lines) {
            if (field(line, "reason").equals("\"automatic\"")) {
                automatic++;
            }
            if (!field(line, "reason").equals("\"shutdown-final\"")) { // the one collection without callbacks
                fromLog.add(field(line, "generation") + " " + field(line, "collected") + " " + field(line, "uncollectable"));
            }
        }
        assertTrue(automatic >= 10, "8000 instances in cycles make many automatic collections: " + lines);
        assertEquals(fromCallbacks, fromLog);
        assertTrue(r.stdout().contains("manual "), r.stdout());
        String last = lines.get(lines.size() - 1);
        assertEquals("\"shutdown-final\"", field(last, "reason"));
        for (String line : lines) {
            long examined = Long.parseLong(field(line, "examined"));
            long freed = Long.parseLong(field(line, "collected")) + Long.parseLong(field(line, "uncollectable"));
            long promoted = Long.parseLong(field(line, "promoted"));
            assertTrue(freed + promoted <= examined, line);
        }

        DifferentialTest.Result report = DifferentialTest.runMinipy(dir, "report", "gclog", "gc.jsonl");
        assertEquals(0, report.status(), report.stderr());
        assertTrue(report.stdout().startsWith("gc.jsonl: " + lines.size() + " collections"), report.stdout());
        assertTrue(report.stdout().contains("reasons: automatic " + automatic + " manual 1 shutdown 1 shutdown-final 1"),
                report.stdout());
        String svg = read(dir.resolve("gc.svg"));
        assertTrue(svg.startsWith("<svg") && svg.contains("generation 2"), svg);
        assertEquals(lines.size(), svg.split("<g><title>#", -1).length - 1, "one bar per collection");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\": (\"[^\"]*\"|[-0-9.]+)").matcher(json);
        assertTrue(m.find(), name + " in " + json);
        return m.group(1);
    }

    @Test
    void deterministicIdsAreTheSameOnEveryRun() throws Exception {
        copy("ids.py");
        DifferentialTest.Result first = DifferentialTest.runMinipy(dir, "run", "-X", "deterministic-ids", "ids.py");
        assertEquals(0, first.status(), first.stderr());
        String map1 = read(dir.resolve("heap.json"));
        DifferentialTest.Result second = DifferentialTest.runMinipy(dir, "run", "-X", "deterministic-ids", "ids.py");
        assertEquals(first.stdout(), second.stdout());
        assertEquals(map1, read(dir.resolve("heap.json")));
        assertTrue(first.stdout().contains("<__main__.C object at 0x7f00"), first.stdout());
        assertTrue(map1.contains("\"address\": \"0x7f0000000010\""), map1);
        assertTrue(read(dir.resolve("heap.svg")).contains("arena 0"), "the SVG map is written beside the JSON");
    }

    @Test
    void heapmapAtExitShowsReleasedArenas() throws Exception {
        Files.writeString(dir.resolve("h.py"), "big = [[i] for i in range(60000)]\ndel big\nsmall = [1]\n");
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "run", "-X", "heapmap=h.svg", "h.py");
        assertEquals(0, r.status(), r.stderr());
        String json = read(dir.resolve("h.json"));
        assertTrue(json.contains("\"live\": false"), "arenas given back are listed as released:\n" + json);
        assertTrue(json.contains("\"state\": \"used\""), json);
        assertTrue(read(dir.resolve("h.svg")).contains("released"));
    }

    @Test
    void badInputGivesCleanErrors() throws Exception {
        Files.writeString(dir.resolve("p.py"), "print(1)\n");
        for (String[] args : List.of(new String[] {"-X", "heapmap=h.txt"}, new String[] {"-X", "gclog="},
                new String[] {"-X", "deterministic-ids=yes"}, new String[] {"-X", "gclog=/nonexistent/dir/g.jsonl"})) {
            List<String> command = new ArrayList<>(List.of("run"));
            command.addAll(List.of(args));
            command.add("p.py");
            DifferentialTest.Result r = DifferentialTest.runMinipy(dir, command.toArray(String[]::new));
            assertEquals(2, r.status(), Arrays.toString(args) + ": " + r.stderr());
            assertTrue(r.stderr().startsWith("minipy: -X "), r.stderr());
            assertEquals(1, r.stderr().strip().split("\n").length, r.stderr());
        }
        Files.writeString(dir.resolve("bad.jsonl"), "{\"seq\": 1, \"t_ms\": 0.5, \"generation\": 7}\n");
        DifferentialTest.Result bad = DifferentialTest.runMinipy(dir, "report", "gclog", "bad.jsonl");
        assertEquals(1, bad.status());
        assertEquals("minipy: bad gclog file bad.jsonl: line 1: \"generation\" is not 0, 1 or 2", bad.stderr().strip());
        Files.write(dir.resolve("bin.jsonl"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        DifferentialTest.Result binary = DifferentialTest.runMinipy(dir, "report", "gclog", "bin.jsonl");
        assertEquals(1, binary.status());
        assertTrue(binary.stderr().startsWith("minipy: bad gclog file bin.jsonl: "), binary.stderr());
        assertNoJavaTrace(binary);

        Files.writeString(dir.resolve("w.py"), String.join("\n",
                "import objgraph, sys",
                "for name in ['/nonexistent/dir/g.dot', '.']:",
                "    try:",
                "        objgraph.show_refs([[1]], filename=name + ('' if name.endswith('.dot') else '/x.dot'))",
                "    except OSError as e:",
                "        print(type(e).__name__, e)",
                "try:",
                "    sys._heapmap('/nonexistent/dir/h.svg')",
                "except OSError as e:",
                "    print(type(e).__name__, e)",
                "try:",
                "    sys._heapmap('h.png')",
                "except ValueError as e:",
                "    print(type(e).__name__, e)",
                ""));
        DifferentialTest.Result w = DifferentialTest.runMinipy(dir, "run", "w.py");
        assertEquals(0, w.status(), w.stderr());
        assertEquals("FileNotFoundError [Errno 2] No such file or directory: '/nonexistent/dir/g.dot'\n"
                + "Graph written to ./x.dot (2 nodes)\n"
                + "FileNotFoundError [Errno 2] No such file or directory: '/nonexistent/dir/h.svg'\n"
                + "ValueError heap map file name must end in .svg or .json: 'h.png'\n", w.stdout());
        assertNoJavaTrace(w);
    }
}
