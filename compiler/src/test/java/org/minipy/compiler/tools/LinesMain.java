package org.minipy.compiler.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.CodeObject;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Instruction;

/**
 * Prints each code object's instructions with their lines ({@code None} for none), one per line
 * ({@code ## file}, {@code == qualname firstline}, then {@code line OPNAME}): for comparing the line table with
 * CPython's {@code co_lines()}:
 * {@code java -cp compiler/target/classes:compiler/target/test-classes org.minipy.compiler.tools.LinesMain f.py}.
 * With {@code -P} first, each line is {@code line:col-endLine:endCol OPNAME} ({@code ?} for no column), for
 * comparing with {@code co_positions()}.
 */
public final class LinesMain {
    private LinesMain() {}

    public static void main(String[] args) throws Exception {
        boolean positions = args.length > 0 && args[0].equals("-P");
        for (String file : positions ? java.util.Arrays.copyOfRange(args, 1, args.length) : args) {
            String src = Files.readString(Path.of(file));
            System.out.println("## " + file);
            try {
                CompilationUnit unit = Compiler.compile(src, Path.of(file).getFileName().toString());
                StringBuilder out = new StringBuilder();
                for (CodeObject co : unit.codes()) {
                    out.append("== ").append(co.qualname()).append(' ').append(co.firstLine()).append('\n');
                    for (Instruction in : Instruction.decode(co.code())) {
                        int u = in.next() - 1;
                        int line = co.lines()[u];
                        out.append(line < 0 ? "None" : String.valueOf(line));
                        if (positions && line >= 0) {
                            out.append(':').append(column(co.colAt(u))).append('-').append(co.endLineAt(u)).append(':')
                                    .append(column(co.endColAt(u)));
                        }
                        out.append(' ').append(in.op().name()).append('\n');
                    }
                }
                System.out.print(out);
            } catch (CompileError e) {
                System.out.print(e.format());
            }
        }
    }

    private static String column(int c) {
        return c < 0 ? "?" : String.valueOf(c);
    }
}
