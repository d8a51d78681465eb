package org.minipy.vm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.minipy.compiler.CompileError;
import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.BadBytecodeException;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.MpycReader;
import org.minipy.runtime.builtins.Stdio;
import org.minipy.vm.Runner;

/** Reading programs from files for the commands, with CPython-shaped errors on stderr. */
final class Programs {
    private Programs() {}

    static boolean isBytecode(String file) {
        return file.endsWith(".mpyc");
    }

    static String defaultOutput(String file) {
        return (file.endsWith(".py") ? file.substring(0, file.length() - 3) : file) + ".mpyc";
    }

    /** Compiles a source file or reads and verifies a .mpyc; null after reporting an error. */
    static CompilationUnit load(String file) {
        return isBytecode(file) ? readBytecode(file) : compileSource(file);
    }

    static int runFile(String file, List<String> argv) {
        CompilationUnit unit = load(file);
        if (unit == null) {
            return Files.exists(Path.of(file)) ? 1 : 2; // python3 exits 2 when it cannot open the script
        }
        return Runner.run(unit, argv);
    }

    static int runSource(String source, String filename, List<String> argv) {
        CompilationUnit unit = compile(source, filename);
        return unit == null ? 1 : Runner.run(unit, argv);
    }

    static CompilationUnit compileSource(String file) {
        String source;
        try {
            source = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            Stdio.err().println("minipy: can't open file '" + file + "': [Errno 2] No such file or directory");
            return null;
        } catch (IOException | RuntimeException e) {
            Stdio.err().println("minipy: can't open file '" + file + "': " + e.getMessage());
            return null;
        }
        return compile(source, file);
    }

    private static CompilationUnit compile(String source, String filename) {
        try {
            return Compiler.compile(source, filename);
        } catch (CompileError e) {
            Stdio.err().print(e.format());
            Stdio.flush();
            return null;
        }
    }

    private static CompilationUnit readBytecode(String file) {
        byte[] data;
        try {
            data = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            Stdio.err().println("minipy: can't open file '" + file + "': [Errno 2] No such file or directory");
            return null;
        } catch (IOException | RuntimeException e) {
            Stdio.err().println("minipy: can't open file '" + file + "': " + e.getMessage());
            return null;
        }
        try {
            return MpycReader.read(data);
        } catch (BadBytecodeException e) {
            Stdio.err().println("minipy: bad bytecode file " + file + ": " + e.reason());
            Stdio.flush();
            return null;
        }
    }
}
