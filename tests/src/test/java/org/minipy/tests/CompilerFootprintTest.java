package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What compiling a unit does to the collector's count and the free lists (vm's CompilerFootprint)
 * against what CPython 3.11's compiler does, measured with python3.11 for each source:
 *
 * <pre>
 * compile("x=1", "w", "exec")          # the AST types exist
 * gc.collect()                         # count 0, every free list empty
 * c0 = gc.get_count()
 * code = compile(source, name, "exec")
 * c1 = gc.get_count()
 * sys._debugmallocstats()              # (stderr sent to a file opened beforehand)
 * </pre>
 *
 * The recorded line is c1[0] - c0[0] and the non-empty free lists. Besides the compiler's work it
 * holds the harness's own: the parser arena's list (counted, then freed to the list free list by
 * compile()), the tuple c0 (counted), and c1 taking a 3-tuple from its free list when there is
 * one. minipy replays the compilation from the same empty state (-Dminipy.startup all zeros) and
 * reports it with -Dminipy.footprint.trace.
 */
class CompilerFootprintTest {
    @TempDir
    Path dir;

    /** Source, then python3.11's line. */
    private static final String[][] CASES = {
        {"", "23 Dict=8 List=6 1t=1 2t=6"},
        {"x = 1\n", "25 Dict=8 List=6 1t=1 2t=7"},
        {"x = (1, 2)\n", "30 Dict=8 List=6 1t=1 2t=11"},
        {"x = 1.5\n", "27 Dict=8 List=6 1t=1 2t=9"},
        {"x = True\n", "27 Dict=8 List=6 1t=1 2t=9"},
        {"def f(): pass\n", "39 Dict=14 List=8 1t=2 2t=11"},
        {"def f(): pass\ndef g(): pass\n", "44 Dict=15 List=10 1t=3 2t=11"},
        {"def f(a):\n  return a\n", "42 Dict=14 List=8 1t=3 2t=12"},
        {"class C: pass\n", "42 Dict=14 List=8 1t=1 2t=12 3t=1"},
        {"class C:\n    x = 1\n", "42 Dict=14 List=8 1t=1 2t=11 3t=1 4t=1"},
        {"class B:\n    def __init__(self, v):\n        self.v = v\n", "61 Dict=20 List=10 1t=3 2t=17 3t=1 4t=1"},
        {"import gc\nfrom sys import argv, path\n", "30 Dict=8 List=6 2t=10 4t=1"},
        {"def g(a, b=1, c=\"x\"):\n    return a\n", "47 Dict=14 List=8 1t=2 2t=15 5t=1"},
        {"def outer():\n    y = 1\n    def inner(a, b=2):\n        return y\n    return inner\n",
            "63 Dict=20 List=10 1t=4 2t=19 5t=1"},
        {"x = {(\"a\", 1), (\"b\", 2), (\"c\", 3)}\n", "50 Dict=8 List=6 1t=1 2t=27"},
        {"x = {1.5, 2.5, 3.5}\n", "38 Dict=8 List=6 1t=1 2t=18"},
        {"import gc\nprint(gc.get_count())\n\nclass Node:\n    def __init__(self, value):\n        self.value = value\n"
            + "        self.me = self\n        self.other = None\n\ndef churn(n):\n    total = 0\n"
            + "    for i in range(n):\n        a = Node(i)\n        b = Node(i + 1)\n        a.other = b\n"
            + "        b.other = a\n        a.box = {\"k\": a, \"pair\": [a, b]}\n"
            + "        total += a.other.value + b.other.value + len(a.box[\"pair\"])\n    return total\n\n",
            "80 Dict=21 List=12 1t=1 2t=26 3t=1 4t=1 5t=4 6t=1"},
    };

    private static final String EMPTY_STATE = "0,0,0,0,0,0" + ",0".repeat(20);

    @Test
    void compilingLeavesWhatCPythonsCompilerLeaves() throws Exception {
        List<String> failures = new ArrayList<>();
        for (String[] c : CASES) {
            Files.writeString(dir.resolve("prog.py"), c[0], StandardCharsets.UTF_8);
            String trace = traceAfter(run());
            String got = asCPythonHarnessSees(trace);
            if (!got.equals(c[1])) {
                failures.add(c[0].replace("\n", "\\n") + ": python3.11 " + c[1] + ", minipy " + got + " (" + trace + ")");
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The replay's state as the harness would print it (see the class comment). */
    private static String asCPythonHarnessSees(String trace) {
        Matcher m = Pattern.compile("\\((\\d+), \\d+, \\d+\\) (.*)").matcher(trace);
        if (!m.matches()) {
            return "no trace: " + trace;
        }
        Map<String, Integer> levels = new TreeMap<>();
        for (String kv : m.group(2).trim().split(" ")) {
            String[] p = kv.split("=");
            levels.put(p[0], Integer.parseInt(p[1]));
        }
        levels.merge("List", 1, Integer::sum);
        if (levels.getOrDefault("3t", 0) > 0) {
            levels.merge("3t", -1, Integer::sum);
        }
        StringBuilder b = new StringBuilder().append(Long.parseLong(m.group(1)) + 2);
        for (String k : new String[] {"Dict", "List"}) {
            if (levels.getOrDefault(k, 0) != 0) {
                b.append(' ').append(k).append('=').append(levels.get(k));
            }
        }
        for (int n = 1; n <= 20; n++) {
            int v = levels.getOrDefault(n + "t", 0);
            if (v != 0) {
                b.append(' ').append(n).append("t=").append(v);
            }
        }
        return b.toString();
    }

    private static String traceAfter(String stderr) {
        for (String line : stderr.split("\n")) {
            if (line.startsWith("footprint after:")) {
                return line.substring("footprint after:".length()).trim();
            }
        }
        return stderr;
    }

    private String run() throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Dminipy.startup=" + EMPTY_STATE);
        command.add("-Dminipy.footprint.trace=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("org.minipy.vm.cli.Main");
        command.add("run");
        command.add("prog.py");
        Path err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("timed out");
        }
        return Files.readString(err, StandardCharsets.UTF_8);
    }
}
