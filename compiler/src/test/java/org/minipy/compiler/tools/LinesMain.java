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
 */
public final class LinesMain {
    private LinesMain() {}

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            String src = Files.readString(Path.of(file));
            System.out.println("## " + file);
            try {
                CompilationUnit unit = Compiler.compile(src, Path.of(file).getFileName().toString());
                StringBuilder out = new StringBuilder();
                for (CodeObject co : unit.codes()) {
                    out.append("== ").append(co.qualname()).append(' ').append(co.firstLine()).append('\n');
                    for (Instruction in : Instruction.decode(co.code())) {
                        int line = co.lines()[in.next() - 1];
                        out.append(line < 0 ? "None" : String.valueOf(line)).append(' ').append(in.op().name())
                                .append('\n');
                    }
                }
                System.out.print(out);
            } catch (CompileError e) {
                System.out.print(e.format());
            }
        }
    }
}
