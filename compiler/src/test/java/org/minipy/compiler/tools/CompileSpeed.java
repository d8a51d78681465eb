package org.minipy.compiler.tools;

import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.CompilationUnit;

/**
 * Compile speed: generates a large script (functions, classes, loops, comprehensions, try/except,
 * f-strings, calls with keywords) and compiles it repeatedly; prints lines per second of the best of
 * the measured runs after warm-up. {@code CompileSpeed [BLOCKS]} (default 2,000 blocks of 25 lines).
 */
public final class CompileSpeed {
    private CompileSpeed() {}

    static String script(int blocks) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < blocks; i++) {
            b.append("def f").append(i).append("(a, b=1, *args, key=None, **kw):\n")
             .append("    total = 0\n")
             .append("    for x in range(a):\n")
             .append("        if x % 3 == 0 and x > b:\n")
             .append("            total += x * 2\n")
             .append("        elif x in [1, 2, 3]:\n")
             .append("            continue\n")
             .append("    try:\n")
             .append("        y = [v * v for v in args if v]\n")
             .append("    except (ValueError, TypeError) as e:\n")
             .append("        raise RuntimeError(f\"bad {e!r}\") from e\n")
             .append("    finally:\n")
             .append("        total -= 1\n")
             .append("    return {'t': total, 'k': key, **kw}\n")
             .append("class C").append(i).append("(object):\n")
             .append("    count = ").append(i).append('\n')
             .append("    def __init__(self, v):\n")
             .append("        super().__init__()\n")
             .append("        self.v = v\n")
             .append("    def get(self, *, default=None):\n")
             .append("        return self.v if self.v is not None else default\n")
             .append("    def gen(self):\n")
             .append("        yield from (i for i in range(self.v))\n")
             .append("x").append(i).append(" = C").append(i).append("(f").append(i)
             .append("(10, 2, 3, 4, key='k', z=5)).get(default=0)\n")
             .append("print(x").append(i).append(", sep='', end='\\n')\n");
        }
        return b.toString();
    }

    public static void main(String[] args) {
        int blocks = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        String src = script(blocks);
        long lines = src.lines().count();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 15; run++) {
            long t0 = System.nanoTime();
            CompilationUnit u = Compiler.compile(src, "big.py");
            double s = (System.nanoTime() - t0) / 1e9;
            if (run >= 5) {
                best = Math.min(best, s);
            }
            if (u.codes().isEmpty()) {
                throw new AssertionError();
            }
        }
        System.out.printf("%d lines compiled in %.3f s: %,.0f lines/s%n", lines, best, lines / best);
    }
}
