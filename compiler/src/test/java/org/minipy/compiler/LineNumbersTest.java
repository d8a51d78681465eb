package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Instruction;
import org.minipy.compiler.bytecode.Verifier;

/**
 * Line numbers of generated code, as CPython 3.11's {@code co_lines()} gives them (None here is
 * -1): the expected lists were read off CPython for the same source, minus the instructions this
 * instruction set does not have (RESUME, PRECALL, PUSH_NULL, NOP).
 */
class LineNumbersTest {
    private static List<String> lines(String src, String qualname) {
        CompilationUnit u = Compiler.compile(src, "t.py");
        Verifier.verify(u);
        CodeObject co = u.codes().stream().filter(c -> c.qualname().equals(qualname)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (Instruction in : Instruction.decode(co.code())) {
            int line = co.lines()[in.next() - 1];
            out.add((line < 0 ? "None" : String.valueOf(line)) + " " + in.op().name());
        }
        return out;
    }

    /** Each instruction's co_positions entry, "line:col-endLine:endCol OPNAME" ("?" for no column, "None" for none). */
    private static List<String> positions(String src, String qualname) {
        CompilationUnit u = Compiler.compile(src, "t.py");
        Verifier.verify(u);
        CodeObject co = u.codes().stream().filter(c -> c.qualname().equals(qualname)).findFirst().orElseThrow();
        List<String> out = new ArrayList<>();
        for (Instruction in : Instruction.decode(co.code())) {
            int x = in.next() - 1;
            String at = co.lines()[x] < 0 ? "None" : co.lines()[x] + ":" + col(co.colAt(x)) + "-" + co.endLineAt(x)
                    + ":" + col(co.endColAt(x));
            out.add(at + " " + in.op().name());
        }
        return out;
    }

    private static String col(int c) {
        return c < 0 ? "?" : String.valueOf(c);
    }

    /**
     * Lines are resolved with whole positions (CPython's COPY_INSTR_LOC): artificial code takes the
     * position of the instruction it follows, code left without a line has no position, a line mark
     * before an instruction on its line leaves that instruction its own position, RESUME's position
     * (the first line, columns 0) stays, RETURN_GENERATOR has the first line and no columns. The
     * expected values are CPython 3.11's co_positions() for the same source.
     */
    @Test
    void artificialCodeTakesWholePositions() {
        assertEquals(List.of(
                "3:8-3:12 LOAD_CONST", "3:8-3:12 RETURN_VALUE",
                "None PUSH_EXC_INFO", "4:4-5:12 POP_TOP",
                "5:8-5:12 POP_EXCEPT", "5:8-5:12 LOAD_CONST", "5:8-5:12 RETURN_VALUE",
                "None COPY", "None POP_EXCEPT", "None RERAISE"), positions("""
                def f():
                    try:
                        pass
                    except:
                        pass
                """, "f"));
        assertEquals(List.of("1:?-1:? RETURN_GENERATOR", "1:?-1:? POP_TOP", "2:10-2:11 LOAD_CONST",
                "2:4-2:11 YIELD_VALUE", "2:4-2:11 POP_TOP", "2:4-2:11 LOAD_CONST", "2:4-2:11 RETURN_VALUE"),
                positions("def g():\n    yield 1\n", "g"));
        assertEquals(List.of("2:11-2:12 LOAD_CONST", "2:11-2:12 RETURN_VALUE"),
                positions("def h(a):\n    return 5\n", "h"));
        assertEquals(List.of("1:0-1:0 LOAD_CONST", "1:0-1:0 RETURN_VALUE"), positions("def p(): pass\n", "p"));
        // pass leaves its whole position to the implicit return None
        assertEquals(List.of("1:4-1:5 LOAD_CONST", "1:0-1:1 STORE_NAME", "2:0-2:4 LOAD_CONST",
                "2:0-2:4 RETURN_VALUE"), positions("x = 0\npass\n", "<module>"));
    }

    /** KW_NAMES of a method call is placed at the method (maybe_optimize_method_call), the call at the call. */
    @Test
    void methodCallKeywordNamesAreAtTheMethod() {
        assertEquals(List.of("2:4-2:5 LOAD_FAST", "2:4-2:7 LOAD_METHOD", "2:8-2:9 LOAD_CONST",
                "3:10-3:11 LOAD_CONST", "2:4-2:7 KW_NAMES", "2:4-3:12 CALL_METHOD", "2:4-3:12 POP_TOP",
                "2:4-3:12 LOAD_CONST", "2:4-3:12 RETURN_VALUE"), positions("""
                def k(o):
                    o.m(1,
                        k=3)
                """, "k"));
    }

    @Test
    void exceptAsCleanupHasNoLineOnTheExceptionPath() {
        assertEquals(List.of(
                "3 LOAD_GLOBAL", "3 CALL", "3 POP_TOP", "3 JUMP",
                "None PUSH_EXC_INFO",
                "4 LOAD_GLOBAL", "4 CHECK_EXC_MATCH", "4 POP_JUMP_IF_FALSE", "4 STORE_FAST",
                "5 LOAD_GLOBAL", "5 LOAD_FAST", "5 CALL", "5 POP_TOP",
                // the normal path's e = None; del e follows the body's last line
                "5 POP_EXCEPT", "5 LOAD_CONST", "5 STORE_FAST", "5 DELETE_FAST", "5 JUMP",
                // the exception path's has none
                "None LOAD_CONST", "None STORE_FAST", "None DELETE_FAST", "None RERAISE",
                // no handler matched: the line of the except clause that jumped here
                "4 RERAISE",
                "None COPY", "None POP_EXCEPT", "None RERAISE",
                "6 LOAD_CONST", "6 RETURN_VALUE"), lines("""
                def f():
                    try:
                        g()
                    except ValueError as e:
                        print(e)
                    return 1
                """, "f"));
    }

    @Test
    void withExitPathsKeepTheWithLineExceptTheFinalReraise() {
        assertEquals(List.of(
                "2 LOAD_FAST", "2 BEFORE_WITH", "2 STORE_FAST",
                "3 LOAD_FAST", "3 LOAD_METHOD", "3 CALL_METHOD", "3 POP_TOP",
                "2 LOAD_CONST", "2 LOAD_CONST", "2 LOAD_CONST", "2 CALL_METHOD", "2 POP_TOP",
                "2 LOAD_CONST", "2 RETURN_VALUE",
                "2 PUSH_EXC_INFO", "2 WITH_EXCEPT_START", "2 POP_JUMP_IF_TRUE", "2 RERAISE",
                "None COPY", "None POP_EXCEPT", "None RERAISE",
                "2 POP_TOP", "2 POP_EXCEPT", "2 POP_TOP", "2 POP_TOP",
                "2 LOAD_CONST", "2 RETURN_VALUE"), lines("""
                def h(m):
                    with m as x:
                        x.go()
                """, "h"));
    }

    @Test
    void loopJumpBackAndImplicitReturnsTakeTheLineOfWhatLeadsThere() {
        // the implicit return None is copied for the jump that reaches it besides the fall-through
        assertEquals(List.of(
                "2 LOAD_FAST", "2 POP_JUMP_IF_FALSE",
                "3 LOAD_CONST", "3 STORE_FAST", "3 LOAD_CONST", "3 RETURN_VALUE",
                "2 LOAD_CONST", "2 RETURN_VALUE"), lines("""
                def f(x):
                    if x:
                        y = 1
                """, "f"));
        assertEquals(List.of(
                "2 LOAD_FAST", "2 GET_ITER", "2 FOR_ITER", "2 STORE_FAST",
                "3 LOAD_FAST", "3 CALL", "3 POP_TOP", "3 JUMP",
                "2 LOAD_CONST", "2 RETURN_VALUE"), lines("""
                def f(x):
                    for i in x:
                        i()
                """, "f"));
    }

    @Test
    void returnThroughFinallyHasTheFinallyBodysLine() {
        assertEquals(List.of(
                "3 LOAD_GLOBAL", "3 CALL",
                "5 LOAD_CONST", "5 STORE_FAST", "5 RETURN_VALUE",
                "None PUSH_EXC_INFO", "5 LOAD_CONST", "5 STORE_FAST", "5 RERAISE",
                "5 COPY", "5 POP_EXCEPT", "5 RERAISE"), lines("""
                def tf():
                    try:
                        return g()
                    finally:
                        x = 1
                """, "tf"));
    }

    @Test
    void decoratorsAreCalledOnTheirOwnLines() {
        assertEquals(List.of(
                "1 LOAD_NAME", "2 LOAD_NAME",
                "3 LOAD_CONST", "3 MAKE_FUNCTION", "2 CALL", "1 CALL", "3 STORE_NAME",
                "3 LOAD_CONST", "3 RETURN_VALUE"), lines("""
                @a
                @b
                def f():
                    pass
                """, "<module>"));
    }

    @Test
    void aComparisonInAConditionMovesTheLineAndOtherTestsDoNot() {
        assertEquals(List.of(
                "1 BUILD_LIST", "1 LOAD_FAST", "1 FOR_ITER", "1 STORE_FAST",
                "2 LOAD_FAST", "2 LOAD_CONST", "2 COMPARE_OP", "2 POP_JUMP_IF_FALSE",
                "3 LOAD_FAST", "2 POP_JUMP_IF_FALSE",
                "1 LOAD_FAST", "2 LIST_APPEND", "2 JUMP", "2 RETURN_VALUE"), lines("""
                r = [x for x in y
                     if x > 2
                     if x]
                """, "<listcomp>"));
    }

    @Test
    void cellsAndFreeVariablesAreSetUpWithoutALine() {
        assertEquals(List.of("None MAKE_CELL", "2 LOAD_CONST", "2 STORE_DEREF", "3 LOAD_CLOSURE",
                "3 BUILD_TUPLE", "3 LOAD_CONST", "3 MAKE_FUNCTION", "3 RETURN_VALUE"), lines("""
                def f():
                    n = 0
                    return lambda: n
                """, "f"));
    }
}
