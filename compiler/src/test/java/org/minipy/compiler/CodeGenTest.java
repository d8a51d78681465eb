package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Constant;
import org.minipy.compiler.bytecode.Disassembler;
import org.minipy.compiler.bytecode.Instruction;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.bytecode.Verifier;

class CodeGenTest {
    private static CompilationUnit compile(String src) {
        CompilationUnit u = org.minipy.compiler.Compiler.compile(src, "t.py");
        Verifier.verify(u);
        return u;
    }

    private static List<Constant> constants(String src) {
        return compile(src).constants();
    }

    /** The positions of an opcode's instructions in the module code, as "line:col-endLine:endCol". */
    private static List<String> positionsOf(String src, Opcode op) {
        CodeObject co = compile(src).main();
        List<String> out = new java.util.ArrayList<>();
        for (Instruction in : Instruction.decode(co.code())) {
            int u = in.next() - 1;
            if (in.op() == op) {
                out.add(co.lines()[u] + ":" + co.colAt(u) + "-" + co.endLineAt(u) + ":" + co.endColAt(u));
            }
        }
        return out;
    }

    /** The module code's instructions as "OPNAME arg". */
    private static List<String> instructions(String src) {
        List<String> out = new java.util.ArrayList<>();
        for (Instruction in : Instruction.decode(compile(src).main().code())) {
            out.add(in.op().name() + " " + in.arg());
        }
        return out;
    }

    @Test
    void percentOfATupleDisplayBecomesAnFString() {
        // the expected sequences are CPython 3.11's dis (without RESUME), optimize_format in ast_opt.c
        assertEquals(List.of("LOAD_CONST 0", "STORE_NAME 0", "LOAD_CONST 1", "LOAD_NAME 0", "FORMAT_VALUE 1",
                "LOAD_NAME 0", "LOAD_CONST 2", "FORMAT_VALUE 5", "LOAD_NAME 0", "LOAD_CONST 3", "FORMAT_VALUE 6",
                "LOAD_NAME 0", "LOAD_CONST 4", "FORMAT_VALUE 7", "LOAD_NAME 0", "FORMAT_VALUE 1", "LOAD_NAME 0",
                "LOAD_CONST 5", "FORMAT_VALUE 5", "BUILD_STRING 7", "STORE_NAME 1", "LOAD_CONST 6", "RETURN_VALUE 0"),
                instructions("x = 1\ny = 'a%%b%s%-5s%.3r%5.2a%+s%05s' % (x, x, x, x, x, x)\n"));
        List<Constant> c = constants("x = 1\ny = 'a%%b%s%-5s%.3r%5.2a' % (x, x, x, x)\n");
        for (String k : List.of("a%b", "5", ".3", ">5.2")) {
            assertTrue(c.contains(Constant.StrConst.of(k)) || c.contains(new Constant.StrConst(k, true)), k);
        }
        // one directive alone is just FORMAT_VALUE; a trailing literal makes BUILD_STRING
        assertEquals(List.of("LOAD_NAME 0", "FORMAT_VALUE 1", "STORE_NAME 1"),
                instructions("y = '%s' % (x,)\n").subList(0, 3));
        assertEquals(List.of("LOAD_NAME 0", "FORMAT_VALUE 2", "LOAD_CONST 0", "BUILD_STRING 2"),
                instructions("y = '%r!' % (x,)\n").subList(0, 4));
        assertEquals(List.of("LOAD_NAME 0", "LOAD_CONST 0", "FORMAT_VALUE 5"),
                instructions("y = '%10s' % (x,)\n").subList(0, 3));
        // the literal pieces and specs have no position of their own: they take the one before them
        assertEquals(List.of("1:4-1:5", "1:0-1:1", "2:14-2:15", "2:0-2:1"),
                positionsOf("x = 1\ny = 'a%5s' % (x,)\n", Opcode.LOAD_CONST));
    }

    @Test
    void percentFormatsCpythonLeavesAlone() {
        for (String src : List.of("y = '%d' % (x,)\n", "y = '%s' % (*x,)\n", "y = '%s%s' % (x,)\n",
                "y = '%s' % (x, x)\n", "y = '%100s' % (x,)\n", "y = '%.100s' % (x,)\n", "y = '%(a)s' % (x,)\n",
                "y = '%*s' % (x, x)\n", "y = '%' % (x,)\n", "y = '%5' % (x,)\n", "y = '%ls' % (x,)\n",
                "y = '%s' % ('a',)\n", "y = '%s' % x\n", "y = b'%s' % (x,)\n", "y = x % (x,)\n")) {
            List<String> ins = instructions(src);
            assertTrue(ins.stream().anyMatch(i -> i.startsWith("BINARY_OP ")), src);
            assertFalse(ins.stream().anyMatch(i -> i.startsWith("FORMAT_VALUE ")), src);
        }
    }

    /** Column positions are CPython 3.11's co_positions (the expected values are CPython's own). */
    @Test
    void positionsAreCpythonsCoPositions() {
        // a parenthesised operand belongs to the operation's span
        assertEquals(List.of("2:4-2:12"), positionsOf("y = 1\nx = (y) ** 2\n", Opcode.BINARY_OP));
        // an attribute on a later line starts at its name
        assertEquals(List.of("3:6-3:10"), positionsOf("import sys\nx = (sys\n     .path)\n", Opcode.LOAD_ATTR));
        assertEquals(List.of("3:6-3:11"), positionsOf("s = 'a'\nv = (s\n     .upper(\n     ))\n",
                Opcode.LOAD_METHOD));
        assertEquals(List.of("3:6-4:6"), positionsOf("s = 'a'\nv = (s\n     .upper(\n     ))\n",
                Opcode.CALL_METHOD));
        // f-string fields are placed at the whole (concatenated) literal
        assertEquals(List.of("2:4-2:25", "2:4-2:25", "2:4-2:25"),
                positionsOf("x = 1\ns = f\"a{x!r:>{x}}\" f\"{x}\"\n", Opcode.FORMAT_VALUE));
        // columns count UTF-8 bytes
        assertEquals(List.of("2:4-2:13"), positionsOf("\u00e9 = 1\nt = \"\u00e9\" + \u00e9\n", Opcode.BINARY_OP));
        // an assert raises at its comparison; a decorator is called at its own position
        assertEquals(List.of("2:7-2:13"), positionsOf("x = 1\nassert x == 2, 'm'\n", Opcode.RAISE_VARARGS));
        assertEquals(List.of("2:1-2:2"), positionsOf("def d(f): return f\n@d\ndef g(): pass\n", Opcode.CALL));
    }

    @Test
    void equalConstantsShareOneIndexAcrossModuleAndFunctions() {
        CompilationUnit u = compile("a = 100000\ndef f():\n    return 100000\nb = 100000\n");
        int idx = u.constants().indexOf(new Constant.IntConst(BigInteger.valueOf(100000)));
        assertEquals(idx, u.constants().lastIndexOf(new Constant.IntConst(BigInteger.valueOf(100000))));
        CodeObject f = u.codes().get(1);
        assertTrue(Arrays.stream(u.main().consts()).anyMatch(c -> c == idx));
        assertTrue(Arrays.stream(f.consts()).anyMatch(c -> c == idx));
        assertEquals(2, u.codes().size());
    }

    @Test
    void stringConcatenationFoldsToOneInternedConstant() {
        List<Constant> c = constants("x = 'py' + 'thon'\n");
        assertTrue(c.contains(new Constant.StrConst("python", true)));
        assertFalse(c.contains(Constant.StrConst.of("py")));
        assertTrue(constants("x = '&' * 3\n").contains(new Constant.StrConst("&&&", false)));
    }

    @Test
    void foldingRespectsCpythonLimits() {
        assertFalse(constants("x = 2 ** 100\n").stream().anyMatch(
                k -> k.equals(new Constant.IntConst(BigInteger.TWO.pow(100)))));
        assertTrue(constants("x = 2 ** 64\n").contains(new Constant.IntConst(BigInteger.TWO.pow(64))));
        assertTrue(constants("x = 'x' * 4096\n").contains(Constant.StrConst.of("x".repeat(4096))));
        assertFalse(constants("x = 'x' * 4097\n").contains(Constant.StrConst.of("x".repeat(4097))));
        assertFalse(constants("x = 1 << 128\n").contains(new Constant.IntConst(BigInteger.ONE.shiftLeft(128))));
        assertTrue(constants("x = 1 << 127\n").contains(new Constant.IntConst(BigInteger.ONE.shiftLeft(127))));
        assertFalse(constants("x = 1 / 0\n").stream().anyMatch(k -> k instanceof Constant.FloatConst));
        assertFalse(constants("x = '%s' % 1\n").contains(Constant.StrConst.of("1")));
        assertTrue(constants("x = (1,) * 256\n").stream().anyMatch(
                k -> k instanceof Constant.TupleConst t && t.items().length == 256));
        assertFalse(constants("x = (1,) * 257\n").stream().anyMatch(
                k -> k instanceof Constant.TupleConst t && t.items().length == 257));
    }

    @Test
    void foldingFollowsPythonArithmetic() {
        assertTrue(constants("x = -7 // 2\n").contains(Constant.IntConst.of(-4)));
        assertTrue(constants("x = -7 % 3\n").contains(Constant.IntConst.of(2)));
        assertTrue(constants("x = 7 / 2\n").contains(new Constant.FloatConst(3.5)));
        assertTrue(constants("x = 2 ** -1\n").contains(new Constant.FloatConst(0.5)));
        assertTrue(constants("x = -7.5 // 2\n").contains(new Constant.FloatConst(-4.0)));
        assertTrue(constants("x = -7.5 % 2\n").contains(new Constant.FloatConst(0.5)));
        assertTrue(constants("x = ~5 ^ 3 | 8 & 12\n").contains(Constant.IntConst.of((~5 ^ 3) | (8 & 12))));
        assertTrue(constants("x = not 0\n").contains(new Constant.BoolConst(true)));
        assertTrue(constants("x = -0.0\n").contains(new Constant.FloatConst(-0.0)));
        assertTrue(constants("x = (1, 2) + (3,)\n").stream().anyMatch(
                k -> k instanceof Constant.TupleConst t && t.items().length == 3));
    }

    @Test
    void constantTuplesReferToEarlierEntries() {
        CompilationUnit u = compile("x = (1, 'a', (2.5, None))\n");
        for (int i = 0; i < u.constants().size(); i++) {
            if (u.constants().get(i) instanceof Constant.TupleConst t) {
                for (int item : t.items()) {
                    assertTrue(item < i);
                }
            }
        }
    }

    @Test
    void functionCodeObjects() {
        CompilationUnit u = compile("g = 1\ndef outer(a, b):\n    global g\n    c = a\n    g = c\n"
                + "    def inner(x):\n        return x\n    return inner\n");
        CodeObject outer = u.codes().get(1);
        assertEquals("outer", outer.name());
        assertEquals(2, outer.firstLine());
        assertEquals(2, outer.argCount());
        assertEquals(List.of("a", "b", "c", "inner"), outer.varnames());
        assertEquals(CodeObject.CO_OPTIMIZED | CodeObject.CO_NEWLOCALS, outer.flags());
        assertTrue(outer.names().contains("g"));
        CodeObject inner = u.codes().get(2);
        assertEquals("outer.<locals>.inner", inner.qualname());
    }

    @Test
    void jumpsBeyond255UseExtendedArgs() {
        StringBuilder src = new StringBuilder("while x:\n");
        for (int i = 0; i < 200; i++) {
            src.append("    y = y + ").append(i).append('\n');
        }
        CompilationUnit u = compile(src.toString());
        List<Instruction> code = Instruction.decode(u.main().code());
        Instruction test = code.stream().filter(i -> i.op() == Opcode.POP_JUMP_IF_FALSE).findFirst().orElseThrow();
        assertTrue(test.size() > 1);
        assertTrue(code.stream().anyMatch(i -> i.unit() == test.arg()));
        assertEquals(u.main().unitCount(), u.main().lines().length);
    }

    @Test
    void disassemblyLooksLikeDis() {
        String dis = Disassembler.disassemble(compile("def f(a):\n    return a + 1.5\nx = f(2) < 3 < 4\n"));
        assertTrue(dis.contains("  1           0 LOAD_CONST               0 (<code object f, file \"t.py\", line 1>)\n"),
                dis);
        assertTrue(dis.contains("BINARY_OP                0 (+)"), dis);
        assertTrue(dis.contains("COMPARE_OP               0 (<)"), dis);
        assertTrue(dis.contains(">>"), dis);
        assertTrue(dis.contains("\nDisassembly of <code object f, file \"t.py\", line 1>:\n"), dis);
        assertTrue(dis.contains("LOAD_CONST               1 (1.5)"), dis);
    }
}
