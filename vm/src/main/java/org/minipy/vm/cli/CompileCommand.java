package org.minipy.vm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.MpycWriter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code minipy compile FILE.py [-o OUT.mpyc]}. */
@Command(name = "compile", mixinStandardHelpOptions = true, description = "Write the bytecode file for a script.")
final class CompileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .py source file.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: FILE with .mpyc).")
    String output;

    @Override
    public Integer call() {
        CompilationUnit unit = Programs.compileSource(file);
        if (unit == null) {
            return 1;
        }
        Path out = Path.of(output != null ? output : Programs.defaultOutput(file));
        try {
            Files.write(out, MpycWriter.write(unit));
        } catch (IOException e) {
            System.err.println("minipy: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        return 0;
    }
}
