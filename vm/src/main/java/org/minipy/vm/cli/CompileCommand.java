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

/**
 * {@code minipy compile FILE.py [-o OUT.mpyc]}, or {@code minipy compile DIR}: every {@code .py} under DIR
 * gets its {@code .mpyc} beside it (as {@code python3 -m compileall}); status 1 if any failed.
 */
@Command(name = "compile", mixinStandardHelpOptions = true,
        description = "Write the bytecode file for a script, or for every script under a directory.")
final class CompileCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The .py source file, or a directory.")
    String file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Output file (default: FILE with .mpyc).")
    String output;

    @Override
    public Integer call() {
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            if (output != null) {
                System.err.println("minipy compile: -o cannot be used with a directory");
                return 2;
            }
            return compileTree(path);
        }
        return compileOne(file, output);
    }

    private static int compileTree(Path root) {
        java.util.List<Path> sources;
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".py") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException | RuntimeException e) {
            System.err.println("minipy: cannot list " + root + ": " + e.getMessage());
            return 1;
        }
        int status = 0;
        for (Path p : sources) {
            if (compileOne(p.toString(), null) != 0) {
                status = 1;
            }
        }
        return status;
    }

    private static int compileOne(String file, String output) {
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
