package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Constant;

/** Field-by-field comparison of compilation units (records with arrays do not compare by content). */
final class Units {
    private Units() {}

    static void assertSameUnit(CompilationUnit u, CompilationUnit r, String where) {
        assertEquals(u.filename(), r.filename(), where);
        assertEquals(u.sourceHash(), r.sourceHash(), where);
        assertEquals(u.constants(), r.constants(), where);
        for (int i = 0; i < u.constants().size(); i++) {
            if (u.constants().get(i) instanceof Constant.StrConst s) {
                assertEquals(s.interned(), ((Constant.StrConst) r.constants().get(i)).interned(), where);
            }
        }
        assertEquals(u.codes().size(), r.codes().size(), where);
        for (int i = 0; i < u.codes().size(); i++) {
            CodeObject a = u.codes().get(i);
            CodeObject b = r.codes().get(i);
            String w = where + " code " + i + " " + a.qualname();
            assertEquals(a.name(), b.name(), w);
            assertEquals(a.qualname(), b.qualname(), w);
            assertEquals(a.firstLine(), b.firstLine(), w);
            assertEquals(a.argCount(), b.argCount(), w);
            assertEquals(a.flags(), b.flags(), w);
            assertArrayEquals(a.code(), b.code(), w);
            assertArrayEquals(a.lines(), b.lines(), w);
            assertArrayEquals(a.positions(), b.positions(), w);
            assertArrayEquals(a.consts(), b.consts(), w);
            assertEquals(a.names(), b.names(), w);
            assertEquals(a.varnames(), b.varnames(), w);
            assertEquals(a.maxStack(), b.maxStack(), w);
            assertEquals(a.kwOnlyArgCount(), b.kwOnlyArgCount(), w);
            assertEquals(a.cellvars(), b.cellvars(), w);
            assertEquals(a.freevars(), b.freevars(), w);
            assertEquals(a.exceptionTable(), b.exceptionTable(), w);
        }
    }
}
