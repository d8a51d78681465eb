package org.minipy.compiler.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import org.minipy.compiler.CompileError;
import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.Disassembler;
import org.minipy.compiler.bytecode.MpycReader;
import org.minipy.compiler.bytecode.MpycWriter;

/**
 * Prints the disassembly of each source file given (after a write/read round trip through .mpyc),
 * or its CompileError. For looking at code shapes and making golden files:
 * {@code java -cp compiler/target/classes:compiler/target/test-classes org.minipy.compiler.tools.DisMain f.py}.
 */
public final class DisMain {
    private DisMain() {}

    public static void main(String[] args) throws Exception {
        for (String file : args) {
            String src = Files.readString(Path.of(file));
            try {
                CompilationUnit unit = Compiler.compile(src, Path.of(file).getFileName().toString());
                System.out.print(Disassembler.disassemble(MpycReader.read(MpycWriter.write(unit))));
            } catch (CompileError e) {
                System.out.print(e.format());
            }
        }
    }
}
