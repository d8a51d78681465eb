package org.minipy.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minipy command's subcommands, end to end, in fresh VM processes. */
class CommandTest {
    private static final String PROGRAM = String.join("\n",
            "import sys",
            "big = 100000",
            "def get():",
            "    return 100000",
            "word = 'py' + 'thon'",
            "print(get() is big, word is 'python', len(sys.argv), sys.argv[1])",
            "for i in range(2):",
            "    print(i * big)",
            "");

    @TempDir
    Path dir;

    @Test
    void compiledFileRunsLikeTheSource() throws Exception {
        Files.writeString(dir.resolve("x.py"), PROGRAM);
        DifferentialTest.Result fromSource = DifferentialTest.runMinipy(dir, "run", "x.py", "a", "b");
        DifferentialTest.Result compile = DifferentialTest.runMinipy(dir, "compile", "x.py", "-o", "x.mpyc");
        assertEquals(0, compile.status(), compile.stderr());
        DifferentialTest.Result fromBytecode = DifferentialTest.runMinipy(dir, "run", "x.mpyc", "a", "b");
        assertEquals("True True 3 a\n0\n100000\n", fromSource.stdout(), fromSource.stderr());
        assertEquals(fromSource.stdout(), fromBytecode.stdout(), fromBytecode.stderr());
        assertEquals(0, fromBytecode.status());
    }

    @Test
    void tracebackMarkersSurviveTheBytecodeFile() throws Exception {
        Files.writeString(dir.resolve("z.py"), "def f(a, b):\n    return a / b\nprint(f(1, 0) + 1)\n");
        String expected = "Traceback (most recent call last):\n"
                + "  File \"z.py\", line 3, in <module>\n"
                + "    print(f(1, 0) + 1)\n"
                + "          ^^^^^^^\n"
                + "  File \"z.py\", line 2, in f\n"
                + "    return a / b\n"
                + "           ~~^~~\n"
                + "ZeroDivisionError: division by zero\n";
        assertEquals(expected, DifferentialTest.runMinipy(dir, "run", "z.py").stderr());
        assertEquals(0, DifferentialTest.runMinipy(dir, "compile", "z.py").status());
        assertEquals(expected, DifferentialTest.runMinipy(dir, "run", "z.mpyc").stderr());
        String dis = DifferentialTest.runMinipy(dir, "dis", "-P", "z.mpyc").stdout();
        assertTrue(dis.matches("(?s).*\\n2:11-2:16 +\\d+ BINARY_OP .*"), dis);
    }

    @Test
    void compileWritesNextToTheSourceByDefault() throws Exception {
        Files.writeString(dir.resolve("y.py"), PROGRAM);
        assertEquals(0, DifferentialTest.runMinipy(dir, "compile", "y.py").status());
        assertTrue(Files.exists(dir.resolve("y.mpyc")));
    }

    @Test
    void disListsEveryCodeObjectWithLinesOpcodesAndConstants() throws Exception {
        Files.writeString(dir.resolve("x.py"), PROGRAM);
        DifferentialTest.Result dis = DifferentialTest.runMinipy(dir, "dis", "x.py");
        assertEquals(0, dis.status(), dis.stderr());
        String out = dis.stdout();
        assertTrue(out.contains("IMPORT_NAME"), out);
        assertTrue(out.contains("(100000)"), out);
        assertTrue(out.contains("('python')"), out);
        assertTrue(out.contains("Disassembly of <code object get"), out);
        assertTrue(out.matches("(?s).*\\n  4 +\\d+ LOAD_CONST.*"), "line 4 inside get():\n" + out);
        DifferentialTest.runMinipy(dir, "compile", "x.py");
        assertEquals(out, DifferentialTest.runMinipy(dir, "dis", "x.mpyc").stdout());
    }

    @Test
    void aCorruptBytecodeFileIsRejectedCleanly() throws Exception {
        Files.writeString(dir.resolve("x.py"), PROGRAM);
        DifferentialTest.runMinipy(dir, "compile", "x.py");
        byte[] data = Files.readAllBytes(dir.resolve("x.mpyc"));
        Files.write(dir.resolve("cut.mpyc"), Arrays.copyOf(data, data.length / 2));
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "run", "cut.mpyc");
        assertEquals(1, r.status());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("minipy: bad bytecode file cut.mpyc: "), r.stderr());
        assertEquals(1, r.stderr().strip().split("\n").length, "one line, no Java stack trace: " + r.stderr());
    }

    @Test
    void aSyntaxErrorIsReportedAsCPythonDoes() throws Exception {
        Files.writeString(dir.resolve("bad.py"), "x = 1\nif x\n    print(x)\n", StandardCharsets.UTF_8);
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "run", "bad.py");
        assertEquals(1, r.status());
        assertEquals("  File \"bad.py\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n", r.stderr());
    }

    @Test
    void aMissingFileAndABadCommandLineFailWithoutAStackTrace() throws Exception {
        DifferentialTest.Result missing = DifferentialTest.runMinipy(dir, "run", "nope.py");
        assertEquals(2, missing.status());
        assertTrue(missing.stderr().contains("can't open file 'nope.py'"), missing.stderr());
        DifferentialTest.Result usage = DifferentialTest.runMinipy(dir, "frobnicate");
        assertEquals(2, usage.status());
        assertTrue(!usage.stderr().contains("\tat "), usage.stderr());
    }

    @Test
    void theReplCompilesEachInputOnItsOwnAndEchoesExpressions() throws Exception {
        // The same session typed into CPython 3.11 (python3 -i < input) prints exactly this on stdout.
        Path input = dir.resolve("input.txt");
        Files.writeString(input, String.join("\n",
                "a = 1000", "b = 1000", "a is b", "a = 1000; b = 1000", "a is b", "'x' * 3", "None",
                "def f(n):", "    return n * 2", "", "f(21)", "_", "for i in range(2):", "    i", "",
                "undefined", "[1, 2]", "import sys", "sys.exit(3)", ""));
        DifferentialTest.Result r = DifferentialTest.runMinipyWithInput(dir, input, "repl");
        assertEquals("False\nTrue\n'xxx'\n42\n42\n0\n1\n[1, 2]\n", r.stdout(), r.stderr());
        assertEquals(3, r.status());
        assertTrue(r.stderr().contains(">>> ... ... >>> "), r.stderr());
        assertTrue(r.stderr().contains("NameError: name 'undefined' is not defined"), r.stderr());
    }

    @Test
    void dashCRunsAProgramFromTheCommandLine() throws Exception {
        DifferentialTest.Result r = DifferentialTest.runMinipy(dir, "-c", "import sys\nprint(len(sys.argv), 2 ** 70)", "q");
        assertEquals("2 1180591620717411303424\n", r.stdout(), r.stderr());
    }
}
