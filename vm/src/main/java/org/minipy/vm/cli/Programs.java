package org.minipy.vm.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import org.minipy.compiler.CompileError;
import org.minipy.compiler.Compiler;
import org.minipy.compiler.bytecode.BadBytecodeException;
import org.minipy.compiler.bytecode.CompilationUnit;
import org.minipy.compiler.bytecode.MpycReader;
import org.minipy.compiler.bytecode.MpycWriter;
import org.minipy.compiler.bytecode.SourceHash;
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
        if (isBytecode(file)) {
            CompilationUnit unit = readBytecode(file);
            return unit == null ? noProgram(file) : Runner.run(unit, argv);
        }
        // The source is compiled on another thread while the runtime starts on this one (the
        // compiler needs nothing of the runtime): a run starts sooner by the compile's time.
        FutureTask<CompilationUnit> compiling = new FutureTask<>(() -> compileSource(file));
        new Thread(null, compiling, "minipy-compile", Main.VM_THREAD_STACK).start();
        return Runner.run(file, argv, () -> await(compiling), () -> noProgram(file));
    }

    /** The exit status when there is no program to run: python3 exits 2 when it cannot open the script. */
    private static int noProgram(String file) {
        return Files.exists(Path.of(file)) ? 1 : 2;
    }

    /** The unit compiled on another thread; what that thread threw is thrown here. */
    private static CompilationUnit await(FutureTask<CompilationUnit> compiling) {
        try {
            return compiling.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while compiling", e);
        }
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

    /** A SyntaxWarning of the compiler, on stderr as python3 shows it. */
    static void warn(String warning) {
        Stdio.err().print(warning);
        Stdio.flush();
    }

    private static CompilationUnit compile(String source, String filename) {
        try {
            return Compiler.compile(source, filename, Programs::warn);
        } catch (CompileError e) {
            Stdio.err().print(e.format());
            Stdio.flush();
            return null;
        }
    }

    /**
     * CPython's checked hash-based pyc: when FILE.py sits beside FILE.mpyc and its hash differs from the
     * one in the header, the source is compiled instead (and the .mpyc rewritten, if possible). Null when
     * there is no such source or it is unchanged.
     */
    private static CompilationUnit recompileIfStale(String file, byte[] data) {
        Path source = Path.of(file.substring(0, file.length() - ".mpyc".length()) + ".py");
        if (!Files.isRegularFile(source)) {
            return null;
        }
        byte[] sourceBytes;
        try {
            sourceBytes = Files.readAllBytes(source);
        } catch (IOException | RuntimeException e) {
            return null;
        }
        try {
            if (MpycReader.sourceHash(data) == SourceHash.of(sourceBytes)) {
                return null;
            }
        } catch (BadBytecodeException e) {
            // A damaged header: the source is the better program; fall through and recompile.
        }
        CompilationUnit unit = compile(new String(sourceBytes, StandardCharsets.UTF_8), source.toString());
        if (unit != null) {
            try {
                Files.write(Path.of(file), MpycWriter.write(unit));
            } catch (IOException | RuntimeException e) {
                // Not writable: run the fresh compilation anyway, as CPython does.
            }
        }
        return unit;
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
        Path py = Path.of(file.substring(0, file.length() - ".mpyc".length()) + ".py");
        if (Files.isRegularFile(py)) {
            CompilationUnit fresh = recompileIfStale(file, data);
            if (fresh != null) {
                return fresh;
            }
            try {
                if (MpycReader.sourceHash(data) != SourceHash.of(Files.readAllBytes(py))) {
                    return null; // the source did not compile: its SyntaxError has been reported
                }
            } catch (IOException | RuntimeException e) {
                // report the file's own problem below
            }
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
