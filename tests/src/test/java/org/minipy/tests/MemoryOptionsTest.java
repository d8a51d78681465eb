package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory side of the command line: -X mallocstats[=json], -X max-heap, -X dev, sys._debugmallocstats(). */
class MemoryOptionsTest {
    @TempDir
    Path dir;

    private DifferentialTest.Result run(String source, String... args) throws Exception {
        Files.writeString(dir.resolve("prog.py"), source, StandardCharsets.UTF_8);
        return DifferentialTest.runMinipy(dir, args);
    }

    @Test
    void mallocstatsPrintsCPythonsTableAtExit() throws Exception {
        DifferentialTest.Result r = run("x = [1, 2, 3]\nprint(len(x))\n", "run", "-X", "mallocstats", "prog.py");
        assertEquals(0, r.status());
        assertEquals("3\n", r.stdout(), r.stderr());
        assertTrue(r.stderr().startsWith("Small block threshold = 512, in 32 size classes.\n\n"
                + "class   size   num pools   blocks in use  avail blocks\n"), r.stderr());
        assertTrue(r.stderr().contains("# arenas allocated current         ="), r.stderr());
        assertTrue(r.stderr().contains(" free PyDictObjects * 48 bytes each ="), r.stderr());
        assertTrue(r.stderr().endsWith(" free 20-sized PyTupleObjects * 184 bytes each =                    0\n"),
                r.stderr());
    }

    @Test
    void mallocstatsAsJson() throws Exception {
        DifferentialTest.Result r = run("print(1)\n", "run", "-X", "mallocstats=json", "prog.py");
        assertEquals(0, r.status());
        assertTrue(r.stderr().startsWith("{\n  \"small_block_threshold\": 512,"), r.stderr());
        assertTrue(r.stderr().contains("\"free_lists\": {\"dict\": "), r.stderr());
    }

    @Test
    void debugmallocstatsWritesToStderr() throws Exception {
        DifferentialTest.Result r = run("import sys\nsys._debugmallocstats()\nprint(sys.getallocatedblocks() > 0)\n",
                "run", "prog.py");
        assertEquals("True\n", r.stdout());
        assertTrue(r.stderr().startsWith("Small block threshold = 512, in 32 size classes."), r.stderr());
    }

    @Test
    void maxHeapRaisesMemoryError() throws Exception {
        DifferentialTest.Result r = run("big = []\nwhile True:\n    big.append([0] * 100)\n", "run", "-X",
                "max-heap=16m", "prog.py");
        assertEquals(1, r.status(), r.stderr());
        String[] lines = r.stderr().strip().split("\n");
        assertEquals("MemoryError", lines[lines.length - 1]);
    }

    @Test
    void badMaxHeapIsAUsageError() throws Exception {
        DifferentialTest.Result r = run("print(1)\n", "run", "-X", "max-heap=lots", "prog.py");
        assertEquals(2, r.status());
        assertTrue(r.stderr().contains("-X max-heap: bad size 'lots'"), r.stderr());
    }

    @Test
    void jitOptionTakesACountOrOff() throws Exception {
        String loop = "t = 0\nfor i in range(1000):\n    t += i\nprint(t)\n";
        for (String value : new String[] {"jit=0", "jit=5", "jit=off"}) {
            DifferentialTest.Result r = run(loop, "run", "-X", value, "prog.py");
            assertEquals("499500\n", r.stdout(), value + ": " + r.stderr());
        }
        DifferentialTest.Result bad = run("print(1)\n", "run", "-X", "jit=fast", "prog.py");
        assertEquals(2, bad.status());
        assertTrue(bad.stderr().contains("-X jit takes a count of calls (0 or more) or off"), bad.stderr());
    }

    @Test
    void devReportsNothingForCyclesTheCollectorFreesAtExit() throws Exception {
        // a garbage cycle left at exit is freed by the collection of interpreter shutdown
        DifferentialTest.Result cycle = run("a = []\na.append(a)\ndel a\nimport gc\ngc.disable()\nprint('done')\n",
                "run", "-X", "dev", "prog.py");
        assertEquals("done\n", cycle.stdout(), cycle.stderr());
        assertFalse(cycle.stderr().contains("still allocated"), cycle.stderr());
        DifferentialTest.Result clean = run("a = [1, (2, 3), {'k': 4.5}]\ndel a\nprint('done')\n", "run", "-X", "dev",
                "prog.py");
        assertEquals("done\n", clean.stdout());
        assertFalse(clean.stderr().contains("still allocated"), clean.stderr());
    }
}
