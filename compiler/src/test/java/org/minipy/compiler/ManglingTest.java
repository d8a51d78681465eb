package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Constant;
import org.minipy.compiler.bytecode.Verifier;
import org.minipy.compiler.scope.Mangling;

/** Private name mangling, compared with what CPython 3.11's compiler puts in its code objects. */
class ManglingTest {
    private static CompilationUnit compile(String src) {
        CompilationUnit u = Compiler.compile(src, "t.py");
        Verifier.verify(u);
        return u;
    }

    private static CodeObject code(CompilationUnit u, String qualname) {
        return u.codes().stream().filter(c -> c.qualname().equals(qualname)).findFirst()
                .orElseThrow(() -> new AssertionError("no code object " + qualname));
    }

    @Test
    void mangleFollowsPyMangle() {
        assertEquals("_A__x", Mangling.mangle("A", "__x"));
        assertEquals("_A__x", Mangling.mangle("__A", "__x"));
        assertEquals("_A_b__x", Mangling.mangle("_A_b", "__x"));
        assertEquals("__x", Mangling.mangle(null, "__x"));
        assertEquals("__x", Mangling.mangle("___", "__x"));
        assertEquals("__x__", Mangling.mangle("A", "__x__"));
        assertEquals("__", Mangling.mangle("A", "__"));
        assertEquals("___", Mangling.mangle("A", "___"));
        assertEquals("_x", Mangling.mangle("A", "_x"));
        assertEquals("__a.b", Mangling.mangle("A", "__a.b"));
        assertEquals("_A__x_", Mangling.mangle("A", "__x_"));
        assertEquals("_Ä__é", Mangling.mangle("Ä", "__é"));
    }

    @Test
    void namesAttributesAndParametersOfMethodsAreMangled() {
        CompilationUnit u = compile("""
                class A:
                    __v = 1
                    def f(self, __a, *, __k=1):
                        global __g
                        __loc = __a
                        def inner(__p):
                            nonlocal __loc
                            return __loc + __p + __g
                        self.__attr = self.__m()
                        del self.__attr
                        return self.f2(__a=1)
                    def __m(self):
                        return [__i for __i in ()]
                """);
        CodeObject a = code(u, "A");
        assertTrue(a.names().containsAll(List.of("_A__v", "f", "_A__m")), a.names().toString());
        CodeObject f = code(u, "A.f");
        assertEquals(List.of("self", "_A__a", "_A__k", "inner"), f.varnames());
        assertEquals(List.of("_A__loc"), f.cellvars());
        assertTrue(f.names().containsAll(List.of("_A__attr", "_A__m", "f2")), f.names().toString());
        assertFalse(f.names().contains("__attr"));
        // keyword argument names in a call stay as written (as in CPython)
        assertTrue(u.constants().stream().anyMatch(c -> c instanceof Constant.TupleConst t && t.items().length == 1
                && u.constants().get(t.items()[0]).equals(Constant.StrConst.of("__a"))));
        // the keyword-only default's key is the mangled parameter name
        assertTrue(u.constants().stream().anyMatch(c -> c instanceof Constant.TupleConst t && t.items().length == 1
                && u.constants().get(t.items()[0]).equals(Constant.StrConst.of("_A__k"))));
        CodeObject inner = code(u, "A.f.<locals>.inner");
        assertEquals(List.of("_A__p"), inner.varnames());
        assertEquals(List.of("_A__loc"), inner.freevars());
        assertTrue(inner.names().contains("_A__g"));
        // co_name and __qualname__ keep the name as written
        CodeObject m = code(u, "A.__m");
        assertEquals("__m", m.name());
        assertEquals(List.of(".0", "_A__i"), code(u, "A.__m.<locals>.<listcomp>").varnames());
    }

    @Test
    void nestedClassesMangleWithTheInnermostClassName() {
        CompilationUnit u = compile("""
                class _Outer:
                    class __Inner:
                        def m(self):
                            return self.__y
                    def g(self):
                        class Local:
                            __z = 1
                        return self.__w
                """);
        assertTrue(code(u, "_Outer").names().contains("_Outer__Inner"));
        assertEquals("_Outer.__Inner", code(u, "_Outer.__Inner").qualname());
        assertTrue(code(u, "_Outer.__Inner.m").names().contains("_Inner__y"));
        assertTrue(code(u, "_Outer.g").names().contains("_Outer__w"));
        assertTrue(code(u, "_Outer.g.<locals>.Local").names().contains("_Local__z"));
    }

    @Test
    void importsAreMangledAndModuleLevelCodeIsNot() {
        CompilationUnit u = compile("""
                __top = 1
                class A:
                    import __mod
                    from m import __name as __alias, __other
                """);
        assertTrue(u.main().names().contains("__top"));
        assertTrue(code(u, "A").names().containsAll(List.of("_A__mod", "m", "_A__name", "_A__alias", "_A__other")),
                code(u, "A").names().toString());
    }

    @Test
    void symbolTableErrorsNameTheMangledNameWhereCpythonDoes() {
        CompileError e = assertThrows(CompileError.class, () -> compile("""
                class C:
                    def f(self):
                        def g():
                            nonlocal __nothing
                """));
        assertTrue(e.message().contains("no binding for nonlocal '_C__nothing' found"), e.getMessage());
        CompileError dup = assertThrows(CompileError.class, () -> compile("""
                class C:
                    def f(self, __a, __a):
                        pass
                """));
        assertTrue(dup.message().contains("duplicate argument '__a'"), dup.getMessage());
    }
}
