package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minipy.compiler.bytecode.BadBytecodeException;
import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Constant;
import org.minipy.compiler.bytecode.Disassembler;
import org.minipy.compiler.bytecode.Instruction;
import org.minipy.compiler.bytecode.MpycReader;
import org.minipy.compiler.bytecode.MpycWriter;
import org.minipy.compiler.bytecode.Opcode;
import org.minipy.compiler.bytecode.OperandKind;
import org.minipy.compiler.bytecode.StackAnalysis;
import org.minipy.compiler.bytecode.Verifier;

class MpycTest {
    private static final String[] PROGRAMS = {
        "x = 1\nprint(x)\n",
        "import sys\nfrom m import a, b as c\ndef f(p, q):\n    for i in [1, 2, 3]:\n        if i > p:\n"
                + "            break\n    else:\n        return q\n    return (1, 'two', 3.0, None, True, b'\\x00')\n"
                + "y = f(1, 2) if 2 ** 100 else -1.5e300\n",
        "def outer(a):\n    def inner(b):\n        return b\n    return inner(a)\nwhile 1 < 2 < 3:\n    x = outer(...)\n"
                + "    del x\n",
    };

    private static CompilationUnit compile(String src) {
        return org.minipy.compiler.Compiler.compile(src, "t.py");
    }

    @Test
    void roundTripKeepsEveryField() {
        for (String src : PROGRAMS) {
            CompilationUnit u = compile(src);
            byte[] bytes = MpycWriter.write(u);
            CompilationUnit r = MpycReader.read(bytes);
            assertEquals(u.filename(), r.filename());
            assertEquals(u.sourceHash(), r.sourceHash());
            assertEquals(u.constants(), r.constants());
            for (int i = 0; i < u.constants().size(); i++) {
                if (u.constants().get(i) instanceof Constant.StrConst s) {
                    assertEquals(s.interned(), ((Constant.StrConst) r.constants().get(i)).interned());
                }
            }
            assertEquals(u.codes().size(), r.codes().size());
            for (int i = 0; i < u.codes().size(); i++) {
                CodeObject a = u.codes().get(i);
                CodeObject b = r.codes().get(i);
                assertEquals(a.name(), b.name());
                assertEquals(a.qualname(), b.qualname());
                assertEquals(a.firstLine(), b.firstLine());
                assertEquals(a.argCount(), b.argCount());
                assertEquals(a.flags(), b.flags());
                assertArrayEquals(a.code(), b.code());
                assertArrayEquals(a.lines(), b.lines());
                assertArrayEquals(a.positions(), b.positions());
                assertArrayEquals(a.consts(), b.consts());
                assertEquals(a.names(), b.names());
                assertEquals(a.varnames(), b.varnames());
                assertEquals(a.maxStack(), b.maxStack());
            }
            assertEquals(Disassembler.disassemble(u), Disassembler.disassemble(r));
            assertEquals(u.sourceHash(), MpycReader.sourceHash(bytes));
        }
    }

    @Test
    void everyTruncationIsRejectedCleanly() {
        byte[] bytes = MpycWriter.write(compile(PROGRAMS[1]));
        for (int len = 0; len < bytes.length; len++) {
            byte[] cut = java.util.Arrays.copyOf(bytes, len);
            assertThrows(BadBytecodeException.class, () -> MpycReader.read(cut), "length " + len);
        }
    }

    @Test
    void corruptBytesNeverEscapeAsOtherExceptions() {
        byte[] bytes = MpycWriter.write(compile(PROGRAMS[1]));
        java.util.Random random = new java.util.Random(42);
        for (int trial = 0; trial < 3000; trial++) {
            byte[] bad = bytes.clone();
            int flips = 1 + random.nextInt(3);
            for (int k = 0; k < flips; k++) {
                bad[random.nextInt(bad.length)] = (byte) random.nextInt(256);
            }
            try {
                MpycReader.read(bad);
            } catch (BadBytecodeException expected) {
                // fine
            }
        }
    }

    private static CompilationUnit unitWith(byte[] code, int maxStack) {
        int[] lines = new int[code.length / 2];
        java.util.Arrays.fill(lines, 1);
        CodeObject co = new CodeObject("<module>", "<module>", 1, 0, 0, code, lines, new int[] {0}, List.of("x"),
                List.of(), maxStack);
        return new CompilationUnit("t.py", List.of(Constant.NoneConst.NONE), List.of(co), 0);
    }

    private static byte[] code(int... opArgPairs) {
        byte[] b = new byte[opArgPairs.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) opArgPairs[i];
        }
        return b;
    }

    @Test
    void verifierRejectsHandMadeBadCode() {
        int loadConst = Opcode.LOAD_CONST.code;
        int ret = Opcode.RETURN_VALUE.code;
        Verifier.verify(unitWith(code(loadConst, 0, ret, 0), 1));
        String[] reasons = {
            reason(unitWith(code(200, 0, loadConst, 0, ret, 0), 1)),
            reason(unitWith(code(Opcode.JUMP.code, 7, loadConst, 0, ret, 0), 1)),
            reason(unitWith(code(Opcode.POP_TOP.code, 0, loadConst, 0, ret, 0), 1)),
            reason(unitWith(code(loadConst, 5, ret, 0), 1)),
            reason(unitWith(code(loadConst, 0, Opcode.POP_TOP.code, 0), 1)),
            reason(unitWith(code(loadConst, 0, ret, 0), 0)),
            reason(unitWith(code(Opcode.EXTENDED_ARG.code, 1, Opcode.POP_TOP.code, 0, loadConst, 0, ret, 0), 1)),
            reason(unitWith(code(loadConst, 0, Opcode.COPY.code, 0, ret, 0), 2)),
            reason(unitWith(code(loadConst, 0, Opcode.LOAD_NAME.code, 3, ret, 0), 2)),
        };
        assertTrue(reasons[0].contains("undefined opcode 200"), reasons[0]);
        assertTrue(reasons[1].contains("jump"), reasons[1]);
        assertTrue(reasons[2].contains("underflow"), reasons[2]);
        assertTrue(reasons[3].contains("constant index 5"), reasons[3]);
        assertTrue(reasons[4].contains("off the end"), reasons[4]);
        assertTrue(reasons[5].contains("maxStack"), reasons[5]);
        assertTrue(reasons[6].contains("EXTENDED_ARG"), reasons[6]);
        assertTrue(reasons[7].contains("at least 1"), reasons[7]);
        assertTrue(reasons[8].contains("name index 3"), reasons[8]);
        // Paths meeting with different depths.
        String mismatch = reason(unitWith(code(Opcode.LOAD_NAME.code, 0, Opcode.POP_JUMP_IF_FALSE.code, 4,
                loadConst, 0, Opcode.JUMP.code, 4, loadConst, 0, ret, 0), 2));
        assertTrue(mismatch.contains("meet") || mismatch.contains("underflow"), mismatch);
        // A code object inside itself.
        CodeObject self = new CodeObject("f", "f", 1, 0, 3, code(loadConst, 0, ret, 0), new int[] {1, 1},
                new int[] {0}, List.of(), List.of(), 1);
        String cycle = reason(new CompilationUnit("t.py", List.of(new Constant.CodeConst(0)), List.of(self), 0));
        assertTrue(cycle.contains("contains itself"), cycle);
        String tuple = reason(new CompilationUnit("t.py", List.of(new Constant.TupleConst(new int[] {0})),
                List.of(unitWith(code(loadConst, 0, ret, 0), 1).main()), 0));
        assertTrue(tuple.contains("earlier entry"), tuple);
        // positions: three a code unit, ends not before starts
        CodeObject ok = unitWith(code(loadConst, 0, ret, 0), 1).main();
        String count = reason(withPositions(ok, new int[] {1, 0, 1}));
        assertTrue(count.contains("positions[] has 3 entries for 2 code units"), count);
        String backwards = reason(withPositions(ok, new int[] {1, 5, 2, 1, 0, 4}));
        assertTrue(backwards.contains("bad position 1:5-1:2"), backwards);
        String endLine = reason(withPositions(ok, new int[] {0, 0, 1, 1, 0, 4}));
        assertTrue(endLine.contains("bad position 1:0-0:1"), endLine);
        Verifier.verify(withPositions(ok, new int[] {1, 0, 4, -1, -1, -1}));
        // a code unit without a line has no position
        CodeObject lineless = new CodeObject(ok.name(), ok.qualname(), ok.firstLine(), ok.argCount(), ok.flags(),
                ok.code(), new int[] {1, -1}, ok.consts(), ok.names(), ok.varnames(), ok.maxStack(),
                ok.kwOnlyArgCount(), ok.cellvars(), ok.freevars(), ok.exceptionTable(), new int[] {1, 0, 4, 1, 0, 4});
        String noLine = reason(withPositions(lineless, lineless.positions()));
        assertTrue(noLine.contains("bad position -1:0-1:4"), noLine);
        Verifier.verify(withPositions(lineless, new int[] {1, 0, 4, -1, -1, -1}));
    }

    private static CompilationUnit withPositions(CodeObject co, int[] positions) {
        CodeObject with = new CodeObject(co.name(), co.qualname(), co.firstLine(), co.argCount(), co.flags(), co.code(),
                co.lines(), co.consts(), co.names(), co.varnames(), co.maxStack(), co.kwOnlyArgCount(), co.cellvars(),
                co.freevars(), co.exceptionTable(), positions);
        return new CompilationUnit("t.py", List.of(Constant.NoneConst.NONE), List.of(with), 0);
    }

    private static String reason(CompilationUnit u) {
        return assertThrows(BadBytecodeException.class, () -> Verifier.verify(u)).getMessage();
    }

    /** Every opcode goes through the disassembler and the stack analysis the code generator uses. */
    @Test
    void everyOpcodeIsHandledByDisassemblerAndStackAnalysis() {
        Set<Opcode> seen = EnumSet.noneOf(Opcode.class);
        for (Opcode op : Opcode.values()) {
            List<Integer> bytes = new ArrayList<>();
            int arg = op.operand == OperandKind.COUNT ? 1 : 0;
            int depthNeeded = Math.max(op.needs(arg), 2);
            for (int i = 0; i < depthNeeded; i++) {
                bytes.add(Opcode.LOAD_CONST.code);
                bytes.add(0);
            }
            if (op == Opcode.EXTENDED_ARG) {
                bytes.add(Opcode.EXTENDED_ARG.code);
                bytes.add(0);
                bytes.add(Opcode.LOAD_CONST.code);
                bytes.add(0);
            } else if (op.isJump()) {
                bytes.add(op.code);
                bytes.add(depthNeeded + 1);
            } else {
                bytes.add(op.code);
                bytes.add(arg);
            }
            bytes.add(Opcode.RETURN_VALUE.code);
            bytes.add(0);
            byte[] code = new byte[bytes.size()];
            for (int i = 0; i < code.length; i++) {
                code[i] = (byte) (int) bytes.get(i);
            }
            CompilationUnit u = unitWith(code, 10);
            String dis = Disassembler.disassemble(u);
            assertTrue(dis.contains(op.name()), op + "\n" + dis);
            List<Instruction> decoded = Instruction.decode(code);
            try {
                StackAnalysis.maxDepth(decoded, code.length / 2);
            } catch (BadBytecodeException e) {
                // RETURN_VALUE after a net-negative op may underflow; what matters is a clean answer.
                assertTrue(e.getMessage() != null);
            }
            seen.add(op);
        }
        assertEquals(EnumSet.allOf(Opcode.class), seen);
    }
}
