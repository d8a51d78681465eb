package org.minipy.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Syntax errors against CPython 3.11: each expected text was recorded from
 * {@code python3 ../shared/oracle/cpython311.py t.py} (its stderr) for the source beside it.
 */
class SyntaxErrorTest {
    private static final String[][] CASES = {
            {"a = 1\nx = = 1\n",
             "  File \"t.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n"},
            {"if x\n    pass\n",
             "  File \"t.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"},
            {"x = 1\n    y = 2\n",
             "  File \"t.py\", line 2\n    y = 2\nIndentationError: unexpected indent\n"},
            {"if x:\npass\n",
             "  File \"t.py\", line 2\n    pass\n    ^^^^\nIndentationError: expected an indented block after 'if' statement on line 1\n"},
            {"if x:\n        a = 1\n    b = 2\n",
             "  File \"t.py\", line 3\n    b = 2\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
            {"x = 1\ns = \"abc\n",
             "  File \"t.py\", line 2\n    s = \"abc\n        ^\nSyntaxError: unterminated string literal (detected at line 2)\n"},
            {"x = (1,\n  2\ny = 3\n",
             "  File \"t.py\", line 1\n    x = (1,\n        ^\nSyntaxError: '(' was never closed\n"},
            {"x = 1)\n",
             "  File \"t.py\", line 1\n    x = 1)\n         ^\nSyntaxError: unmatched ')'\n"},
            {"x = 1abc\n",
             "  File \"t.py\", line 1\n    x = 1abc\n        ^\nSyntaxError: invalid decimal literal\n"},
            {"x = 1\nreturn x\n",
             "  File \"t.py\", line 2\n    return x\n    ^^^^^^^^\nSyntaxError: 'return' outside function\n"},
            {"1 = x\n",
             "  File \"t.py\", line 1\n    1 = x\n    ^\nSyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?\n"},
            {"f() = 1\n",
             "  File \"t.py\", line 1\n    f() = 1\n    ^^^\nSyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n"},
            {"x = 1\nbreak\n",
             "  File \"t.py\", line 2\n    break\n    ^^^^^\nSyntaxError: 'break' outside loop\n"},
            {"continue\n",
             "  File \"t.py\", line 1\n    continue\n    ^^^^^^^^\nSyntaxError: 'continue' not properly in loop\n"},
            {"x = 1 + \\\n",
             "  File \"t.py\", line 1\n    x = 1 + \\\n             ^\nSyntaxError: unexpected EOF while parsing\n"},
            {"if x:\n\ta = 1\n        b = 2\n",
             "  File \"t.py\", line 3\n    b = 2\nTabError: inconsistent use of tabs and spaces in indentation\n"},
            {"x = \"\"\"abc\ny\n",
             "  File \"t.py\", line 1\n    x = \"\"\"abc\n        ^\nSyntaxError: unterminated triple-quoted string literal (detected at line 2)\n"},
            {"def f():\nreturn 1\n",
             "  File \"t.py\", line 2\n    return 1\n    ^^^^^^\nIndentationError: expected an indented block after function definition on line 1\n"},
            {"for i in x:\n\n",
             "  File \"t.py\", line 2\n    \n    ^\nIndentationError: expected an indented block after 'for' statement on line 1\n"},
            {"1 += 2\n",
             "  File \"t.py\", line 1\n    1 += 2\n    ^\nSyntaxError: 'literal' is an illegal expression for augmented assignment\n"},
            {"del 1\n",
             "  File \"t.py\", line 1\n    del 1\n        ^\nSyntaxError: cannot delete literal\n"},
            {"x = (1, 2]\n",
             "  File \"t.py\", line 1\n    x = (1, 2]\n             ^\nSyntaxError: closing parenthesis ']' does not match opening parenthesis '('\n"},
            {"x = 1\n  # c\n\ty = 2\n",
             "  File \"t.py\", line 3\n    \ty = 2\n    ^\nIndentationError: unexpected indent\n"},
            {"while x:\nx\n",
             "  File \"t.py\", line 2\n    x\n    ^\nIndentationError: expected an indented block after 'while' statement on line 1\n"},
            {"x = 0xg\n",
             "  File \"t.py\", line 1\n    x = 0xg\n         ^\nSyntaxError: invalid hexadecimal literal\n"},
            {"x = 0o8\n",
             "  File \"t.py\", line 1\n    x = 0o8\n          ^\nSyntaxError: invalid digit '8' in octal literal\n"},
            {"x = 012\n",
             "  File \"t.py\", line 1\n    x = 012\n        ^\nSyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers\n"},
            {"a + b = 1\n",
             "  File \"t.py\", line 1\n    a + b = 1\n    ^^^^^\nSyntaxError: cannot assign to expression here. Maybe you meant '==' instead of '='?\n"},
            {"foo(1, 2\n",
             "  File \"t.py\", line 1\n    foo(1, 2\n       ^\nSyntaxError: '(' was never closed\n"},
            {"x = 1 y = 2\n",
             "  File \"t.py\", line 1\n    x = 1 y = 2\n          ^\nSyntaxError: invalid syntax\n"},
            {"x = 1 $ 2\n",
             "  File \"t.py\", line 1\n    x = 1 $ 2\n          ^\nSyntaxError: invalid syntax\n"},
            {"None = 1\n",
             "  File \"t.py\", line 1\n    None = 1\n    ^^^^\nSyntaxError: cannot assign to None\n"},
            {"x = a if b\n",
             "  File \"t.py\", line 1\n    x = a if b\n        ^^^^^^\nSyntaxError: expected 'else' after 'if' expression\n"},
            {"x = [1 2]\n",
             "  File \"t.py\", line 1\n    x = [1 2]\n         ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
            {"def f(a, b)\n  pass\n",
             "  File \"t.py\", line 1\n    def f(a, b)\n               ^\nSyntaxError: expected ':'\n"},
            {"if x:\n    a = 1\n  b\n",
             "  File \"t.py\", line 3\n    b\n     ^\nIndentationError: unindent does not match any outer indentation level\n"},
            {"x = f() = 1\n",
             "  File \"t.py\", line 1\n    x = f() = 1\n        ^^^\nSyntaxError: cannot assign to function call\n"},
            {"(a, 1) = x\n",
             "  File \"t.py\", line 1\n    (a, 1) = x\n        ^\nSyntaxError: cannot assign to literal\n"},
            {"for 1 in x: pass\n",
             "  File \"t.py\", line 1\n    for 1 in x: pass\n        ^\nSyntaxError: cannot assign to literal\n"},
            {"del (a, 1)\n",
             "  File \"t.py\", line 1\n    del (a, 1)\n            ^\nSyntaxError: cannot delete literal\n"},
            {"a < b = 1\n",
             "  File \"t.py\", line 1\n    a < b = 1\n    ^^^^^\nSyntaxError: cannot assign to comparison\n"},
            {"x = b'\\xe9' 'a'\n",
             "  File \"t.py\", line 1\n    x = b'\\xe9' 'a'\n                   ^\nSyntaxError: cannot mix bytes and nonbytes literals\n"},
            {"for i in x:\n",
             "  File \"t.py\", line 1\n    for i in x:\n               ^\nIndentationError: expected an indented block after 'for' statement on line 1\n"},
            {"if x:\n  pass\nelse\n  pass\n",
             "  File \"t.py\", line 3\n    else\n        ^\nSyntaxError: expected ':'\n"},
            {"def f:\n pass\n",
             "  File \"t.py\", line 1\n    def f:\n         ^\nSyntaxError: expected '('\n"},
            {"x = 1 +\n",
             "  File \"t.py\", line 1\n    x = 1 +\n           ^\nSyntaxError: invalid syntax\n"},
            {"x = \\ 1\n",
             "  File \"t.py\", line 1\n    x = \\ 1\n         ^\nSyntaxError: unexpected character after line continuation character\n"},
            {"def f():\n  global x\n  x = 1\n  global x\n",
             "  File \"t.py\", line 4\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is assigned to before global declaration\n"},
            {"def f(x):\n  global x\n",
             "  File \"t.py\", line 2\n    global x\n    ^^^^^^^^\nSyntaxError: name 'x' is parameter and global\n"},
            {"def f(a, a): pass\n",
             "  File \"t.py\", line 1\n    def f(a, a): pass\n             ^\nSyntaxError: duplicate argument 'a' in function definition\n"},
            {"(a, b) += 1\n",
             "  File \"t.py\", line 1\n    (a, b) += 1\n    ^^^^^^\nSyntaxError: 'tuple' is an illegal expression for augmented assignment\n"},
            {"print(1 2)\n",
             "  File \"t.py\", line 1\n    print(1 2)\n          ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n"},
            {"x = 1.5abc\n",
             "  File \"t.py\", line 1\n    x = 1.5abc\n          ^\nSyntaxError: invalid decimal literal\n"},
            {"x = 0b12\n",
             "  File \"t.py\", line 1\n    x = 0b12\n           ^\nSyntaxError: invalid digit '2' in binary literal\n"},
            {"x = 1_\n",
             "  File \"t.py\", line 1\n    x = 1_\n         ^\nSyntaxError: invalid decimal literal\n"},
            {"def f():\n    x = 1\n     y = 2\n",
             "  File \"t.py\", line 3\n    y = 2\nIndentationError: unexpected indent\n"},
            {"x = [1, 2\n",
             "  File \"t.py\", line 1\n    x = [1, 2\n        ^\nSyntaxError: '[' was never closed\n"},
            {"import\n",
             "  File \"t.py\", line 1\n    import\n          ^\nSyntaxError: invalid syntax\n"},
            {"x = 'a\\xg'\n",
             "  File \"t.py\", line 1\n    x = 'a\\xg'\n              ^\nSyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 1-2: truncated \\xXX escape\n"},
            {"True = 1\n",
             "  File \"t.py\", line 1\n    True = 1\n    ^^^^\nSyntaxError: cannot assign to True\n"},
            {"if True:\n    pass\n  else:\n    pass\n",
             "  File \"t.py\", line 3\n    else:\n         ^\nIndentationError: unindent does not match any outer indentation level\n"},
            {"x = (1 = 2\n",
             "  File \"t.py\", line 1\n    x = (1 = 2\n        ^\nSyntaxError: '(' was never closed\n"},
            {"while x\n  pass\n",
             "  File \"t.py\", line 1\n    while x\n           ^\nSyntaxError: expected ':'\n"},
            {"x = \"abc' \n",
             "  File \"t.py\", line 1\n    x = \"abc' \n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n"},
    };

    @TestFactory
    Stream<DynamicTest> matchesCpythonOutput() {
        return Stream.of(CASES).map(c -> DynamicTest.dynamicTest(c[0].replace("\n", "\\n"), () -> {
            CompileError e = assertThrows(CompileError.class, () -> Compiler.compile(c[0], "t.py"));
            assertEquals(c[1], e.format());
        }));
    }

    @Test
    void unsupportedConstructsAreNotImplementedErrorsWithTheirLine() {
        String[][] cases = {
            {"x = 1j\n", "1", "complex numbers are not supported yet"},
            {"x = 1\nasync def f(): pass\n", "2", "'async' statements are not supported yet"},
            {"x: int = 1\n", "1", "annotated assignments are not supported yet"},
            {"def f(a: int): pass\n", "1", "annotations are not supported yet"},
            {"def f(a, /): pass\n", "1", "positional-only parameters are not supported yet"},
            {"import os.path\n", "1", "dotted module names are not supported yet"},
            {"from m import *\n", "1", "'from ... import *' is not supported yet"},
            {"match x:\n    case 1: pass\n", "1", "'match' statement is not supported yet"},
            {"\ntry:\n    pass\nexcept* E:\n    pass\n", "4", "'except*' is not supported yet"},
        };
        for (String[] c : cases) {
            try {
                Compiler.compile(c[0], "t.py");
                fail("compiled: " + c[0]);
            } catch (CompileError e) {
                assertEquals("NotImplementedError", e.kind, c[0]);
                assertEquals(Integer.parseInt(c[1]), e.line, c[0]);
                assertEquals(c[2], e.message, c[0]);
                assertEquals(true, e.format().endsWith("NotImplementedError: " + c[2] + "\n"), c[0]);
            }
        }
    }
}
